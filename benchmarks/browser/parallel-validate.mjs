// Validation of one file shared by N threads in Node (worker_threads), the way the widget's pool
// shares it (issue 15): the main thread cuts the mapped table into N parts, checks the first while
// N - 1 threads check theirs from their text chunks and spans alone, then joins the unique groups
// and re-checks the rows no helper found clean. Times each step beside one thread's validation,
// alternating, so BENCHMARKS.md can model 4, 8 and 16 cores from measured costs.
//
//   node --max-old-space-size=8000 benchmarks/browser/parallel-validate.mjs FILE.csv SCHEMA.json [threads] [rounds]
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";

// ENGINE=path/to/sluice-engine.js measures another build (its sluice-regex.js beside it)
const ENGINE = process.env.ENGINE ? new URL(process.env.ENGINE, `file://${process.cwd()}/`).href
  : new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url).href;
const REGEX = new URL("sluice-regex.js", ENGINE).href;

if (!isMainThread) {
  const engine = await import(ENGINE);
  engine.useRegex(await import(REGEX));
  engine.start(workerData.schema, "en", 0, null);
  parentPort.on("message", (part) => {
    const began = performance.now();
    const v = engine.checkForeignPart(JSON.stringify(part.columns), part.quote, part.chunks,
      part.spans, part.from, part.to);
    const keyHashes = v.keyHashes || new Int32Array(0); // builds before 2026-11-29 had none
    parentPort.postMessage({ written: v.written, clean: v.clean, keyHashes,
      ms: performance.now() - began }, [v.written.buffer, v.clean.buffer, keyHashes.buffer]);
  });
} else {
  const [file, schemaFile, threadsArg = "2", roundsArg = "3"] = process.argv.slice(2);
  const engine = await import(ENGINE);
  engine.useRegex(await import(REGEX));
  const text = readFileSync(file, "utf8");
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  const threads = Number(threadsArg);
  const helpers = [];
  for (let i = 1; i < threads; i++) helpers.push(new Worker(new URL(import.meta.url), { workerData: { schema } }));
  const load = () => {
    engine.start(schema, "en", 0, null);
    engine.beginParse(",", "\"", 0);
    for (let i = 0; i < text.length; i += 4 << 20) engine.feed(text.slice(i, i + (4 << 20)));
    engine.finishParse();
    engine.suggestMapping(null);
  };
  const answer = (worker) => new Promise((resolve) => worker.once("message", resolve));
  for (let round = 0; round < Number(roundsArg); round++) {
    load();
    let t = performance.now();
    engine.validate();
    const one = performance.now() - t;
    load();
    t = performance.now();
    const parts = engine.beginValidation(threads);
    const cut = performance.now() - t;
    const waits = parts.slice(1).map((part, i) => {
      const pending = answer(helpers[i]);
      helpers[i].postMessage(part, [part.spans.buffer]);
      return pending;
    });
    const own0 = performance.now();
    const own = engine.checkPart(parts[0].from, parts[0].to);
    const ownMs = performance.now() - own0;
    const rows = parts[parts.length - 1].to;
    const written = new Int32Array(rows);
    const clean = new Int8Array(rows);
    const hashed = engine.hashedGroups ? engine.hashedGroups() : 0;
    const keyHashes = new Int32Array(rows * hashed);
    written.set(own.written, 0);
    clean.set(own.clean, 0);
    if (hashed) keyHashes.set(own.keyHashes, 0);
    const helperMs = [];
    for (let p = 1; p < parts.length; p++) {
      const v = await waits[p - 1];
      written.set(v.written, parts[p].from);
      clean.set(v.clean, parts[p].from);
      if (hashed) keyHashes.set(v.keyHashes, parts[p].from * hashed);
      helperMs.push(Math.round(v.ms));
    }
    const arrived = performance.now() - t;
    const j0 = performance.now();
    engine.finishValidation(written, clean, keyHashes);
    const join = performance.now() - j0;
    const total = performance.now() - t;
    console.log(`one thread ${one.toFixed(0)} ms | ${threads} threads ${total.toFixed(0)} ms `
      + `(${(one / total).toFixed(2)}x): cut ${cut.toFixed(0)}, own part ${ownMs.toFixed(0)}, `
      + `helpers ${helperMs.join("/")}, all parts in at ${arrived.toFixed(0)}, join ${join.toFixed(0)}`);
  }
  for (const h of helpers) await h.terminate();
}
