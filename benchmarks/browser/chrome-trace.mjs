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

/**
 * The self time (µs) of each event name among one thread's complete events: an event's duration
 * less its direct children's. The spans are sorted here by start, the longer first at a tie.
 */
export function selfTimes(spans) {
  spans.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const open = [];
  for (const e of spans) {
    while (open.length && open[open.length - 1].ts + open[open.length - 1].dur <= e.ts) open.pop();
    if (open.length) {
      const parent = open[open.length - 1].name;
      self.set(parent, (self.get(parent) || 0) - e.dur);
    }
    self.set(e.name, (self.get(e.name) || 0) + e.dur);
    open.push(e);
  }
  return self;
}

/**
 * A window of BrowserImportBenchmark's run in a trace's clock (µs): from {@code fromMs} to {@code
 * toMs} after the page's sluice-bench-start mark.
 */
export function benchWindow(events, fromMs, toMs) {
  const start = events.find((e) => e.name === "sluice-bench-start");
  if (!start) throw new Error("no sluice-bench-start mark in the trace");
  return { from: start.ts + Number(fromMs) * 1000, to: start.ts + Number(toMs) * 1000 };
}

/**
 * The trace's metadata: each thread's name by "pid:tid" and each process's by pid (the page's
 * main thread is CrRendererMain, a renderer process Renderer).
 */
export function traceNames(events) {
  const threads = new Map();
  const processes = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.ph === "M" && e.name === "process_name") processes.set(e.pid, e.args.name);
  }
  return { threads, processes };
}
