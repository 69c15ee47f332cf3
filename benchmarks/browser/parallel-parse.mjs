// The parts of a parallel load of one file in Node, the way the widget's pool does it (issue 15):
// one worker's parse of the whole file, then the second half parsed apart as a helper does
// (rangeBegin/rangeFeed/rangeFinish), its text and spans cloned as a postMessage would, and put on
// after the first half (rangeText/addRange). Prints each step's time, alternating with one
// worker's, for the model in BENCHMARKS.md.
//
//   node --max-old-space-size=8000 benchmarks/browser/parallel-parse.mjs FILE.csv SCHEMA.json [rounds]
import { readFileSync } from "node:fs";

const ENGINE = new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url).href;
const [file, schemaFile, roundsArg = "3"] = process.argv.slice(2);
const engine = await import(ENGINE);
engine.useRegex(await import(new URL("../../browser/target/classes/sluice/sluice-regex.js", import.meta.url).href));
const text = readFileSync(file, "utf8");
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const cut = text.indexOf("\n", text.length >> 1) + 1;
const SLICE = 4 << 20;
const slices = (s) => {
  const out = [];
  for (let i = 0; i < s.length; i += SLICE) out.push(s.slice(i, i + SLICE));
  return out;
};
const first = slices(text.slice(0, cut));
const second = slices(text.slice(cut));
for (let round = 0; round < Number(roundsArg); round++) {
  engine.start(schema, "en", 0, null);
  let t = performance.now();
  engine.beginParse(",", "\"", 0);
  for (const s of first) engine.feed(s);
  const half = performance.now() - t;
  for (const s of second) engine.feed(s);
  const whole = performance.now() - t;
  engine.finishParse();

  engine.start(schema, "en", 0, null);
  const width = engine.headerWidth(text.slice(0, 65536), ",", "\"", 0);
  t = performance.now();
  engine.rangeBegin(",", "\"", 0, width, engine.headerNamedWidth(text.slice(0, 65536), ",", "\"", 0));
  for (const s of second) engine.rangeFeed(s);
  const range = engine.rangeFinish(true);
  const helper = performance.now() - t;
  t = performance.now();
  const sent = structuredClone({ chunks: range.chunks, rows: range.rows, issues: range.issues },
    { transfer: [range.rows.buffer, range.issues.buffer] });
  const clone = performance.now() - t;
  t = performance.now();
  engine.beginParse(",", "\"", 0);
  for (const s of first) engine.feed(s);
  const own = performance.now() - t;
  t = performance.now();
  for (const chunk of sent.chunks) engine.rangeText(chunk);
  engine.addRange(sent.rows, sent.issues, range.records, range.endLine, range.betweenRecords,
    range.pendingStart, range.stopped, range.expectedWidth);
  const add = performance.now() - t;
  engine.finishParse();
  console.log(`one worker ${whole.toFixed(0)} ms (first half ${half.toFixed(0)}) | helper's half `
    + `${helper.toFixed(0)} ms, text and spans cloned ${clone.toFixed(0)} ms, own half `
    + `${own.toFixed(0)} ms, addRange ${add.toFixed(0)} ms; ranges taken ${engine.rangesTaken()}`);
}
