// Why the parser copies each chunk into a char array before scanning it, in V8 alone (no TeaVM):
// a scan of the chunks copied into a Uint16Array against the same scan reading the decoded strings
// with charCodeAt. Measured for issue 18 before trying (and dropping) an in-place scan through
// TeaVM's String.charAt; see BENCHMARKS.md. A measurement tool, not a test.
//
//   node benchmarks/browser/scan-copy.mjs /tmp/corpus/customers.csv
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
const decoder = new TextDecoder();
const CHUNK = 4 << 20;
const slices = [];
for (let i = 0; i < bytes.length; i += CHUNK) {
  slices.push(decoder.decode(bytes.subarray(i, i + CHUNK), { stream: i + CHUNK < bytes.length }));
}
function scanArray(b, n) {
  let fields = 0;
  for (let p = 0; p < n; p++) {
    const c = b[p];
    if (c > 44) continue;
    if (c === 44 || c === 10 || c === 34) fields++;
  }
  return fields;
}
function copyThenScan() {
  let buf = new Uint16Array(CHUNK + 16);
  let fields = 0;
  for (const s of slices) {
    if (buf.length < s.length) buf = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
    fields += scanArray(buf, s.length);
  }
  return fields;
}
function scanInPlace() {
  let fields = 0;
  for (const s of slices) {
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if (c > 44) continue;
      if (c === 44 || c === 10 || c === 34) fields++;
    }
  }
  return fields;
}
const a = [], b = [];
for (let round = 0; round < 9; round++) {
  let t = performance.now(); copyThenScan(); a.push(performance.now() - t);
  t = performance.now(); scanInPlace(); b.push(performance.now() - t);
}
const median = (x) => Math.round([...x].sort((p, q) => p - q)[x.length >> 1]);
console.log(JSON.stringify({ copyThenScan: median(a), scanInPlace: median(b) }));
