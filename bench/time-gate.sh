#!/usr/bin/env bash
# The time gate's false alarms and catches: builds the methods of bench/time-gate as they were (src/main/v1) into a
# reference directory, then runs `mvn verify -Dallocbudget.timeGate=true` on the changed code (src/main/v2) against
# it N times (default 20), by default while two busy loops keep both cores loaded. In v2, `same` is unchanged,
# `twiceAsSlow` takes 2x the time and `slower30` 1.3x, with no change in allocation. Prints, per method, how many runs
# called it REGRESSED, its ratios and intervals, and the time a run took.
#
# usage: bench/time-gate.sh [RUNS] [--no-load]
# environment: BENCH_OUT (default bench/target/time-gate); BENCH_MVN_ARGS, extra Maven arguments for every run
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=20
load=1
while (($#)); do
  case $1 in
    --no-load) load=0 ;;
    [0-9]*) runs=$1 ;;
    *) echo "usage: $0 [RUNS] [--no-load]" >&2; exit 2 ;;
  esac
  shift
done
OUT=${BENCH_OUT:-$BENCH/target/time-gate}
rm -rf "$OUT" && mkdir -p "$OUT"
# shellcheck disable=SC2206 # BENCH_MVN_ARGS is a list of words
MVN=(mvn -B -ntp -f "$BENCH/time-gate/pom.xml" ${BENCH_MVN_ARGS:-})
"${MVN[@]}" -q clean compile -Dsample.code=v1
cp -r "$BENCH/time-gate/target/classes" "$OUT/reference-v1"
pids=()
if ((load)); then
  for _ in 1 2; do (while :; do :; done) & pids+=($!); done
fi
trap '((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true' EXIT
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s.%N)
  "${MVN[@]}" verify -Dsample.code=v2 -Dallocbudget.timeGate=true -Dallocbudget.reference="$OUT/reference-v1" \
    -Dallocbudget.failOnViolation=false >"$OUT/run-$i.log" 2>&1 || { echo "run $i failed: $OUT/run-$i.log" >&2; exit 1; }
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  cp "$BENCH/time-gate/target/allocbudget/report.json" "$OUT/run-$i.json"
  echo "$seconds" >"$OUT/run-$i.seconds"
  printf 'run %2d/%d  %5.1f s  load %s\n' "$i" "$runs" "$seconds" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
python3 - "$OUT" "$runs" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
rows = {}
for i in range(1, runs + 1):
    for m in json.load(open(f"{out}/run-{i}.json"))["methods"]:
        rows.setdefault(m["id"].split("#")[1], []).append((m["verdict"], m["jmh"]["reference"]))
seconds = [float(open(f"{out}/run-{i}.seconds").read()) for i in range(1, runs + 1)]
print(f"\n{'method':<12} {'REGRESSED':>9}  {'ratio median (range)':<24} {'95% CI lower ends (range)':<26} pairs")
for name, seen in rows.items():
    ratios = [c["ratio"] for _, c in seen]
    lows = [c["ciLow"] for _, c in seen]
    regressed = sum(v == "REGRESSED" for v, _ in seen)
    pairs = sorted({c["pairs"] for _, c in seen})
    print(f"{name:<12} {regressed:>4} / {len(seen):<2}  {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}){'':<8}"
          f" {min(lows):.2f}-{max(lows):.2f}{'':<17} {pairs}")
print(f"\nmvn verify: {statistics.median(seconds):.1f} s median ({min(seconds):.1f}-{max(seconds):.1f}) for {len(rows)} methods")
PY
