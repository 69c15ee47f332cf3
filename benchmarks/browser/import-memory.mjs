// Memory of one import in the browser engine: the TeaVM-compiled core (sluice-engine.js) in
// Node's V8 reads a corpus file as the widget's worker does (1 MiB slices decoded with
// TextDecoder, at character boundaries, the file size as a hint), maps and validates it, then reports the heap it holds
// after a full collection, against the file's size; also the times of each step. A measurement
// tool for issue 18 (worker memory <= 1.5x the file), not a test.
//
//   node --expose-gc benchmarks/browser/import-memory.mjs /tmp/corpus/customers_1m.csv customers
//   ... customers --heap   # also what is live: the strings, and the typed arrays by size
//   (schemas: benchmarks/src/main/resources/bench/schemas/NAME.json; corpus: see corpus-profile.mjs)
import * as engine from "../../browser/target/classes/sluice/sluice-engine.js";
// schemas with patterns need the pattern module, as the worker loads it
engine.useRegex(await import("../../browser/target/classes/sluice/sluice-regex.js"));
import { openAsBlob, readFileSync, statSync } from "node:fs";

const [file, schemaName, heapFlag] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(new URL(
  `../src/main/resources/bench/schemas/${schemaName}.json`, import.meta.url)));
const size = statSync(file).size;
const mib = (bytes) => (bytes / 1048576).toFixed(0);

// the heap and the memory outside it (typed arrays, and strings V8 keeps outside the heap)
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
globalThis.gc();
const before = used();
const blob = await openAsBlob(file);
engine.start(schema, "en", 0);
let t = performance.now();
engine.beginParse(",", "\"", 0);
// Each slice ends where a character does and is decoded whole, not as a stream: the text is then
// held as Chromium holds the worker's (Blink's decoder gives one byte per char while the text is
// Latin-1, streaming or not; Node's streaming decoder gives two as soon as a slice has one
// non-ASCII char, which made this script report 3.1x where Chromium's renderer grew by 2.3x)
const first = new TextDecoder("utf-8");
const after = new TextDecoder("utf-8", { ignoreBOM: true });
for (let offset = 0; offset < size;) {
  let bytes = new Uint8Array(await blob.slice(offset, Math.min(size, offset + (1 << 20)))
    .arrayBuffer());
  if (offset + bytes.length < size) {
    let cut = bytes.length;
    for (let i = cut - 1; i >= cut - 3; i--) {
      const b = bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (i + need > cut) cut = i;
      break;
    }
    bytes = bytes.subarray(0, cut);
  }
  const text = (offset === 0 ? first : after).decode(bytes);
  if (offset === 0) engine.expectChars(size * text.length / bytes.length);
  engine.feed(text);
  offset += bytes.length;
}
const parsed = JSON.parse(engine.finishParse());
const parse = performance.now() - t;
engine.suggestMapping(null);
t = performance.now();
engine.applyMapping(schema.columns.map((c) => c.key));
const summary = JSON.parse(engine.validate());
const validate = performance.now() - t;
globalThis.gc();
const atOnce = used() - before;
// what the worker holds while the grid is shown: a collection right after the last step still
// finds some 30 MiB of that step's garbage alive (freed once the event loop has turned), so the
// reading is taken after two turns, as a worker waits between a user's clicks
for (let turn = 0; turn < 2; turn++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  globalThis.gc();
}
const held = used() - before;
console.log(`${parsed.rows} rows, file ${mib(size)} MiB: read+parse ${parse.toFixed(0)} ms, `
  + `map+validate ${validate.toFixed(0)} ms, ${summary.errorRows} rows with errors; memory held `
  + `after GC (heap + external) ${mib(held)} MiB = ${(held / size).toFixed(2)}x the file `
  + `(${mib(atOnce)} MiB collected at once after the last step)`);

// --heap: a heap snapshot of the import just measured, summed: the strings (the decoded text,
// one byte a char while it is Latin-1), and the typed arrays' memory grouped by size (span
// tables, unique indexes and row marks come in arrays of the rows' count or a power of two)
if (heapFlag === "--heap") {
  const { writeHeapSnapshot } = await import("node:v8");
  globalThis.keepEngine = engine; // the engine's module state holds the import
  const snapshotFile = writeHeapSnapshot(`${process.env.TMPDIR || "/tmp"}/sluice-import.heapsnapshot`);
  const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8"));
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  let strings = 0;
  const arrays = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const size = snapshot.nodes[i + sizeAt];
    if (type.includes("string")) strings += size;
    else if (snapshot.strings[snapshot.nodes[i + nameAt]] === "system / JSArrayBufferData") {
      arrays.set(size, (arrays.get(size) || 0) + 1);
    }
  }
  console.log(`live strings ${mib(strings)} MiB; typed arrays of 1 MiB or more:`);
  for (const [size, count] of [...arrays].filter(([s]) => s >= 1 << 20).sort((a, b) => b[0] - a[0])) {
    console.log(`  ${count} x ${(size / 1048576).toFixed(2)} MiB`);
  }
  const total = [...arrays].reduce((sum, [size, count]) => sum + size * count, 0);
  console.log(`typed arrays in all ${mib(total)} MiB`);
  // the rest of the heap by kind of object (type and constructor or name), largest first
  const rest = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const name = snapshot.strings[snapshot.nodes[i + nameAt]];
    if (type.includes("string") || name === "system / JSArrayBufferData") continue;
    const key = `${type} ${name.slice(0, 60)}`;
    const [bytes, count] = rest.get(key) || [0, 0];
    rest.set(key, [bytes + snapshot.nodes[i + sizeAt], count + 1]);
  }
  console.log("the rest, largest kinds of object:");
  for (const [key, [bytes, count]] of [...rest].sort((a, b) => b[1][0] - a[1][0]).slice(0, 15)) {
    console.log(`  ${(bytes / 1048576).toFixed(2)} MiB in ${count} ${key}`);
  }
}
