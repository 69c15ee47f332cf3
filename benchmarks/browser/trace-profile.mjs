// Self time per function and thread from a Chrome trace that holds V8's sampling profiler
// (BrowserImportBenchmark with -Dtrace=SECONDS -Dcpu=true), largest first: what the widget's worker
// and page spend their time on in Chromium itself, where Node's V8 differs (the hand-over of
// contacts_mixed 1M took 2.3x Node's time there). Threads with under two seconds of samples are
// left out. A measurement tool, not a test.
//
//   node benchmarks/browser/trace-profile.mjs browser/target/browser-benchmark-trace.json [rows]
//     [from to]   (ms after the sluice-bench-start mark: only the samples in that window)
import { traceEvents } from "./chrome-trace.mjs";

const [file, rows = "25", fromMs, toMs] = process.argv.slice(2);
const events = traceEvents(file);
// with a window (ms after the benchmark's sluice-bench-start mark), only the samples inside it
const mark = events.find((e) => e.name === "sluice-bench-start");
const windowed = fromMs !== undefined && mark;
const from = windowed ? mark.ts + Number(fromMs) * 1000 : -Infinity;
const to = windowed ? mark.ts + Number(toMs) * 1000 : Infinity;
const starts = new Map(); // a profile's first sample time, from its Profile event
for (const event of events) {
  if (event.name === "Profile") starts.set(`${event.pid}:${event.id}`, event.args.data.startTime);
}
const profiles = new Map();
for (const event of events) {
  if (event.name !== "ProfileChunk") continue;
  const key = `${event.pid}:${event.id}`;
  let p = profiles.get(key);
  if (!p) profiles.set(key, (p = { tid: event.tid, nodes: new Map(), samples: [], deltas: [] }));
  const { cpuProfile, timeDeltas } = event.args.data;
  for (const node of (cpuProfile && cpuProfile.nodes) || []) p.nodes.set(node.id, node);
  if (cpuProfile && cpuProfile.samples) {
    p.samples.push(...cpuProfile.samples);
    p.deltas.push(...(timeDeltas || []));
  }
}
for (const [key, p] of profiles) {
  const self = new Map();
  let total = 0;
  let at = starts.get(key) ?? 0;
  p.samples.forEach((id, i) => {
    at += p.deltas[i] || 0;
    if (at < from || at > to) return;
    const frame = p.nodes.has(id) ? p.nodes.get(id).callFrame : { functionName: "?" };
    const name = `${frame.functionName || "(anonymous)"} ${(frame.url || "").split("/").pop()}`;
    self.set(name, (self.get(name) || 0) + (p.deltas[i] || 0));
    total += p.deltas[i] || 0;
  });
  if (total < (windowed ? 1e4 : 2e6)) continue;
  console.log(`profile ${key}, thread ${p.tid}: ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${(100 * us / total).toFixed(1).padStart(5)} %  ${name}`);
  }
}
