// A file read by the browser's engine (core compiled by TeaVM, in Node) as the worker reads a file
// that fits in its first 64 KiB: the encoding detected from the bytes (no language known), the
// text decoded in it, the dialect detected and the parse. Prints what RealFilesReadAsOnTheJvmTest
// compares with the JVM's reading of the same file, as JSON.
//
//   node src/test/js/read-file.mjs target/classes/sluice/sluice-engine.js FILE
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [enginePath, file] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const started = JSON.parse(engine.start({ version: 1, name: "any", allowExtraColumns: true,
  columns: [{ key: "__none" }] }, "en", 0));
if (!started.ok) throw new Error(JSON.stringify(started));
const bytes = new Uint8Array(readFileSync(file));
const detected = JSON.parse(engine.detectEncoding(new Int8Array(bytes.buffer, bytes.byteOffset,
  bytes.byteLength), true, ""));
// Node's TextDecoder reads windows-1252 as ISO-8859-1 (0x80-0x9F as C1 controls), where browsers
// follow the Encoding Standard: those 32 bytes are mapped here as a browser maps them
const CP1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
  + "\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161"
  + "\u203A\u0153\u009D\u017E\u0178";
let text = new TextDecoder(detected.encoding).decode(bytes);
if (detected.encoding === "windows-1252") {
  text = text.replace(/[\u0080-\u009F]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}
const dialect = JSON.parse(engine.detectDialect(text, true, "", ""));
engine.beginParse(dialect.delimiter, dialect.quote, dialect.headerIndex, dialect.escape);
engine.feed(text);
const parsed = JSON.parse(engine.finishParse());
process.stdout.write(JSON.stringify({ detected, dialect, parsed }));
