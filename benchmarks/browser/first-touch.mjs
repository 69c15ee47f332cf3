// What a machine charges for memory a process touches for the first time: four times, a fresh
// 256 MiB buffer written once per 4 KiB page. On a machine where this takes hundreds of ms, every
// fresh megabyte an import holds (decoded text, the table, row objects) costs time of its own, and
// the widget's 1M-row figures move with it from machine to machine. A measurement tool, not a test.
//
//   node benchmarks/browser/first-touch.mjs
const MIB = 1 << 20;
for (let round = 0; round < 4; round++) {
  const began = performance.now();
  const buffer = new Uint8Array(256 * MIB);
  for (let i = 0; i < buffer.length; i += 4096) buffer[i] = 1;
  const ms = performance.now() - began;
  console.log(`256 MiB touched in ${ms.toFixed(0)} ms (${(1000 * ms / (256 * MIB / 4096)).toFixed(1)} us a page)`);
}
