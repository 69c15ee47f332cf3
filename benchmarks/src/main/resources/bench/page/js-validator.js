// A hand-written JavaScript validator for the benchmark schemas, as a team without Sluice might
// write one over uDSV's rows of strings: a regular expression, a Map or a Set per cell, native
// String methods, no objects per cell beyond the strings the parser made. It answers what
// validating a schema by hand in plain JavaScript costs against issue 18's "parse + validate >=
// 0.5x uDSV": the peer of sluice-parse-validate in BrowserParsePeers' page ("udsv-js-validate")
// and in benchmarks/browser/js-validate.mjs.
//
// It checks less than Sluice, so its time is a lower bound for the same work: numbers are plain
// digits with one decimal separator (no grouping, no signs other than '-', no exponents), phones
// are 8-15 digits with the usual separators (no numbering plans), emails have ASCII host names,
// countries are the English names and alpha-2 codes of Intl.DisplayNames and the alpha-3 codes
// (no local names, no misspellings), dates read only the pattern letters the benchmark schemas
// use, spaces inside a value are not collapsed (only trimmed), no suggestions or messages are
// made, and a hashed column is not hashed (the browser has no synchronous SHA-256). Error rows are
// counted, not reported.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december"];

function daysIn(year, month) {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28)
    : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// A date format of the benchmark schemas as a regular expression, and which of its groups hold
// the year, the month (as a number, an abbreviation or a name) and the day.
function datePattern(format) {
  let source = "^";
  const groups = [];
  for (const token of format.match(/u+|M+|d+|[^uMd]+/g)) {
    if (token === "uuuu") source += "(\\d{4})";
    else if (token === "MM") source += "(\\d{2})";
    else if (token === "M") source += "(\\d{1,2})";
    else if (token === "MMM") source += "([A-Za-z]{3})";
    else if (token === "MMMM") source += "([A-Za-z]{3,9})";
    else if (token === "dd") source += "(\\d{2})";
    else if (token === "d") source += "(\\d{1,2})";
    else if (/^[uMd]/.test(token)) throw new Error(`date format ${format}: ${token} not read here`);
    else source += token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (/^[uMd]/.test(token)) groups.push(token);
  }
  return { regex: new RegExp(source + "$"), year: groups.indexOf("uuuu") + 1,
    month: Math.max(groups.indexOf("MM"), groups.indexOf("M")) + 1,
    abbreviation: groups.indexOf("MMM") + 1, name: groups.indexOf("MMMM") + 1,
    day: Math.max(groups.indexOf("dd"), groups.indexOf("d")) + 1 };
}

function dateCheck(formats) {
  const patterns = (formats ?? ["uuuu-MM-dd"]).map(datePattern);
  return (v) => {
    for (const p of patterns) {
      const g = p.regex.exec(v);
      if (!g) continue;
      const month = p.month ? Number(g[p.month])
        : p.abbreviation ? MONTHS.indexOf(g[p.abbreviation].toLowerCase()) + 1
          : MONTH_NAMES.indexOf(g[p.name].toLowerCase()) + 1;
      const day = Number(g[p.day]);
      const year = Number(g[p.year]);
      return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    }
    return false;
  };
}

function numberCheck(type, integer) {
  const sep = type.decimalSeparator ?? ".";
  const escaped = sep.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const currency = type.name === "currency";
  const shape = integer ? /^-?\d{1,15}$/
    : new RegExp(`^${currency ? "[$€£]?" : ""}-?\\d{1,15}(${escaped}\\d+)?$`);
  const min = type.min ?? -Infinity;
  const max = type.max ?? Infinity;
  return (v) => {
    if (!shape.test(v)) return false;
    let n = v;
    if (currency && (v.charCodeAt(0) < 48 || v.charCodeAt(0) > 57) && v.charCodeAt(0) !== 45) {
      n = v.slice(1);
    }
    if (sep !== ".") n = n.replace(sep, ".");
    n = Number(n);
    return n >= min && n <= max;
  };
}

// the alpha-3 codes of ISO 3166-1, as the JDK lists them (Locale.getISO3Country)
const ALPHA3 = "ANDAREAFGATGAIAALBARMAGOATAARGASMAUTAUSABWALAAZEBIHBRBBGDBELBFABGRBHRBDIBENBLMBMUBRNBOLBES"
  + "BRABHSBTNBVTBWABLRBLZCANCCKCODCAFCOGCHECIVCOKCHLCMRCHNCOLCRICUBCPVCUWCXRCYPCZEDEUDJIDNKDMA"
  + "DOMDZAECUESTEGYESHERIESPETHFINFJIFLKFSMFROFRAGABGBRGRDGEOGUFGGYGHAGIBGRLGMBGINGLPGNQGRCSGS"
  + "GTMGUMGNBGUYHKGHMDHNDHRVHTIHUNIDNIRLISRIMNINDIOTIRQIRNISLITAJEYJAMJORJPNKENKGZKHMKIRCOMKNA"
  + "PRKKORKWTCYMKAZLAOLBNLCALIELKALBRLSOLTULUXLVALBYMARMCOMDAMNEMAFMDGMHLMKDMLIMMRMNGMACMNPMTQ"
  + "MRTMSRMLTMUSMDVMWIMEXMYSMOZNAMNCLNERNFKNGANICNLDNORNPLNRUNIUNZLOMNPANPERPYFPNGPHLPAKPOLSPM"
  + "PCNPRIPSEPRTPLWPRYQATREUROUSRBRUSRWASAUSLBSYCSDNSWESGPSHNSVNSJMSVKSLESMRSENSOMSURSSDSTPSLV"
  + "SXMSYRSWZTCATCDATFTGOTHATJKTKLTLSTKMTUNTONTURTTOTUVTWNTZAUKRUGAUMIUSAURYUZBVATVCTVENVGBVIR"
  + "VNMVUTWLFWSMYEMMYTZAFZMBZWE";

let countries = null;
function countryMap() {
  if (countries) return countries;
  countries = new Map();
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const A = 65;
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const code = String.fromCharCode(A + a, A + b);
      const name = names.of(code);
      if (name && name !== code) {
        countries.set(code, code);
        countries.set(name.toLowerCase(), code);
      }
    }
  }
  for (let i = 0; i < ALPHA3.length; i += 3) {
    countries.set(ALPHA3.slice(i, i + 3), ALPHA3.slice(i, i + 3));
  }
  return countries;
}

// local parts in any script's letters (josé.7@example.org), host names in ASCII
const EMAIL = /^[\p{L}\p{N}._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/u;
const URL_SHAPE = /^(https?:\/\/)?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+(\/[^\s"<>\\`]*)?$/;
const PHONE_SHAPE = /^\+?[0-9 ().\/-]{7,24}$/;
// the usual words for yes and no (Sluice's list is longer and has other languages')
const BOOLEANS = ["true", "false", "t", "f", "yes", "no", "y", "n", "1", "0", "x", "on", "off"];
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

// One column's check of a trimmed, non-blank value: true when valid. Its normal form, where the
// column is unique, is the value or (emails) the value lower-cased.
function typeCheck(type) {
  const t = typeof type === "string" ? { name: type } : type ?? { name: "text" };
  switch (t.name) {
    case "text": {
      const pattern = t.pattern ? new RegExp(t.pattern) : null;
      const min = t.minLength ?? 0;
      const max = t.maxLength ?? Infinity;
      return (v) => v.length >= min && v.length <= max && (!pattern || pattern.test(v));
    }
    case "integer": return numberCheck(t, true);
    case "decimal":
    case "currency": return numberCheck(t, false);
    case "email": return (v) => EMAIL.test(v) && !v.includes("..");
    case "url": return (v) => URL_SHAPE.test(v);
    case "phone": return (v) => {
      if (!PHONE_SHAPE.test(v)) return false;
      let digits = 0;
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      return digits >= 8 && digits <= 15;
    };
    case "date": return dateCheck(t.formats);
    case "enum": {
      const options = new Set();
      for (const o of t.options) {
        const option = typeof o === "string" ? { value: o, label: o } : o;
        options.add(option.value.toLowerCase());
        options.add(option.label.toLowerCase());
      }
      return (v) => options.has(v.toLowerCase());
    }
    case "country": {
      const map = countryMap();
      return (v) => map.has(v) || map.has(v.toLowerCase()) || map.has(v.toUpperCase());
    }
    case "uuid": return (v) => UUID.test(v);
    case "boolean": {
      const words = new Set([...(t.trueValues ?? BOOLEANS), ...(t.falseValues ?? [])]
        .map((w) => w.toLowerCase()));
      return (v) => words.has(v.toLowerCase());
    }
    default: throw new Error(`type ${t.name} not checked here`);
  }
}

/**
 * A validator of uDSV's data rows for a benchmark schema: the schema's columns are found by
 * their labels among the header's names (uDSV's inferred schema has them); returns a function of
 * the header and the rows that answers how many rows have an error.
 */
export function jsValidator(schema) {
  const columns = schema.columns.map((c) => ({
    label: c.label.toLowerCase(),
    check: typeCheck(c.type),
    trim: (c.transforms ?? []).includes("trim") || (c.type ?? "text") !== "text",
    required: c.allowBlank === false || c.required === true,
    unique: c.unique === true,
    lower: (typeof c.type === "string" ? c.type : c.type?.name) === "email",
  }));
  return (names, rows) => {
    const header = names.map((h) => h.trim().toLowerCase());
    const at = columns.map((c) => header.indexOf(c.label));
    const seen = columns.map((c) => (c.unique ? new Set() : null));
    let errorRows = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row.length === 1 && row[0] === "") continue; // a final empty line
      let bad = false;
      for (let k = 0; k < columns.length; k++) {
        const c = columns[k];
        const raw = at[k] < 0 ? "" : row[at[k]] ?? "";
        const v = c.trim ? raw.trim() : raw;
        if (v === "") {
          bad ||= c.required;
          continue;
        }
        if (!c.check(v)) {
          bad = true;
          continue;
        }
        if (c.unique) {
          const key = c.lower ? v.toLowerCase() : v;
          if (seen[k].has(key)) bad = true;
          else seen[k].add(key);
        }
      }
      if (bad) errorRows++;
    }
    return errorRows;
  };
}
