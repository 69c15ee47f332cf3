// The browser's engine (core compiled by TeaVM) in Node, as the worker drives it: a schema and a
// CSV file in, the mapping suggested for its headers, the summary of its validation and every row handed over (values by column key, a
// flagged row's errors under _errors) out, as JSON. EngineAgreesWithJvmTest compares it with the
// same code on the JVM.
//
//   node src/test/js/engine-batch.mjs target/classes/sluice/sluice-engine.js SCHEMA.json DATA.csv
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [enginePath, schemaPath, csvPath] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
// patterns go to the pattern module beside the engine, as the worker loads it
engine.useRegex(await import(new URL("sluice-regex.js", pathToFileURL(enginePath)).href));
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const text = readFileSync(csvPath, "utf8");

const started = JSON.parse(engine.start(schema, "en", 0));
if (!started.ok) throw new Error(JSON.stringify(started));
engine.beginParse(",", "\"", 0);
engine.expectChars(text.length);
for (let i = 0; i < text.length; i += 4096) engine.feed(text.slice(i, i + 4096));
engine.finishParse();
const suggested = JSON.parse(engine.suggestMapping(null));
// the suggested mapping, as a user who confirms it (unmatched headers kept as extra columns)
engine.applyMapping(suggested.matches.map((m) => m.column));
const summary = JSON.parse(engine.validate());
const total = JSON.parse(engine.prepareSubmit()).total;
const b = engine.batch(0, Math.max(1, total));
// the page's reading of a batch (rowsOfBatch in sluice.js): the slices, then the made values
const joined = b.slices.join("") + new TextDecoder().decode(b.made);
const rows = [];
for (let r = 0, k = 0; r < b.count; r++) {
  const row = {};
  for (let c = 0; c < b.columns.length; c++, k++) {
    row[b.columns[c]] = joined.slice(b.bounds[2 * k], b.bounds[2 * k + 1]);
  }
  if (b.errors && b.errors[r]) row._errors = b.errors[r];
  rows.push(row);
}
process.stdout.write(JSON.stringify({ suggested, errorRows: summary.errorRows, warningRows: summary.warningRows,
  byCode: summary.byCode, byColumn: summary.byColumn, rows }));
