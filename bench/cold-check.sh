#!/usr/bin/env bash
# How long a cold check of a 30-method module takes: `mvn verify` with no stored results (target/allocbudget is
# deleted before each run; the JDK's class-data archive under java.io.tmpdir stays, it is made once per machine).
#
# The module is a copy of the bench in bench/target/cold-check/project with Workloads2, a renamed copy of
# Workloads, and the check includes the 15 probe methods of each class: 30 methods, as in docs/performance.md
# ("Parallel forks"). Each run prints the wall time of `mvn verify`, per method (wall / 30), the plugin's own time
# (its "N methods checked in X s" line) and its forks' times (from the files each fork leaves in
# target/allocbudget/forks: its argument file is written just before it starts, its events, stdout and stderr last
# change when it ends). At the end: medians per variant, and every figure and verdict seen (it exits 1 unless each
# method gave one figure and one verdict over all runs of all variants).
#
# usage: bench/cold-check.sh [RUNS] [--variant NAME=MVN_ARGS]... [--forks N]
#   RUNS       runs per variant (default 5); the variants take turns, so a change in the machine's load hits all
#   --variant  a name and the Maven arguments of that variant, e.g. to compare two plugin builds installed into two
#              local repositories:
#                bench/cold-check.sh 6 --variant old=-Dmaven.repo.local=/tmp/repo-old \
#                                      --variant new=-Dmaven.repo.local=/tmp/repo-new
#              (default: one variant, "check", with $BENCH_MVN_ARGS)
#   --forks N  -Dallocbudget.forks=N (default: the plugin's, one per processor)
# environment: BENCH_OUT (default bench/target/cold-check/runs; each run's log, report.json and forks' files are kept
#   there); BENCH_MVN_ARGS; BENCH_INCLUDES (allocbudget.includes, default the 30 probe methods); MVN_OFFLINE=0 to let
#   Maven go online (default -o); BENCH_BEFORE_RUN, a command run before each run (e.g. one that waits for an idle
#   machine).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=5
forks=
names=()
args=()
while (($#)); do
  case $1 in
    --variant) names+=("${2%%=*}"); args+=("${2#*=}"); shift ;;
    --forks) forks=$2; shift ;;
    [0-9]*) runs=$1 ;;
    *) echo "usage: $0 [RUNS] [--variant NAME=MVN_ARGS]... [--forks N]" >&2; exit 2 ;;
  esac
  shift
done
if ((${#names[@]} == 0)); then
  names=(check)
  args=("${BENCH_MVN_ARGS:-}")
fi
OUT=${BENCH_OUT:-$BENCH/target/cold-check/runs}
PROJECT=$BENCH/target/cold-check/project
rm -rf "$OUT" && mkdir -p "$OUT"

# the module: the bench's pom and sources, and Workloads2
# its own .mvn, empty: Maven looks for one from the project's directory up, and this repository's (.mvn/jvm.config:
# Maven's JVM in C1 only, for this build's own speed) is not what a user's build runs with
mkdir -p "$PROJECT/.mvn"
rm -rf "$PROJECT/src"
cp "$BENCH/pom.xml" "$PROJECT/pom.xml"
cp -r "$BENCH/src" "$PROJECT/src"
SRC=$PROJECT/src/test/java/dev/allocbudget/bench
sed 's/\bWorkloads\b/Workloads2/g' "$SRC/Workloads.java" >"$SRC/Workloads2.java"

PROBES=(empty valueOfSmall valueOfLarge byteArrayLocal stringValueOfLong sbConcat hashMapGet arrayListReuse varargs
  forEachList stringFormat localDateParse deepChain15 deepChain17 primitiveLong)
INCLUDES=${BENCH_INCLUDES:-$(for c in Workloads Workloads2; do printf "dev.allocbudget.bench.$c#%s," "${PROBES[@]}"; done)}
OFFLINE=-o
[[ ${MVN_OFFLINE:-1} == 0 ]] && OFFLINE=
# shellcheck disable=SC2206 # the variants' arguments are lists of words
FIRST=(${args[0]})
mvn -B -ntp -q $OFFLINE -f "$PROJECT/pom.xml" "${FIRST[@]}" test-compile

for ((i = 1; i <= runs; i++)); do
  for v in "${!names[@]}"; do
    name=${names[$v]}
    # shellcheck disable=SC2206
    extra=(${args[$v]})
    [[ -n $forks ]] && extra+=("-Dallocbudget.forks=$forks")
    rm -rf "$PROJECT/target/allocbudget"
    run=$OUT/$name-$i
    [[ -n ${BENCH_BEFORE_RUN:-} ]] && eval "$BENCH_BEFORE_RUN"
    start=$EPOCHREALTIME
    mvn -B -ntp $OFFLINE -f "$PROJECT/pom.xml" "${extra[@]}" verify -Dallocbudget.includes="${INCLUDES%,}" \
      >"$run.log" 2>&1 || true
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f\n", b-a}' >"$run.seconds"
    cp "$PROJECT/target/allocbudget/report.json" "$run.json" 2>/dev/null || echo '{"methods": []}' >"$run.json"
    cp -rp "$PROJECT/target/allocbudget/forks" "$run.forks.d" 2>/dev/null || true
    python3 - "$run.forks.d" >"$run.forks" <<'PY'
import os, sys, pathlib
d = pathlib.Path(sys.argv[1])
for args in sorted(d.glob("fork-*.args")):
    name = args.name[:-len(".args")]
    ends = [p.stat().st_mtime_ns for p in d.glob(name + ".*") if p.suffix in (".events", ".out", ".err")]
    print(name, f"{(max(ends) - args.stat().st_mtime_ns) / 1e9:.3f}" if ends else "nan")
PY
    plugin=$(grep -oE 'methods? checked in [0-9.]+ s' "$run.log" | grep -oE '[0-9.]+ s' | tr -d ' s' || echo nan)
    echo "${plugin:-nan}" >"$run.plugin"
    python3 - "$run" "$name" "$i" "$runs" "$(uptime | sed 's/.*load average: *//')" <<'PY'
import json, statistics, sys
run, name, i, runs, load = sys.argv[1:6]
wall = float(open(run + ".seconds").read())
n = len(json.load(open(run + ".json"))["methods"]) or 1
forks = [l.split() for l in open(run + ".forks")]
measure = [float(t) for f, t in forks if "-measure" in f and t != "nan"]
discover = [float(t) for f, t in forks if f.endswith("-discover") and t != "nan"]
print(f"{name:>8} run {i:>2}/{runs}  wall {wall:6.2f} s  {wall / n:.3f} s/method  plugin {open(run + '.plugin').read().strip()} s"
      f"  discovery {discover[0] if discover else float('nan'):.2f} s  measuring forks: {len(measure)},"
      f" median {statistics.median(measure) if measure else float('nan'):.3f} s, sum {sum(measure):.1f} s  load {load}")
PY
  done
done

python3 - "$OUT" "$runs" "${names[@]}" <<'PY'
import json, statistics, sys, pathlib
out, runs, names = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
figures = {}
print()
for name in names:
    walls, plugins, medians, sums, discovers, n = [], [], [], [], [], 0
    for i in range(1, runs + 1):
        run = out / f"{name}-{i}"
        ms = json.loads(run.with_suffix(".json").read_text())["methods"]
        n = len(ms) or n
        for m in ms:
            figures.setdefault(m["id"], {}).setdefault(
                (m["bytesPerOp"], m.get("objectsPerOp"), m["verdict"]), []).append(f"{name}-{i}")
        walls.append(float(run.with_suffix(".seconds").read_text()))
        p = run.with_suffix(".plugin").read_text().strip()
        if p != "nan":
            plugins.append(float(p))
        forks = [l.split() for l in run.with_suffix(".forks").read_text().splitlines()]
        measure = [float(t) for f, t in forks if "-measure" in f and t != "nan"]
        discovers += [float(t) for f, t in forks if f.endswith("-discover") and t != "nan"]
        if measure:
            medians.append(statistics.median(measure))
            sums.append(sum(measure))
    med = statistics.median(walls)
    print(f"{name}: {runs} cold runs of {n} methods: mvn verify median {med:.2f} s ({min(walls):.2f}-{max(walls):.2f}),"
          f" {med / max(n, 1):.3f} s per method; plugin {statistics.median(plugins) if plugins else float('nan'):.2f} s;"
          f" discovery fork {statistics.median(discovers) if discovers else float('nan'):.3f} s;"
          f" measuring fork median {statistics.median(medians) if medians else float('nan'):.3f} s,"
          f" their sum {statistics.median(sums) if sums else float('nan'):.1f} s")
if len(names) > 1:
    walls = {n: [float((out / f"{n}-{i}.seconds").read_text()) for i in range(1, runs + 1)] for n in names}
    for name in names[1:]:
        ratios = [b / a for a, b in zip(walls[names[0]], walls[name])]
        print(f"{name} / {names[0]}, mvn verify wall within each round: median {statistics.median(ratios):.3f}"
              f" ({min(ratios):.3f}-{max(ratios):.3f})")
stable = all(len(seen) == 1 for seen in figures.values())
print()
for mid in sorted(figures):
    seen = figures[mid]
    text = "; ".join(f"{b} B/op{'' if o is None else f' {o} obj/op'} {v} ({len(r)})" for (b, o, v), r in seen.items())
    print(f"  {mid.split('.')[-1]:<44} {text}")
print("every method gave one figure and one verdict" if stable else "SOME METHODS VARIED")
sys.exit(0 if stable else 1)
PY
