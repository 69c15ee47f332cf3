// A unique column at its worst in the browser engine: the TeaVM-compiled core (sluice-engine.js)
// in Node's V8 loads customers 1M as the worker does, validates it, sets every email to one value
// through the review step's own call (engine.operate "set": one undoable step), edits one cell
// inside the million-member group that makes, and undoes both. A measurement tool for issue 18, not
// a test; one run, wall time.
//
//   node --max-old-space-size=8000 benchmarks/browser/big-group.mjs /tmp/corpus customers_1m
//   ENGINE=path/to/sluice-engine.js node ... measures another build (its sluice-regex.js beside it)
import { readFileSync } from "node:fs";

const [dir, corpus] = process.argv.slice(2);
const ENGINE = process.env.ENGINE ? new URL(process.env.ENGINE, `file://${process.cwd()}/`)
  : new URL("../../browser/target/classes/sluice/sluice-engine.js", import.meta.url);
const engine = await import(ENGINE);
engine.useRegex(await import(new URL("sluice-regex.js", ENGINE)));
const schema = JSON.parse(readFileSync(new URL("../src/main/resources/bench/schemas/customers.json",
  import.meta.url)));
const bytes = readFileSync(`${dir}/${corpus}.csv`);
const decoder = new TextDecoder();
engine.start(schema, "en", 0);
engine.beginParse(",", "\"", 0);
engine.expectChars(bytes.length);
for (let at = 0; at < bytes.length; at += 4 << 20) {
  engine.feed(decoder.decode(bytes.subarray(at, at + (4 << 20)), { stream: true }));
}
engine.feed(decoder.decode());
engine.finishParse();
engine.suggestMapping(null);
engine.applyMapping(schema.columns.map((c) => c.key));
engine.validate();
const timed = (f) => { const t = performance.now(); const r = f(); return [performance.now() - t, r]; };
const [set, answer] = timed(() => JSON.parse(engine.operate("set", ["email", "same@example.com"], false)));
const [edit] = timed(() => engine.edit(5, "email", "five@example.com"));
const [undoEdit] = timed(() => engine.undo());
const [undoSet] = timed(() => engine.undo());
console.log(`emails set to one value: ${set.toFixed(0)} ms (${answer.errorRows} rows with errors); `
  + `one edit inside the group ${edit.toFixed(0)} ms; undo of the edit ${undoEdit.toFixed(0)} ms, `
  + `of the set ${undoSet.toFixed(0)} ms`);
