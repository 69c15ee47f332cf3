// The engine alone in a Chromium dedicated worker: a corpus file decoded as the widget's worker
// decodes it (TextDecoder, 65,472 bytes at a time), then the parse into the table, the mapping and
// the validation, timed in the worker, one fresh worker per run. No widget, no page steps, no
// WebDriver: what the engine costs in Chromium's V8 with the strings Blink makes (external
// strings, where Node's TextDecoder makes V8's own), beside BrowserImportBenchmark's figures for
// the whole widget. A measurement tool for issue 18, not a test.
//
//   node benchmarks/browser/worker-engine.mjs BUILD_DIR CORPUS SCHEMA [MODE] [RUNS]
//   node benchmarks/browser/worker-engine.mjs browser/target/classes/sluice customers_1m customers
//
// MODE: "decoded" (default) feeds the pieces as decoded; "copied" copies each piece into a string
// of V8's own heap first (JSON.parse of its JSON, timed apart as "copy"); "ahead" validates as the
// widget does ahead of the user's confirmation, 256 rows a call, and "aheadN" stops that after N ms
// and finishes with validate (the widget confirming early); "import" then makes every chunk of
// 5,000 rows to hand over, as the widget's Import asks the engine for them. JSFLAGS="..." passes
// V8 flags to Chromium, whose output is then printed; COMPILES=1 instead sums what V8's JIT compiled and
// dropped (--trace-opt --trace-deopt): compilations and their ms per tier, deoptimizations, and the
// functions that took longest to compile (names need a readable build, -Dsluice.teavm.minifying=false).
// CHROMIUM names the browser binary (default /usr/bin/chromium); the corpus is read from
// CORPUS_DIR (default /tmp/corpus, written by dev.sluice.bench.corpus.CorpusWriter).
import { createServer } from "node:http";
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [build, corpus, schemaName, mode = "decoded", runs = "1"] = process.argv.slice(2);
if (!build || !corpus || !schemaName) {
  console.error("usage: worker-engine.mjs BUILD_DIR CORPUS SCHEMA [MODE] [RUNS]");
  process.exit(2);
}
const corpusDir = process.env.CORPUS_DIR || "/tmp/corpus";
const schema = readFileSync(new URL(`../src/main/resources/bench/schemas/${schemaName}.json`,
  import.meta.url), "utf8");

const worker = `
import * as engine from "/engine/sluice-engine.js";
onmessage = async ({ data: { mode } }) => {
  engine.useRegex(await import("/engine/sluice-regex.js"));
  const bytes = new Uint8Array(await (await fetch("/corpus/${corpus}.csv")).arrayBuffer());
  const decoder = new TextDecoder();
  const out = {};
  let t = performance.now();
  const lap = (step) => { const now = performance.now(); out[step] = now - t; t = now; };
  let pieces = [];
  for (let at = 0; at < bytes.length; at += 65472) {
    pieces.push(decoder.decode(bytes.subarray(at, at + 65472), { stream: true }));
  }
  const tail = decoder.decode();
  if (tail) pieces.push(tail);
  lap("decode");
  if (mode === "copied") pieces = pieces.map((p) => JSON.parse(JSON.stringify(p)));
  lap("copy");
  const schema = ${JSON.stringify(schema)};
  const started = JSON.parse(engine.start(JSON.parse(schema), "en", 0));
  if (!started.ok) throw new Error(started.message);
  engine.beginParse(",", '"', 0);
  engine.expectChars(pieces.reduce((n, p) => n + p.length, 0));
  for (const p of pieces) engine.feed(p);
  engine.finishParse();
  lap("parse");
  engine.suggestMapping(null);
  engine.applyMapping(JSON.parse(schema).columns.map((c) => c.key));
  lap("map");
  if (mode.startsWith("ahead")) {
    const budget = Number(mode.slice(5)) || Infinity;
    engine.beginAhead();
    while (engine.checkAhead(256) && performance.now() - t < budget) {}
    lap("ahead");
  }
  engine.validate();
  lap("validate");
  if (mode === "import") {
    // the hand-over's engine side, as the widget's worker asks for it: chunks of 5,000 rows
    engine.prepareSubmit();
    for (let index = 0; ; index++) {
      const b = engine.batch(index, 5000);
      if (!b || b.count === 0) break;
    }
    lap("batches");
  }
  postMessage(out);
};`;

const page = `<!doctype html><script type="module">
const results = [];
for (let i = 0; i < ${Number(runs)}; i++) {
  const w = new Worker("/worker.js", { type: "module" });
  results.push(await new Promise((ok) => {
    w.onmessage = (e) => ok(e.data);
    w.onerror = (e) => ok({ error: String(e.message) });
    w.postMessage({ mode: ${JSON.stringify(mode)} });
  }));
  w.terminate();
}
await fetch("/result", { method: "POST", body: JSON.stringify(results) });
</script>`;

const profile = mkdtempSync(join(tmpdir(), "sluice-worker-engine-"));
let chromium;
const server = createServer((req, res) => {
  if (req.url === "/result") {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      if (process.env.COMPILES) printCompiles();
      for (const r of JSON.parse(body)) {
        console.log(mode, Object.entries(r).map(([k, v]) =>
          `${k} ${typeof v === "number" ? v.toFixed(0) : v}`).join(", "));
      }
      res.end();
      // the browser and its helper processes, then its profile once they have let go of it
      process.kill(-chromium.pid);
      server.close();
      setTimeout(() => rmSync(profile, { recursive: true, force: true, maxRetries: 20,
        retryDelay: 100 }), 500);
    });
    return;
  }
  const type = req.url.endsWith(".js") ? "text/javascript" : req.url.endsWith(".csv") ? "text/csv"
    : "text/html";
  res.setHeader("content-type", type);
  if (req.url === "/") return res.end(page);
  if (req.url === "/worker.js") return res.end(worker);
  if (req.url.startsWith("/engine/")) {
    return res.end(readFileSync(join(resolve(build), req.url.slice("/engine/".length))));
  }
  if (req.url.startsWith("/corpus/")) {
    const file = join(corpusDir, req.url.slice("/corpus/".length));
    res.setHeader("content-length", statSync(file).size);
    return createReadStream(file).pipe(res);
  }
  res.statusCode = 404;
  res.end();
}).listen(0, "127.0.0.1", () => {
  const jsFlags = process.env.COMPILES ? "--trace-opt --trace-deopt" : process.env.JSFLAGS;
  const flags = jsFlags ? [`--js-flags=${jsFlags}`] : [];
  chromium = spawn(process.env.CHROMIUM || "/usr/bin/chromium", [...flags, "--headless=new",
    "--no-sandbox", "--disable-gpu", `--user-data-dir=${profile}`,
    `http://127.0.0.1:${server.address().port}/`],
  { stdio: ["ignore", process.env.COMPILES ? "pipe" : process.env.JSFLAGS ? "inherit" : "ignore",
    "ignore"], detached: true });
  if (process.env.COMPILES) chromium.stdout.on("data", (d) => (trace += d));
});

let trace = "";
function printCompiles() {
  const tiers = new Map();
  const byFunction = new Map();
  let deopts = 0;
  for (const line of trace.split("\n")) {
    if (line.includes("bailout (kind:")) deopts++;
    const m = /completed compiling .*?<JSFunction (\S+?)[ >].*\(target (\w+)\).*took ([\d.]+), ([\d.]+), ([\d.]+) ms/
      .exec(line);
    if (!m) continue;
    const ms = Number(m[3]) + Number(m[4]) + Number(m[5]);
    const tier = tiers.get(m[2]) || { count: 0, ms: 0 };
    tiers.set(m[2], { count: tier.count + 1, ms: tier.ms + ms });
    const f = byFunction.get(m[1]) || { count: 0, ms: 0 };
    byFunction.set(m[1], { count: f.count + 1, ms: f.ms + ms });
  }
  for (const [tier, { count, ms }] of tiers) console.log(`${tier}: ${count} compilations, ${ms.toFixed(0)} ms`);
  console.log(`deoptimizations: ${deopts}`);
  for (const [name, { count, ms }] of [...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) {
    console.log(`  ${ms.toFixed(0).padStart(5)} ms in ${count} ${name}`);
  }
}
