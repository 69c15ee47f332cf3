// Writes the widget's locale modules: for each language, core's message pack
// (dev/sluice/core/message/<language>.json, from core's jar) and the widget's words
// (src/main/locales/<language>.json) as one ES module, locales/<language>.js, that the page imports
// only when a user needs that language. English is compiled into the engine and has no module.
// The Maven build runs it in the process-resources phase:
//   node locales.mjs <core packs dir> <widget packs dir> <output dir>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [coreDir, widgetDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node locales.mjs <core packs dir> <widget packs dir> <output dir>");
  process.exit(2);
}

function read(dir, file) {
  const pack = JSON.parse(readFileSync(join(dir, file), "utf8"));
  for (const [code, template] of Object.entries(pack)) {
    if (typeof template !== "string") throw new Error(`${join(dir, file)}: ${code} is not text`);
  }
  return pack;
}

const languages = (dir) => readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const core = languages(coreDir);
const widget = languages(widgetDir);
if (core.join() !== widget.join()) {
  throw new Error(`core has packs ${core.join(" ")} but the widget ${widget.join(" ")}: add the missing ones`);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const file of core) {
  const merged = { ...read(coreDir, file), ...read(widgetDir, file) };
  const language = file.slice(0, -".json".length);
  writeFileSync(join(outDir, language + ".js"),
    `// Sluice's messages in ${language} (core's pack and the widget's words), made by locales.mjs\n`
      + `export default ${JSON.stringify(merged, null, 1)};\n`);
}
console.log(`wrote ${core.length} locale modules to ${outDir}`);
