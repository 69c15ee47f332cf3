// A workbook's sheet read by the browser's engine (core compiled by TeaVM, in Node) as the worker
// reads one: the workbook opened, its sheet fed in pieces, the first row the header. Prints the
// headers and the first rows (the step's preview) as JSON, which EngineAgreesWithJvmTest compares
// with the JVM's reading of the same sheet.
//
//   node src/test/js/read-sheet.mjs target/classes/sluice/sluice-engine.js SHEET.xml
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [enginePath, sheetPath] = process.argv.slice(2);
const engine = await import(pathToFileURL(enginePath).href);
const started = JSON.parse(engine.start({ version: 1, name: "any", allowExtraColumns: true,
  columns: [{ key: "__none" }] }, "en", 0));
if (!started.ok) throw new Error(JSON.stringify(started));
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const opened = JSON.parse(engine.openWorkbook(
  `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  null));
if (!opened.ok) throw new Error(JSON.stringify(opened));
engine.feedSharedStrings(`<sst xmlns="${NS}"/>`, true);
engine.beginSheet(0);
const xml = readFileSync(sheetPath, "utf8");
for (let i = 0; i < xml.length; i += 4096) {
  const fed = JSON.parse(engine.feedSheet(xml.slice(i, i + 4096)));
  if (!fed.ok) throw new Error(JSON.stringify(fed));
}
const parsed = JSON.parse(engine.finishParse());
process.stdout.write(JSON.stringify({ headers: parsed.headers, preview: parsed.preview }));
