// Sluice worker: reads the file in slices, decodes it with TextDecoder using the encoding core
// detected, and runs parsing and validation (core compiled by TeaVM: sluice-engine.js). The page
// only renders. Messages: {id, method, args} in; {id, result} | {id, error} | {progress} out.
import * as engine from "./sluice-engine.js";

const SLICE = 1 << 20;
const HEAD = 1 << 16;
const TEXT_ANSWERS = new Set(["rejectedCsv", "sampleCsv", "fingerprint"]);

self.onmessage = async (event) => {
  const { id, method, args } = event.data;
  try {
    const started = performance.now();
    const result = method === "load" ? await load(args[0]) : call(method, args || []);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ id, error: e && e.message ? e.message : String(e) });
  }
};

function call(method, args) {
  const fn = engine[method];
  if (typeof fn !== "function") {
    throw new Error("unknown method " + method);
  }
  const answer = fn(...args);
  return typeof answer === "string" && !TEXT_ANSWERS.has(method) ? JSON.parse(answer) : answer;
}

async function load({ file, text, fileName, encoding, delimiter, quote, headerIndex }) {
  const blob = file || new Blob([text], { type: "text/plain;charset=utf-8" });
  const size = blob.size;
  const head = new Uint8Array(await blob.slice(0, HEAD).arrayBuffer());
  const complete = size <= HEAD;
  const detected = JSON.parse(engine.detectEncoding(new Int8Array(head.buffer), complete));
  const label = file ? (encoding || detected.encoding) : "UTF-8";
  const headText = new TextDecoder(label).decode(head, { stream: !complete });
  const dialect = JSON.parse(engine.detectDialect(headText, complete));
  if (delimiter) dialect.delimiter = delimiter;
  if (quote) dialect.quote = quote;
  if (headerIndex !== undefined && headerIndex !== null) dialect.headerIndex = headerIndex;
  engine.beginParse(dialect.delimiter, dialect.quote, dialect.headerIndex);
  const decoder = new TextDecoder(label);
  let rows = 0;
  let lastReport = 0;
  for (let offset = 0; offset < size; offset += SLICE) {
    const bytes = new Uint8Array(await blob.slice(offset, Math.min(size, offset + SLICE)).arrayBuffer());
    rows = engine.feed(decoder.decode(bytes, { stream: true }));
    const now = Date.now();
    if (now - lastReport > 100) {
      lastReport = now;
      self.postMessage({ progress: { read: Math.min(size, offset + SLICE), size, rows } });
    }
  }
  engine.feed(decoder.decode());
  const parsed = JSON.parse(engine.finishParse());
  return {
    fileName: fileName || (file && file.name) || "pasted.csv",
    size,
    encoding: label,
    detectedEncoding: detected.encoding,
    dialect,
    parsed,
  };
}
