// Sluice worker: reads the file in slices, decodes it with TextDecoder using the encoding core
// detected, and runs parsing and validation (core compiled by TeaVM: sluice-engine.js). The page
// only renders. Messages: {id, method, args} in; {id, result} | {id, error} | {progress} out.
import * as engine from "./sluice-engine.js";

const SLICE = 4 << 20;
const PIECE = 65472;
const HEAD = 1 << 16;
const TEXT_ANSWERS = new Set(["rejectedCsv", "sampleCsv", "fingerprint", "language"]);

self.onmessage = async (event) => {
  // the buffers of a chunk the page has handed over: the next chunks' are copied into them
  if (event.data.spare) {
    spares.push(...event.data.spare.filter((buffer) => buffer.byteLength > 0));
    spares.splice(0, spares.length - 8);
    return;
  }
  const { id, method, args } = event.data;
  try {
    const started = performance.now();
    if (method === "start") {
      startArgs = args;
      await loadRegexFor(args[0]);
    }
    const result = method === "load" ? await load(args[0])
      : method === "parseRange" ? await parseRange(args[0])
      : method === "validate" ? await validate()
      : method === "validateAhead" ? validateAhead()
      : method === "warm" ? warm(args[0])
      : method === "warmIntl" ? warmIntl(args[0]) : call(method, args || []);
    // a batch's offsets and a range's spans move to the page or the main worker (transferred, not
    // copied)
    self.postMessage({ id, result, ms: performance.now() - started }, transferables(result));
  } catch (e) {
    self.postMessage({ id, error: e && e.message ? e.message : String(e) });
  }
};

function transferables(result) {
  if (!result) return [];
  if (result.offsets instanceof Int32Array) {
    return result.made ? [result.offsets.buffer, result.made.buffer] : [result.offsets.buffer];
  }
  if (result.rows instanceof Int32Array) return [result.rows.buffer, result.issues.buffer];
  if (result.written instanceof Int32Array) {
    return [result.written.buffer, result.clean.buffer, result.keyHashes.buffer];
  }
  return [];
}

// RE2J, for schemas with patterns only: a module of its own (sluice-regex.js, 58 KB gzip) that the
// engine calls in place of core's Regex. Named by a URL beside this script, which bundlers copy as
// an asset (Vite and webpack 5 do for new URL(..., import.meta.url)), and imported at run time:
// an import() they could follow would split the worker into chunks, which Vite's default worker
// format (iife) refuses.
const REGEX_MODULE = new URL("./sluice-regex.js", import.meta.url);
let regexLoaded = false;
async function loadRegexFor(schema) {
  if (regexLoaded || !JSON.stringify(schema).includes('"pattern"')) return;
  engine.useRegex(await import(/* @vite-ignore */ /* webpackIgnore: true */ REGEX_MODULE.href));
  regexLoaded = true;
}

// the arguments of the import's start (its schema), for helpers that check parts of its rows
let startArgs = null;
// the last load's size and pool, which decide whether validation is shared too
let lastLoad = { size: 0, workers: 1, minRangeBytes: 0 };

// The locale's number and plural data, loaded here first: the browser keeps them for the whole
// process, so that the page's own first formatter then costs it little (its first took 60-140 ms
// of the page's thread on the benchmark machine, as one long idle task: BENCHMARKS.md, session 21)
function warmIntl(locale) {
  try {
    new Intl.NumberFormat(locale).format(1234.5);
    new Intl.PluralRules(locale).select(1);
  } catch (e) {
    // a locale Intl refuses fails where the page first shows a number, as before
  }
  return true;
}

function call(method, args) {
  const fn = engine[method];
  if (typeof fn !== "function") {
    throw new Error("unknown method " + method);
  }
  const answer = fn(...args);
  if (method === "batch") return packBatch(answer);
  return typeof answer === "string" && !TEXT_ANSWERS.has(method) ? JSON.parse(answer) : answer;
}

// A batch comes from the engine as its text in two parts (slices of the file's text, and the values
// that differ from it in UTF-8) and the start and end of each value in that text (an Int32Array).
// The slices cross to the page as strings, not joined (a join copied them, made the made values two
// bytes a char beside a file's accented text, and was copied once more to be cloned: megabytes of
// fresh memory per batch); the made values cross as their bytes, copied out of the engine's buffer
// (which its next batch writes again) and transferred with the bounds: the page decodes them
// natively (mostly ASCII, a string of a byte a char; a leading U+FEFF is a value's, kept). Decoded
// here, the string was cloned as well (serialised here, read back there), which cost this thread
// about twice as much (post-message.mjs; BENCHMARKS.md, sessions 30-32). Cloning strings costs a tenth of
// cloning a thousand row objects; the page makes the objects (rowsOfBatch in sluice.js).
function packBatch(batch) {
  return { index: batch.index, count: batch.count, totalRows: batch.totalRows,
    columns: batch.columns, custom: batch.custom, sourceRows: batch.sourceRows, errors: batch.errors,
    parts: [...batch.slices], made: copied(batch.made), offsets: copied(batch.bounds) };
}

// The buffers of chunks the page has handed over, given back: the next chunks' made values and
// offsets are copied into them (the engine writes every chunk's into the same arrays). A new
// buffer per chunk, transferred to the page, was memory this thread had not touched before: for
// 5,000 rows of 12 columns 480 KB of offsets, and a fifth of the fresh pages the worker took in a
// 1M-row Import (BENCHMARKS.md, session 37).
const spares = [];

// a copy of a typed array in the smallest spare buffer it fits in, or in a new one
function copied(array) {
  let best = -1;
  for (let i = 0; i < spares.length; i++) {
    if (spares[i].byteLength >= array.byteLength
      && (best < 0 || spares[i].byteLength < spares[best].byteLength)) best = i;
  }
  if (best < 0) return array.slice();
  const copy = new array.constructor(spares.splice(best, 1)[0], 0, array.length);
  copy.set(array);
  return copy;
}

async function load(request) {
  const { file, text, fileName, encoding, delimiter, quote, headerIndex, sheet, workers,
    minRangeBytes, languages, lateGuess, guessed } = request;
  // nothing of the last file's validation or helpers carries over (a workbook is read by this
  // worker alone)
  ahead = null;
  dropHelpers();
  lastLoad = { size: 0, workers: 1, minRangeBytes: 0, rows: 0 };
  // the U+FFFD chars of the text read (readRange)
  const found = { replaced: 0, bytes: null };
  const blob = file || new Blob([text], { type: "text/plain;charset=utf-8" });
  const size = blob.size;
  const head = new Uint8Array(await blob.slice(0, HEAD).arrayBuffer());
  const kind = file ? engine.spreadsheetKind(new Int8Array(head.buffer)) : "TEXT";
  // a PDF, an archive, an image or binary data picked by mistake: said so, not read as rows
  if (kind === "OTHER") throw new Error(engine.refusal(new Int8Array(head.buffer)));
  if (kind !== "TEXT") {
    return loadWorkbook(blob, kind, { fileName: fileName || file.name, headerIndex, sheet });
  }
  const complete = size <= HEAD;
  const detected = JSON.parse(engine.detectEncoding(new Int8Array(head.buffer), complete,
    (languages || []).join(",")));
  if (file && detected.basis === "ascii") Object.assign(found, { valid: 0, bad: 0 });
  const label = file ? (encoding || detected.encoding) : "UTF-8";
  const headText = new TextDecoder(label).decode(head, { stream: !complete });
  // the user's delimiter or quote are kept and the rest detected under them
  const dialect = JSON.parse(engine.detectDialect(headText, complete, delimiter || "", quote || ""));
  if (dialect.error) throw new Error(dialect.message);
  if (headerIndex !== undefined && headerIndex !== null) dialect.headerIndex = headerIndex;
  engine.beginParse(dialect.delimiter, dialect.quote, dialect.headerIndex, dialect.escape);
  const answer = (parsed, parallel) => ({
    fileName: fileName || (file && file.name) || "pasted.csv",
    size,
    encoding: label,
    detectedEncoding: detected.encoding,
    // the encoding in use was read from the file's text (not a byte order mark, not its being
    // well-formed Unicode): the user is told it was guessed
    encodingGuessed: Boolean(file) && (Boolean(lateGuess) || Boolean(guessed)
      || label === detected.encoding && detected.basis === "heuristic"),
    replacedChars: found.replaced,
    dialect,
    parsed,
    parallel,
  });
  // a file whose first 64 KiB are ASCII, read as UTF-8, and whose later text is not UTF-8 (a
  // legacy export whose accented rows come further down): the encoding that text reads in, to
  // read the file again in (and say it was guessed); null when there is none to take
  const lateEncoding = () => {
    if (!file || encoding || detected.basis !== "ascii" || !found.bytes) return null;
    // as many pieces read beyond ASCII in UTF-8 as gave U+FFFD: a UTF-8 file with stray bytes
    // (the user is told how many chars they made), not a legacy one to read again
    if (found.valid >= found.bad) return null;
    const late = JSON.parse(engine.detectEncoding(new Int8Array(found.bytes.buffer), false,
      (languages || []).join(",")));
    return late.encoding !== "UTF-8" ? late.encoding : null;
  };
  const pool = Math.max(1, Math.min(8, Math.floor(workers) || 1));
  lastLoad = { size: file ? size : 0, workers: pool, minRangeBytes: minRangeBytes || MIN_RANGE, rows: 0 };
  if (file && pool > 1 && size >= pool * (minRangeBytes || MIN_RANGE)) {
    const width = engine.headerWidth(headText, dialect.delimiter, dialect.quote,
      dialect.headerIndex, dialect.escape);
    // "a,b," is 3 wide with 2 named: helpers take a record "1,2" as whole
    const namedWidth = engine.headerNamedWidth(headText, dialect.delimiter, dialect.quote,
      dialect.headerIndex, dialect.escape);
    const cuts = width > 0 ? await cutPoints(blob, size, pool, label) : [];
    if (cuts.length) {
      engine.expectChars(size * headText.length / Math.max(1, head.length));
      const parallel = await loadRanges(blob, size, label, dialect, width, namedWidth, cuts,
        found);
      const parsed = JSON.parse(engine.finishParse());
      lastLoad.rows = parsed.rows;
      const late = lateEncoding();
      if (late) return load({ ...request, encoding: late, lateGuess: true });
      return answer(parsed, parallel);
    }
  }
  // a file too small to share: the helpers started ahead are not needed (nor for its validation)
  for (const helper of idle.splice(0)) helper.terminate();
  let rows = 0;
  let lastReport = 0;
  let first = true;
  const steps = { wait: 0, decode: 0, parse: 0 };
  await readRange(blob, 0, size, new TextDecoder(label), (text, bytes) => {
    // the chars the file will give, from the first slice's chars per byte: the table is then
    // allocated once instead of growing
    if (first && bytes > 0) engine.expectChars(size * text.length / bytes);
    first = false;
    const began = performance.now();
    rows = engine.feed(text);
    steps.parse += performance.now() - began;
    return rows;
  }, (read) => {
    const now = Date.now();
    if (now - lastReport > 100) {
      lastReport = now;
      self.postMessage({ progress: { read, size, rows } });
    }
  }, steps, found);
  const parsed = JSON.parse(engine.finishParse());
  // for hosts and benchmarks (the timing event): ms waited for the file's bytes, decoding them,
  // parsing the text
  for (const step in steps) steps[step] = Math.round(steps[step]);
  const late = lateEncoding();
  if (late) return load({ ...request, encoding: late, lateGuess: true });
  return { ...answer(parsed, null), steps };
}

// ---- a parallel load (option workers): the file is cut at line starts into one byte range per
// worker; this worker parses the first while helpers (this same script, nested workers) parse the
// others as if a record began where each begins, and their parses are put on in order
// (ImportSession.RangedLoad in core): a range whose guess was wrong (a quoted field with line
// breaks runs across the cut) is parsed again here, so the table is always a one-worker parse's.

const MIN_RANGE = 8 << 20;
const CUT_WINDOW = 1 << 20;

// the byte offsets after a line break nearest past each of pool - 1 even cuts (none found in a
// window of 1 MiB: that cut is left out). UTF-16 line breaks are 0A 00 (LE) or 00 0A (BE) at an
// even offset; in UTF-8, the single-byte code pages and the double-byte encodings (Shift_JIS, GBK,
// Big5, EUC-KR, EUC-JP: their later bytes are 0x40 and up) the byte 0A is never part of another
// char.
async function cutPoints(blob, size, pool, label) {
  const wide = /^utf-16/i.test(label);
  const bigEndian = /^utf-16be$/i.test(label);
  const cuts = [];
  for (let k = 1; k < pool; k++) {
    let from = Math.floor((size * k) / pool);
    if (wide) from -= from % 2;
    const bytes = new Uint8Array(await blob.slice(from, Math.min(size, from + CUT_WINDOW)).arrayBuffer());
    let cut = -1;
    if (wide) {
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        if (bigEndian ? bytes[i] === 0 && bytes[i + 1] === 10 : bytes[i] === 10 && bytes[i + 1] === 0) {
          cut = from + i + 2;
          break;
        }
      }
    } else {
      const i = bytes.indexOf(10);
      if (i >= 0) cut = from + i + 1;
    }
    if (cut > (cuts.length ? cuts[cuts.length - 1] : 0) && cut < size) cuts.push(cut);
  }
  return cuts;
}

// helpers started ahead of a load (when the widget opens): each compiles its engine while the user
// picks a file, so a parallel load does not wait for that
const idle = [];

function helperWorker() {
  return idle.pop() || new Worker(new URL("./sluice-worker.js", import.meta.url), { type: "module" });
}

function warm(workers) {
  while (idle.length < Math.min(7, workers - 1)) {
    idle.push(new Worker(new URL("./sluice-worker.js", import.meta.url), { type: "module" }));
  }
  return idle.length;
}

async function loadRanges(blob, size, label, dialect, width, namedWidth, cuts, found) {
  const bounds = [0, ...cuts, size];
  const read = new Array(bounds.length - 1).fill(0);
  let rows = 0;
  let lastReport = 0;
  const report = () => {
    const now = Date.now();
    if (now - lastReport > 100) {
      lastReport = now;
      // overall and per range (bytes read of each)
      self.postMessage({ progress: { read: read.reduce((a, b) => a + b, 0), size, rows,
        ranges: read.map((r, i) => ({ read: r, size: bounds[i + 1] - bounds[i] })) } });
    }
  };
  const helpers = [];
  const parses = [];
  for (let i = 1; i < bounds.length - 1; i++) {
    const helper = helperWorker();
    helpers.push(helper);
    parses.push(new Promise((resolve, reject) => {
      helper.onmessage = (event) => {
        const m = event.data;
        if (m.progress) {
          read[i] = m.progress.read;
          report();
        } else if (m.error !== undefined) reject(new Error(m.error));
        else resolve(m.result);
      };
      helper.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || "the worker failed"));
      };
      helper.postMessage({ id: 1, method: "parseRange", args: [{ file: blob, start: bounds[i],
        end: bounds[i + 1], label, delimiter: dialect.delimiter, quote: dialect.quote, escape: dialect.escape,
        headerIndex: dialect.headerIndex, width, namedWidth, last: i === bounds.length - 2,
        asciiHead: found.valid !== undefined }] });
    }));
  }
  let failed = 0;
  // where the time goes (ms since the load began): the first range parsed here, then per helper
  // range when its parse arrived and when it was put on
  const began = performance.now();
  const ms = { first: 0, arrived: [], added: [] };
  try {
    // the first range, here, while the helpers parse theirs
    rows = await readRange(blob, bounds[0], bounds[1], new TextDecoder(label), (text) => engine.feed(text),
      (bytes) => { read[0] = bytes; report(); }, null, found);
    ms.first = Math.round(performance.now() - began);
    for (let i = 1; i < bounds.length - 1; i++) {
      let range = null;
      try {
        range = await parses[i - 1];
      } catch (e) {
        // out of memory, a script error: this range is parsed here instead, and the answer says so
        failed++;
        console.warn(`Sluice: the worker for bytes ${bounds[i]}-${bounds[i + 1]} failed (${e.message}); parsing them here`);
      }
      ms.arrived.push(Math.round(performance.now() - began));
      if (range) {
        ms.helper = (ms.helper || []).concat(range.ms);
        for (const chunk of range.chunks) engine.rangeText(chunk);
        found.replaced += range.replaced || 0;
        if (!found.bytes && range.replacedBytes) found.bytes = range.replacedBytes;
        if (found.valid !== undefined) {
          found.valid += range.valid || 0;
          found.bad += range.bad || 0;
        }
        rows = engine.addRange(range.rows, range.issues, range.records, range.endLine,
          range.betweenRecords, range.pendingStart, range.stopped, range.expectedWidth);
        ms.added.push(Math.round(performance.now() - began));
      } else {
        rows = await readRange(blob, bounds[i], bounds[i + 1], new TextDecoder(label, { ignoreBOM: true }),
          (text) => engine.feed(text), () => {}, null, found);
      }
      read[i] = bounds[i + 1] - bounds[i];
      report();
    }
  } catch (e) {
    for (const helper of helpers) helper.terminate();
    throw e;
  }
  // each helper keeps its range until the mapping is known: it then checks that range's rows
  // (validateRanges), with no part cut and no text copied again
  keptHelpers = new Map(helpers.map((helper, i) => [i + 1, helper]));
  return { workers: bounds.length - 1, taken: engine.rangesTaken(), failed, ms };
}

// the helpers of the last parallel load, by range (1 for the second range of the file)
let keptHelpers = null;

function dropHelpers() {
  if (keptHelpers) for (const helper of keptHelpers.values()) helper.terminate();
  keptHelpers = null;
}

// a helper's answer to a message id, or its failure
function answerOf(helper, id) {
  return new Promise((resolve, reject) => {
    helper.onmessage = (event) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.result);
    };
    helper.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || "the worker failed"));
    };
  });
}

// ---- validation shared by the pool: helpers check the cells and row rules of their rows, this
// worker checks the others, then joins every row to its unique groups and checks again every row a
// helper did not find clean (ValidationSession.validateAll(written, clean) in core), so every
// issue is this worker's own and the result is one worker's validation. The rows of a helper are
// those of the range it parsed (validateRanges) or a part cut from the table (validateParts).

async function validate() {
  const a = ahead;
  if (a && a.answer && engine.validatedFits()) { // a pool's validation, finished ahead
    ahead = null;
    dropHelpers();
    return a.answer;
  }
  if (keptHelpers && startArgs) return validateRanges();
  const parts = sharesValidation() ? engine.beginValidation(lastLoad.workers) : null;
  if (parts) return validateParts(parts);
  const answer = JSON.parse(engine.validate()); // finishes a validation begun ahead, if any
  if (ahead) answer.ahead = { ms: Math.round(ahead.ms), complete: !ahead.more };
  ahead = null;
  return answer;
}

function sharesValidation() {
  const { size, workers, minRangeBytes } = lastLoad;
  return Boolean(keptHelpers && startArgs)
    || workers > 1 && Boolean(startArgs) && size >= workers * minRangeBytes;
}

// ---- validation ahead: while the page shows the format step and the suggested mapping, rows
// are checked with that mapping in ~20 ms steps and then joined (ImportSession.beginAhead; a
// pool's helpers check their ranges meanwhile and this worker its own rows); confirming a mapping
// that builds the same table takes the validation made, or finishes it

let ahead = null; // { ms, more, verdicts (a pool's) }

function validateAhead() {
  // begun at the format step for the same table: it goes on
  if (ahead && (ahead.verdicts ? engine.pendingFits() : engine.aheadFits())) return true;
  ahead = null;
  if (keptHelpers && startArgs) {
    const v = verdicts(lastLoad.rows, rangeJobs());
    const state = { ms: 0, more: true, verdicts: v };
    return inSteps(state, () => checkOwn(v, 256), () => finishAhead(state));
  }
  if (sharesValidation() || !engine.beginAhead()) return false;
  return inSteps({ ms: 0, more: true }, () => engine.checkAhead(256));
}

// once its own rows are checked, a pool's validation ahead waits for the helpers and joins: the
// mapping's confirmation then finds the validation made, unless it came first (validateRanges
// then finishes it) or chose another table (the helpers check theirs again)
async function finishAhead(state) {
  const v = state.verdicts;
  const failed = await collect(v);
  if (ahead !== state || !engine.pendingFits()) return;
  // the helpers are kept until the mapping is confirmed: another one is checked by them again
  state.answer = finish(v, failed, { ranges: true, ahead: true, aheadMs: Math.round(state.ms) },
    {});
}

// a message to itself per step: not clamped as setTimeout is, and the page's come first
function inSteps(state, step, done) {
  ahead = state;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (ahead !== state) return channel.port1.close();
    const began = performance.now();
    try {
      while (state.more && performance.now() - began < 20) state.more = step();
    } catch (e) {
      state.more = false; // validate() checks the rows left, and reports what fails
      done = null;
    }
    state.ms += performance.now() - began;
    if (state.more) channel.port2.postMessage(null);
    else {
      channel.port1.close();
      if (done) done();
    }
  };
  channel.port2.postMessage(null);
  return true;
}

// each helper of the load checks the rows of the range it parsed; this worker the rest (the first
// range, and ranges it parsed again): no part is cut and no text copied a second time
function validateRanges() {
  const a = ahead;
  ahead = null;
  const fits = Boolean(a && a.verdicts && engine.pendingFits());
  return gatherVerdicts(fits ? a.verdicts : verdicts(lastLoad.rows, rangeJobs()),
    () => dropHelpers(), { ranges: true, ahead: fits, aheadMs: fits ? Math.round(a.ms) : 0 });
}

// the helpers' checks of their ranges, sent (ahead, or again for another mapping: each round has
// its own message ids, so a helper's answer to an earlier round is not taken)
let round = 0;
function rangeJobs() {
  // the projection carries what the table's cells narrowed in the schema (core's Conventions),
  // so that every part reads an ambiguous date or number as this worker does
  const { projection, taken } = JSON.parse(engine.beginValidationOfRanges());
  const id = (round += 2);
  return taken.map(([range, first, count]) => {
    const helper = keptHelpers.get(range);
    const answer = answerOf(helper, id);
    answer.catch(() => {}); // a round dropped for another mapping is never awaited
    helper.postMessage({ id: id - 1, method: "start", args: [startArgs[0], "en", 0, null] });
    helper.postMessage({ id, method: "checkRange", args: [JSON.stringify(projection)] });
    return { first, count, answer };
  });
}

// the mapped table cut into parts (a validation after the load's helpers are gone): the first is
// this worker's, each other goes to a helper with its text chunks and spans
function validateParts(parts) {
  const helpers = [];
  const jobs = parts.slice(1).map((part) => {
    const helper = helperWorker();
    helpers.push(helper);
    const answer = answerOf(helper, 2);
    helper.postMessage({ id: 1, method: "start", args: [startArgs[0], "en", 0, null] });
    helper.postMessage({ id: 2, method: "checkForeignPart", args: [JSON.stringify(part.columns),
      part.quote, part.chunks, part.spans, part.from, part.to,
      JSON.stringify(part.changes || {})] }, [part.spans.buffer]);
    return { first: part.from, count: part.to - part.from, answer };
  });
  return gatherVerdicts(verdicts(parts[parts.length - 1].to, jobs),
    () => { for (const helper of helpers) helper.terminate(); }, {});
}

// the verdicts of a validation shared with helpers: the jobs' rows come from them, this worker
// checks the rest (its own: runs of rows no job covers), in steps or at once
function verdicts(rows, jobs) {
  const hashed = engine.hashedGroups(); // key hashes per row
  const covered = new Uint8Array(rows);
  for (const { first, count } of jobs) covered.fill(1, first, first + count);
  const own = [];
  for (let r = 0; r < rows; r++) {
    if (covered[r]) continue;
    const from = r;
    while (r < rows && !covered[r]) r++;
    own.push([from, r]);
  }
  return { rows, jobs, hashed, own, at: 0, next: 0, written: new Int32Array(rows),
    clean: new Int8Array(rows), keyHashes: new Int32Array(rows * hashed) }; // clean 0: checked again
}

function take(v, part, first, count) {
  v.written.set(part.written.subarray(0, count), first);
  v.clean.set(part.clean.subarray(0, count), first);
  v.keyHashes.set(part.keyHashes.subarray(0, count * v.hashed), first * v.hashed);
}

// checks up to `most` more of this worker's own rows; whether any are left
function checkOwn(v, most) {
  while (v.at < v.own.length && most > 0) {
    const [from, to] = v.own[v.at];
    const start = Math.max(v.next, from);
    const end = Math.min(to, start + most);
    take(v, engine.checkPart(start, end), start, end - start);
    most -= end - start;
    v.next = end;
    if (end === to) v.at++;
  }
  return v.at < v.own.length;
}

// checks here the own rows left, waits for the jobs' verdicts (a failed job's rows stay "not
// clean": checked again here), ends the helpers and the validation
async function gatherVerdicts(v, endHelpers, shape) {
  const began = performance.now();
  const ms = {};
  let failed = 0;
  try {
    checkOwn(v, Infinity);
    ms.own = Math.round(performance.now() - began);
    failed = await collect(v);
  } finally {
    endHelpers();
  }
  ms.arrived = Math.round(performance.now() - began);
  const answer = finish(v, failed, shape, ms);
  ms.done = Math.round(performance.now() - began);
  return answer;
}

// takes each job's verdicts as they come; how many jobs failed
async function collect(v) {
  let failed = 0;
  for (const { first, count, answer } of v.jobs) {
    try {
      take(v, await answer, first, count);
    } catch (e) {
      failed++;
      console.warn(`Sluice: a worker failed checking rows ${first}-${first + count} (${e.message}); checking them here`);
    }
  }
  return failed;
}

function finish(v, failed, shape, ms) {
  const answer = JSON.parse(engine.finishValidation(v.written, v.clean, v.keyHashes));
  // the shape of the shared validation (no data): parts, rows checked again here, where time went
  answer.parallel = { ...shape, parts: v.jobs.length + 1, failed,
    checkedHere: v.clean.reduce((n, c) => n + ((c & 1) ? 0 : 1), 0), ms };
  return answer;
}

// reads bytes [start, end) in slices of SLICE bytes, decoding each and handing the text (and its
// byte count) on; answers what take last answered. It counts into found.replaced the U+FFFD chars
// of the text (what the decoder made of bytes the encoding cannot read, and any the file held: the
// user is told, so that nothing is lost unseen; for text of Latin-1 chars alone V8 answers at once
// that there is none) and keeps in found.bytes a copy of the first piece of bytes that gave one.
// The bytes come from the file's stream into one buffer, reused slice after slice: reading each slice with Blob.slice allocated it anew, and for
// 1M rows the worker waited 0.93-1.14 s for the bytes where it now waits 0.36-0.47 s
// (BENCHMARKS.md, session 16). A browser whose Blob stream is not a byte stream reads slices with
// Blob.slice, two ahead of the one parsed.
async function readRange(blob, start, end, decoder, take, progress, steps, found) {
  let next = slicesAhead(blob, start, end);
  try {
    const reader = blob.slice(start, end).stream().getReader({ mode: "byob" });
    let buffer = new ArrayBuffer(SLICE);
    next = async () => {
      let filled = 0;
      while (filled < SLICE) {
        const read = await reader.read(new Uint8Array(buffer, filled, SLICE - filled));
        buffer = read.value ? read.value.buffer : new ArrayBuffer(SLICE);
        if (read.done) break;
        filled += read.value.byteLength;
      }
      return new Uint8Array(buffer, 0, filled);
    };
  } catch (notBytes) {
    // Blob.slice, as set above
  }
  let answer = 0;
  let read = 0;
  const times = steps || { wait: 0, decode: 0 };
  const counts = found || {};
  counts.replaced = counts.replaced || 0;
  const count = (text, bytes) => {
    const before = counts.replaced;
    for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) counts.replaced++;
    if (counts.replaced > before && !counts.bytes && bytes) counts.bytes = bytes.slice();
    // a file whose head is ASCII (counts.valid set): the pieces that gave U+FFFD, and those that
    // read beyond ASCII, which tell stray bytes in UTF-8 from a legacy encoding. In UTF-8 a piece
    // has fewer chars than bytes by what its sequences of two to four bytes saved; a U+FFFD saves
    // at most two (a cut sequence), and the piece's end can hold back three. Lengths, not a
    // regular expression looking for such chars, which would scan every ASCII piece whole.
    if (counts.valid !== undefined) {
      const replaced = counts.replaced - before;
      if (replaced) counts.bad++;
      if (bytes && bytes.length - text.length > 2 * replaced + 3) counts.valid++;
    }
  };
  for (let bytes; ; ) {
    const asked = performance.now();
    bytes = await next();
    times.wait += performance.now() - asked;
    if (!bytes.length) break;
    // decoded 64 KiB less 64 bytes at a time, at most 65,472 chars: V8 makes a string of up to
    // 128 KiB (two bytes a char) in heap pages it reuses, and a larger one in fresh memory, which
    // costs 10-40 times as much on these machines (benchmarks/browser/decode-sizes.html)
    for (let at = 0; at < bytes.length; at += PIECE) {
      const piece = bytes.subarray(at, at + PIECE);
      const began = performance.now();
      const text = decoder.decode(piece, { stream: true });
      times.decode += performance.now() - began;
      count(text, piece);
      answer = take(text, piece.length);
    }
    progress((read += bytes.length));
  }
  const tail = decoder.decode();
  count(tail, null);
  return tail ? take(tail, 0) : answer;
}

// the slices of bytes [start, end) one after the other, each read with Blob.slice while the one
// before is parsed, two ahead: the browser reads the file in its own process
function slicesAhead(blob, start, end) {
  const reads = [];
  let next = start;
  return async () => {
    while (reads.length < 3 && next < end) {
      reads.push(blob.slice(next, Math.min(end, next + SLICE)).arrayBuffer());
      next += SLICE;
    }
    return new Uint8Array(reads.length ? await reads.shift() : 0);
  };
}

// a helper's part of a parallel load: one byte range, parsed as if a record began where it
// begins; its text and spans go back to the main worker
async function parseRange({ file, start, end, label, delimiter, quote, escape, headerIndex,
  width, namedWidth, last, asciiHead }) {
  const began = performance.now();
  const found = asciiHead ? { replaced: 0, valid: 0, bad: 0 } : { replaced: 0 };
  engine.rangeBegin(delimiter, quote, headerIndex, width, namedWidth, escape);
  await readRange(file, start, end, new TextDecoder(label, { ignoreBOM: true }),
    (text) => engine.rangeFeed(text),
    (read) => self.postMessage({ progress: { read } }), null, found);
  const range = engine.rangeFinish(last);
  range.ms = Math.round(performance.now() - began);
  range.replaced = found.replaced;
  range.replacedBytes = found.bytes || null;
  range.valid = found.valid;
  range.bad = found.bad;
  return range;
}

// ---- Excel workbooks (.xlsx): the zip is read here, in the worker, part by part with Blob.slice
// and the browser's DecompressionStream; core (ZipDirectory, SharedStrings, SheetReader) reads
// the directory and the XML. Nothing leaves the browser.

const ZIP_TAIL = 1 << 20;

function fail(answer) {
  if (answer && answer.ok === false) throw new Error(answer.message);
  return answer;
}

async function loadWorkbook(blob, kind, { fileName, headerIndex, sheet }) {
  if (kind !== "XLSX") throw new Error(engine.message(kind === "XLS" ? "XLS_UNSUPPORTED" : "XLSX_ENCRYPTED"));
  const size = blob.size;
  const tailStart = Math.max(0, size - ZIP_TAIL);
  const tail = new Uint8Array(await blob.slice(tailStart, size).arrayBuffer());
  const { entries } = fail(JSON.parse(engine.zipEntries(new Int8Array(tail.buffer), size)));
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (entries.some((e) => e.encrypted)) throw new Error(engine.message("XLSX_ENCRYPTED"));

  // Streams one part's text to onText(chunk, last); false when the part is absent.
  const part = async (name, onText) => {
    const entry = byName.get(name);
    if (!entry) return false;
    const local = new Uint8Array(await blob.slice(entry.offset, entry.offset + 30).arrayBuffer());
    if (local.length < 30 || local[0] !== 0x50 || local[1] !== 0x4b) throw new Error(engine.message("XLSX_CORRUPT"));
    const start = entry.offset + 30 + (local[26] | local[27] << 8) + (local[28] | local[29] << 8);
    let stream = blob.slice(start, start + entry.compressedSize).stream();
    if (entry.method === 8) stream = stream.pipeThrough(new DecompressionStream("deflate-raw"));
    else if (entry.method !== 0) throw new Error(engine.message("XLSX_CORRUPT"));
    const decoder = new TextDecoder("utf-8");
    const reader = stream.getReader();
    let inflated = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        inflated += value.length;
        // core's zip bomb bound, on the bytes actually inflated
        if (!engine.inflateAllowed(inflated, entry.compressedSize)) {
          throw new Error(engine.message("XLSX_TOO_LARGE"));
        }
        onText(decoder.decode(value, { stream: true }), false);
      }
    } catch (e) {
      reader.cancel().catch(() => {});
      if (e instanceof TypeError) throw new Error(engine.message("XLSX_CORRUPT")); // bad deflate data
      throw e;
    }
    onText(decoder.decode(), true);
    return true;
  };
  const whole = async (name) => {
    const parts = [];
    return (await part(name, (t) => parts.push(t))) ? parts.join("") : null;
  };

  const opened = fail(JSON.parse(engine.openWorkbook(await whole("xl/workbook.xml"),
    await whole("xl/_rels/workbook.xml.rels"), await whole("xl/styles.xml"))));
  let answer = null;
  await part("xl/sharedStrings.xml", (t, last) => { answer = fail(JSON.parse(engine.feedSharedStrings(t, last))); });
  const sheets = opened.sheets;
  let candidates = opened.searchOrder.map((i) => sheets[i]); // visible sheets first
  if (sheet !== undefined && sheet !== null) {
    candidates = sheets.filter((s) => s.name === sheet);
    if (!candidates.length) throw new Error(engine.message("XLSX_SHEET_NOT_FOUND").replace("{sheet}", sheet)
      .replace("{sheets}", sheets.map((s) => s.name).join(", ")));
  }
  // no header row chosen: core finds it in the sheet's first rows, as in a CSV file (-2)
  const header = headerIndex === undefined || headerIndex === null ? -2 : headerIndex;
  let parsed = null;
  let chosen = null;
  for (const candidate of candidates) {
    engine.beginSheet(header);
    let lastReport = 0;
    const found = await part(candidate.path, (t) => {
      const fed = fail(JSON.parse(engine.feedSheet(t)));
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        self.postMessage({ progress: { read: 0, size, rows: fed.rows } });
      }
    });
    if (!found) throw new Error(engine.message("XLSX_CORRUPT"));
    parsed = fail(JSON.parse(engine.finishParse()));
    chosen = candidate.name;
    // by default the first sheet with a row (an empty cover sheet is skipped)
    if (parsed.rows > 0 || parsed.headers.length > 0) break;
  }
  if (!parsed || (parsed.rows === 0 && parsed.headers.length === 0 && (sheet === undefined || sheet === null))) {
    throw new Error(engine.message("XLSX_NO_SHEETS"));
  }
  return {
    fileName,
    size,
    encoding: null,
    detectedEncoding: null,
    dialect: { headerIndex: parsed.headerIndex },
    workbook: { sheets: sheets.map((s) => s.name), sheet: chosen },
    parsed,
  };
}
