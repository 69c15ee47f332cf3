#!/usr/bin/env bash
# Issue 18's optional experiment: the engine compiled to WebAssembly with GC beside the JavaScript
# build, measured two ways (a measurement tool, not a test; nothing of it is shipped).
#
#   bash benchmarks/browser/wasm-gc.sh build
#       builds browser/target/wasm-gc (mvn -Pwasm-experiment) and the usual JavaScript build; the
#       side by side then runs the Wasm GC engine too:
#       java -cp "benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)" \
#         dev.sluice.bench.browser.BrowserParsePeers
#   bash benchmarks/browser/wasm-gc.sh widget [RUNS] [-Dname=value ...]
#       after build: BrowserImportBenchmark (1M customers, one worker, confirmed at once) with the
#       worker on each engine, alternating run by run; prints each run's summary line
#
# Wasm GC exports need a main method in the exporting class, and in the JavaScript build a main
# adds TeaVM's start-up code (1.5 KB) to the engine: WorkerApi gets one only while this builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
api=browser/src/main/java/dev/sluice/browser/WorkerApi.java
out=browser/target/classes/sluice

build() {
  cp "$api" /tmp/WorkerApi.java.orig
  trap 'cp /tmp/WorkerApi.java.orig "$api"' EXIT
  python3 - "$api" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
anchor = "  private WorkerApi() {}\n"
if anchor not in s:
    sys.exit("WorkerApi has no private constructor to put main after")
open(p, "w").write(s.replace(anchor, anchor + "\n  public static void main(String[] args) {}\n", 1))
PY
  mvn -B -q -o -Pwasm-experiment install -pl core,core-jvm,browser -DskipTests
  cp /tmp/WorkerApi.java.orig "$api"
  trap - EXIT
  # the JavaScript engine again without main; target/wasm-gc stays
  mvn -B -q -o install -pl core,core-jvm,browser,benchmarks -DskipTests
  ls -l browser/target/wasm-gc/sluice-engine-gc.wasm
}

widget() {
  local runs=${1:-3}
  shift || true
  test -f browser/target/wasm-gc/sluice-engine-gc.wasm || { echo "run: $0 build"; exit 2; }
  cp "$out/sluice-worker.js" /tmp/sluice-worker-js.js
  cp browser/target/wasm-gc/sluice-engine-gc.wasm \
    browser/target/wasm-gc/org/teavm/backend/wasm/wasm-gc-module-runtime.js "$out/"
  # the built worker with its engine from TeaVM's loader; messages wait for the instance
  node -e '
const fs = require("fs");
let s = fs.readFileSync("/tmp/sluice-worker-js.js", "utf8");
const from = "import * as engine from \"./sluice-engine.js\";";
const at = "const { id, method, args } = event.data;";
if (!s.includes(from) || !s.includes(at)) throw new Error("the worker changed: update wasm-gc.sh");
// (the worker has a load function of its own)
s = s.replace(from, "import { load as loadWasmGc } from \"./wasm-gc-module-runtime.js\";\n"
  + "let engine = null;\nconst engineReady = fetch(new URL(\"./sluice-engine-gc.wasm\", import.meta.url))"
  + ".then((r) => r.arrayBuffer()).then((b) => loadWasmGc(b)).then((t) => { engine = t.exports; });");
s = s.replace(at, at + "\n  await engineReady;");
fs.writeFileSync("/tmp/sluice-worker-wasm-gc.js", s);'
  trap 'cp /tmp/sluice-worker-js.js "$out/sluice-worker.js"; rm -f "$out/sluice-engine-gc.wasm" "$out/wasm-gc-module-runtime.js"' EXIT
  for ((i = 1; i <= runs; i++)); do
    for engine in js wasm-gc; do
      cp "/tmp/sluice-worker-$engine.js" "$out/sluice-worker.js"
      touch "$out/sluice-worker.js" # newer than its source: the build's resource copy keeps it
      local log=/tmp/wasm-gc-widget-$engine-$i.log
      mvn -B -o -pl core,core-jvm,browser test -Dsurefire.failIfNoSpecifiedTests=false \
        -Dsluice.excludedGroups= -Dgroups=benchmark -Dtest=BrowserImportBenchmark \
        -Drows=1000000 -Dworkers=1 -Dthink=0 "$@" > "$log" 2>&1 \
        || { echo "$engine run $i failed: $log"; exit 1; }
      echo "$engine $i: $(grep -o 'worker load+parse.*' "$log" | head -1)"
    done
  done
}

case "${1:-}" in
  build) build ;;
  widget) shift; widget "$@" ;;
  *) echo "usage: $0 build | widget [RUNS] [-Dname=value ...]"; exit 2 ;;
esac
