// Where a function's time goes in a Chrome trace that holds V8's sampling profiler
// (BrowserParsePeers --trace SECONDS, or BrowserImportBenchmark -Dtrace=SECONDS -Dcpu=true): with
// "under NAME", the self time of every function sampled inside NAME, largest first; with
// "callers NAME", NAME's self time by the function that called it; with "stacks NAME [DEPTH]", its
// self time by the DEPTH (default 6) functions under it on the stack, for callers V8 inlined away;
// with "total NAME...", each
// name's inclusive time (the samples with it anywhere on the stack). Names
// are those of an unminified build (-Dsluice.teavm.minifying=false). trace-profile.mjs gives the
// self time of the whole thread. A measurement tool for issue 18, not a test.
//
//   node benchmarks/browser/trace-calls.mjs benchmarks/target/peers-trace-1.json under dsct_ImportTable_grow
//   node benchmarks/browser/trace-calls.mjs benchmarks/target/peers-trace-1.json total sluiceParse \
//     'dsb_WorkerApi_start$exported$1' 'dscf_ImportSession$Loader_checkLimit'
import { traceEvents } from "./chrome-trace.mjs";

const [file, mode, ...names] = process.argv.slice(2);
if (!["under", "callers", "stacks", "total"].includes(mode) || !names.length) {
  throw new Error("usage: trace-calls.mjs TRACE under NAME | callers NAME | stacks NAME [DEPTH]"
    + " | total NAME...");
}
const profiles = new Map();
for (const event of traceEvents(file)) {
  if (event.name !== "ProfileChunk") continue;
  const key = `${event.pid}:${event.id}`;
  let p = profiles.get(key);
  if (!p) profiles.set(key, (p = { nodes: new Map(), samples: [], deltas: [] }));
  const { cpuProfile, timeDeltas } = event.args.data;
  for (const node of (cpuProfile && cpuProfile.nodes) || []) p.nodes.set(node.id, node);
  if (cpuProfile && cpuProfile.samples) {
    p.samples.push(...cpuProfile.samples);
    p.deltas.push(...(timeDeltas || []));
  }
}
// the function names on a sample's stack, innermost first
function stack(p, id) {
  const out = [];
  for (let q = id; q !== undefined;) {
    const node = p.nodes.get(q);
    if (!node) break;
    out.push(node.callFrame.functionName || "(anonymous)");
    q = node.parent;
  }
  return out;
}
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
for (const [key, p] of profiles) {
  const times = new Map();
  p.samples.forEach((id, i) => {
    const names_ = stack(p, id);
    const us = p.deltas[i] || 0;
    if (mode === "under") {
      if (!names_.includes(names[0])) return;
      times.set(names_[0], (times.get(names_[0]) || 0) + us);
    } else if (mode === "callers") {
      if (names_[0] !== names[0]) return;
      const caller = names_[1] || "(none)";
      times.set(caller, (times.get(caller) || 0) + us);
    } else if (mode === "stacks") {
      if (names_[0] !== names[0]) return;
      const path = names_.slice(1, 1 + (+names[1] || 6)).join(" < ");
      times.set(path, (times.get(path) || 0) + us);
    } else {
      for (const name of new Set(names_)) {
        if (names.includes(name)) times.set(name, (times.get(name) || 0) + us);
      }
    }
  });
  if (!times.size) continue;
  console.log(`profile ${key}`);
  const rows = mode !== "total" ? [...times].sort((a, b) => b[1] - a[1]).slice(0, 20)
    : names.filter((n) => times.has(n)).map((n) => [n, times.get(n)]);
  for (const [name, us] of rows) console.log(`${ms(us).padStart(9)}  ${name}`);
}
