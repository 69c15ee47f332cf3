#!/usr/bin/env bash
# Runs BrowserImportBenchmark (a 1M-row file through the real widget in headless Chromium, one
# worker, the person clicking the moment each step shows) RUNS times on the current build and
# prints each run's figures and their medians: file chosen to grid, click Import to done, worker
# load + parse, map + validate on confirming, the longest main-thread task and the workers' memory
# against the file. One run is not a reading on these machines (the same build drew Import
# 1.2-2.2 s in session 43); the issue's targets are read from the medians. A measurement tool for
# issue 18, not a test.
#
#   benchmarks/import-1m.sh 7 /tmp/corpus/customers_1m.csv
#   benchmarks/import-1m.sh 7 /tmp/corpus/contacts_mixed_1m.csv contacts_mixed
set -euo pipefail
runs="${1:?usage: import-1m.sh RUNS FILE [SCHEMA]}"
file="${2:?usage: import-1m.sh RUNS FILE [SCHEMA]}"
schema="${3:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
for i in $(seq 1 "$runs"); do
  (cd "$root" && mvn -B -o -pl core,core-jvm,browser test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsluice.excludedGroups= -Dgroups=benchmark -Dtest=BrowserImportBenchmark -Drows=1000000 \
    -Dworkers=1 -Dthink=0 -Dfile="$file" ${schema:+-Dschema=$schema} > "$out/run-$i.log" 2>&1) || {
    echo "run $i failed: $out/run-$i.log" >&2
    exit 1
  }
done
python3 - "$out" "$runs" <<'EOF'
import re, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
fields = [
    ("grid s", r"file chosen to grid (\d+) ms", 1000),
    ("Import s", r"click Import to done (\d+) ms", 1000),
    ("load+parse ms", r"worker load\+parse (\d+) ms", 1),
    ("validate ms", r"map\+validate on confirming (\d+) ms", 1),
    ("longest task ms", r"longest main-thread task (\d+) ms", 1),
    ("workers' memory x", r"workers' memory at the grid \+\d+ MiB \(([\d.]+)x", 1),
]
rows = []
for i in range(1, runs + 1):
    text = open(f"{out}/run-{i}.log").read()
    row = []
    for name, pattern, scale in fields:
        m = re.search(pattern, text)
        row.append(float(m.group(1)) / scale if m else float("nan"))
    rows.append(row)
print(" | ".join(name for name, _, _ in fields))
for row in rows:
    print(" | ".join(f"{v:.2f}" if v < 100 else f"{v:.0f}" for v in row))
medians = [statistics.median(col) for col in zip(*rows)]
print("median: " + " | ".join(f"{v:.2f}" if v < 100 else f"{v:.0f}" for v in medians))
print(f"logs: {out}")
EOF
