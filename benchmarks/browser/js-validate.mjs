// What validation costs in V8 when written by hand: uDSV's parse alone, uDSV's parse plus the
// hand-written JavaScript validator of the side-by-side page (bench/page/js-validator.js: a
// regular expression, Map or Set per cell), and Sluice's engine (sluice-engine.js) parsing and
// validating as the page does, in turn round after round in one Node process; medians in ms and
// each against uDSV's parse, as issue 18's "parse + validate >= 0.5x uDSV" reads. The validator
// checks less than Sluice (its header says what), so its ratio is a best case for validating the
// schema by hand in plain JavaScript over uDSV's strings. A measurement tool for issue 18, not a
// test.
//
//   node benchmarks/browser/js-validate.mjs /tmp/corpus customers customers 15
import { readFileSync } from "node:fs";
import { inferSchema, initParser } from "udsv";
import * as engine from "../../browser/target/classes/sluice/sluice-engine.js";
import { jsValidator } from "../src/main/resources/bench/page/js-validator.js";
import { benchSchema, workerPieces } from "./corpus.mjs";

engine.useRegex(await import("../../browser/target/classes/sluice/sluice-regex.js"));
const [dir = "/tmp/corpus", corpus = "customers", schemaName = "customers", rounds = "15"] =
  process.argv.slice(2);
const text = readFileSync(`${dir}/${corpus}.csv`, "utf8");
const { slices, chars } = workerPieces(dir, corpus);
const schema = benchSchema(schemaName);
const validate = jsValidator(schema);

const contenders = {
  udsv: () => ({ rows: initParser(inferSchema(text)).stringArrs(text).length }),
  "udsv-js-validate": () => {
    const inferred = inferSchema(text);
    const rows = initParser(inferred).stringArrs(text);
    return { rows: rows.length, errorRows: validate(inferred.cols.map((c) => c.name), rows) };
  },
  "sluice-parse-validate": () => { // as bench.js's sluiceParse
    JSON.parse(engine.start(schema, "en", 0));
    engine.beginParse(",", "\"", 0);
    engine.expectChars(chars);
    for (const slice of slices) engine.feed(slice);
    const finished = JSON.parse(engine.finishParse());
    engine.suggestMapping(null);
    engine.applyMapping(schema.columns.map((c) => c.key));
    return { rows: finished.rows, errorRows: JSON.parse(engine.validate()).errorRows };
  },
};
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const results = {};
for (let round = 0; round < Number(rounds) + 2; round++) { // two warm-up rounds
  for (const [name, run] of Object.entries(contenders)) {
    const t = performance.now();
    results[name] = run();
    if (round >= 2) times[name].push(performance.now() - t);
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const base = median(times.udsv);
for (const [name, v] of Object.entries(times)) {
  const m = median(v);
  console.log(`${name.padEnd(22)} ${m.toFixed(1).padStart(7)} ms  ${(base / m).toFixed(2)}x uDSV`
    + `  rows ${results[name].rows}${results[name].errorRows != null
      ? `, error rows ${results[name].errorRows}` : ""}`);
}
