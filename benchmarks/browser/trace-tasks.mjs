// The renderer's main-thread tasks longer than a limit in a Chrome trace (BrowserImportBenchmark
// with -Dtrace=SECONDS), each with its largest events inside it: what a long task was (a message
// from the worker read by worker.onmessage, a layout, a garbage collection). Starts are in ms
// after the benchmark's sluice-bench-start mark. A measurement tool, not a test.
//
//   node benchmarks/browser/trace-tasks.mjs browser/target/browser-benchmark-trace.json [ms]
import { traceEvents } from "./chrome-trace.mjs";

const [file, limit = "30"] = process.argv.slice(2);
const events = traceEvents(file);
const main = new Set(events.filter((e) => e.name === "thread_name"
  && e.args && e.args.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
const mark = events.find((e) => e.name === "sluice-bench-start");
const origin = mark ? mark.ts : 0;
const slices = events.filter((e) => e.ph === "X" && main.has(`${e.pid}:${e.tid}`));
for (const task of slices) {
  if (task.name !== "ThreadControllerImpl::RunTask" || task.dur <= +limit * 1000) continue;
  console.log(`task at ${((task.ts - origin) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms`);
  const inside = new Map();
  for (const e of slices) {
    if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur || e.dur < 2000) continue;
    const data = (e.args && e.args.data) || {};
    const name = data.functionName || data.url
      ? `${e.name} ${data.functionName || ""} ${(data.url || "").split("/").pop()}` : e.name;
    inside.set(name, Math.max(inside.get(name) || 0, e.dur));
  }
  for (const [name, dur] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    console.log(`  ${(dur / 1000).toFixed(1).padStart(7)} ms  ${name}`);
  }
}
