// Inclusive time of named functions in a V8 .cpuprofile (node --cpu-prof): the samples with the
// name anywhere on their stack, in ms. Names are those of an unminified engine build. A
// measurement tool for issue 18, not a test (trace-calls.mjs does the same for Chrome traces;
// column-costs.mjs says how to make such a profile).
//
//   node benchmarks/browser/cpuprofile-totals.mjs PROFILE.cpuprofile NAME...
import { readFileSync } from "node:fs";

const [file, ...names] = process.argv.slice(2);
if (!file || !names.length) throw new Error("usage: cpuprofile-totals.mjs PROFILE NAME...");
const p = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map();
p.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (p.timeDeltas[i] || 0)));
const total = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let q = id; q !== undefined; q = parent.get(q)) {
    const name = byId.get(q).callFrame.functionName;
    if (!seen.has(name)) {
      seen.add(name);
      total.set(name, (total.get(name) || 0) + us);
    }
  }
}
for (const name of names) console.log(`${((total.get(name) || 0) / 1000).toFixed(0).padStart(7)} ms  ${name}`);
