// Self time of a Chrome trace's events per thread of the renderer and the browser within a window
// of BrowserImportBenchmark's run (ms after its sluice-bench-start mark): the page's main thread,
// the widget's worker and the pool threads beside them, where V8 compiles the engine's hot code
// (V8.OptimizeBackground, the Maglev steps) and marks and sweeps in the background. Threads with
// less than 20 ms are left out. Complements trace-self.mjs (main thread and workers only). Run the
// benchmark with V8's categories to see the compiler's and collector's events:
//
//   BrowserImportBenchmark ... -Dtrace=14 \
//     -DtraceCategories=v8,disabled-by-default-v8.compile,disabled-by-default-v8.gc
//   node benchmarks/browser/trace-threads.mjs browser/target/browser-benchmark-trace.json 0 4000
//
// A measurement tool for issue 18, not a test.
import { benchWindow, selfTimes, traceEvents, traceNames } from "./chrome-trace.mjs";

const [file, fromMs, toMs, rows = "10"] = process.argv.slice(2);
if (!file || fromMs === undefined || toMs === undefined) {
  throw new Error("usage: trace-threads.mjs TRACE FROM_MS TO_MS [ROWS]");
}
const events = traceEvents(file);
const { from, to } = benchWindow(events, fromMs, toMs);
const { threads, processes } = traceNames(events);
const spansOf = new Map();
for (const e of events) {
  if (e.ph !== "X" || !e.dur || e.ts < from || e.ts > to) continue;
  const key = `${e.pid}:${e.tid}`;
  if (!spansOf.has(key)) spansOf.set(key, []);
  spansOf.get(key).push(e);
}
const report = [];
for (const [key, spans] of spansOf) {
  const self = selfTimes(spans);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  if (total >= 20000) report.push({ key, total, self });
}
for (const { key, total, self } of report.sort((a, b) => b.total - a.total)) {
  const pid = Number(key.split(":")[0]);
  const label = `${processes.get(pid) || pid} ${threads.get(key) || key}`;
  console.log(`${label}: ${(total / 1000).toFixed(0)} ms`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
    if (us >= 5000) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`);
  }
}
