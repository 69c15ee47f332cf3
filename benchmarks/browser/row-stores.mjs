// What making the hand-over's row objects costs in V8 by the way their values are stored: 1M rows of
// 12 columns, each a copy of one object holding the keys ({...shape}, as sluice.js's rowsOfBatch),
// filled through one keyed store site (o[cols[c]] = v, the widget's way), through twelve sites of
// one key each, or as arrays of 12 values; ms per million rows, four rounds. The values are made
// once, so this is the stores alone, without the slicing of the file's text. A measurement tool for
// issue 18 (BENCHMARKS.md, session 44), not a test.
//
//   node benchmarks/browser/row-stores.mjs
const cols = ["id", "first_name", "last_name", "company", "city", "country", "phone", "email",
  "subscribed", "website", "plan", "amount"];
const shape = {};
for (const c of cols) shape[c] = "";
const vals = Array.from({ length: 64 }, (_, i) => "val" + i);
const [k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11] = cols;
const ways = {
  "one keyed site": (rows, r) => {
    const o = { ...shape };
    for (let c = 0; c < 12; c++) o[cols[c]] = vals[(r + c) & 63];
    rows[r] = o;
  },
  "a site per key": (rows, r) => {
    const o = { ...shape };
    o[k0] = vals[r & 63]; o[k1] = vals[(r + 1) & 63]; o[k2] = vals[(r + 2) & 63];
    o[k3] = vals[(r + 3) & 63]; o[k4] = vals[(r + 4) & 63]; o[k5] = vals[(r + 5) & 63];
    o[k6] = vals[(r + 6) & 63]; o[k7] = vals[(r + 7) & 63]; o[k8] = vals[(r + 8) & 63];
    o[k9] = vals[(r + 9) & 63]; o[k10] = vals[(r + 10) & 63]; o[k11] = vals[(r + 11) & 63];
    rows[r] = o;
  },
  "arrays": (rows, r) => {
    const o = new Array(12);
    for (let c = 0; c < 12; c++) o[c] = vals[(r + c) & 63];
    rows[r] = o;
  },
};
let keep = null;
function run(way) {
  const t = performance.now();
  for (let b = 0; b < 200; b++) {
    const rows = new Array(5000);
    for (let r = 0; r < 5000; r++) way(rows, r);
    keep = rows;
  }
  return Math.round(performance.now() - t);
}
for (let round = 0; round < 4; round++) {
  console.log(Object.entries(ways).map(([name, way]) => `${name} ${run(way)} ms`).join(", "));
}
