// Self time per function of a V8 CPU profile (node --cpu-prof ...), largest first, with the
// garbage collector as its own row. Build the engine with -Dsluice.teavm.minifying=false to read
// the names. A measurement tool for issue 7.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/browser/corpus-profile.mjs /tmp/corpus
//   node benchmarks/browser/profile-top.mjs /tmp/prof/*.cpuprofile [rows] [under]
// With a third argument, only the samples taken inside a function whose name starts with it
// (dsb_WorkerApi_batch: the hand-over; dsb_WorkerApi_validate: validation).
import { readFileSync } from "node:fs";

const [file, rows = "30", under] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children || []) parent.set(child, n.id);
const inside = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    if (byId.get(at).callFrame.functionName.startsWith(under)) return true;
  }
  return false;
};
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  if (under && !inside(id)) return;
  const frame = byId.get(id).callFrame;
  const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
  const dt = profile.timeDeltas[i] || 0;
  self.set(key, (self.get(key) || 0) + dt);
  total += dt;
});
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows))) {
  console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${(100 * us / total).toFixed(1).padStart(5)} %  ${key}`);
}
