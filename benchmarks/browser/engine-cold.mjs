// Compares TeaVM engine builds as the worker runs one: a fresh process per import (no warm-up
// rounds), start + parse + map + validate of one corpus file fed as 4 MiB slices decoded by
// TextDecoder, the builds alternating process by process so that the machine's drift hits all
// alike; medians per build. engine-ab.mjs times warm rounds in one process instead, where builds
// loaded side by side can disturb one another. A measurement tool for issue 18, not a test.
//
//   git worktree add /tmp/old <commit> && (cd /tmp/old && mvn -q -B -o package -pl core,browser \
//     -am -DskipTests -Dmaven.install.skip=true)   # -am: core from that commit, not ~/.m2
//   node benchmarks/browser/engine-cold.mjs /tmp/corpus contacts_mixed_1m contacts_mixed 3 \
//     /tmp/old/browser/target/classes/sluice/sluice-engine.js \
//     browser/target/classes/sluice/sluice-engine.js
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [dir, corpus, schemaName, runs, ...builds] = process.argv.slice(2);

if (process.env.ENGINE_COLD_CHILD) {
  const engine = await import(pathToFileURL(resolve(builds[0])).href);
  if (engine.useRegex) { // the pattern module beside the build (builds before it have none)
    engine.useRegex(await import(pathToFileURL(resolve(builds[0], "../sluice-regex.js")).href));
  }
  const bytes = readFileSync(`${dir}/${corpus}.csv`);
  const decoder = new TextDecoder();
  const slices = [];
  for (let at = 0; at < bytes.length; at += 4 << 20) {
    slices.push(decoder.decode(bytes.subarray(at, at + (4 << 20)),
      { stream: at + (4 << 20) < bytes.length }));
  }
  const schema = JSON.parse(readFileSync(new URL(
    `../src/main/resources/bench/schemas/${schemaName}.json`, import.meta.url)));
  const t = performance.now();
  JSON.parse(engine.start(schema, "en", 0));
  engine.beginParse(",", "\"", 0);
  engine.expectChars(bytes.length);
  for (const s of slices) engine.feed(s);
  engine.finishParse();
  const parse = performance.now() - t;
  engine.suggestMapping(null);
  engine.applyMapping(schema.columns.map((c) => c.key));
  engine.validate();
  console.log(JSON.stringify({ parse, total: performance.now() - t }));
} else {
  if (!builds.length) {
    console.error("usage: engine-cold.mjs CORPUS_DIR CORPUS SCHEMA RUNS ENGINE.js ...");
    process.exit(2);
  }
  const times = builds.map(() => ({ parse: [], total: [], validate: [] }));
  for (let run = 0; run < Number(runs); run++) {
    builds.forEach((build, i) => {
      const out = execFileSync(process.execPath, ["--max-old-space-size=8000",
        fileURLToPath(import.meta.url), dir, corpus, schemaName, "1", build],
        { env: { ...process.env, ENGINE_COLD_CHILD: "1" } });
      const r = JSON.parse(out.toString());
      times[i].parse.push(r.parse);
      times[i].total.push(r.total);
      times[i].validate.push(r.total - r.parse);
    });
  }
  const median = (x) => Math.round([...x].sort((a, b) => a - b)[x.length >> 1]);
  builds.forEach((b, i) => console.log(b, JSON.stringify({
    parse: median(times[i].parse), "start+parse+validate": median(times[i].total),
    // map + validate of each run (its total less its parse), the figure BENCHMARKS.md quotes
    validate: median(times[i].validate), runs: times[i].total.map(Math.round) })));
}
