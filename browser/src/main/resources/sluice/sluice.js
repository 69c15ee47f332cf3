// Sluice widget, page side. Everything that touches file content runs in the worker
// (sluice-worker.js, core compiled by TeaVM); this module only renders and talks to the host.
// Privacy: in callback mode the only request this module makes is the metadata record to
// options.relayUrl (and the schema fetch when no schema is given; in a language other than English,
// the static module of its words, locales/<language>.js, beside this one); rows go to options.onData.
// In webhook mode (opt-in, options.mode = "webhook") rows are posted in batches to the relay.

const ROW_HEIGHT = 32;
const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);
const DEFAULT_COLUMN_WIDTH = 170; // --sluice-column-width in sluice.css
const MIN_COLUMN_WIDTH = 60;
const MAX_COLUMN_WIDTH = 800;
const OVERSCAN = 8;
// [value, label]: the label is the value unless given
const ENCODINGS = [["UTF-8"], ["UTF-16LE"], ["UTF-16BE"], ["windows-1252", "windows-1252 (Western)"],
  ["windows-1250", "windows-1250 (Central European)"], ["windows-1251", "windows-1251 (Cyrillic)"],
  ["windows-1253", "windows-1253 (Greek)"], ["windows-1254", "windows-1254 (Turkish)"],
  ["windows-1255", "windows-1255 (Hebrew)"], ["windows-1256", "windows-1256 (Arabic)"],
  ["windows-1257", "windows-1257 (Baltic)"], ["windows-1258", "windows-1258 (Vietnamese)"],
  ["windows-874", "windows-874 (Thai)"], ["Shift_JIS", "Shift_JIS (Japanese)"],
  ["GBK", "GBK (Simplified Chinese)"], ["Big5", "Big5 (Traditional Chinese)"],
  ["EUC-KR", "EUC-KR (Korean)"], ["EUC-JP", "EUC-JP (Japanese)"], ["KOI8-R", "KOI8-R (Cyrillic)"],
  ["IBM866", "IBM866 (Cyrillic, DOS)"], ["ISO-8859-5", "ISO-8859-5 (Cyrillic)"],
  ["macintosh", "Mac Roman"], ["x-mac-cyrillic", "Mac Cyrillic"]];
const DELIMITERS = [[","], [";"], ["\t", "Tab"], ["|"]];
// each language's words are a module of their own (core's messages and the widget's words, made by
// the build from their packs), loaded only when a user needs it; written out one by one so that
// bundlers (Vite, webpack 5) see every module and copy it into the host's build. English is
// compiled into the engine.
const LANGUAGE_PACKS = {
  ar: () => import("./locales/ar.js"),
  cs: () => import("./locales/cs.js"),
  da: () => import("./locales/da.js"),
  de: () => import("./locales/de.js"),
  es: () => import("./locales/es.js"),
  fi: () => import("./locales/fi.js"),
  fr: () => import("./locales/fr.js"),
  he: () => import("./locales/he.js"),
  it: () => import("./locales/it.js"),
  ja: () => import("./locales/ja.js"),
  ko: () => import("./locales/ko.js"),
  nb: () => import("./locales/nb.js"),
  nl: () => import("./locales/nl.js"),
  pl: () => import("./locales/pl.js"),
  "pt-BR": () => import("./locales/pt-BR.js"),
  sv: () => import("./locales/sv.js"),
  tr: () => import("./locales/tr.js"),
  "zh-Hans": () => import("./locales/zh-Hans.js"),
};
const STEPS = ["UI_CHOOSE_FILE", "UI_DIALECT_TITLE", "UI_MATCH_TITLE", "UI_REVIEW_TITLE", "UI_STEP_IMPORT"];

/** The public API: `Sluice.open(options)` opens an import and returns `{ close, element }`. */
export const Sluice = {
  open(options) {
    const widget = new Widget(options || {});
    widget.start();
    return { close: () => widget.close(), element: widget.root };
  },
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Rows come from the worker in chunks of whole batches, each as one string and the start and end of
// each value in it, row after row; the row objects keyed by column that onData and the relay
// receive are made here, one batch at a time, just before the batch is handed over. The page reads
// (deserializes) a chunk's strings in one task: at 20,000 rows that task took 51-63 ms of the main
// thread for a 1M-row file, at 5,000 rows it stays under 50 ms, and the worker's smaller buffers
// made the hand-over no slower (BENCHMARKS.md, session 19).
const CHUNK_ROWS = 5000;
// chunks the worker makes ahead of the one handed over: with one, the worker and the page took
// turns more than they overlapped (1M rows: Import to done 1.9-2.1 s; with two 1.5-1.6 s, and
// three no better)
const CHUNKS_AHEAD = 2;
// a host whose onData returns at once would otherwise get a whole chunk in one task: give the page
// its turn every few milliseconds (no main-thread task over 50 ms)
const TURN_MS = 12;

function yieldToPage() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === "function") return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function whenIdle(task) {
  if (typeof globalThis.requestIdleCallback === "function") globalThis.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

// A chunk's made values come as their UTF-8 bytes (transferred, not cloned: sluice-worker.js's
// packBatch); decoded once, they are the chunk's last part. A leading U+FEFF is a value's, kept.
function unpack(chunk) {
  // given back to the worker once the chunk is handed over, for the next chunks' (sluice-worker.js)
  chunk.spare = [chunk.offsets.buffer];
  if (chunk.made) {
    chunk.parts.push(UTF8.decode(chunk.made));
    chunk.spare.push(chunk.made.buffer);
    chunk.made = null;
  }
  return chunk;
}

// flagged: whether a row with errors carries them under _errors (onData); the relay checks the rows
// again and flags them itself, so a posted row carries none
function rowsOfBatch(chunk, from, to, flagged) {
  const { columns, parts, offsets, errors } = chunk;
  // the text is the parts one after the other (slices of the file's text, then the values made):
  // a value lies in one of them
  let total = 0;
  const starts = parts.map((part) => (total += part.length) - part.length);
  const custom = chunk.custom || [];
  const width = columns.length;
  // custom fields (named by the user in the matching step) go under row.customFields
  const isCustom = columns.map((key) => custom.includes(key));
  const anyCustom = custom.length > 0;
  // each row object begins as a copy of one holding its keys in order, made whole at once, where
  // keys added one by one to an empty object reshaped it twelve times (in Node, a quarter less
  // time for the objects of 1M rows: handover.mjs)
  const shape = {};
  const customShape = {};
  for (let c = 0; c < width; c++) (isCustom[c] ? customShape : shape)[columns[c]] = "";
  const count = to - from;
  const rows = new Array(count);
  for (let r = 0, at = 2 * from * width; r < count; r++) {
    const row = { ...shape };
    const fields = anyCustom ? { ...customShape } : null;
    for (let c = 0; c < width; c++, at += 2) {
      const start = offsets[at];
      let k = parts.length - 1;
      while (start < starts[k]) k--;
      const value = parts[k].slice(start - starts[k], offsets[at + 1] - starts[k]);
      if (anyCustom && isCustom[c]) fields[columns[c]] = value;
      else row[columns[c]] = value;
    }
    if (anyCustom) row.customFields = fields;
    if (flagged && errors && errors[from + r]) row._errors = errors[from + r];
    rows[r] = row;
  }
  return { count, totalRows: chunk.totalRows, columns: columns.filter((c, i) => !isCustom[i]),
    customFields: custom, rows, sourceRows: chunk.sourceRows.slice(from, to) };
}

class Widget {
  constructor(options) {
    this.mode = options.mode || "callback";
    if (this.mode !== "callback" && this.mode !== "webhook") {
      throw new TypeError("Sluice.open: options.mode must be \"callback\" or \"webhook\"");
    }
    if (this.mode === "callback" && typeof options.onData !== "function") {
      throw new TypeError("Sluice.open: options.onData must be a function that receives row batches");
    }
    if (this.mode === "webhook" && !(options.importerKey && options.relayUrl)) {
      throw new TypeError("Sluice.open: webhook mode needs options.importerKey and options.relayUrl");
    }
    if (!options.schema && !(options.importerKey && options.relayUrl)) {
      throw new TypeError("Sluice.open: give options.schema, or options.importerKey with options.relayUrl");
    }
    this.options = options;
    this.locale = options.locale || (navigator.language || "en");
    this.batchSize = Math.max(1, options.batchSize || 1000);
    // host hooks: run in this page, fed pages of values from the worker (see runHooks)
    this.hooks = options.hooks || {};
    this.hookConcurrency = Math.max(1, options.hookConcurrency || 4);
    this.hookPageSize = Math.max(1, options.hookPageSize || 1000);
    this.hookTimeoutMs = Math.max(1, options.hookTimeoutMs || 30000);
    this.maxFileSize = (options.maxFileSizeMb || 200) * 1024 * 1024;
    this.maxRows = options.maxRows || 0;
    this.workers = Math.max(1, Math.min(8, Math.floor(options.workers)
      || Math.max(1, (navigator.hardwareConcurrency || 2) - 1)));
    this.importId = crypto.randomUUID();
    this.pending = new Map();
    this.seq = 0;
    this.strings = {};
    this.loaded = null;
    this.submitted = false;
  }

  // ---- worker

  rpc(method, ...args) {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.worker.postMessage({ id, method, args });
    });
  }

  onWorkerMessage(event) {
    const message = event.data;
    if (message.progress) {
      const { read, size } = message.progress;
      this.status(this.t("UI_READING", { percent: Math.floor((read * 100) / Math.max(1, size)) }));
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ms !== undefined) {
      // for hosts and benchmarks: which step took how long in the worker (no data, only names)
      this.root.dispatchEvent(new CustomEvent("sluice:timing", {
        bubbles: true, detail: { method: waiting.method, ms: message.ms,
          // a parallel load's shape: workers, ranges taken as parsed apart, workers that failed
          parallel: (message.result && message.result.parallel) || undefined,
          ahead: (message.result && message.result.ahead) || undefined,
          // a load's own steps: ms waited for the file's bytes, decoding and parsing them
          steps: (message.result && message.result.steps) || undefined } }));
    }
    if (message.error !== undefined) waiting.reject(new Error(message.error));
    else waiting.resolve(message.result);
  }

  t(code, args) {
    // a count chooses the plural form the language needs (Intl.PluralRules): a "CODE#one" template
    // where the catalogue has one, else CODE
    const n = args && (typeof args.count === "number" ? args.count
      : typeof args.rows === "number" ? args.rows : undefined);
    let template = this.strings[code] || code;
    if (n !== undefined) {
      // made once: a formatter takes a tenth of a millisecond to make, and the hand-over words its
      // progress once a batch
      this.plurals = this.plurals || new Intl.PluralRules(this.locale);
      const form = this.strings[code + "#" + this.plurals.select(n)];
      if (form) template = form;
    }
    return template.replace(/\{(\w+)\}/g, (all, name) =>
      args && args[name] !== undefined
        ? typeof args[name] === "number" ? this.number(args[name]) : String(args[name])
        : all);
  }

  number(n) {
    this.numbers = this.numbers || new Intl.NumberFormat(this.locale);
    return this.numbers.format(n);
  }

  // ---- shell

  async start() {
    this.previousFocus = document.activeElement;
    // right-to-left scripts mirror the whole widget (steps, grid, dialog): CSS uses logical sides
    this.rtl = RTL_LANGUAGES.has(String(this.locale).toLowerCase().split(/[-_]/)[0]);
    this.root = el("div", { class: "sluice-root", lang: this.locale, dir: this.rtl ? "rtl" : "ltr" });
    this.title = el("h2", { class: "sluice-title", id: "sluice-title-" + this.importId });
    this.stepList = el("ol", { class: "sluice-steps" });
    this.body = el("div", { class: "sluice-body" });
    this.live = el("p", { class: "sluice-status", role: "status", "aria-live": "polite" });
    const closeButton = el("button", { type: "button", class: "sluice-close", onclick: () => this.close() }, "×");
    this.dialog = el("div", {
      class: "sluice-dialog", role: "dialog", "aria-modal": this.options.container ? null : "true",
      "aria-labelledby": this.title.id, tabindex: "-1",
    }, el("header", { class: "sluice-header" }, this.title, closeButton), this.stepList, this.live, this.body);
    this.dialog.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !this.options.container && !e.defaultPrevented) this.close();
      if (e.key === "Tab" && !this.options.container) this.trapFocus(e);
    });
    if (this.options.container) {
      const host = typeof this.options.container === "string"
        ? document.querySelector(this.options.container) : this.options.container;
      this.root.append(this.dialog);
      host.append(this.root);
    } else {
      this.root.classList.add("sluice-modal");
      this.root.append(el("div", { class: "sluice-overlay" }), this.dialog);
      document.body.append(this.root);
    }
    // written as bundlers expect it (Vite, webpack 5): they copy the worker and its engine into the
    // host's build and serve them from the host's origin; served as files, the URL resolves beside
    // this module
    this.worker = new Worker(new URL("./sluice-worker.js", import.meta.url), { type: "module" });
    this.worker.onmessage = (e) => this.onWorkerMessage(e);
    try {
      this.schema = this.options.schema || (await this.fetchSchema());
      this.language = await this.rpc("language", this.locale);
      const pack = await this.languagePack(this.language);
      const started = await this.rpc("start", this.schema, this.locale, this.maxRows,
        { ...pack, ...this.messageOverrides() });
      if (!started.ok) throw new Error(started.message);
      this.strings = await this.rpc("messages", this.locale);
      // the helpers of a parallel load start now and compile their engines while a file is picked
      if (this.workers > 1) this.rpc("warm", this.workers).catch(() => {});
      this.closeLabel = this.t("UI_CLOSE");
      closeButton.setAttribute("aria-label", this.closeLabel);
      this.title.textContent = this.t("UI_TITLE");
      this.renderUpload();
      this.dialog.focus();
      // the first number formatter and plural rules load the locale's data (50-70 ms of the main
      // thread on the benchmark machine, in the task that took the chosen file): the worker loads
      // it first (the browser keeps it for the process), then this thread makes its own while a
      // file is picked
      this.rpc("warmIntl", this.locale).catch(() => {}).then(() => whenIdle(() => {
        try {
          this.plurals = this.plurals || new Intl.PluralRules(this.locale);
          this.number(0);
        } catch (e) {
          // a locale Intl refuses fails where a number is first shown, as it did before
        }
      }));
    } catch (e) {
      this.body.replaceChildren(el("p", { class: "sluice-error", role: "alert", text: e.message }));
    }
  }

  // the templates of a shipped language (code to template), {} for English; a pack that cannot be
  // loaded (the host's build left it out, the network failed) leaves the widget in English
  async languagePack(language) {
    const load = LANGUAGE_PACKS[language];
    if (!load) return {};
    try {
      return (await load()).default;
    } catch (e) {
      console.warn(`Sluice: the ${language} messages could not be loaded (${e.message}); showing English`);
      return {};
    }
  }

  // options.messages: the host's own wording of any message, flat ({ UI_SUBMIT: "Send {count}
  // contacts" }) for every language, or by language ({ de: { ... } }, also "pt" or "pt-BR"), the
  // language's entries winning; templates keep the {name} placeholders (and CODE#one etc. for
  // the plural forms of Intl.PluralRules)
  messageOverrides() {
    const given = this.options.messages || {};
    const primary = String(this.locale || "en").toLowerCase().split(/[-_]/)[0];
    const flat = {};
    for (const [code, template] of Object.entries(given)) if (typeof template === "string") flat[code] = template;
    for (const key of new Set([primary, this.language, String(this.locale)])) {
      const own = given[key];
      if (own && typeof own === "object") Object.assign(flat, own);
    }
    return flat;
  }

  /** Keeps Tab and Shift+Tab inside the modal dialog. */
  trapFocus(e) {
    const focusable = [...this.dialog.querySelectorAll(
      "button:not([disabled]), select, input:not([tabindex='-1']), textarea, [tabindex='0']")]
      .filter((node) => node.offsetParent !== null);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && (document.activeElement === first || document.activeElement === this.dialog)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  async fetchSchema() {
    const response = await fetch(new URL("v1/widget/schema", this.relayBase()), {
      headers: { "X-Sluice-Importer-Key": this.options.importerKey },
    });
    if (!response.ok) throw new Error("Sluice: the importer could not be loaded (" + response.status + ")");
    // The relay accepts at most the importer's batch size per request in webhook mode.
    const limit = Number(response.headers.get("X-Sluice-Batch-Size"));
    if (limit > 0) this.batchSize = Math.min(this.batchSize, limit);
    return response.json();
  }

  relayBase() {
    const url = this.options.relayUrl;
    return url.endsWith("/") ? url : url + "/";
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.loaded && !this.submitted) this.sendMetadata("cancelled");
    if (this.worker) this.worker.terminate();
    this.root.remove();
    if (this.previousFocus && this.previousFocus.focus) this.previousFocus.focus();
    if (typeof this.options.onClose === "function") this.options.onClose();
  }

  step(index, ...content) {
    this.stepList.replaceChildren(...STEPS.map((code, i) =>
      el("li", { "aria-current": i === index ? "step" : null, class: i === index ? "sluice-current" : null },
        this.t(code))));
    this.body.replaceChildren(...content.filter((c) => c !== null && c !== undefined && c !== false));
    this.status("");
    const focusable = this.body.querySelector("[data-autofocus]") || this.body.querySelector("button, select, input, [tabindex='0']");
    if (focusable) {
      // focused in the next frame, where the new step is laid out anyway: focusing it here made
      // this task lay it out (37-60 ms of the task that showed a large file's format step:
      // BENCHMARKS.md, session 21); skipped if the step changed or focus moved on meanwhile
      const before = document.activeElement;
      requestAnimationFrame(() => {
        if (focusable.isConnected && document.activeElement === before) focusable.focus();
      });
    }
  }

  status(text) {
    this.live.textContent = text;
  }

  error(container, text) {
    container.replaceChildren(text ? el("p", { class: "sluice-error", role: "alert", text }) : "");
  }

  // ---- step 1: upload

  renderUpload() {
    const errors = el("div");
    const input = el("input", {
      type: "file", tabindex: "-1", accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.xls,text/csv,text/tab-separated-values,text/plain",
      class: "sluice-file", "aria-label": this.t("UI_CHOOSE_FILE"),
      onchange: () => input.files[0] && this.chooseFile(input.files[0], errors),
    });
    const drop = el("div", { class: "sluice-drop", "data-testid": "drop" },
      el("p", { text: this.t("UI_DROP") }),
      el("button", { type: "button", class: "sluice-primary", "data-autofocus": true, onclick: () => input.click() },
        this.t("UI_CHOOSE_FILE")), input);
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("sluice-dragging"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("sluice-dragging"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("sluice-dragging");
      if (e.dataTransfer.files[0]) this.chooseFile(e.dataTransfer.files[0], errors);
    });
    const paste = el("textarea", { class: "sluice-paste", rows: 4, "aria-label": this.t("UI_PASTE") });
    const sample = el("button", { type: "button", class: "sluice-link", onclick: async () => {
      this.download(await this.rpc("sampleCsv"), (this.schema.name || "sample") + "-sample.csv");
    } }, this.t("UI_SAMPLE"));
    this.step(0, drop,
      el("label", { class: "sluice-label" }, this.t("UI_PASTE"), paste),
      el("button", { type: "button", class: "sluice-paste-button", onclick: () => paste.value.trim() && this.load({ text: paste.value, fileName: "pasted.csv" }, errors) },
        this.t("UI_PASTE_BUTTON")),
      sample, errors);
  }

  chooseFile(file, errors) {
    if (!/\.(csv|tsv|txt|xlsx|xlsm|xls)$/i.test(file.name) && !/^text\//.test(file.type)) {
      this.error(errors, this.t("UI_FILE_TYPE"));
      return;
    }
    if (file.size > this.maxFileSize) {
      this.error(errors, this.t("UI_FILE_TOO_LARGE", {
        size: Math.ceil(file.size / 1048576), limit: Math.floor(this.maxFileSize / 1048576) }));
      return;
    }
    this.load({ file }, errors);
  }

  async load(source, errors) {
    // workers parse byte ranges of a large file in parallel (options.workers, default one per
    // core but one, at most 8); the table is the same as one worker's
    // the user's languages name the legacy encoding a file that is not Unicode is most likely in
    // (Excel writes "CSV" in the code page of Windows' language: Cyrillic for Russian, GBK for
    // Chinese); the widget's language first, then the browser's
    const languages = [this.locale, ...(navigator.languages || [])];
    this.source = { ...source, workers: this.workers, minRangeBytes: this.options.minRangeBytes, languages };
    this.status(this.t("UI_READING", { percent: 0 }));
    try {
      const loaded = await this.rpc("load", this.source);
      if (loaded.parsed.rowLimit) {
        this.error(errors, loaded.parsed.rowLimitMessage);
        this.status("");
        return;
      }
      this.loaded = loaded;
      this.renderDialect();
    } catch (e) {
      this.error(errors, e.message);
    }
  }

  // ---- step 2: dialect and header row

  renderDialect() {
    const { encoding, dialect, parsed } = this.loaded;
    const errors = el("div");
    const reload = async (change) => {
      // an encoding guessed stays called so while the user changes other settings
      const guessed = change.encoding === undefined && Boolean(this.loaded.encodingGuessed);
      const options = { ...this.source, encoding, delimiter: dialect.delimiter, headerIndex: dialect.headerIndex, guessed, ...change };
      try {
        const loaded = await this.rpc("load", options);
        this.loaded = loaded;
        this.source = { ...this.source, ...change };
        this.renderDialect();
      } catch (e) {
        this.error(errors, e.message);
      }
    };
    const select = (label, name, values, current, onchange) => el("label", { class: "sluice-label" }, label,
      el("select", { name, onchange: (e) => onchange(e.target.value) },
        values.map(([value, text = value]) => el("option", { value, selected: String(value) === String(current) }, text))));
    const headerChoices = [[-1, this.t("UI_NO_HEADER")]];
    // a sheet's rows by their numbers in the sheet (its reader skips empty rows), as Excel shows them
    const numbers = parsed.rowNumbers || [];
    for (let i = 0; i < Math.max(10, dialect.headerIndex + 1); i++) {
      headerChoices.push([i, this.t("UI_ROW") + " " + (i < numbers.length ? numbers[i] : i + 1)]);
    }
    const issues = parsed.issues.slice(0, 20).map((i) => el("li", { text: i.message }));
    // bytes the encoding could not read became U+FFFD: said first, with how many
    if (this.loaded.replacedChars > 0) {
      issues.unshift(el("li", { "data-testid": "replaced-chars", text: this.t("UI_REPLACED_CHARS",
        { encoding: (ENCODINGS.find(([value]) => value === encoding) || [])[1] || encoding, count: this.loaded.replacedChars }) }));
    }
    const workbook = this.loaded.workbook;
    // a workbook: pick the sheet (and the header row); a text file: encoding, delimiter, header row
    const settings = workbook
      ? [select(this.t("UI_SHEET"), "sheet", workbook.sheets.map((n) => [n]), workbook.sheet, (v) => reload({ sheet: v, headerIndex: null }))]
      : [select(this.t("UI_ENCODING"), "encoding", ENCODINGS, encoding, (v) => reload({ encoding: v })),
        select(this.t("UI_DELIMITER"), "delimiter", DELIMITERS, dialect.delimiter, (v) => reload({ delimiter: v }))];
    const preview = (parsed.preview || []).length ? el("div", { class: "sluice-preview-wrap" },
      el("table", { class: "sluice-preview", "data-testid": "preview" },
        el("thead", {}, el("tr", {}, parsed.headers.map((h) => el("th", { text: h })))),
        el("tbody", {}, parsed.preview.map((row) => el("tr", {}, row.map((c) => el("td", { text: c }))))))) : null;
    this.step(1,
      el("div", { class: "sluice-row" }, ...settings,
        select(this.t("UI_HEADER_ROW"), "header", headerChoices, dialect.headerIndex, (v) => reload({ headerIndex: Number(v) }))),
      !workbook && this.loaded.encodingGuessed
        ? el("p", { class: "sluice-summary", "data-testid": "encoding-guessed", text: this.t("UI_ENCODING_GUESSED") })
        : null,
      el("p", { class: "sluice-summary", "data-testid": "parsed" },
        this.t("UI_ROWS", { rows: parsed.rows }) + " · " + parsed.headers.join(" · ")),
      preview,
      issues.length ? el("ul", { class: "sluice-issues" }, issues) : null,
      errors,
      this.nav(() => this.renderUpload(), () => this.renderMapping()));
    // the rows are validated with the suggested mapping from here on, while the format is read
    this.suggestMapping().catch(() => {});
  }

  // the suggested (or remembered) mapping, and the rows validated with it ahead of its confirmation
  async suggestMapping() {
    const fingerprint = await this.rpc("fingerprint");
    const mapping = await this.rpc("suggestMapping", this.storedMappings()[fingerprint] || null);
    this.rpc("validateAhead").catch(() => {});
    return { fingerprint, mapping };
  }

  nav(back, next, nextLabel, nextDisabled) {
    return el("div", { class: "sluice-nav" },
      back ? el("button", { type: "button", onclick: back }, this.t("UI_BACK")) : null,
      next ? el("button", { type: "button", class: "sluice-primary", "data-autofocus": true, disabled: nextDisabled, onclick: next },
        nextLabel || this.t("UI_NEXT")) : null);
  }

  // ---- step 3: column matching

  storedMappings() {
    try {
      return JSON.parse(localStorage.getItem("sluice:mappings:" + this.schema.name) || "{}");
    } catch (e) {
      return {};
    }
  }

  async renderMapping() {
    const { fingerprint, mapping } = await this.suggestMapping();
    const errors = el("div");
    const selects = [];
    const columns = this.schema.columns;
    // a header left unmatched is kept as an extra column where the schema allows extras;
    // "Do not import" drops its values from everything that follows
    const extras = this.schema.allowExtraColumns !== false;
    // where the importer allows it, a header can be kept as a custom field under a typed name
    const customs = this.schema.allowCustomColumns === true;
    const names = [];
    const rows = mapping.matches.map((m) => {
      const select = el("select", { "aria-label": m.header, "data-header": m.index },
        extras ? el("option", { value: "", "data-keep": "extra", selected: !m.column && m.kind !== "custom" && m.kind !== "ignored" },
          this.t("UI_KEEP_EXTRA")) : null,
        el("option", { value: "", selected: m.kind === "ignored" }, this.t("UI_IGNORE")),
        customs ? el("option", { value: "", "data-keep": "custom", selected: m.kind === "custom" },
          this.t("UI_KEEP_CUSTOM")) : null,
        columns.map((c) => el("option", { value: c.key, selected: c.key === m.column },
          (c.label || c.key) + (c.required ? " (" + this.t("UI_REQUIRED") + ")" : ""))));
      selects.push(select);
      const name = el("input", { type: "text", class: "sluice-custom-name", "data-testid": "custom-name",
        "aria-label": this.t("UI_CUSTOM_NAME") + ": " + m.header, value: m.custom || m.header.trim(),
        maxlength: 64 });
      const showName = () => { name.hidden = !(select.selectedOptions[0] && select.selectedOptions[0].dataset.keep === "custom"); };
      select.addEventListener("change", showName);
      showName();
      names.push(name);
      // the first few non-blank values, so a user can tell what a column holds before choosing
      const preview = (this.loaded && this.loaded.parsed && this.loaded.parsed.preview) || [];
      const samples = preview.map((r) => r[m.index]).filter((v) => v && v.trim()).slice(0, 3);
      return el("tr", {},
        el("th", { scope: "row" }, m.header,
          samples.length ? el("span", { class: "sluice-samples", "data-testid": "samples",
            text: samples.join(" · ") }) : null),
        el("td", {}, select, customs ? name : null),
        el("td", { class: "sluice-confidence" }, m.column
          ? this.t("UI_CONFIDENCE", { percent: Math.round(m.confidence * 100) }) : ""));
    });
    const missing = mapping.missing.map((m) => el("li", { text: m.message }));
    this.step(2,
      el("table", { class: "sluice-mapping" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: this.t("UI_FILE_COLUMN") }),
          el("th", { scope: "col", text: this.t("UI_TARGET_COLUMN") }), el("th", {}))),
        el("tbody", {}, rows)),
      missing.length ? el("ul", { class: "sluice-error", role: "alert" }, missing) : null,
      errors,
      this.nav(() => this.renderDialect(), async () => {
        // per header: a column key, "" (do not import) or null (keep as an extra column)
        const chosen = selects.map((s, i) => {
          const keep = s.selectedOptions[0] && s.selectedOptions[0].dataset.keep;
          return keep === "custom" ? { custom: names[i].value } : keep ? null : s.value;
        });
        const applied = await this.rpc("applyMapping", chosen);
        if (applied.error) {
          this.error(errors, applied.message);
          return;
        }
        if (applied.missing.length) {
          this.error(errors, applied.missing.map((m) => m.message).join(" "));
          return;
        }
        const stored = this.storedMappings();
        stored[fingerprint] = await this.rpc("remember");
        try {
          localStorage.setItem("sluice:mappings:" + this.schema.name, JSON.stringify(stored));
        } catch (e) {
          // storage full or disabled: the mapping is simply not remembered
        }
        this.summary = await this.rpc("validate");
        const unknown = await this.rpc("unknownValues", 500);
        if (unknown.length) this.renderValues(unknown);
        else this.renderReview();
      }));
  }

  storedValues() {
    try {
      return JSON.parse(localStorage.getItem("sluice:values:" + this.schema.name) || "{}");
    } catch (e) {
      return {};
    }
  }

  // ---- step 3b: value mapping. Values of enum columns that are none of their options, with their
  // counts: the user says once what each means, for every row; choices are remembered per importer.
  renderValues(columns) {
    const stored = this.storedValues();
    const pickers = [];
    const sections = columns.map((col) => {
      const remembered = stored[col.column] || {};
      const rows = col.values.map((v) => {
        const choice = remembered[v.value] !== undefined ? remembered[v.value] : v.suggestion || "";
        const select = el("select", { "aria-label": v.value, "data-value": v.value },
          el("option", { value: "", selected: !choice }, this.t("UI_VALUES_LEAVE")),
          col.options.map((o) => el("option", { value: o.value, selected: o.value === choice }, o.label)));
        pickers.push({ column: col.column, value: v.value, select });
        return el("tr", {},
          el("th", { scope: "row" }, v.value === "" ? "—" : v.value),
          el("td", { class: "sluice-count" }, this.t("UI_VALUES_COUNT", { count: v.count })),
          el("td", {}, select));
      });
      return el("section", { class: "sluice-values", "data-column": col.column },
        el("p", {}, this.t("UI_VALUES_HINT", { column: col.label })),
        col.distinct > col.values.length
          ? el("p", { class: "sluice-summary" }, this.t("UI_VALUES_CAPPED", { shown: col.values.length, distinct: col.distinct }))
          : null,
        el("table", { class: "sluice-mapping" },
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, this.t("UI_VALUES_VALUE")),
            el("th", { scope: "col" }), el("th", { scope: "col" }, this.t("UI_VALUES_MEANS")))),
          el("tbody", {}, rows)));
    });
    this.step(2, el("h3", { text: this.t("UI_VALUES_TITLE") }), ...sections,
      this.nav(() => this.renderMapping(), async () => {
        const remember = this.storedValues();
        for (const col of columns) {
          const choices = {};
          for (const p of pickers.filter((x) => x.column === col.column)) {
            if (p.select.value) choices[p.value] = p.select.value;
            remember[col.column] = remember[col.column] || {};
            remember[col.column][p.value] = p.select.value;
          }
          if (Object.keys(choices).length) this.summary = await this.rpc("mapValues", col.column, choices);
        }
        try {
          localStorage.setItem("sluice:values:" + this.schema.name, JSON.stringify(remember));
        } catch (e) {
          // storage full or disabled: the choices are simply not remembered
        }
        this.renderReview();
      }));
  }

  // ---- step 4: review

  renderReview() {
    const s = this.summary;
    this.columns = s.columns;
    this.summaryLine = el("p", { class: "sluice-summary", "data-testid": "summary" });
    this.submitButton = el("button", { type: "button", class: "sluice-primary", "data-testid": "submit", onclick: () => this.submit() });
    this.blocked = el("p", { class: "sluice-blocked" });
    const only = el("input", { type: "checkbox", onchange: () => this.applyFilter() });
    const columnFilter = el("select", { "aria-label": this.t("UI_ALL_COLUMNS"), onchange: () => this.applyFilter() },
      el("option", { value: "" }, this.t("UI_ALL_COLUMNS")),
      this.columns.map((c) => el("option", { value: c.key }, c.label)));
    const codeFilter = el("select", { "aria-label": this.t("UI_ALL_ISSUES"), "data-testid": "code-filter",
      onchange: () => this.applyFilter() }, el("option", { value: "" }, this.t("UI_ALL_ISSUES")),
      Object.entries(s.byCode).map(([code, n]) => el("option", { value: code }, code + " (" + this.number(n) + ")")));
    this.filterControls = { only, columnFilter, codeFilter };
    this.undoButton = el("button", { type: "button", onclick: () => this.change(this.rpc("undo"), true) }, this.t("UI_UNDO"));
    this.redoButton = el("button", { type: "button", onclick: () => this.change(this.rpc("redo"), true) }, this.t("UI_REDO"));
    const replaceColumn = el("select", { "aria-label": this.t("UI_REPLACE_ALL") },
      this.columns.map((c) => el("option", { value: c.key }, c.label)));
    const find = el("input", { type: "text", "aria-label": this.t("UI_FIND"), placeholder: this.t("UI_FIND") });
    const replace = el("input", { type: "text", "aria-label": this.t("UI_REPLACE"), placeholder: this.t("UI_REPLACE") });
    const replaceButton = el("button", { type: "button", onclick: async () => {
      if (!find.value) return;
      const answer = await this.rpc("replaceAll", replaceColumn.value, find.value, replace.value);
      await this.change(Promise.resolve(answer));
    } }, this.t("UI_REPLACE_ALL"));

    // the scrolling box and its spacer are layout only: a grid's children are rows and row groups
    // (keyboard users reach the rows through the one tabbable cell, below)
    this.viewport = el("div", { class: "sluice-viewport", role: "presentation" });
    this.spacer = el("div", { class: "sluice-spacer", role: "presentation" });
    this.rowsBox = el("div", { class: "sluice-rows", role: "rowgroup" });
    this.spacer.append(this.rowsBox);
    this.viewport.append(this.spacer);
    const header = el("div", { class: "sluice-grid-head", role: "row" },
      el("div", { role: "columnheader", class: "sluice-cell sluice-rownum", text: this.t("UI_ROW") }),
      // the delete buttons sit beside the row numbers, in view without scrolling sideways
      el("div", { role: "columnheader", class: "sluice-cell sluice-action" }),
      // a long label is cut to the column; its whole text is the header's tooltip, and the
      // column can be widened (drag the header's right edge, or arrow keys on it)
      this.columns.map((c, i) => el("div", { role: "columnheader", class: "sluice-cell", title: c.label },
        c.label, this.resizeHandle(c, i))));
    const headGroup = el("div", { role: "rowgroup", class: "sluice-grid-headgroup" }, header);
    this.grid = el("div", { class: "sluice-grid", role: "grid", "aria-colcount": this.columns.length + 2, "data-testid": "grid" },
      headGroup, this.viewport);
    this.grid.style.setProperty("--sluice-columns", String(this.columns.length));
    this.columnWidths = this.columns.map(() => DEFAULT_COLUMN_WIDTH);
    this.viewport.addEventListener("scroll", () => {
      headGroup.scrollLeft = this.viewport.scrollLeft;
      this.scheduleRender();
    });
    this.grid.addEventListener("keydown", (e) => this.gridKey(e));
    // why the focused or clicked cell is invalid, under the grid: touch screens have no hover
    this.cellMessage = el("p", { class: "sluice-cell-message", "aria-live": "polite",
      "data-testid": "cell-message" });
    const explain = (e) => {
      const cell = e.target.closest && e.target.closest("[data-col]");
      if (cell) this.cellMessage.textContent = cell.getAttribute("title") || "";
    };
    this.grid.addEventListener("focusin", (e) => {
      explain(e);
      const cell = e.target.closest && e.target.closest("[data-col]");
      if (cell && cell.tabIndex !== 0) this.focusCell(cell);
    });
    this.grid.addEventListener("click", explain);
    this.grid.addEventListener("dblclick", (e) => {
      const cell = e.target.closest("[data-col]");
      if (cell) this.editCell(cell);
    });
    this.dialog.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !e.target.closest("input")) {
        e.preventDefault();
        this.change(this.rpc(e.shiftKey ? "redo" : "undo"), true);
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "y" && !e.target.closest("input")) {
        e.preventDefault();
        this.change(this.rpc("redo"), true);
      }
    });
    // offered only while some row has errors (updateSummary)
    const rejected = this.rejectedButton = el("button", { type: "button", class: "sluice-link",
      "data-testid": "download-rejected", onclick: async () => {
        this.download(await this.rpc("rejectedCsv"), "rejected-rows.csv");
      } }, this.t("UI_DOWNLOAD_REJECTED"));
    // how the columns whose cells told it read their ambiguous dates and numbers (core's
    // Conventions): "Day: 03/04/2024 is read as 2024-04-03, as 25/04/2024 in the same column shows"
    const readings = (s.readings || []).map((r) => {
      const column = this.columns.find((c) => c.key === r.column);
      return el("p", { class: "sluice-summary", "data-testid": "reading" }, this.t("UI_READ_AS",
        { column: column ? column.label : r.column, cell: r.cell, reading: r.reading, example: r.example }));
    });
    this.step(3,
      this.summaryLine,
      ...readings,
      el("div", { class: "sluice-toolbar" },
        el("label", { class: "sluice-check" }, only, this.t("UI_ONLY_ERRORS")), columnFilter, codeFilter,
        this.undoButton, this.redoButton),
      el("div", { class: "sluice-toolbar" }, replaceColumn, find, replace, replaceButton),
      this.columnTools(),
      this.hookStatus = el("div", { class: "sluice-hooks", "data-testid": "hook-status", "aria-live": "polite" }),
      this.grid,
      this.cellMessage,
      el("div", { class: "sluice-nav" },
        el("button", { type: "button", onclick: () => this.renderMapping() }, this.t("UI_BACK")),
        rejected, this.blocked, this.submitButton));
    this.updateSummary(s);
    this.scheduleRender(true);
    this.runHooks(null);
  }

  // ---- host hooks. Column hooks get pages of one column's values, the row hook pages of row
  // objects; both answer per value or row. Pages come from the worker and go back to it, at most
  // hookConcurrency in flight, so a million rows keep the page responsive. What a hook says
  // counts like any issue; a hook that throws or times out is shown with its rows, to retry.
  hookTasks(rows) {
    const columnHooks = Object.entries(this.hooks.columns || {})
      .filter(([key, fn]) => typeof fn === "function" && this.columns.some((c) => c.key === key && c.type !== "extra" && c.type !== "custom"));
    const rowHook = typeof this.hooks.rows === "function" ? this.hooks.rows : null;
    if (!columnHooks.length && !rowHook) return [];
    // ranges of table rows: everything, or runs of the rows an edit changed
    const ranges = [];
    if (rows === null) {
      for (let from = 0; from < this.summary.tableRows; from += this.hookPageSize) {
        ranges.push([from, Math.min(this.summary.tableRows, from + this.hookPageSize)]);
      }
    } else {
      for (const r of rows) {
        const last = ranges[ranges.length - 1];
        if (last && last[1] === r && last[1] - last[0] < this.hookPageSize) last[1] = r + 1;
        else ranges.push([r, r + 1]);
      }
    }
    const tasks = [];
    for (const [from, to] of ranges) {
      for (const [key, fn] of columnHooks) tasks.push({ name: key, column: key, fn, from, to });
      if (rowHook) tasks.push({ name: "rows", column: null, fn: rowHook, from, to });
    }
    return tasks;
  }

  async runHooks(rows, retry, issuesOnly) {
    const tasks = retry || this.hookTasks(rows);
    if (!tasks.length) return;
    this.hookRuns = (this.hookRuns || 0) + 1;
    const failures = [];
    let done = 0;
    const show = () => {
      this.hookStatus.replaceChildren(el("p", { class: "sluice-summary", role: "status" },
        this.t("UI_HOOKS_RUNNING", { percent: Math.floor((done * 100) / tasks.length) })));
    };
    show();
    this.updateSummary(this.summary);
    const queue = tasks.slice();
    const worker = async () => {
      while (queue.length) {
        const task = queue.shift();
        try {
          await this.runHookTask(task, issuesOnly);
        } catch (e) {
          failures.push({ task, message: e && e.message ? e.message : String(e) });
        }
        done++;
        show();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.hookConcurrency, tasks.length) }, worker));
    this.hookRuns--;
    this.hookStatus.replaceChildren(...failures.map((f) => el("p", { class: "sluice-error", role: "alert" },
      this.t("UI_HOOK_FAILED", { hook: f.task.name, from: f.task.from + 1, to: f.task.to, message: f.message }))),
    ...(failures.length ? [el("button", { type: "button", "data-testid": "hook-retry",
      onclick: () => this.runHooks(null, failures.map((f) => f.task)) }, this.t("UI_RETRY"))] : []));
    this.updateSummary(this.summary);
    await this.renderRows();
  }

  async runHookTask(task, issuesOnly) {
    const page = await this.rpc("hookPage", task.column || "", task.from, task.to - task.from);
    if (!page.rows.length) return;
    const width = page.columns.length;
    const input = task.column
      ? page.values
      : page.rows.map((r, i) => Object.fromEntries(page.columns.map((c, k) => [c, page.values[i * width + k]])));
    const context = { column: task.column, rows: page.rows.map((r) => r + 1), importId: this.importId };
    let timer;
    const timeout = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(this.t("UI_HOOK_TIMEOUT", { seconds: this.hookTimeoutMs / 1000 }))), this.hookTimeoutMs);
    });
    let answer;
    try {
      answer = await Promise.race([Promise.resolve().then(() => task.fn(input, context)), timeout]);
    } finally {
      clearTimeout(timer);
    }
    if (!Array.isArray(answer) || answer.length !== page.rows.length) {
      throw new Error(this.t("UI_HOOK_BAD_ANSWER", { got: Array.isArray(answer) ? answer.length : 0, expected: page.rows.length }));
    }
    const results = [];
    answer.forEach((a, i) => {
      const row = page.rows[i];
      if (a === null || a === undefined) return;
      if (task.column) {
        if (typeof a === "string") results.push({ row, column: task.column, replacement: a });
        else if (typeof a === "object") {
          if (typeof a.value === "string") results.push({ row, column: task.column, replacement: a.value });
          if (a.message) results.push({ row, column: task.column, message: String(a.message), code: a.code, severity: a.severity });
        }
        return;
      }
      for (const [column, value] of Object.entries(a.values || {})) {
        if (typeof value === "string") results.push({ row, column, replacement: value });
      }
      for (const issue of a.issues || []) {
        if (issue && issue.column && issue.message) {
          results.push({ row, column: issue.column, message: String(issue.message), code: issue.code, severity: issue.severity });
        }
      }
    });
    this.summary = await this.rpc("applyHook", task.column ? "cell" : "row", task.column || "", page.rows,
      issuesOnly ? results.filter((r) => r.replacement === undefined) : results);
  }

  // Column operations: split, merge, fill blanks, set a value, trim or change case; each is one
  // undoable step that the worker re-validates incrementally.
  columnTools() {
    const options = () => this.columns.map((c) => el("option", { value: c.key }, c.label));
    const field = (label, control) => el("label", { class: "sluice-field" }, label, control);
    const operation = el("select", { "data-testid": "op" },
      [["split", "UI_OP_SPLIT"], ["merge", "UI_OP_MERGE"], ["fill", "UI_OP_FILL"], ["set", "UI_OP_SET"],
        ["trim", "UI_OP_TRIM"], ["upper", "UI_OP_UPPER"], ["lower", "UI_OP_LOWER"], ["title", "UI_OP_TITLE"]]
        .map(([value, code]) => el("option", { value }, this.t(code))));
    const column = el("select", { "data-testid": "op-column" }, options());
    const second = el("select", { "data-testid": "op-second" }, options());
    const text = el("input", { type: "text", "data-testid": "op-text", value: " " });
    const into = el("select", { "data-testid": "op-into" }, options());
    const intoSecond = el("select", { "data-testid": "op-into-second" }, options());
    const shownOnly = el("input", { type: "checkbox", "data-testid": "op-shown" });
    const textLabel = el("span");
    const fields = {
      second: field(this.t("UI_OP_SECOND_COLUMN"), second),
      text: field(textLabel, text),
      into: field(this.t("UI_OP_INTO"), into),
      intoSecond: field(this.t("UI_OP_INTO_SECOND"), intoSecond),
    };
    const result = el("span", { class: "sluice-op-result", role: "status", "data-testid": "op-result" });
    const show = () => {
      const op = operation.value;
      fields.second.hidden = op !== "merge";
      fields.text.hidden = !["split", "merge", "fill", "set"].includes(op);
      fields.into.hidden = !["split", "merge"].includes(op);
      fields.intoSecond.hidden = op !== "split";
      textLabel.textContent = this.t(op === "split" ? "UI_OP_DELIMITER" : op === "merge" ? "UI_OP_SEPARATOR" : "UI_OP_VALUE");
      if (op === "fill" || op === "set") text.value = "";
      else if (op === "split" || op === "merge") text.value = text.value || " ";
    };
    operation.addEventListener("change", show);
    const apply = el("button", { type: "button", "data-testid": "op-apply", onclick: async () => {
      const op = operation.value;
      const [name, args] =
        op === "split" ? ["split", [column.value, text.value, into.value, intoSecond.value]]
          : op === "merge" ? ["merge", [column.value, second.value, text.value, into.value]]
            : op === "fill" || op === "set" ? [op, [column.value, text.value]]
              : ["transform", [column.value, op]];
      let answer;
      try {
        answer = await this.rpc("operate", name, args, shownOnly.checked);
      } catch (e) {
        result.textContent = e.message;
        return;
      }
      result.textContent = answer.error ? answer.message : this.t("UI_OP_CHANGED", { count: answer.changed });
      await this.change(Promise.resolve(answer));
    } }, this.t("UI_OP_APPLY"));
    show();
    return el("details", { class: "sluice-tools", "data-testid": "column-tools" },
      el("summary", {}, this.t("UI_COLUMN_TOOLS")),
      el("div", { class: "sluice-toolbar" },
        field(this.t("UI_OP_OPERATION"), operation), field(this.t("UI_OP_COLUMN"), column),
        fields.second, fields.text, fields.into, fields.intoSecond,
        el("label", { class: "sluice-check" }, shownOnly, this.t("UI_OP_SHOWN_ONLY")), apply, result));
  }

  // A column's width, set by dragging its header's right edge or with the arrow keys there (a
  // focusable separator); the header and every row share one grid template.
  resizeHandle(column, index) {
    const handle = el("span", { class: "sluice-resize", role: "separator", tabindex: "0",
      "aria-orientation": "vertical", "aria-label": this.t("UI_RESIZE_COLUMN", { column: column.label }),
      "aria-valuemin": MIN_COLUMN_WIDTH, "aria-valuemax": MAX_COLUMN_WIDTH, "aria-valuenow": DEFAULT_COLUMN_WIDTH,
      "data-testid": "resize-" + column.key });
    const set = (width) => {
      const w = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
      this.columnWidths[index] = w;
      handle.setAttribute("aria-valuenow", String(w));
      this.grid.style.setProperty("--sluice-template",
        "72px 44px " + this.columnWidths.map((x) => x + "px").join(" "));
    };
    handle.addEventListener("pointerdown", (e) => {
      e.preventDefault();
      handle.setPointerCapture(e.pointerId);
      const startX = e.clientX;
      const startWidth = this.columnWidths[index];
      // the handle is on the column's end side: right in left-to-right, left in right-to-left
      const move = (m) => set(startWidth + (m.clientX - startX) * (this.rtl ? -1 : 1));
      const up = () => {
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", up);
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", up);
    });
    handle.addEventListener("keydown", (e) => {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        e.stopPropagation();
        set(this.columnWidths[index] + ((e.key === "ArrowRight") !== this.rtl ? 16 : -16));
      }
    });
    return handle;
  }

  updateSummary(s) {
    this.summary = s;
    // the issue codes present change with edits and hooks: the filter offers exactly those
    const codeFilter = this.filterControls && this.filterControls.codeFilter;
    if (codeFilter) {
      const selected = codeFilter.value;
      const codes = Object.entries(s.byCode);
      codeFilter.replaceChildren(codeFilter.options[0],
        ...codes.map(([code, n]) => el("option", { value: code, selected: code === selected }, code + " (" + this.number(n) + ")")));
      if (selected && !codes.some(([code]) => code === selected)) {
        codeFilter.append(el("option", { value: selected, selected: true }, selected + " (0)"));
      }
    }
    this.summaryLine.textContent = this.t("UI_SUMMARY", { rows: s.rows, errorRows: s.errorRows, warningRows: s.warningRows });
    if (this.rejectedButton) this.rejectedButton.hidden = s.errorRows === 0;
    const count = s.policy === "exclude" ? s.validRows : s.rows;
    this.submitButton.textContent = this.t("UI_SUBMIT", { count });
    this.submitButton.disabled = !s.canSubmit || this.hookRuns > 0;
    this.blocked.textContent = s.canSubmit ? "" : this.t("UI_SUBMIT_BLOCKED", { count: s.errorRows });
    this.undoButton.disabled = !s.canUndo;
    this.redoButton.disabled = !s.canRedo;
    this.spacer.style.height = s.viewRows * ROW_HEIGHT + "px";
    this.grid.setAttribute("aria-rowcount", String(s.viewRows + 1));
  }

  async applyFilter() {
    const { only, columnFilter, codeFilter } = this.filterControls;
    const s = await this.rpc("filter", only.checked || !!columnFilter.value || !!codeFilter.value,
      columnFilter.value, codeFilter.value);
    this.viewport.scrollTop = 0;
    this.updateSummary(s);
    this.scheduleRender(true);
  }

  // undone: an undo or redo, after which the hooks report issues but replace nothing (or an undone
  // replacement would come straight back)
  async change(promise, undone) {
    const s = await promise;
    this.updateSummary(s);
    await this.renderRows();
    // the host's hooks check again what the step changed (every row when it changed many)
    if ("changedRows" in s && (s.changedRows === null || s.changedRows.length)) this.runHooks(s.changedRows, null, undone);
  }

  scheduleRender(now) {
    if (now) {
      this.renderRows();
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderRows();
    });
  }

  async renderRows() {
    if (this.editing) return;
    const first = Math.max(0, Math.floor(this.viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const count = Math.ceil(this.viewport.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
    const ticket = ++this.renderTicket || (this.renderTicket = 1);
    const page = await this.rpc("rows", first, count);
    if (ticket !== this.renderTicket || this.editing) return;
    // focus inside the grid (a cell or a row's delete button) survives the redraw
    const active = document.activeElement;
    const focused = active && this.rowsBox.contains(active) && active.dataset
      ? { row: active.dataset.row, col: active.dataset.col, action: active.dataset.action } : null;
    this.rowsBox.style.transform = "translateY(" + first * ROW_HEIGHT + "px)";
    this.rowsBox.replaceChildren(...page.rows.map((r, i) => this.rowElement(r, first + i)));
    this.rovingCell();
    if (focused && focused.row !== undefined) {
      const again = focused.action
        ? this.rowsBox.querySelector(`[data-row="${focused.row}"][data-action="${focused.action}"]`)
        : this.rowsBox.querySelector(`[data-row="${focused.row}"][data-col="${focused.col}"]`);
      if (again) again.focus();
    }
  }

  // A roving tabindex: exactly one cell of the grid is in the tab order (the last one the user
  // was on, or the first shown); arrow keys move it, Enter or F2 edit it.
  rovingCell() {
    const cells = this.rowsBox.querySelectorAll("[data-col]");
    if (!cells.length) return;
    const wanted = this.activeCell
      && this.rowsBox.querySelector(`[data-row="${this.activeCell.row}"][data-col="${this.activeCell.col}"]`);
    const tabbable = wanted || cells[0];
    for (const cell of cells) cell.tabIndex = cell === tabbable ? 0 : -1;
  }

  rowElement(r, viewIndex) {
    const byColumn = new Map();
    for (const issue of r.issues) {
      if (!byColumn.has(issue.column)) byColumn.set(issue.column, []);
      byColumn.get(issue.column).push(issue);
    }
    const cells = this.columns.map((c, i) => {
      const issues = byColumn.get(c.key) || [];
      const error = issues.some((x) => x.severity === "error");
      const warning = issues.some((x) => x.severity === "warning");
      const message = issues.map((x) => x.message).join(" ");
      return el("div", {
        role: "gridcell", class: "sluice-cell" + (error ? " sluice-invalid" : warning ? " sluice-warning"
          : issues.length ? " sluice-info" : ""),
        tabindex: "-1", "data-row": r.row, "data-col": i, "aria-colindex": i + 3,
        "aria-invalid": error ? "true" : null, title: message || null,
        "aria-description": message || null,
      }, r.cells[i]);
    });
    return el("div", { role: "row", class: "sluice-row-line", "aria-rowindex": viewIndex + 2, "data-line": r.line },
      el("div", { role: "rowheader", class: "sluice-cell sluice-rownum", text: String(r.row + 1) }),
      el("div", { role: "gridcell", class: "sluice-cell sluice-action" },
        el("button", { type: "button", class: "sluice-delete", "aria-label": this.t("UI_DELETE_ROW") + " " + (r.row + 1),
          "data-row": r.row, "data-action": "delete", tabindex: "-1",
          onclick: () => this.change(this.rpc("deleteRow", r.row)) }, "✕")),
      cells);
  }

  gridKey(event) {
    // arrows follow what the user sees: in right-to-left, the next cell is on the left
    const e = !this.rtl || (event.key !== "ArrowLeft" && event.key !== "ArrowRight") ? event
      : { key: event.key === "ArrowLeft" ? "ArrowRight" : "ArrowLeft", target: event.target,
        ctrlKey: event.ctrlKey, preventDefault: () => event.preventDefault() };
    if (e.target.dataset && e.target.dataset.action === "delete") {
      // a row's delete button: arrows lead back into the cells (Enter or Space presses it)
      const line = e.target.closest("[role=row]");
      const next = e.key === "ArrowRight" ? line.querySelector("[data-col]")
        : e.key === "ArrowDown" || e.key === "ArrowUp"
          ? (e.key === "ArrowDown" ? line.nextElementSibling : line.previousElementSibling)
          : null;
      if (!next) return;
      e.preventDefault();
      if (next.matches("[data-col]")) this.focusCell(next);
      else next.querySelector("[data-action=delete]").focus();
      return;
    }
    const cell = e.target.closest && e.target.closest("[data-col]");
    if (!cell || e.target.tagName === "INPUT") return;
    const row = cell.parentElement;
    let target = null;
    if (e.key === "ArrowRight") target = cell.nextElementSibling && cell.nextElementSibling.matches("[data-col]") ? cell.nextElementSibling : null;
    else if (e.key === "ArrowLeft" && cell.previousElementSibling && !cell.previousElementSibling.matches("[data-col]")) {
      // left of the first cell: the row's delete button
      e.preventDefault();
      row.querySelector("[data-action=delete]").focus();
      return;
    } else if (e.key === "ArrowLeft") target = cell.previousElementSibling;
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const sibling = e.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
      if (sibling) target = sibling.querySelector(`[data-col="${cell.dataset.col}"]`);
      this.viewport.scrollTop += (e.key === "ArrowDown" ? 1 : -1) * ROW_HEIGHT;
    } else if (e.key === "Home" || e.key === "End") {
      const cells = row.querySelectorAll("[data-col]");
      target = e.key === "Home" ? cells[0] : cells[cells.length - 1];
    } else if (e.key === "Delete" && e.ctrlKey) {
      // the row's delete button is out of the tab order: Ctrl+Delete deletes the row
      e.preventDefault();
      this.change(this.rpc("deleteRow", Number(cell.dataset.row)));
      return;
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      this.editCell(cell);
      return;
    } else return;
    e.preventDefault();
    if (target) this.focusCell(target);
  }

  focusCell(cell) {
    this.activeCell = { row: cell.dataset.row, col: cell.dataset.col };
    for (const other of this.rowsBox.querySelectorAll("[data-col][tabindex='0']")) other.tabIndex = -1;
    cell.tabIndex = 0;
    cell.focus();
  }

  editCell(cell) {
    const rowIndex = Number(cell.dataset.row);
    const column = this.columns[Number(cell.dataset.col)];
    const input = el("input", { type: "text", class: "sluice-editor", value: cell.textContent, "aria-label": column.label });
    let done = false;
    this.editing = true;
    const finish = async (commit) => {
      if (done) return;
      done = true;
      this.editing = false;
      if (commit && input.value !== cell.textContent) {
        await this.change(this.rpc("edit", rowIndex, column.key, input.value));
      } else {
        await this.renderRows();
      }
      const again = this.rowsBox.querySelector(`[data-row="${rowIndex}"][data-col="${cell.dataset.col}"]`);
      if (again) again.focus();
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { e.preventDefault(); finish(true); }
      else if (e.key === "Escape") { e.preventDefault(); finish(false); }
    });
    input.addEventListener("blur", () => finish(true));
    cell.replaceChildren(input);
    input.focus();
    input.select();
  }

  // ---- step 5: submit

  async submit() {
    if (typeof this.hooks.beforeSubmit === "function") {
      // the host may refuse with its own message (a quota, a missing approval)
      let verdict;
      try {
        verdict = await this.hooks.beforeSubmit({ ...this.summary, importId: this.importId });
      } catch (e) {
        verdict = { ok: false, message: e && e.message ? e.message : String(e) };
      }
      if (verdict && verdict.ok === false) {
        this.blocked.textContent = verdict.message || "";
        return;
      }
    }
    const prepared = await this.rpc("prepareSubmit");
    if (!prepared.canSubmit) {
      this.blocked.textContent = prepared.blockedMessage;
      return;
    }
    const total = prepared.total;
    const progress = el("p", { class: "sluice-summary", "data-testid": "sending" });
    const hostErrors = [];
    this.step(4, progress);
    // the worker hands rows over in chunks of whole batches (a round trip per batch cost more
    // than the batch) and makes the next chunks while the host (or the relay) takes this one
    const chunkRows = Math.max(1, Math.floor(CHUNK_ROWS / this.batchSize)) * this.batchSize;
    const chunks = Math.ceil(total / chunkRows);
    let done = 0;
    let failed = null;
    let index = 0;
    const made = [];
    for (let c = 0; c < Math.min(chunks, CHUNKS_AHEAD); c++) made.push(this.rpc("batch", c, chunkRows));
    let turn = performance.now();
    sending: for (let c = 0; c < chunks; c++) {
      const chunk = unpack(await made.shift());
      if (c + CHUNKS_AHEAD < chunks) made.push(this.rpc("batch", c + CHUNKS_AHEAD, chunkRows));
      for (let from = 0; from < chunk.count; from += this.batchSize, index++) {
        if (performance.now() - turn > TURN_MS) {
          await yieldToPage();
          turn = performance.now();
        }
        const batch = rowsOfBatch(chunk, from, Math.min(chunk.count, from + this.batchSize),
          this.mode !== "webhook");
        progress.textContent = this.t("UI_SENDING", { done, total });
        let answer;
        if (this.mode === "webhook") {
          try {
            answer = await this.postBatch(index, batch);
          } catch (e) {
            failed = this.t("UI_RELAY_FAILED", { message: e.message, row: batch.sourceRows[0] + 1 });
            break sending;
          }
        } else {
          try {
            answer = await this.options.onData({
              importId: this.importId,
              fileName: this.loaded.fileName,
              batch: { index, count: batch.count, totalRows: batch.totalRows },
              rows: batch.rows,
              columns: batch.columns,
              customFields: batch.customFields,
            });
          } catch (e) {
            answer = { errors: batch.rows.map((row, i) => ({ index: i, message: e && e.message ? e.message : String(e) })) };
          }
        }
        for (const error of (answer && answer.errors) || []) {
          const sourceRow = batch.sourceRows[error.index];
          hostErrors.push(this.t("UI_HOST_ERROR", { row: sourceRow + 1, message: error.message || "" }));
        }
        done += batch.count;
      }
      this.worker.postMessage({ spare: chunk.spare }, chunk.spare);
    }
    for (const chunk of made) chunk.catch(() => {}); // made before the relay failed: not sent
    this.submitted = true;
    // what happened to every row: handed over, or left out by the importer's policy
    this.importedRows = done - hostErrors.length;
    this.excludedRows = Math.max(0, this.summary.rows - total);
    await this.sendMetadata(failed ? "failed" : hostErrors.length ? "partial" : "submitted");
    if (typeof this.options.onComplete === "function") {
      this.options.onComplete({ importId: this.importId, fileName: this.loaded.fileName,
        rows: done - hostErrors.length, status: failed ? "failed" : hostErrors.length ? "partial" : "submitted" });
    }
    const rejected = this.summary.errorRows > 0
      ? el("button", { type: "button", class: "sluice-link", onclick: async () => {
        this.download(await this.rpc("rejectedCsv"), "rejected-rows.csv");
      } }, this.t("UI_DOWNLOAD_REJECTED")) : null;
    const warned = this.summary.warningRows || 0;
    this.step(4,
      el("p", { class: "sluice-done", "data-testid": "done", text: this.t("UI_DONE", { count: done - hostErrors.length }) }),
      this.excludedRows > 0 ? el("p", { "data-testid": "excluded",
        text: this.t("UI_DONE_EXCLUDED", { count: this.excludedRows }) }) : null,
      warned > 0 ? el("p", { "data-testid": "warned",
        text: this.t("UI_DONE_WARNINGS", { count: warned }) }) : null,
      failed ? el("p", { class: "sluice-error", role: "alert", text: failed }) : null,
      hostErrors.length ? el("ul", { class: "sluice-error", role: "alert" }, hostErrors.map((m) => el("li", { text: m }))) : null,
      rejected,
      el("div", { class: "sluice-nav" },
        el("button", { type: "button", class: "sluice-primary", "data-autofocus": true, onclick: () => this.close() }, this.t("UI_CLOSE"))));
  }

  /**
   * Webhook mode: one batch to the relay, which re-validates it and delivers it to the importer's
   * webhook. Retries on 429/503 after Retry-After; the relay's row issues come back as errors.
   */
  async postBatch(index, batch) {
    const body = JSON.stringify({
      fileName: this.loaded.fileName,
      batch: { index, count: batch.count, totalRows: batch.totalRows },
      rows: batch.rows,
      userId: this.options.user && this.options.user.id !== undefined ? String(this.options.user.id) : null,
      // minted by the host's backend: lets the relay vouch for the user (docs/api.md, user tokens)
      userToken: this.options.userToken || undefined,
      metadata: this.options.metadata || {},
    });
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(new URL("v1/widget/imports/" + encodeURIComponent(this.importId) + "/batches",
        this.relayBase()), {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Sluice-Importer-Key": this.options.importerKey,
          "Idempotency-Key": this.importId + ":batch:" + index },
        body,
      });
      if (response.ok) return { errors: [] };
      const problem = await response.json().catch(() => ({}));
      if ((response.status === 429 || response.status === 503 || response.status === 409 && problem.code === "IDEMPOTENCY_IN_FLIGHT")
          && attempt < 5) {
        const wait = Math.min(60, Number(response.headers.get("Retry-After")) || 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        continue;
      }
      if (problem.code === "BATCH_INVALID") {
        const issues = ((problem.details && problem.details.issues) || []).slice(0, 5)
          .map((i) => "row " + (batch.sourceRows[i.row] + 1) + " " + i.column + " " + i.code);
        throw new Error("BATCH_INVALID: " + issues.join(", "));
      }
      throw new Error(problem.code || "HTTP " + response.status);
    }
  }

  /** The only request of callback mode: counts and names, never cell content. */
  async sendMetadata(status) {
    if (!this.options.relayUrl || !this.loaded) return;
    const s = this.summary || { rows: this.loaded.parsed.rows, errorRows: 0 };
    const record = {
      importId: this.importId,
      importerKey: this.options.importerKey || null,
      fileName: this.loaded.fileName,
      rows: s.rows,
      columns: this.columns ? this.columns.length : this.loaded.parsed.headers.length,
      errors: s.errorRows,
      // once submitted: rows handed over, and rows the policy left out
      importedRows: this.submitted ? this.importedRows : undefined,
      excludedRows: this.submitted ? this.excludedRows : undefined,
      status,
      date: new Date().toISOString(),
      userId: this.options.user && this.options.user.id !== undefined ? String(this.options.user.id) : null,
      // minted by the host's backend: lets the relay vouch for the user (docs/api.md, user tokens)
      userToken: this.options.userToken || undefined,
      metadata: this.options.metadata || {},
    };
    try {
      await fetch(new URL("v1/widget/imports", this.relayBase()), {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Sluice-Importer-Key": this.options.importerKey || "",
          "Idempotency-Key": this.importId + ":" + status },
        body: JSON.stringify(record),
        keepalive: true,
      });
    } catch (e) {
      console.warn("Sluice: the import record could not be sent", e && e.name);
    }
  }

  download(text, name) {
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
}
