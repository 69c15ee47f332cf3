#!/usr/bin/env python3
"""Turns a JMH JSON result of ParseBenchmark into the BENCHMARKS.md table: median-free JMH scores
(average time per parse) as MiB/s, with the ratio to FastCSV.  Usage: jmh-table.py result.json sizes.txt"""
import json, sys
results = json.load(open(sys.argv[1]))
sizes = {}
for line in open(sys.argv[2]):
    parts = line.split()
    if len(parts) >= 4:
        sizes[parts[0]] = int(parts[3])
table = {}
for r in results:
    p = r["params"]
    table.setdefault(p["corpus"], {})[p["parser"]] = r["primaryMetric"]["score"]
parsers = ["SLUICE", "FASTCSV", "UNIVOCITY", "COMMONS_CSV", "OPENCSV"]
print("| corpus (MiB) | " + " | ".join(parsers) + " | Sluice / FastCSV |")
print("| --- | " + " | ".join("---:" for _ in parsers) + " | ---: |")
for corpus, scores in table.items():
    mib = sizes[corpus] / 1048576
    cells = [f"{mib / (scores[p] / 1000):.0f}" for p in parsers]
    ratio = scores["FASTCSV"] / scores["SLUICE"]
    print(f"| {corpus.lower()} ({mib:.1f}) | " + " | ".join(cells) + f" | {ratio:.2f}x |")
