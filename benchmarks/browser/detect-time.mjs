// What detecting a file's encoding costs in the browser engine: the TeaVM-compiled core
// (sluice-engine.js) in Node's V8 detects the encoding of a 64 KiB head (the worker's sample) of
// the largest file in each folder given, fifteen times; the first call (cold) and the median, in
// ms. The folders are chardet's test corpus, as for EncodingAccuracy (docs/widget.md, "Files that
// are not Unicode"). A measurement tool, not a test.
//
//   node benchmarks/browser/detect-time.mjs /tmp/chardet/tests/windows-1252 \
//     /tmp/chardet/tests/windows-1251-russian /tmp/chardet/tests/GB2312
import * as engine from "../../browser/target/classes/sluice/sluice-engine.js";
import { readFileSync, readdirSync, statSync } from "node:fs";

for (const dir of process.argv.slice(2)) {
  const names = readdirSync(dir).map((n) => `${dir}/${n}`);
  const largest = names.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  let bytes = readFileSync(largest);
  while (bytes.length < 65536) bytes = Buffer.concat([bytes, bytes]);
  const head = new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 65536));
  const times = [];
  let found;
  for (let i = 0; i < 15; i++) {
    const began = performance.now();
    found = JSON.parse(engine.detectEncoding(head, false, "en")).encoding;
    times.push(performance.now() - began);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  console.log(`${dir.split("/").pop().padEnd(24)} ${found.padEnd(13)} first ${first.toFixed(1)} ms, median ${times[7].toFixed(2)} ms`);
}
