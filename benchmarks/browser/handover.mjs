// The hand-over of issue 18 in Node's V8, as the worker and the page do it: parse and validate a
// corpus file, then every batch of submitted rows from the engine (engine.batch: slices of the text
// and the UTF-8 of the values that differ), the worker's pack (those bytes copied out, as
// sluice-worker.js's packBatch), the structured clone postMessage makes of it (serialised and read
// back in one thread here; the bounds and the bytes transferred), and the page's row objects (the
// bytes decoded first, as sluice.js's unpack). ROUNDS rounds
// (default 1); ms per step. A measurement tool, not a test.
//
//   node benchmarks/browser/handover.mjs /tmp/corpus customers_1m customers 5000 [ROUNDS]
//   node benchmarks/browser/handover.mjs /tmp/corpus contacts_mixed_1m contacts_mixed 5000
import { readFileSync } from "node:fs";
const [dir, corpus, schemaName, size = "1000", rounds = "1"] = process.argv.slice(2);
// ENGINE=path/to/sluice-engine.js compares another build (its sluice-regex.js beside it)
const ENGINE = process.env.ENGINE ? new URL(process.env.ENGINE, `file://${process.cwd()}/`)
  : new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url);
const engine = await import(ENGINE);
if (engine.useRegex) engine.useRegex(await import(new URL("sluice-regex.js", ENGINE)));
const text = readFileSync(`${dir}/${corpus}.csv`, "utf8");
const schema = JSON.parse(readFileSync(new URL(`../src/main/resources/bench/schemas/${schemaName}.json`, import.meta.url)));
const started = JSON.parse(engine.start(schema, "en", 0));
engine.beginParse(",", "\"", 0);
engine.expectChars(text.length);
for (let i = 0; i < text.length; i += 1 << 20) engine.feed(text.slice(i, i + (1 << 20)));
engine.finishParse();
engine.suggestMapping(null);
engine.applyMapping(schema.columns.map((c) => c.key));
let t = performance.now();
engine.validate();
console.log("validate", Math.round(performance.now() - t));
engine.prepareSubmit();
const B = +size;
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
for (let round = 0; round < +rounds; round++) {
  let tb = 0, tp = 0, tc = 0, tr = 0, n = 0;
  for (let index = 0; ; index++) {
    const t0 = performance.now();
    const b = engine.batch(index, B);
    const t1 = performance.now();
    if (!b || b.count === 0) break;
    // as packBatch: the slices, the made values' bytes copied out of the engine's buffer; the
    // bounds and those bytes transferred
    const parts = [...b.slices];
    const made = b.made.slice();
    const bounds = b.bounds.slice(); // the engine's own array, written again by the next batch
    const t2 = performance.now();
    const chunk = structuredClone({ index: b.index, count: b.count, columns: b.columns,
      sourceRows: b.sourceRows, errors: b.errors, parts, made, offsets: bounds },
      { transfer: [bounds.buffer, made.buffer] });
    const t3 = performance.now();
    // as the page's unpack and rowsOfBatch: the made values decoded, a value lies in one of the parts
    chunk.parts.push(UTF8.decode(chunk.made));
    let total = 0;
    const starts = chunk.parts.map((part) => (total += part.length) - part.length);
    const cols = chunk.columns; const w = cols.length; const offsets = chunk.offsets;
    const rows = new Array(chunk.count);
    const shape = {};
    for (const col of cols) shape[col] = "";
    for (let r = 0, at = 0; r < chunk.count; r++) {
      const o = { ...shape };
      for (let c = 0; c < w; c++, at += 2) {
        let k = starts.length - 1;
        while (offsets[at] < starts[k]) k--;
        o[cols[c]] = chunk.parts[k].slice(offsets[at] - starts[k], offsets[at + 1] - starts[k]);
      }
      rows[r] = o;
    }
    const t4 = performance.now();
    tb += t1 - t0; tp += t2 - t1; tc += t3 - t2; tr += t4 - t3; n += b.count;
  }
  console.log(JSON.stringify({ rows: n, engineBatch: Math.round(tb), pack: Math.round(tp),
    clone: Math.round(tc), objects: Math.round(tr) }));
}
