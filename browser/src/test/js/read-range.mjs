// Reads a text through the worker's readRange both ways it can (the Blob's byte stream,
// and Blob.slice where a browser's Blob stream is not a byte stream) and prints "ok" when both give
// the text back whole, in pieces of at most PIECE chars of each slice, with each piece's bytes,
// multi-byte chars split between slices and between pieces included. Node's V8 and
// Blob stand in for a browser's here: Chromium, which the other tests drive, always has the byte
// stream. Also that bytes the decoder cannot read are counted as it reads. Run by
// WorkerReadRangeTest:
//   node read-range.mjs src/main/resources/sluice/sluice-worker.js
import { readFileSync } from "node:fs";

const source = readFileSync(process.argv[2], "utf8");
const named = (start) => {
  const at = source.indexOf(start);
  if (at < 0) throw new Error(`no ${start} in the worker`);
  let depth = 0;
  for (let i = source.indexOf("{", at); i < source.length; i++) {
    if (source[i] === "{") depth++;
    if (source[i] === "}" && --depth === 0) return source.slice(at, i + 1);
  }
  throw new Error(`${start} does not end`);
};
// a piece that does not divide the slice: pieces of 1,000 bytes and one of 96
const module = `const SLICE = 1 << 12;\nconst PIECE = 1000;\n${named("async function readRange")}\n${named("function slicesAhead")}\n`
  + "export { readRange };";
const { readRange } = await import(`data:text/javascript,${encodeURIComponent(module)}`);

const text = "héllo,wörld\n".repeat(3000) + "東京,😀\n".repeat(700) + "end";
const problems = [];
for (const [name, wrap] of [
  ["stream", (blob) => blob],
  // a Blob whose stream is not a byte stream: getReader({mode: "byob"}) throws, as it would there
  ["Blob.slice", (blob) => ({ size: blob.size, slice: (a, b) => {
    const part = blob.slice(a, b);
    part.stream = () => ({ getReader: () => { throw new TypeError("not a byte stream"); } });
    return part;
  } })],
]) {
  for (const whole of [text, ""]) {
    const blob = new Blob([whole]);
    const parts = [];
    const reads = [];
    let bytesTaken = 0;
    const answer = await readRange(wrap(blob), 0, blob.size, new TextDecoder(),
      (part, bytes) => {
        parts.push(part);
        bytesTaken += bytes;
        return parts.length;
      }, (read) => reads.push(read));
    if (parts.join("") !== whole) problems.push(`${name}: the text came back changed`);
    if (whole && parts.length < 10) problems.push(`${name}: ${parts.length} pieces, not several`);
    if (parts.some((part) => part.length > 1000)) problems.push(`${name}: a piece over 1,000 chars`);
    if (bytesTaken !== blob.size) problems.push(`${name}: pieces of ${bytesTaken} bytes in all`);
    if (whole && reads[reads.length - 1] !== blob.size) problems.push(`${name}: progress ${reads}`);
    if (answer !== parts.length) problems.push(`${name}: answered ${answer}`);
  }
}
// bytes UTF-8 cannot read become U+FFFD, counted, and the first piece that gave one is kept
for (const [name, wrap] of [["stream", (blob) => blob]]) {
  const good = new TextEncoder().encode("abc,def\n".repeat(400));
  const bad = new Uint8Array([0x49, 0xE2, 0xE0, 0xED, 0x2C, 0xCF, 0xE5, 0xF2, 0x0A]); // Windows-1251
  const blob = new Blob([good, bad, good, bad]);
  const found = {};
  await readRange(wrap(blob), 0, blob.size, new TextDecoder(), () => 0, () => {}, null, found);
  if (found.replaced !== 12) problems.push(`${name}: ${found.replaced} U+FFFD counted, not 12`);
  if (!found.bytes || !found.bytes.includes(0xE2)) problems.push(`${name}: the bytes not kept`);
}
// a file whose head is ASCII: the pieces that gave U+FFFD, and those that read beyond ASCII (the
// sign of stray bytes in UTF-8 rather than a legacy encoding)
{
  const good = new TextEncoder().encode("abc,def\n".repeat(400));
  const bad = new Uint8Array([0x49, 0xE2, 0xE0, 0xED, 0x2C, 0xCF, 0xE5, 0xF2, 0x0A]);
  const utf8 = new TextEncoder().encode("Jürgen Müller,Köln,Düsseldorf\n");
  const legacy = { valid: 0, bad: 0 };
  await readRange(new Blob([good, bad, good]), 0, 2 * good.length + bad.length,
    new TextDecoder(), () => 0, () => {}, null, legacy);
  if (legacy.valid !== 0 || legacy.bad < 1) problems.push(`legacy: ${JSON.stringify(legacy)}`);
  const stray = { valid: 0, bad: 0 };
  const blob = new Blob([good, utf8, good, bad, good]);
  await readRange(blob, 0, blob.size, new TextDecoder(), () => 0, () => {}, null, stray);
  if (stray.valid < 1 || stray.bad < 1) problems.push(`stray: ${JSON.stringify(stray)}`);
  // a stray byte in the very piece of the accented text: that piece counts both ways
  const same = { valid: 0, bad: 0 };
  const mixed = new Blob([good, utf8, new Uint8Array([0xFF]), utf8, good]);
  await readRange(mixed, 0, mixed.size, new TextDecoder(), () => 0, () => {}, null, same);
  if (same.valid < 1 || same.bad !== 1) problems.push(`same piece: ${JSON.stringify(same)}`);
}
console.log(problems.length ? problems.join("\n") : "ok");
