// Writes the widget's files as shipped (target/classes/sluice/) from TeaVM's output and the
// sources, minified: the scripts with terser (comments, layout, local names mangled, dead code
// dropped), the style sheet with csso. The sources keep their comments and names. The engine and
// the pattern module come out of TeaVM already minified, yet terser takes 9 KB more off the
// engine's gzip size (6 % of the whole widget's budget); the page module and the worker lose
// 3.7 KB against stripping their comments alone. It always reads the originals, so a build that
// runs it again never minifies a minified file. The Maven build runs it in the process-classes
// phase, after TeaVM:
//   node minify.mjs minify|keep <output directory> <file>...
// "keep" copies the files as they are: a build with readable names for profiling
// (-Dsluice.teavm.minifying=false).
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { minify as minifyScript } from "terser";
import { minify as minifyStyles } from "csso";

const [mode, out, ...files] = process.argv.slice(2);
if (mode !== "minify" && mode !== "keep") throw new Error(`mode ${mode}: minify or keep`);
for (const file of files) {
  const target = join(out, basename(file));
  if (mode === "keep") {
    copyFileSync(file, target);
    continue;
  }
  const source = readFileSync(file, "utf8");
  if (file.endsWith(".css")) {
    writeFileSync(target, minifyStyles(source).css);
    continue;
  }
  // every script is an ES module (the worker is a module worker): top-level names are private;
  // a second pass of compression takes 95 B more off the engine's gzip size
  const { code } = await minifyScript(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(target, code);
}
