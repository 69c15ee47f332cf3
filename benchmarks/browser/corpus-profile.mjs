// Parse and parse + validate times of the TeaVM engine in Node's V8 (Chromium's JavaScript engine)
// on one file of the generated corpus, with the benchmark page's schema; six rounds, the first
// ones warm-up. Add --cpu-prof to node for a profile; build the engine with
// -Dsluice.teavm.minifying=false to read it. A measurement tool for issue 7, not a test.
//
//   mvn -q -B -DskipTests install -pl benchmarks -am
//   java -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" \
//     dev.sluice.bench.corpus.CorpusWriter /tmp/corpus
//   node benchmarks/browser/corpus-profile.mjs /tmp/corpus customers customers [parse]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/browser/corpus-profile.mjs ... && \
//     node benchmarks/browser/profile-top.mjs /tmp/prof/*.cpuprofile
import * as engine from "../../browser/target/classes/sluice/sluice-engine.js";
// schemas with patterns need the pattern module, as the worker loads it
engine.useRegex(await import("../../browser/target/classes/sluice/sluice-regex.js"));
import { benchSchema, workerPieces } from "./corpus.mjs";

const [dir = "/tmp/corpus", corpus = "customers", schemaName = "customers", only] =
  process.argv.slice(2); // a fourth argument "parse" leaves validation out
const { slices, chars } = workerPieces(dir, corpus);
const schema = benchSchema(schemaName);
const plain = { ...schema, columns: schema.columns.map((c) => ({ key: c.key, label: c.label })) };

function run(validate) {
  const started = JSON.parse(engine.start(validate ? schema : plain, "en", 0));
  if (!started.ok) throw new Error(started.message);
  let t = performance.now();
  engine.beginParse(",", "\"", 0);
  engine.expectChars(chars);
  for (const slice of slices) engine.feed(slice);
  engine.finishParse();
  const parse = performance.now() - t;
  let check = 0;
  if (validate) {
    t = performance.now();
    engine.suggestMapping(null);
    engine.applyMapping(schema.columns.map((c) => c.key));
    engine.validate();
    check = performance.now() - t;
  }
  return { parse: Math.round(parse), validate: Math.round(check) };
}

for (let i = 0; i < 6; i++) console.log(JSON.stringify(run(only !== "parse")));
