// Drops comments and layout from the widget's files as shipped (target/classes/sluice/sluice.js,
// sluice-worker.js and sluice.css); the sources keep them and users pay nothing for them. From the
// scripts: lines that hold only a // comment, block comments on lines of their own, a // comment
// after code with no quote, slash or backtick before it (there the // cannot be inside a string
// or a regular expression), and every line's indentation; from the style sheet: its comments and
// the white space no rule needs. The comments were a fifth of the whole widget's gzip size, the
// indentation 900 bytes more, the block and trailing comments and the style sheet's 500. No
// JavaScript parser is needed: the scripts hold no template literal that spans lines and no string
// continued on the next line, which this checks (a line inside one could start with // or with
// spaces that belong to it); the browser tests load the result in Chromium. A minifier would save more but would bring a native build tool into the Maven build for what
// this does in a few lines. The Maven build runs it in the process-classes phase:
//   node strip-comments.mjs <file>...
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  if (file.endsWith(".css")) {
    // the style sheet: its /* */ comments, and the white space around braces, semicolons, commas,
    // child combinators and after colons (300 bytes of the widget's gzip size). A space after a
    // colon is never a selector's (":hover" has none), and no string in it holds one of those
    // chars, which this checks; line breaks are spaces first, so no two words are joined
    const css = readFileSync(file, "utf8");
    if (/["'][^"'\n]*\/\*/.test(css)) throw new Error(`${file}: a string holds /*`);
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, "");
    for (const [string] of rules.matchAll(/"[^"\n]*"|'[^'\n]*'/g)) {
      if (/[{};,>:]/.test(string)) throw new Error(`${file}: ${string} holds { } ; , > or :`);
    }
    writeFileSync(file, rules.replace(/\s+/g, " ").replace(/\s*([{};,>])\s*/g, "$1")
      .replace(/:\s+/g, ":").replace(/;}/g, "}").trim());
    continue;
  }
  const lines = readFileSync(file, "utf8").split("\n");
  let ticks = 0;
  let inDoc = false;
  const kept = lines.filter((line, i) => {
    const inTemplate = ticks % 2 === 1;
    ticks += (line.match(/`/g) || []).length;
    if (inTemplate) throw new Error(`${file}:${i + 1}: a template literal spans lines`);
    if (/\\$/.test(line)) throw new Error(`${file}:${i + 1}: a string goes on the next line`);
    // a block comment on lines of its own (the /** */ of a class or method)
    if (inDoc || /^\s*\/\*/.test(line)) {
      inDoc = !/\*\/\s*$/.test(line);
      return false;
    }
    return !/^\s*\/\//.test(line);
  });
  // a // comment after code with no quote, slash or backtick before it: the // starts a comment
  const code = (line) => line.replace(/^([^'"`/]*[^'"`/\s])\s+\/\/ .*$/, "$1");
  writeFileSync(file, kept.map((line) => code(line.replace(/^[ \t]+/, ""))).join("\n"));
}
