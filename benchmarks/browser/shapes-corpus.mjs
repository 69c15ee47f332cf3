// Writes DIR/money.csv, DIR/uuids.csv and DIR/rates.csv, 100,000 rows each, the same files on
// every run, for the bench schemas money, uuids and rates: cells in the shapes exports write that are not the
// benchmark corpus's plain ones (amounts with a symbol and groups, 15 808,53 € with no-break
// spaces, integers with thousands separators, a decimal column with no declared separator; GUIDs
// in upper case as SQL Server writes them, and lower case; percentages as Excel writes its
// Percentage format, 15.81%). A measurement tool, not a test.
//
//   node benchmarks/browser/shapes-corpus.mjs /tmp/corpus
//   node --expose-gc benchmarks/browser/engine-ab.mjs /tmp/corpus money money 10 \
//     BASE/sluice-engine.js browser/target/classes/sluice/sluice-engine.js
//   node --expose-gc benchmarks/browser/engine-ab.mjs /tmp/corpus uuids uuids 10 \
//     BASE/sluice-engine.js browser/target/classes/sluice/sluice-engine.js
import { writeFileSync } from "node:fs";

const [dir = "/tmp/corpus"] = process.argv.slice(2);
let seed = 5;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const grouped = (n, mark) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
const money = ["id,usd,eur,count,amount"];
const uuids = ["id,upper,lower"];
const rates = ["id,rate"];
const hex = () => (next() >>> 4).toString(16).padStart(7, "0").slice(0, 6);
for (let i = 0; i < 100000; i++) {
  const cents = next() % 10000000;
  const [whole, frac] = [Math.floor(cents / 100), String(cents % 100).padStart(2, "0")];
  money.push(`${i},"$${grouped(whole, ",")}.${frac}","${grouped(whole, "\u00a0")},${frac} €",`
    + `"${grouped(next() % 5000000, ",")}",${whole}.${frac}`);
  const u = (hex() + hex() + hex() + hex() + hex() + hex()).slice(0, 32);
  const dashed = `${u.slice(0, 8)}-${u.slice(8, 12)}-4${u.slice(13, 16)}-a${u.slice(17, 20)}-${u.slice(20)}`;
  uuids.push(`${i},${dashed.toUpperCase()},${dashed}`);
  rates.push(`${i},${Math.floor(cents / 1000) / 100}%`);
}
writeFileSync(`${dir}/money.csv`, money.join("\n") + "\n");
writeFileSync(`${dir}/uuids.csv`, uuids.join("\n") + "\n");
writeFileSync(`${dir}/rates.csv`, rates.join("\n") + "\n");
