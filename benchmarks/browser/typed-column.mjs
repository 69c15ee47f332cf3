// Validates a corpus file N times with one column of its schema typed and the others plain text,
// in the TeaVM-compiled engine under Node's V8, and prints the median: a target for
// `node --cpu-prof` when one column's validation is to be profiled (column-costs.mjs gives every
// column's cost at once). ENGINE=path picks another build. A measurement tool for issue 18.
//
//   mvn -B -o -q package -pl core,core-jvm,browser -DskipTests -Dsluice.teavm.minifying=false
//   node --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/browser/typed-column.mjs \
//     /tmp/corpus contacts_mixed signed_up 15
//   node benchmarks/browser/cpuprofile-totals.mjs /tmp/prof/*.cpuprofile \
//     'dsb_WorkerApi_validate$exported$31' dscv_Conventions_narrowed
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { benchSchema, workerPieces } from "./corpus.mjs";

const [dir = "/tmp/corpus", corpus = "customers", typed = "website", runs = "15"] =
  process.argv.slice(2);
const engine = await import(process.env.ENGINE
  ? pathToFileURL(resolve(process.env.ENGINE)).href
  : "../../browser/target/classes/sluice/sluice-engine.js");
const { slices, chars } = workerPieces(dir, corpus);
const schema = benchSchema(corpus);
const s = { ...schema, columns: schema.columns.map((c) =>
  c.key === typed ? c : { key: c.key, label: c.label }) };

function validate() {
  const started = JSON.parse(engine.start(s, "en", 0));
  if (!started.ok) throw new Error(started.message);
  engine.beginParse(",", "\"", 0);
  engine.expectChars(chars);
  for (const slice of slices) engine.feed(slice);
  engine.finishParse();
  const t = performance.now();
  engine.suggestMapping(null);
  engine.applyMapping(s.columns.map((c) => c.key));
  engine.validate();
  return performance.now() - t;
}

const times = [];
for (let i = 0; i < Number(runs); i++) times.push(validate());
times.sort((a, b) => a - b);
console.log(`${corpus} with ${typed} typed: validate median ${times[times.length >> 1].toFixed(1)} ms`
  + ` (${runs} runs)`);
