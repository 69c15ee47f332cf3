// What the Chrome trace tools share: reading a trace's events.
import { readFileSync } from "node:fs";

/** The events of a Chrome trace file, also of one cut short at its duration (no closing "]}"). */
export function traceEvents(file) {
  const text = readFileSync(file, "utf8");
  let trace;
  try {
    trace = JSON.parse(text);
  } catch {
    trace = JSON.parse(text.replace(/,\s*$/, "") + "]}");
  }
  return trace.traceEvents || trace;
}
