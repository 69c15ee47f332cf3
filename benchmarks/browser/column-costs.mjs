// What each column of a corpus file's schema adds to validation in the browser engine: the
// TeaVM-compiled core (sluice-engine.js) in Node's V8 validates the file with every column plain
// text, with the full schema, and with one column typed at a time (the others plain), alternating
// the schemas round by round; medians of seven rounds, in ms. A plain column's cost shows in the
// all-plain run. A measurement tool for issue 18, not a test.
//
//   node benchmarks/browser/column-costs.mjs /tmp/corpus customers customers
//
// With a column's key after the schema, only that column typed, as many rounds as asked: a
// target for node --cpu-prof (an unminified build names the functions; cpuprofile-totals.mjs
// sums them):
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/browser/column-costs.mjs /tmp/corpus \
//     contacts_mixed contacts_mixed signed_up 15
//   node benchmarks/browser/cpuprofile-totals.mjs /tmp/prof/*.cpuprofile \
//     'dsb_WorkerApi_validate$exported$31' dscv_Conventions_narrowed
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
// ENGINE=path/sluice-engine.js measures another build (its sluice-regex.js beside it)
const built = resolve(process.env.ENGINE
  || new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url).pathname);
const engine = await import(pathToFileURL(built).href);
// schemas with patterns need the pattern module, as the worker loads it
engine.useRegex(await import(pathToFileURL(resolve(dirname(built), "sluice-regex.js")).href));
import { benchSchema, workerPieces } from "./corpus.mjs";

const [dir = "/tmp/corpus", corpus = "customers", schemaName = "customers", only, rounds = 7] =
  process.argv.slice(2);
const { slices, chars } = workerPieces(dir, corpus);
const schema = benchSchema(schemaName);

function validate(s) {
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

const plain = (c) => ({ key: c.key, label: c.label });
const variants = only ? {} : { "all plain": (c) => plain(c), "all typed": (c) => c };
for (const typed of schema.columns) {
  if (!only || typed.key === only) variants[typed.key] = (c) => (c === typed ? c : plain(c));
}
const times = {};
for (let round = 0; round < Number(rounds); round++) {
  for (const [name, column] of Object.entries(variants)) {
    (times[name] ||= []).push(validate({ ...schema, columns: schema.columns.map(column) }));
  }
}
const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
const base = only ? 0 : median(times["all plain"]);
for (const [name, v] of Object.entries(times)) {
  const m = median(v);
  const added = name.startsWith("all") || only ? ""
    : ` (${m >= base ? "+" : ""}${(m - base).toFixed(1)})`;
  console.log(`${name.padEnd(14)} ${m.toFixed(1)} ms${added}`);
}
