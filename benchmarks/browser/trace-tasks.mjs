// The renderer's main-thread tasks longer than a limit in a Chrome trace (BrowserImportBenchmark
// with -Dtrace=SECONDS), each with its largest events inside it: what a long task was (a message
// from the worker read by worker.onmessage, a layout, a garbage collection). Starts are in ms
// after the benchmark's sluice-bench-start mark. Each task's processor time is given beside its
// length where the trace has it (thread time), and the renderer's other threads that were busy
// for a fifth of it or more: a task much longer than its processor time waited for a core. A
// measurement tool, not a test.
//
//   node benchmarks/browser/trace-tasks.mjs browser/target/browser-benchmark-trace.json [ms]
import { traceEvents, traceNames } from "./chrome-trace.mjs";

const [file, limit = "30"] = process.argv.slice(2);
const events = traceEvents(file);
const { threads: names, processes } = traceNames(events);
const main = new Set([...names].filter(([, name]) => name === "CrRendererMain")
  .map(([key]) => key));
const mark = events.find((e) => e.name === "sluice-bench-start");
const origin = mark ? mark.ts : 0;
const slices = events.filter((e) => e.ph === "X" && main.has(`${e.pid}:${e.tid}`));
const renderers = new Set([...processes].filter(([, name]) => name === "Renderer")
  .map(([pid]) => pid));
const others = events.filter((e) => e.ph === "X" && e.dur && renderers.has(e.pid)
  && !main.has(`${e.pid}:${e.tid}`));

// per other renderer thread, how long its events covered the task (their union, clipped to it)
function busyThreads(task) {
  const end = task.ts + task.dur;
  const byThread = new Map();
  for (const e of others) {
    if (e.ts >= end || e.ts + e.dur <= task.ts) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push([Math.max(e.ts, task.ts), Math.min(e.ts + e.dur, end), e.name]);
  }
  const busy = [];
  for (const [key, spans] of byThread) {
    spans.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let at = -Infinity;
    const what = new Map(); // the events' names, by their clipped length (nested ones counted too)
    for (const [from, to, name] of spans) {
      if (to > at) total += to - Math.max(from, at);
      at = Math.max(at, to);
      if (/RunTask|ThreadPool_|FunctionCall/.test(name)) continue; // wrappers: not what ran
      what.set(name, (what.get(name) || 0) + to - from);
    }
    const top = [...what].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([n]) => n).join(", ");
    if (total >= task.dur / 5) busy.push([key, total, top]);
  }
  return busy.sort((a, b) => b[1] - a[1]);
}
for (const task of slices) {
  if (task.name !== "ThreadControllerImpl::RunTask" || task.dur <= +limit * 1000) continue;
  const cpu = task.tdur === undefined ? ""
    : `, ${(task.tdur / 1000).toFixed(1)} ms of processor time`;
  const at = ((task.ts - origin) / 1000).toFixed(0);
  console.log(`task at ${at} ms: ${(task.dur / 1000).toFixed(1)} ms${cpu}`);
  for (const [key, busy, top] of busyThreads(task)) {
    const what = top ? ": " + top : "";
    console.log(`  (${names.get(key) || key} busy ${(busy / 1000).toFixed(1)} ms of it${what})`);
  }
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
