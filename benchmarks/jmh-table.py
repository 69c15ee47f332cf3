#!/usr/bin/env python3
"""Turns a JMH JSON result of ParseBenchmark and ValidateBenchmark (run with -prof gc) into the
BENCHMARKS.md tables: MiB/s from the mean time per run, the ratio to FastCSV, and bytes allocated
per byte of input.  Usage: jmh-table.py result.json sizes.txt"""
import json, sys
results = json.load(open(sys.argv[1]))
sizes = {}
for line in open(sys.argv[2]):
    parts = line.split()
    if len(parts) >= 4:
        sizes[parts[0]] = int(parts[3])
speed, alloc = {}, {}
for r in results:
    p = r["params"]
    who = p.get("parser", "SLUICE_VALIDATE")
    speed.setdefault(p["corpus"], {})[who] = r["primaryMetric"]["score"]
    norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    if norm:
        alloc.setdefault(p["corpus"], {})[who] = norm["score"]
parsers = ["SLUICE", "FASTCSV", "UNIVOCITY", "COMMONS_CSV", "OPENCSV"]
names = ["Sluice", "FastCSV", "univocity", "Commons CSV", "OpenCSV"]
print("| corpus (MiB) | " + " | ".join(names) + " | Sluice / FastCSV | Sluice parse+validate | p+v / FastCSV |")
print("| --- | " + " | ".join("---:" for _ in parsers) + " | ---: | ---: | ---: |")
for corpus, scores in speed.items():
    mib = sizes[corpus] / 1048576
    cells = [f"{mib / (scores[p] / 1000):.0f}" if p in scores else "" for p in parsers]
    # a corpus only validated (no parser side by side) gets its parse+validate column alone
    both = "FASTCSV" in scores and "SLUICE" in scores
    ratio = f"**{scores['FASTCSV'] / scores['SLUICE']:.2f}x**" if both else ""
    v = scores.get("SLUICE_VALIDATE")
    vcells = [f"{mib / (v / 1000):.0f}", f"{scores['FASTCSV'] / v:.2f}x" if both else ""] \
        if v else ["", ""]
    print(f"| {corpus.lower()} ({mib:.1f}) | " + " | ".join(cells) + f" | {ratio} | "
          + " | ".join(vcells) + " |")
if alloc:
    print()
    print("| bytes allocated per input byte | " + " | ".join(names) + " | Sluice parse+validate |")
    print("| --- | " + " | ".join("---:" for _ in parsers) + " | ---: |")
    for corpus, a in alloc.items():
        size = sizes[corpus]
        cells = [f"{a[p] / size:.1f}" if p in a else "" for p in parsers + ["SLUICE_VALIDATE"]]
        print(f"| {corpus.lower()} | " + " | ".join(cells) + " |")
