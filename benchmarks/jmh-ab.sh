#!/usr/bin/env bash
# Two builds of core side by side on the JVM: ParseBenchmark (Sluice only) with BASE.jar and then
# NEW.jar on the benchmark's classpath in place of the installed core, PAIRS times, the order
# swapped pair by pair (so that neither build always runs first on a machine that drifts). Give
# the same jar twice for a control: the pairs then differ only by draw. A measurement tool, not a
# test. Build the benchmarks first (mvn -B -q package -pl benchmarks -am -DskipTests), and copy
# each build's core/target/sluice-core-*.jar aside.
#
#   benchmarks/jmh-ab.sh BASE.jar NEW.jar USZIPS,LITMUS_QUOTED [PAIRS=2]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base="$1"; new="$2"; corpora="$3"; pairs="${4:-2}"
# the classpath the build wrote, without the installed core
cp=$(tr ':' '\n' < benchmarks/target/bench-classpath.txt | grep -v '/sluice-core-[0-9]' | paste -sd:)
for i in $(seq 1 "$pairs"); do
  if [ $((i % 2)) = 1 ]; then order="new base"; else order="base new"; fi
  for which in $order; do
    jar="$base"; [ "$which" = new ] && jar="$new"
    java -cp "benchmarks/target/classes:$jar:$cp" org.openjdk.jmh.Main ParseBenchmark \
      -p parser=SLUICE -p corpus="$corpora" -wi 5 -w 1 -i 10 -r 1 -f 1 2>&1 \
      | grep '^ParseBenchmark' | sed "s/^/$which /"
  done
done
