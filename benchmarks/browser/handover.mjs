// The hand-over of issue 18 in Node's V8, as the worker and the page do it: parse and validate a
// corpus file, then every batch of submitted rows from the engine (engine.batch: slices of the text
// and the chars of the values that differ), the worker's join and decode (pack), and the page's row
// objects. Two rounds; ms per step. A measurement tool, not a test.
//
//   node benchmarks/browser/handover.mjs /tmp/corpus customers_1m customers 1000
//   node benchmarks/browser/handover.mjs /tmp/corpus contacts_mixed_1m contacts_mixed 1000
import { readFileSync } from "node:fs";
const [dir, corpus, schemaName, size = "1000"] = process.argv.slice(2);
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
for (let round = 0; round < 1; round++) {
  let tb = 0, tp = 0, tr = 0, n = 0;
  for (let index = 0; ; index++) {
    let t0 = performance.now();
    const b = engine.batch(index, B);
    let t1 = performance.now();
    if (!b || b.count === 0) break;
    const dec = new TextDecoder("utf-16le"); const m = b.made;
    const joined = b.slices.join("") + (m.length ? dec.decode(new Uint8Array(m.buffer, m.byteOffset, m.byteLength)) : ""); const offsets = b.bounds;
    let t2 = performance.now();
    const cols = b.columns; const w = cols.length; const rows = new Array(b.count);
    for (let r = 0, k = 0; r < b.count; r++) { const o = {}; for (let c = 0; c < w; c++, k++) o[cols[c]] = joined.substring(offsets[2*k], offsets[2*k+1]); rows[r] = o; }
    let t3 = performance.now();
    tb += t1 - t0; tp += t2 - t1; tr += t3 - t2; n += b.count;
  }
  console.log(JSON.stringify({ rows: n, engineBatch: Math.round(tb), pack: Math.round(tp), objects: Math.round(tr) }));
}
