#!/bin/sh
# How long the JUnit engine adds to a test run beyond its forks, on examples/router (14 budget methods beside
# 78 Jupiter tests). Each run is a fresh JVM running the JUnit launcher over the module's package, alternately
# with the engine ("on") and without it ("off"); the engine's cost is on's wall time minus the time its forks were
# alive, minus off's wall time. Prints each run and the medians.
# Needs the plugin installed (mvn install -DskipTests) and examples/router compiled (the README's first command).
# Usage: bench/junit-overhead.sh [pairs]   (default 5)
set -eu
cd "$(dirname "$0")/.."
pairs=${1:-5}
out=$(mktemp -d)
mvn -B -q -ntp -f bench/junit-overhead dependency:build-classpath -Dmdep.outputFile="$out/engine.txt"
mvn -B -q -ntp -f examples/router dependency:build-classpath -Dmdep.outputFile="$out/router.txt"
cp="examples/router/target/test-classes:examples/router/target/classes:$(cat "$out/router.txt"):$(cat "$out/engine.txt")"
i=0
while [ "$i" -lt "$pairs" ]; do
  for mode in on off; do
    java -cp "$cp" bench/junit-overhead/EngineOverhead.java dev.allocbudget.examples "$mode" 2>/dev/null \
      | grep -E '^(on|off) ' | tee -a "$out/runs.txt"
  done
  i=$((i + 1))
done
python3 - "$out/runs.txt" <<'PY'
import re, statistics, sys
runs = [dict(re.findall(r'(\w+)=([0-9.]+)', l), mode=l.split()[0]) for l in open(sys.argv[1])]
on = [float(r['total']) - float(r['forks']) for r in runs if r['mode'] == 'on']
off = [float(r['total']) for r in runs if r['mode'] == 'off']
print(f"with the engine, beyond its forks: median {statistics.median(on):.3f} s (range {min(on):.3f}-{max(on):.3f})")
print(f"without the engine:                median {statistics.median(off):.3f} s (range {min(off):.3f}-{max(off):.3f})")
print(f"the engine adds, beyond its forks: {statistics.median(on) - statistics.median(off):.3f} s (difference of medians)")
PY
