// Compares TeaVM engine builds in one Node (V8) process, alternating rounds so that the machine's
// drift hits every build alike: the parse into the table (with the file
// size hint the worker gives, unless a build is named PATH#nohint) and start + parse + validate,
// medians of the rounds. Every build drops its table after each step and the heap is collected
// before the next (run node with --expose-gc), or the builds measured later would pay for the
// tables the earlier ones still hold. A measurement tool for issue 7, not a test.
//
//   # an older build to compare with, from any commit:
//   git worktree add /tmp/old <commit> && (cd /tmp/old && mvn -q -B -o package -pl core,browser \
//     -am -DskipTests -Dmaven.install.skip=true)
//   node --expose-gc benchmarks/browser/engine-ab.mjs /tmp/corpus customers customers 20 \
//     /tmp/old/browser/target/classes/sluice/sluice-engine.js \
//     browser/target/classes/sluice/sluice-engine.js
//   # the size hint alone: the same build twice, once as PATH#nohint
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [dir, corpus, schemaName, roundsArg, ...builds] = process.argv.slice(2);
if (!builds.length) {
  console.error("usage: engine-ab.mjs CORPUS_DIR CORPUS SCHEMA ROUNDS ENGINE.js[#nohint] ...");
  process.exit(2);
}
const bytes = readFileSync(`${dir}/${corpus}.csv`);
const text = new TextDecoder().decode(bytes);
// the pieces as the worker has them: 65,472 bytes of the file decoded at a time, one after the
// other (flat strings; slices of one large string would each read through their parent)
const decoder = new TextDecoder();
const slices = [];
for (let at = 0; at < bytes.length; at += 65472) {
  const stream = at + 65472 < bytes.length;
  slices.push(decoder.decode(bytes.subarray(at, at + 65472), { stream }));
}
const schema = JSON.parse(readFileSync(new URL(
  `../src/main/resources/bench/schemas/${schemaName}.json`, import.meta.url)));
const plain = { ...schema, columns: schema.columns.map((c) => ({ key: c.key, label: c.label })) };
const engines = [];
for (const b of builds) {
  const [path, flag] = b.split("#");
  const engine = await import(pathToFileURL(resolve(path)).href + `?${engines.length}`);
  if (engine.useRegex) { // the pattern module beside the build (builds before it have none)
    engine.useRegex(await import(pathToFileURL(resolve(path, "../sluice-regex.js")).href
      + `?${engines.length}`));
  }
  engines.push({ name: b, hint: flag !== "nohint", engine });
}

function parse(e, s) {
  JSON.parse(e.engine.start(s, "en", 0));
  e.engine.beginParse(",", "\"", 0);
  if (e.hint && e.engine.expectChars) e.engine.expectChars(text.length);
  for (const slice of slices) e.engine.feed(slice);
  e.engine.finishParse();
}
const steps = {
  parse: (e) => parse(e, plain),
  "start+parse+validate": (e) => {
    parse(e, schema);
    e.engine.suggestMapping(null);
    e.engine.applyMapping(schema.columns.map((c) => c.key));
    e.engine.validate();
  },
};
if (!globalThis.gc) {
  console.error("run node with --expose-gc");
  process.exit(2);
}
/** Drops the build's table and session: a fresh start and an empty parse replace them. */
function release(e) {
  JSON.parse(e.engine.start(plain, "en", 0));
  e.engine.beginParse(",", "\"", 0);
  e.engine.finishParse();
}
const times = engines.map(() => Object.fromEntries(Object.keys(steps).map((k) => [k, []])));
for (let round = 0; round < Number(roundsArg); round++) {
  engines.forEach((e, i) => {
    for (const [name, step] of Object.entries(steps)) {
      globalThis.gc();
      const t = performance.now();
      step(e);
      times[i][name].push(performance.now() - t);
      release(e);
    }
  });
}
const median = (x) => [...x].sort((a, b) => a - b)[x.length >> 1];
engines.forEach((e, i) => console.log(e.name, JSON.stringify(Object.fromEntries(
  Object.entries(times[i]).map(([k, v]) => [k, Math.round(median(v))])))));
