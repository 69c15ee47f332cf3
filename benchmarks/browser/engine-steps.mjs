// Where the side-by-side page's parse + validate goes, call by call: the TeaVM-compiled core
// (sluice-engine.js) in Node's V8 runs start (the schema), the parse (65,472-byte pieces, as the
// worker feeds them), suggestMapping, applyMapping and validate on a corpus file, round after
// round; medians in ms. Few rounds show a cold engine (the page's first runs, the widget's one
// import), many a warm one. With --expose-gc the heap is collected before each round. A
// measurement tool for issue 18, not a test.
//
//   node benchmarks/browser/engine-steps.mjs /tmp/corpus litmus_quoted litmus_text 20
const engine = await import(process.env.ENGINE || "../../browser/target/classes/sluice/sluice-engine.js");
engine.useRegex(await import("../../browser/target/classes/sluice/sluice-regex.js"));
import { benchSchema, workerPieces } from "./corpus.mjs";

const [dir = "/tmp/corpus", corpus = "customers", schemaName = "customers", rounds = "20"] =
  process.argv.slice(2);
const { slices, chars } = workerPieces(dir, corpus);
const schema = benchSchema(schemaName);
const times = { start: [], parse: [], suggestMapping: [], applyMapping: [], validate: [] };
for (let round = 0; round < Number(rounds); round++) {
  if (globalThis.gc) globalThis.gc();
  let t = performance.now();
  const lap = (step) => {
    const now = performance.now();
    times[step].push(now - t);
    t = now;
  };
  JSON.parse(engine.start(schema, "en", 0));
  lap("start");
  engine.beginParse(",", "\"", 0);
  engine.expectChars(chars);
  for (const slice of slices) engine.feed(slice);
  engine.finishParse();
  lap("parse");
  engine.suggestMapping(null);
  lap("suggestMapping");
  engine.applyMapping(schema.columns.map((c) => c.key));
  lap("applyMapping");
  engine.validate();
  lap("validate");
}
const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
console.log(Object.entries(times).map(([k, v]) => `${k} ${median(v).toFixed(2)} ms`).join(", "));
