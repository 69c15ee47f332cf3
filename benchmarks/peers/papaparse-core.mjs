// PapaParse's core parser tests (CORE_PARSER_TESTS in its repository's tests/test-cases.js) that
// use the default settings or only name the delimiter, read by Sluice's CLI (bin/sluice parse
// with that delimiter); prints each case whose rows differ from PapaParse's expected ones, with
// Sluice's warnings, and the counts. Sluice differs from PapaParse by design where it recovers
// from broken quotes leniently and skips blank lines (BENCHMARKS.md, session 45). A check of the
// parser against a peer suite, not a test: the suite is not in this repository. Build the CLI
// first (mvn -B -q install -DskipTests), then, with PapaParse's tests/test-cases.js at hand:
//
//   node benchmarks/peers/papaparse-core.mjs PATH/TO/tests/test-cases.js
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const sluice = new URL("../../bin/sluice", import.meta.url).pathname;
const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: papaparse-core.mjs PATH/TO/tests/test-cases.js");
const lines = readFileSync(file, "utf8").split("\n");
const start = lines.findIndex((l) => l.startsWith("var CORE_PARSER_TESTS"));
const end = lines.findIndex((l, i) => i > start && l === "];") + 1;
// the array literal alone, evaluated with the two constants its cases use
const RECORD_SEP = String.fromCharCode(30); // eslint-disable-line no-unused-vars
const UNIT_SEP = String.fromCharCode(31); // eslint-disable-line no-unused-vars
const tests = eval(`(${lines.slice(start, end).join("\n").trimEnd()
  .replace(/^var CORE_PARSER_TESTS =/, "").replace(/;$/, "")})`);
const input = join(mkdtempSync(join(tmpdir(), "papaparse-core-")), "input.csv");
let run = 0;
let differ = 0;
for (const t of tests) {
  const config = t.config ?? {};
  if (Object.keys(config).some((k) => k !== "delimiter")) continue;
  run++;
  writeFileSync(input, t.input);
  const delimiter = config.delimiter ?? ",";
  const r = spawnSync(sluice, ["parse", input, "--delimiter", delimiter === "\t" ? "tab" : delimiter],
    { encoding: "utf8" });
  const got = r.status === 0 ? JSON.parse(r.stdout) : `exit ${r.status}`;
  if (JSON.stringify(got) !== JSON.stringify(t.expected.data)) {
    differ++;
    console.log(`${t.description}\n  input    ${JSON.stringify(t.input)}\n  papaparse ${JSON.stringify(
      t.expected.data)} ${JSON.stringify(t.expected.errors.map((e) => e.code))}\n  sluice   ${
      JSON.stringify(got)}\n  warnings ${r.stderr.trim().replace(/\n/g, " | ") || "none"}`);
  }
}
console.log(`${run} cases with the default settings, ${differ} differ`);
