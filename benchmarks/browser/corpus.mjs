// What the Node measurement tools share: a corpus file as the widget's worker has it, and a
// benchmark schema.
import { readFileSync } from "node:fs";

/**
 * The file's text in the pieces the worker feeds the engine: 65,472 bytes decoded at a time, one
 * after the other (flat strings; slices of one large string would each read through their
 * parent, more slowly), and how many chars they hold.
 */
export function workerPieces(dir, corpus) {
  const bytes = readFileSync(`${dir}/${corpus}.csv`);
  const decoder = new TextDecoder();
  const slices = [];
  for (let at = 0; at < bytes.length; at += 65472) {
    slices.push(decoder.decode(bytes.subarray(at, at + 65472), { stream: true }));
  }
  slices.push(decoder.decode());
  return { slices, chars: slices.reduce((n, s) => n + s.length, 0) };
}

/** A schema of benchmarks/src/main/resources/bench/schemas. */
export function benchSchema(name) {
  return JSON.parse(readFileSync(new URL(
    `../src/main/resources/bench/schemas/${name}.json`, import.meta.url)));
}
