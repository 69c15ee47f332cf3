// How long the engine takes to suggest a mapping for a wide file: COLUMNS headers, none equal to a
// column's name (so every header is scored against every column's key, label and aliases), in
// Node's V8, median of seven. With "labels" after COLUMNS, the headers are the columns' labels
// instead, as in a file made from the importer's own template. A measurement tool, not a test.
//
//   node benchmarks/browser/match-wide.mjs [ENGINE.js=browser/target/classes/sluice/sluice-engine.js] [COLUMNS=120] [labels]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [path = "browser/target/classes/sluice/sluice-engine.js", columns = "120", kind = "none equal"] =
  process.argv.slice(2);
const engine = await import(pathToFileURL(resolve(path)).href);
const n = Number(columns);
const schema = { version: 1, name: "wide", columns: [] };
const headers = [];
for (let c = 0; c < n; c++) {
  schema.columns.push({ key: "field_" + c, label: "Field number " + c,
    aliases: ["Alias " + c, "Other name " + c] });
  headers.push(kind === "labels" ? "Field number " + c : "Feld Nummer " + c);
}
const csv = headers.join(",") + "\n" + headers.map((_, i) => "v" + i).join(",") + "\n";
const times = [];
for (let round = 0; round < 7; round++) {
  engine.start(schema, "en", 0);
  engine.beginParse(",", "\"", 0);
  engine.feed(csv);
  engine.finishParse();
  const started = performance.now();
  engine.suggestMapping(null);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`${path}: ${n} columns, headers ${kind}, suggestMapping median ${times[3].toFixed(1)} ms`);
