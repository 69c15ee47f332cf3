// Self time of a Chrome trace's events (a task, a message's reading, GC, layout...) on the page's
// main thread and the widget's workers within a window of BrowserImportBenchmark's run, given in
// ms after its sluice-bench-start mark (for instance from "Import clicked at" to that plus "click
// Import to done"), largest first. Complements trace-tasks.mjs (long tasks) and trace-profile.mjs
// (V8's samples, which slow the run down): this one needs a trace without sampling. A measurement
// tool for issue 18, not a test.
//
//   BrowserImportBenchmark ... -Dtrace=16, then
//   node benchmarks/browser/trace-self.mjs browser/target/browser-benchmark-trace.json 9222 13212
import { benchWindow, selfTimes, traceEvents, traceNames } from "./chrome-trace.mjs";

const [file, fromMs, toMs, rows = "18"] = process.argv.slice(2);
const events = traceEvents(file);
const { from, to } = benchWindow(events, fromMs, toMs);
const { threads } = traceNames(events);
for (const [key, name] of threads) {
  if (!/CrRendererMain|DedicatedWorker/.test(name)) continue;
  const [pid, tid] = key.split(":").map(Number);
  const spans = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur
    && e.ts >= from && e.ts <= to);
  if (!spans.length) continue;
  const self = selfTimes(spans);
  console.log(`${name} (${key})`);
  for (const [event, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${event}`);
  }
}
