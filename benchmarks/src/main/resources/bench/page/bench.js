// The browser side of dev.sluice.bench.browser.BrowserParsePeers: every contender parses the same
// text, already in memory, in this page's main thread; each is run until at least minMs have been
// measured (and at least 5 times) after 2 untimed warm-up runs, and every run's time is returned.
import * as engine from "/sluice/sluice-engine.js";
import { inferSchema, initParser } from "/npm/udsv/dist/uDSV.mjs";
import csvSimpleParser from "/npm/csv-simple-parser/dist/index.js";
import { jsValidator } from "/bench/js-validator.js";

// the pattern module, as the widget's worker loads it for schemas with patterns (uszips has one)
const regex = await import("/sluice/sluice-regex.js");
engine.useRegex(regex);

// issue 18's optional experiment, when built (mvn -Pwasm-experiment): the same engine compiled to
// WebAssembly with GC, loaded by TeaVM's loader; it exports the same functions
let wasm = null;
const wasmFile = await fetch("/wasm-gc/sluice-engine-gc.wasm");
if (wasmFile.ok) {
  const { load } = await import("/wasm-gc/org/teavm/backend/wasm/wasm-gc-module-runtime.js");
  wasm = (await load(await wasmFile.arrayBuffer())).exports;
  wasm.useRegex(regex);
}

// another build of the engine to compare with, when BrowserParsePeers serves one (--compare DIR)
let compare = null;
if ((await fetch("/compare/sluice-engine.js")).ok) {
  compare = await import("/compare/sluice-engine.js");
  compare.useRegex(await import("/compare/sluice-regex.js"));
}

// the worker reads a file in 4 MiB slices and decodes each 65,472 bytes at a time with TextDecoder
// (sluice-worker.js's PIECE, since 2026-11-28), feeding the engine each piece
const PIECE = 65472;
let text = null;
// the text as the worker has it: TextDecoder's strings of each slice, made once when the corpus is
// loaded, as every contender gets its decoded text ready (until 2026-11-29 the page fed slices of
// one string, which V8 keeps as views into it and reads more slowly than the worker's strings)
let chunks = null;
let schema = null;
// the hand-written JavaScript validator of the schema (js-validator.js), made when it loads
let validateJs = null;

// Data rows a peer returned: the header row and a trailing empty record do not count.
function dataRows(rows) {
  let n = rows.length - 1;
  const last = rows[rows.length - 1];
  // csv-simple-parser ends with ["", null] after a final newline, PapaParse with [""]
  if (last && last.every((c) => c === "" || c === null || c === undefined)) n--;
  return n;
}

function sluiceParse(engine, withValidation) {
  const started = JSON.parse(engine.start(withValidation ? schema : plain(schema), "en", 0));
  if (!started.ok) throw new Error(started.message);
  engine.beginParse(",", "\"", 0);
  engine.expectChars(text.length); // as the widget's worker tells it from the file size
  let rows = 0;
  for (const chunk of chunks) rows = engine.feed(chunk);
  const finished = JSON.parse(engine.finishParse());
  rows = finished.rows ?? rows;
  if (withValidation) {
    engine.suggestMapping(null);
    engine.applyMapping(schema.columns.map((c) => c.key));
    const summary = JSON.parse(engine.validate());
    return { rows, errorRows: summary.errorRows };
  }
  return { rows };
}

function plain(s) {
  return { ...s, columns: s.columns.map((c) => ({ key: c.key, label: c.label })) };
}

const CONTENDERS = {
  "sluice-parse": () => sluiceParse(engine, false),
  "sluice-parse-validate": () => sluiceParse(engine, true),
  "udsv": () => ({ rows: initParser(inferSchema(text)).stringArrs(text).length }),
  "udsv-typed": () => ({ rows: initParser(inferSchema(text)).typedArrs(text).length }),
  // uDSV's strings checked by a hand-written validator: what validation costs in plain JavaScript
  "udsv-js-validate": () => {
    const inferred = inferSchema(text);
    const rows = initParser(inferred).stringArrs(text);
    return { rows: rows.length, errorRows: validateJs(inferred.cols.map((c) => c.name), rows) };
  },
  "papaparse": () => ({ rows: dataRows(Papa.parse(text).data) }),
  "d3-dsv": () => ({ rows: dataRows(d3.csvParseRows(text)) }),
  "csv-simple-parser": () => ({ rows: dataRows(csvSimpleParser(text)) }),
};
if (wasm) {
  CONTENDERS["sluice-wasm-gc-parse"] = () => sluiceParse(wasm, false);
  CONTENDERS["sluice-wasm-gc-parse-validate"] = () => sluiceParse(wasm, true);
}
if (compare) {
  CONTENDERS["compare-parse"] = () => sluiceParse(compare, false);
  CONTENDERS["compare-parse-validate"] = () => sluiceParse(compare, true);
}

const pause = () => new Promise((r) => setTimeout(r, 0));

window.bench = {
  contenders: Object.keys(CONTENDERS),
  async load(corpusUrl, schemaUrl) {
    const bytes = new Uint8Array(await (await fetch(corpusUrl)).arrayBuffer());
    text = new TextDecoder().decode(bytes);
    const decoder = new TextDecoder();
    chunks = [];
    for (let at = 0; at < bytes.length; at += PIECE) {
      chunks.push(decoder.decode(bytes.subarray(at, at + PIECE), { stream: true }));
    }
    chunks.push(decoder.decode());
    schema = await (await fetch(schemaUrl)).json();
    validateJs = jsValidator(schema);
    document.getElementById("status").textContent = `loaded ${corpusUrl}`;
    return { chars: text.length };
  },
  async run(name, minMs) {
    const contender = CONTENDERS[name];
    let result;
    for (let i = 0; i < 2; i++) { result = contender(); await pause(); }
    const times = [];
    let total = 0;
    while (total < minMs || times.length < 5) {
      const t = performance.now();
      result = contender();
      const ms = performance.now() - t;
      times.push(ms);
      total += ms;
      await pause();
    }
    document.getElementById("status").textContent = `${name}: ${times.length} runs`;
    return { name, times, rows: result.rows, errorRows: result.errorRows ?? null };
  },
};
document.getElementById("status").textContent = "ready";
