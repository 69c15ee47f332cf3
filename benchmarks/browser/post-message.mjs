// What a worker's postMessage costs in Chromium itself for the hand-over's text (issue 18): a
// chunk's values as a string (decoded in the worker, cloned: serialised there, read back on the
// page) against the same values as UTF-8 bytes (copied out of a buffer the worker keeps, the copy
// transferred, decoded on the page), as sluice-worker.js's packBatch and sluice.js's unpack do
// since session 32. The worker posts CHUNKS chunks of CHUNK_KB kilobytes of ASCII rows; each way in
// turn, ROUNDS times; ms on the worker's side (making the message + postMessage) and the page's
// (reading it into a string), and from the request to the last chunk read. Serves the page on
// loopback and runs headless Chromium (/usr/bin/chromium). A measurement tool, not a test.
//
//   node benchmarks/browser/post-message.mjs [CHUNKS=200] [CHUNK_KB=530] [ROUNDS=3]
import http from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [chunks = "200", chunkKb = "530", rounds = "3"] = process.argv.slice(2);

const worker = `
const line = "12345,Jane,Doe,jane.doe@example.com,+15551234567,https://example.com,true,123.45,pro,US\\n";
const kept = new TextEncoder().encode(line.repeat(Math.ceil(${+chunkKb} * 1024 / line.length)));
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
self.onmessage = (e) => {
  const way = e.data;
  let make = 0, post = 0;
  for (let c = 0; c < ${+chunks}; c++) {
    const t0 = performance.now();
    const bytes = kept.subarray(0, kept.length - c);
    let message, transfer = [];
    if (way === "string") {
      message = { text: UTF8.decode(bytes) };
    } else {
      const copy = bytes.slice();
      message = { bytes: copy };
      transfer = [copy.buffer];
    }
    const t1 = performance.now();
    self.postMessage(message, transfer);
    const t2 = performance.now();
    make += t1 - t0;
    post += t2 - t1;
  }
  self.postMessage({ done: true, make, post });
};`;

const page = `<!doctype html><meta charset="utf-8"><script>
const worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(worker)}], { type: "text/javascript" })));
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
const ways = [];
for (let r = 0; r < ${+rounds}; r++) ways.push("string", "bytes");
const lines = [];
function run(i) {
  if (i === ways.length) {
    fetch("/result", { method: "POST", body: lines.join("\\n") });
    return;
  }
  const started = performance.now();
  let read = 0, chars = 0;
  worker.onmessage = (e) => {
    const t = performance.now();
    if (e.data.done) {
      lines.push(JSON.stringify({ way: ways[i], workerMake: Math.round(e.data.make),
        workerPost: Math.round(e.data.post), worker: Math.round(e.data.make + e.data.post),
        pageRead: Math.round(read), total: Math.round(t - started), chars }));
      run(i + 1);
      return;
    }
    const text = e.data.text !== undefined ? e.data.text : UTF8.decode(e.data.bytes);
    chars += text.length;
    read += performance.now() - t;
  };
  worker.postMessage(ways[i]);
}
run(0);
</script>`;

const profile = mkdtempSync(join(tmpdir(), "sluice-post-message-"));
let chromium;
const server = http.createServer((req, res) => {
  if (req.method === "POST") {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      console.log(body);
      res.end();
      chromium.on("exit", () => rmSync(profile, { recursive: true, force: true }));
      chromium.kill();
      server.close();
    });
    return;
  }
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(page);
});
server.listen(0, "127.0.0.1", () => {
  chromium = spawn("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu",
    `--user-data-dir=${profile}`, `http://127.0.0.1:${server.address().port}/`], { stdio: "ignore" });
});
