// The parser's bare scan of one corpus file in a process that runs nothing else: median of 30
// runs per engine build. In engine-ab.mjs the scan shares the process with imports whose memory
// shapes the collector's work, so builds that hold different data after an import scan at
// different speeds there. A measurement tool for issue 18, not a test.
//
//   node benchmarks/browser/scan-only.mjs /tmp/corpus/customers.csv \
//     /tmp/old/browser/target/classes/sluice/sluice-engine.js
//   node benchmarks/browser/scan-only.mjs /tmp/corpus/customers.csv \
//     browser/target/classes/sluice/sluice-engine.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [file, build] = process.argv.slice(2);
const engine = await import(pathToFileURL(resolve(build)).href);
const text = readFileSync(file, "utf8");
const times = [];
for (let r = 0; r < 30; r++) {
  const t = performance.now();
  engine.scan(text, ",", "\"");
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`${build}: scan median ${times[15].toFixed(1)} ms (30 runs)`);
