#!/usr/bin/env bash
# The JDK 25 Jackson streaming write of issue 24 under JMH 1.37 (-f 1 -wi 4 -i 5 -w 1s -r 1s -prof gc), once per
# set of fork flags, RUNS times each: prints JMH's gc.alloc.rate.norm per run. Then the same loop without JMH
# (LoopProbe: its own thread, a volatile stop flag, 4 s of warm-up, 1 s read with getThreadAllocatedBytes). The figures and what they show are in
# docs/measurement.md ("One method, two compilations").
#
# usage: bench/compile-order/run.sh [RUNS]          (JAVA_HOME selects the JDK; default: java on PATH)
#   e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/compile-order/run.sh 3
set -euo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUNS=${1:-2}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$DIR"
mvn -B -q package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)
VARIANTS=(
  ""
  "-Xbatch"
  "-XX:InlineSmallCode=100000"
  "-Xbatch -XX:InlineSmallCode=100000"
  "-Dpreload=true"
  "-Xbatch -Dpreload=true"
  "-Xbatch -Dpreload=true -XX:InlineSmallCode=100000 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=50000 -XX:Tier4CompileThreshold=60000"
)
"$JAVA" -version 2>&1 | head -1
for flags in "${VARIANTS[@]}"; do
  figures=()
  for ((i = 0; i < RUNS; i++)); do
    figures+=("$("$JAVA" -cp "$CP" org.openjdk.jmh.Main 'demo.EventsBench' -f 1 -wi 4 -i 5 -w 1s -r 1s -prof gc \
        ${flags:+-jvmArgsAppend "$flags"} 2>&1 | awk '/writeEvent:gc.alloc.rate.norm/ && /B\/op/ {print $(NF-3)}')")
  done
  printf '%-150s %s\n' "${flags:-(none)}" "${figures[*]}"
done
figures=()
for ((i = 0; i < RUNS; i++)); do
  figures+=("$("$JAVA" -cp "$CP" demo.LoopProbe)")
done
printf '%-150s %s\n' "LoopProbe (no JMH, background compilation)" "${figures[*]}"
