// Writes DIR/dates.csv: 100,000 rows of one date in three columns (3/14/2024, 14.03.2024 and ISO),
// the same file on every run, for schema dates_default (date columns without formats: each cell
// that is not ISO is tried against every default format); and DIR/datetimes.csv: the same rows'
// moments in three datetime columns (ISO with T and an offset, BigQuery's `... UTC`, US Excel's
// `3/14/2024 9:30 AM`) for schema datetimes_default. A measurement tool, not a test.
//
//   node benchmarks/browser/dates-corpus.mjs /tmp/corpus
//   node --expose-gc benchmarks/browser/engine-ab.mjs /tmp/corpus dates dates_default 30 \
//     BASE/sluice-engine.js browser/target/classes/sluice/sluice-engine.js
//   node --expose-gc benchmarks/browser/engine-ab.mjs /tmp/corpus datetimes datetimes_default 30 \
//     BASE/sluice-engine.js browser/target/classes/sluice/sluice-engine.js
import { writeFileSync } from "node:fs";

const [dir = "/tmp/corpus"] = process.argv.slice(2);
let seed = 3;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const first = Date.UTC(2015, 0, 1);
const lines = ["id,us,eu,iso"];
const moments = ["id,iso,utc,us"];
const two = (n) => String(n).padStart(2, "0");
for (let i = 0; i < 100000; i++) {
  const d = new Date(first + (next() % 3650) * 86400000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  lines.push(`${i},${m}/${day}/${y},${two(day)}.${two(m)}.${y},${y}-${two(m)}-${two(day)}`);
  const [h, min, s] = [next() % 24, next() % 60, next() % 60];
  const iso = `${y}-${two(m)}-${two(day)}`;
  moments.push(`${i},${iso}T${two(h)}:${two(min)}:${two(s)}+01:00,${iso} ${two(h)}:${two(min)}:${two(s)} UTC,`
    + `${m}/${day}/${y} ${h % 12 || 12}:${two(min)} ${h < 12 ? "AM" : "PM"}`);
}
writeFileSync(`${dir}/dates.csv`, lines.join("\n") + "\n");
writeFileSync(`${dir}/datetimes.csv`, moments.join("\n") + "\n");
