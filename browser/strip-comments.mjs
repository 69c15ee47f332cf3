// Drops the lines that hold only a // comment, and every line's indentation, from the widget's
// hand-written scripts as shipped (target/classes/sluice/sluice.js and sluice-worker.js): the
// comments and the layout stay in the sources and cost users nothing. The comments were a fifth of
// the whole widget's gzip size, the indentation 900 bytes more. Only whole comment lines and
// leading white space go, so no JavaScript parser is needed: the scripts hold no template literal
// that spans lines and no string continued on the next line, which this checks (a line inside
// one could start with // or with spaces that belong to it). A minifier would save more but would
// bring a native build tool into the Maven build for what this does in a few lines.
// The Maven build runs it in the process-classes phase:
//   node strip-comments.mjs <file>...
import { readFileSync, writeFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, "utf8").split("\n");
  let ticks = 0;
  const kept = lines.filter((line, i) => {
    const inTemplate = ticks % 2 === 1;
    ticks += (line.match(/`/g) || []).length;
    if (inTemplate) throw new Error(`${file}:${i + 1}: a template literal spans lines`);
    if (/\\$/.test(line)) throw new Error(`${file}:${i + 1}: a string goes on the next line`);
    return !/^\s*\/\//.test(line);
  });
  writeFileSync(file, kept.map((line) => line.replace(/^[ \t]+/, "")).join("\n"));
}
