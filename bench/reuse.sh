#!/usr/bin/env bash
# What a build costs when little or nothing changed: the 30-method module of bench/cold-check.sh, checked once cold
# (which fills the result store), then RUNS times with nothing changed, then once after one class changed
# (Workloads2, whose 15 methods load it; Workloads' 15 do not), then once more with nothing changed.
#
# For each build it prints the wall time of `mvn verify`, the plugin's own time (its "N methods checked in X s"
# line), how many methods were reused and how many forks ran. At the end it checks that every build after the cold
# one gave the cold build's figures and verdicts, that the unchanged builds ran no fork, and that the changed build
# measured exactly the 15 methods of Workloads2 (exit 1 otherwise).
#
# usage: bench/reuse.sh [RUNS]     (default 5)
# environment: MVN_OFFLINE=0 to let Maven go online (default -o); BENCH_MVN_ARGS, extra Maven arguments.
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=${1:-5}
OUT=$BENCH/target/reuse
PROJECT=$BENCH/target/cold-check/project
rm -rf "$OUT" && mkdir -p "$OUT"

# the cold build: cold-check.sh sets the module up (the bench's sources and Workloads2) and checks it once with an
# empty store, which the builds below then find
BENCH_OUT=$OUT/cold "$BENCH/cold-check.sh" 1 >"$OUT/cold.txt"
cp "$OUT/cold/check-1.json" "$OUT/build-0.json"
echo "cold:      $(grep -E 'check run' "$OUT/cold.txt" | sed 's/.*check run  1\/1  //')"

PROBES=(empty valueOfSmall valueOfLarge byteArrayLocal stringValueOfLong sbConcat hashMapGet arrayListReuse varargs
  forEachList stringFormat localDateParse deepChain15 deepChain17 primitiveLong)
INCLUDES=$(for c in Workloads Workloads2; do printf "dev.allocbudget.bench.$c#%s," "${PROBES[@]}"; done)
OFFLINE=-o
[[ ${MVN_OFFLINE:-1} == 0 ]] && OFFLINE=
# shellcheck disable=SC2206 # a list of words
EXTRA=(${BENCH_MVN_ARGS:-})
SRC=$PROJECT/src/test/java/dev/allocbudget/bench

build() { # name
  rm -rf "$PROJECT/target/allocbudget/forks"
  local start=$EPOCHREALTIME
  mvn -B -ntp $OFFLINE -f "$PROJECT/pom.xml" "${EXTRA[@]}" verify -Dallocbudget.includes="${INCLUDES%,}" \
    >"$OUT/$1.log" 2>&1 || true
  local end=$EPOCHREALTIME
  cp "$PROJECT/target/allocbudget/report.json" "$OUT/$1.json"
  local forks
  forks=$(find "$PROJECT/target/allocbudget/forks" -name '*.args' 2>/dev/null | wc -l)
  python3 - "$OUT/$1" "$start" "$end" "$forks" <<'PY'
import json, re, sys
run, start, end, forks = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
log = open(run + ".log").read()
plugin = re.search(r"methods? checked in ([\d.]+) s", log)
methods = json.load(open(run + ".json"))["methods"]
reused = sum(1 for m in methods if m["reused"])
print(f"{run.rsplit('/', 1)[1]:<10} mvn verify {end - start:6.2f} s  plugin {plugin.group(1) if plugin else 'nan'} s"
      f"  reused {reused}/{len(methods)}  forks {forks}")
PY
}

for ((i = 1; i <= runs; i++)); do
  build "same-$i"
done
# one class changed: a constant only Workloads2's methods read, in a class only they load
cp "$SRC/Workloads2.java" "$OUT/Workloads2.java.orig"
sed -i 's/public class Workloads2 {/public class Workloads2 {\n    static final String CHANGED = "changed";/' "$SRC/Workloads2.java"
build changed
build "changed-same"
cp "$OUT/Workloads2.java.orig" "$SRC/Workloads2.java"

python3 - "$OUT" "$runs" <<'PY'
import json, pathlib, statistics, re, sys
out, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
def load(name):
    return {m["id"]: m for m in json.loads((out / f"{name}.json").read_text())["methods"]}
def plugin(name):
    return float(re.search(r"methods? checked in ([\d.]+) s", (out / f"{name}.log").read_text()).group(1))
cold = load("build-0")
key = lambda m: (m["bytesPerOp"], m.get("objectsPerOp"), m["verdict"])
ok = True
for name in [f"same-{i}" for i in range(1, runs + 1)] + ["changed", "changed-same"]:
    now = load(name)
    if {i: key(m) for i, m in now.items()} != {i: key(m) for i, m in cold.items()}:
        ok = False
        print(f"{name}: figures differ from the cold build's")
    expected = {i for i in now if "Workloads2#" in i} if name == "changed" else set()
    measured = {i for i, m in now.items() if not m["reused"]}
    if measured != expected:
        ok = False
        print(f"{name}: measured {sorted(measured)}, expected {sorted(expected)}")
    if name == "changed" and any(m["measuredAgainBecause"] != "class dev.allocbudget.bench.Workloads2 changed"
                                 for i, m in now.items() if i in expected):
        ok = False
        print(f"{name}: not every re-measured method names Workloads2 as the reason")
same = [plugin(f"same-{i}") for i in range(1, runs + 1)]
print(f"\nnothing changed, {runs} builds: plugin median {statistics.median(same):.2f} s ({min(same):.2f}-{max(same):.2f})")
print(f"one class changed (15 of 30 methods load it): plugin {plugin('changed'):.2f} s")
print("every build gave the cold build's figures; only what changed was measured" if ok else "FAILED")
sys.exit(0 if ok else 1)
PY
