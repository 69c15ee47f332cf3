#!/usr/bin/env python3
"""Sums a JFR recording's execution samples by the method and by the source line at the top of
each sampled stack: where a JMH benchmark's time goes, line by line, without a native profiler
(this machine's VM has no performance counters for perf or JMH's perfasm).  Record with
  -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
                  -XX:StartFlightRecording=filename=run.jfr,settings=profile"
Usage: jfr-lines.py run.jfr [lines to print, 25]"""
import collections, re, subprocess, sys

text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", sys.argv[1]],
                      capture_output=True, text=True, check=True).stdout
lines, methods = collections.Counter(), collections.Counter()
for event in text.split("jdk.ExecutionSample")[1:]:
    top = re.search(r"stackTrace = \[\n\s+(.*?)\n", event)
    if top:
        frame = top.group(1).strip()
        lines[frame] += 1
        methods[re.sub(r"\s+line:.*", "", frame)] += 1
print(sum(methods.values()), "samples")
for frame, n in methods.most_common(12):
    print(n, frame)
print()
for frame, n in lines.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 25):
    print(n, frame)
