// What non-ASCII text costs a column that asks a char's Unicode categories per char (a title-cased
// column: a letter starts a word or not), in the TeaVM-compiled core run by Node's V8: 200,000
// cells of Cyrillic, Greek, Polish, Turkish and Chinese names validated and handed over, seven
// rounds, median in ms. A measurement tool for issue 18 (the browser's CharCategories), not a test.
//
//   ENGINE=browser/target/classes/sluice/sluice-engine.js node benchmarks/browser/title-case.mjs
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
const ENGINE = process.env.ENGINE || "browser/target/classes/sluice/sluice-engine.js";
const engine = await import(pathToFileURL(resolve(ENGINE)).href);
const names = ["иван петров", "мария иванова", "σωκράτης παππάς", "łukasz żółć", "ömer çelik", "张伟"];
let csv = "name\n";
for (let i = 0; i < 200000; i++) csv += names[i % names.length] + " " + (i % 97) + "\n";
const schema = {version: 1, name: "t", columns: [{key: "name", label: "name", transforms: ["title"]}]};
const times = [];
for (let r = 0; r < 7; r++) {
  JSON.parse(engine.start(schema, "en", 0));
  engine.beginParse(",", "\"", 0);
  engine.expectChars(csv.length);
  engine.feed(csv);
  engine.finishParse();
  engine.suggestMapping(null);
  engine.applyMapping(["name"]);
  const t = performance.now();
  engine.validate();
  engine.prepareSubmit();
  engine.batch(0, 200000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(ENGINE, "validate+handover median", times[3].toFixed(0), "ms");
