// How long one cell edit takes in the browser engine once a large file is validated: the
// TeaVM-compiled core (sluice-engine.js) in Node's V8 loads a corpus file as the worker does (4 MiB
// slices decoded by TextDecoder), maps and validates it, then edits random cells one at a time
// through the worker's own call (engine.edit: the cell, its row rules and its unique groups are
// checked again, and the summary comes back as JSON) and reports the median, 95th percentile and
// longest edit per kind of column. A measurement tool for issue 18 (an edit re-validates
// incrementally, < 1 ms median at 1M rows), not a test.
//
//   node --max-old-space-size=8000 benchmarks/browser/edit-latency.mjs /tmp/corpus customers_1m \
//     customers [edits per column=300]
import { readFileSync } from "node:fs";

const [dir, corpus, schemaName, perColumn = "300"] = process.argv.slice(2);
const ENGINE = process.env.ENGINE ? new URL(process.env.ENGINE, `file://${process.cwd()}/`)
  : new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url);
const engine = await import(ENGINE);
engine.useRegex(await import(new URL("sluice-regex.js", ENGINE)));
const schema = JSON.parse(readFileSync(new URL(
  `../src/main/resources/bench/schemas/${schemaName}.json`, import.meta.url)));
const bytes = readFileSync(`${dir}/${corpus}.csv`);
const decoder = new TextDecoder();
JSON.parse(engine.start(schema, "en", 0));
engine.beginParse(",", "\"", 0);
engine.expectChars(bytes.length);
for (let at = 0; at < bytes.length; at += 4 << 20) {
  engine.feed(decoder.decode(bytes.subarray(at, at + (4 << 20)), { stream: true }));
}
engine.feed(decoder.decode());
const rows = JSON.parse(engine.finishParse()).rows;
engine.suggestMapping(null);
engine.applyMapping(schema.columns.map((c) => c.key));
let t = performance.now();
engine.validate();
console.log(`${rows} rows validated in ${(performance.now() - t).toFixed(0)} ms`);

let seed = 7;
const random = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
// a value of the column's shape (valid or not, it does not matter for the time) that is new
const valueFor = (column, i) => {
  const type = typeof column.type === "string" ? column.type : column.type?.name;
  switch (type) {
    case "email": return `edited${i}@example.net`;
    case "integer": return String(2_000_000 + i);
    case "decimal": return `${i}.25`;
    case "date": return "2021-03-04";
    case "phone": return "+1 415 555 0199";
    case "url": return `https://example.net/e${i}`;
    case "country": return "FR";
    case "enum": return column.type.options[i % column.type.options.length];
    default: return `Edited ${i}`;
  }
};
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const all = [];
for (const column of schema.columns) {
  const times = [];
  for (let i = 0; i < Number(perColumn); i++) {
    const row = random(rows);
    t = performance.now();
    engine.edit(row, column.key, valueFor(column, i));
    times.push(performance.now() - t);
  }
  all.push(...times);
  times.sort((a, b) => a - b);
  console.log(`${column.key.padEnd(12)} median ${quantile(times, 0.5).toFixed(3)} ms, p95 `
    + `${quantile(times, 0.95).toFixed(3)} ms, longest ${times[times.length - 1].toFixed(1)} ms`
    + (column.unique ? " (unique)" : ""));
}
all.sort((a, b) => a - b);
console.log(`all ${all.length} edits: median ${quantile(all, 0.5).toFixed(3)} ms, p95 `
  + `${quantile(all, 0.95).toFixed(3)} ms, longest ${all[all.length - 1].toFixed(1)} ms`);
