// Where the browser engine spends its time: the TeaVM-compiled core (sluice-engine.js) run by
// Node's V8 (the same engine as Chromium's) over a customers-like file, validating with the full
// schema and with one typed column at a time (the others plain text), so each validator's cost
// shows on its own. A measurement tool for issue 7, not a test.
//
//   mvn -q -B -DskipTests install -pl core,browser
//   node benchmarks/browser/engine-profile.mjs [rows=200000]
import * as engine from "../../browser/target/classes/sluice/sluice-engine.js";
// schemas with patterns need the pattern module, as the worker loads it
engine.useRegex(await import("../../browser/target/classes/sluice/sluice-regex.js"));
import { readFileSync } from "node:fs";

const rows = Number(process.argv[2] || 200000);
const schema = JSON.parse(readFileSync(new URL("../../browser/src/test/resources/pages/customers.schema.json", import.meta.url)));

function customers(n) {
  const FIRST = ["Anna", "Bob", "Chloé", "Dmitri", "Emre", "Fatima"];
  const LAST = ["Müller", "Smith", "García", "Nakamura", "O'Brien"];
  const CITY = ["Berlin", "\"New York, NY\"", "São Paulo", "Zürich"];
  const COUNTRY = ["DE", "US", "BR", "CH", "JP"];
  let seed = 42;
  const rnd = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const parts = ["Id,First name,Last name,Company,City,Country,Phone,Email,Subscribed,Website,Plan,Amount\n"];
  for (let i = 0; i < n; i++) {
    const first = FIRST[rnd(FIRST.length)], last = LAST[rnd(LAST.length)];
    parts.push(`${i + 1},${first},${last},"${last}, ${first} & Co",${CITY[rnd(CITY.length)]},${COUNTRY[rnd(COUNTRY.length)]},+1 (${200 + rnd(700)}) 555-${1000 + rnd(9000)},c${i}@example.com,${2015 + rnd(10)}-0${1 + rnd(9)}-1${rnd(10)},https://www.example.org/c${i},${["free", "pro", "team"][i % 3]},${rnd(100000)}.${rnd(100)}\n`);
  }
  return parts.join("");
}

const text = customers(rows);
const headers = schema.columns.map((c) => c.key);

function run(s) {
  const started = JSON.parse(engine.start(s, "en", 0));
  if (!started.ok) throw new Error(started.message);
  let t = performance.now();
  engine.beginParse(",", "\"", 0);
  for (let i = 0; i < text.length; i += 1 << 20) engine.feed(text.slice(i, i + (1 << 20)));
  engine.finishParse();
  const parse = performance.now() - t;
  engine.suggestMapping(null);
  t = performance.now();
  engine.applyMapping(headers);
  const summary = JSON.parse(engine.validate());
  return { parse, validate: performance.now() - t, errors: summary.errorRows };
}

const plain = { ...schema, columns: schema.columns.map((c) => ({ key: c.key, label: c.label })) };
run(plain); // warm-up
const base = run(plain);
console.log(`${rows} rows x 12 (${(text.length / 1048576).toFixed(0)} MiB of text)`);
console.log(`parse into the table: ${base.parse.toFixed(0)} ms`);
console.log(`validate, all columns plain text: ${base.validate.toFixed(0)} ms`);
for (const column of schema.columns) {
  const one = { ...plain, columns: plain.columns.map((c) => (c.key === column.key ? column : c)) };
  const r = run(one);
  console.log(`  + ${column.key.padEnd(11)} ${JSON.stringify(column.type || "text").slice(0, 40).padEnd(42)} ${(r.validate - base.validate).toFixed(0).padStart(6)} ms${r.errors ? "  (" + r.errors + " error rows)" : ""}`);
}
const full = run(schema);
console.log(`validate, full schema: ${full.validate.toFixed(0)} ms (${full.errors} error rows)`);
