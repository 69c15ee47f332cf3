// csv-spectrum's cases (npm package csv-spectrum: csvs/NAME.csv and json/NAME.json, the rows as
// objects keyed by the header) read by Sluice's CLI (bin/sluice parse), one line a case: ok, or
// what differs. A check of the parser against a peer suite, not a test: the suite is not in this
// repository. Build the CLI first (mvn -B -q install -DskipTests), then:
//
//   (cd /tmp && npm pack csv-spectrum@2.0.0 && tar xzf csv-spectrum-2.0.0.tgz)
//   node benchmarks/peers/csv-spectrum.mjs /tmp/package
import { readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const sluice = new URL("../../bin/sluice", import.meta.url).pathname;
const [dir = "/tmp/package"] = process.argv.slice(2);
let differ = 0;
const names = readdirSync(`${dir}/csvs`).filter((f) => f.endsWith(".csv"));
for (const file of names) {
  const name = file.slice(0, -4);
  const expected = JSON.parse(readFileSync(`${dir}/json/${name}.json`, "utf8"));
  const r = spawnSync(sluice, ["parse", `${dir}/csvs/${file}`], { encoding: "utf8" });
  if (r.status !== 0) {
    differ++;
    console.log(`${name}: exit ${r.status}: ${r.stderr.trim()}`);
    continue;
  }
  const [header, ...rows] = JSON.parse(r.stdout);
  const got = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
  if (JSON.stringify(got) === JSON.stringify(expected)) {
    console.log(`${name}: ok`);
  } else {
    differ++;
    console.log(`${name}: differs\n  sluice   ${JSON.stringify(got)}\n  expected ${JSON.stringify(expected)}`);
  }
}
console.log(`${names.length} cases, ${differ} differ`);
