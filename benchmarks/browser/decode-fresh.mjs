// What decoding a file into strings the worker keeps costs in Chromium, into memory the process
// has not touched before against memory it touched and freed: the first MIB MiB of FILE decoded as
// sluice-worker.js decodes (TextDecoder, pieces of 65,472 bytes, stream), the strings kept; then
// dropped, collected and decoded again; then the same bytes with every byte over 127 made ASCII.
// For each pass, ms a MiB in the worker and the fresh pages its thread took (minor faults, read
// from /proc while the worker runs: Linux only). On the benchmark machines a fresh 4 KiB page
// costs 12-22 us (first-touch.mjs), and the first pass pays about a page per 4 KiB of text.
// Serves the page on loopback and runs headless Chromium (/usr/bin/chromium). A measurement tool
// for issue 18, not a test.
//
//   node benchmarks/browser/decode-fresh.mjs /tmp/corpus/customers_1m.csv [MIB=48]
import http from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [file, mib = "48"] = process.argv.slice(2);
const data = readFileSync(file).subarray(0, +mib << 20);

const worker = `
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const PIECE = 65472;
function decodeKept(bytes) {
  const decoder = new TextDecoder("utf-8");
  const kept = [];
  for (let i = 0; i < bytes.length; i += PIECE) {
    kept.push(decoder.decode(bytes.subarray(i, i + PIECE), { stream: true }));
  }
  kept.push(decoder.decode());
  return kept;
}
self.onmessage = async (e) => {
  const mixed = new Uint8Array(e.data);
  const ascii = mixed.map((b) => (b > 127 ? 120 : b));
  const passes = [];
  const pass = async (name, bytes) => {
    // what was dropped before this pass collected (Chromium started with --expose-gc)
    if (self.gc) self.gc();
    await sleep(1000);
    const from = Date.now();
    const began = performance.now();
    const strings = decodeKept(bytes);
    const ms = performance.now() - began;
    passes.push({ name, from, to: Date.now(), msPerMiB: ms / (bytes.length / 1048576),
      chars: strings.reduce((n, s) => n + s.length, 0) });
    await sleep(300);
    return strings;
  };
  let first = await pass("as written, fresh", mixed);
  first = null; // its memory is free for the next pass
  const second = await pass("as written, reused", mixed);
  let third = await pass("ASCII, fresh", ascii); // the second's strings still held
  third = null;
  const fourth = await pass("ASCII, reused", ascii);
  self.postMessage({ passes, held: second.length + fourth.length });
};`;

const page = `<!doctype html><meta charset="utf-8"><script>
const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(worker)}], { type: "text/javascript" })));
fetch("/data").then((r) => r.arrayBuffer()).then((buffer) => {
  worker.onmessage = (e) => fetch("/result", { method: "POST", body: JSON.stringify(e.data) });
  worker.postMessage(buffer, [buffer]);
});
</script>`;

// [time, minor faults] of the renderers' dedicated worker threads, every 50 ms
const readings = [];
function workerFaults() {
  let sum = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "latin1").includes(profile)) continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, "latin1").includes("--type=renderer")) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "latin1");
        if (!stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).startsWith("DedicatedWorker")) continue;
        sum += Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[7]);
      }
    } catch (e) {
      // the process or thread ended
    }
  }
  return sum;
}
const at = (t) => readings.filter(([time]) => time <= t).pop()?.[1] ?? 0;

const profile = mkdtempSync(join(tmpdir(), "sluice-decode-fresh-"));
let chromium;
const sampler = setInterval(() => readings.push([Date.now(), workerFaults()]), 50);
const server = http.createServer((req, res) => {
  if (req.method === "POST") {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      res.end();
      setTimeout(() => {
        clearInterval(sampler);
        for (const p of JSON.parse(body).passes) {
          const pages = at(p.to + 100) - at(p.from - 1);
          console.log(`${p.name}: ${p.msPerMiB.toFixed(2)} ms a MiB, ${pages} fresh pages of the `
            + `worker (${(pages * 4096 / (data.length || 1)).toFixed(2)} bytes a byte of the file), `
            + `${p.chars} chars`);
        }
        chromium.on("exit", () => rmSync(profile, { recursive: true, force: true }));
        chromium.kill();
        server.close();
      }, 300);
    });
    return;
  }
  if (req.url === "/data") {
    res.end(data);
    return;
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(page);
});
server.listen(0, "127.0.0.1", () => {
  chromium = spawn("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu",
    "--js-flags=--expose-gc", `--user-data-dir=${profile}`, `http://127.0.0.1:${server.address().port}/`], { stdio: "ignore" });
});
