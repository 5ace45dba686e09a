#!/usr/bin/env bash
# Runs `mvn verify` (which runs allocbudget's check) on the bench workloads N times (default 20) while two busy loops
# keep both cores loaded, once per run for each value of allocbudget.forks asked for (default: 1 and 2, alternating, so
# a change in the machine's load hits both alike). Then it prints, per method, every distinct bytes/op and verdict seen
# over all runs and all fork counts, and, per fork count, the wall time of `mvn verify` (median and range, per run and
# per method) and the median of the per-method times on the progress lines. Deterministic means one figure and one
# verdict per method, whatever the number of forks; it exits 1 otherwise.
#
# usage: bench/determinism.sh [RUNS] [--no-load] [--forks "1 2"]
# environment: BENCH_OUT (default bench/target/determinism); BENCH_MVN_ARGS, extra Maven arguments for every run, e.g.
#   BENCH_MVN_ARGS=-Dmaven.repo.local=/tmp/m2 to use a plugin installed into another local repository;
#   BENCH_INCLUDES, the methods (allocbudget.includes globs; default: every workload but the slow ones, which take
#   JMH's 4 s warm-up each, and the leak, which is an error by design)
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=20
load=1
forks_list="1 2"
while (($#)); do
  case $1 in
    --no-load) load=0 ;;
    --forks) forks_list=$2; shift ;;
    [0-9]*) runs=$1 ;;
    *) echo "usage: $0 [RUNS] [--no-load] [--forks \"1 2\"]" >&2; exit 2 ;;
  esac
  shift
done
OUT=${BENCH_OUT:-$BENCH/target/determinism}
rm -rf "$OUT" && mkdir -p "$OUT"
# shellcheck disable=SC2206 # BENCH_MVN_ARGS is a list of words
MVN=(mvn -B -ntp -f "$BENCH/pom.xml" ${BENCH_MVN_ARGS:-})
W=dev.allocbudget.bench.Workloads
INCLUDES=${BENCH_INCLUDES:-$(printf "$W#%s," empty valueOfSmall valueOfLarge byteArrayLocal stringValueOfLong sbConcat \
  hashMapGet arrayListReuse varargs forEachList stringFormat localDateParse deepChain15 deepChain17 primitiveLong \
  periodic11 periodic13 periodic1024 periodic5000 boxEvery11 executorSubmit parallelStream intsTryParse)}

"${MVN[@]}" -q test-compile
pids=()
if ((load)); then
  for _ in 1 2; do (while :; do :; done) & pids+=($!); done
fi
trap '((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true' EXIT

for ((i = 1; i <= runs; i++)); do
  for forks in $forks_list; do
    start=$EPOCHREALTIME
    "${MVN[@]}" verify -Dallocbudget.forks="$forks" -Dallocbudget.includes="${INCLUDES%,}" >"$OUT/run-$i-f$forks.log" 2>&1 || true
    end=$EPOCHREALTIME
    awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f\n", b-a}' >"$OUT/run-$i-f$forks.seconds"
    cp "$BENCH/target/allocbudget/report.json" "$OUT/run-$i-f$forks.json"
    printf 'run %2d/%d  forks=%s  %5.1f s  %s\n' "$i" "$runs" "$forks" "$(cat "$OUT/run-$i-f$forks.seconds")" \
      "$(uptime | sed 's/.*load average: */load /')"
  done
done

python3 - "$OUT" "$runs" "$forks_list" "$load" <<'PY'
import json, re, statistics, sys, pathlib
out, runs, forks_list, load = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(), sys.argv[4] == "1"
figures, verdicts, seconds, walls = {}, {}, {}, {}
methods = 0
for f in forks_list:
    for i in range(1, runs + 1):
        ms = json.loads((out / f"run-{i}-f{f}.json").read_text())["methods"]
        methods = len(ms)
        for m in ms:
            figures.setdefault(m["id"], []).append(m["bytesPerOp"])
            verdicts.setdefault(m["id"], []).append(m["verdict"])
        walls.setdefault(f, []).append(float((out / f"run-{i}-f{f}.seconds").read_text()))
        for line in (out / f"run-{i}-f{f}.log").read_text().splitlines():
            g = re.search(r"\] (\S+#\S+)  .*  (\d+\.\d) s$", line)
            if g:
                seconds.setdefault(f, {}).setdefault(g.group(1), []).append(float(g.group(2)))
print(f"\n{'method':<48} {'bytes/op seen (count)':<28} {'verdicts':<12} "
      + " ".join(f"forks={f} s" for f in forks_list))
stable = True
for mid in sorted(figures):
    seen = {}
    for x in figures[mid]:
        seen[x] = seen.get(x, 0) + 1
    vs = sorted(set(verdicts[mid]))
    stable &= len(seen) == 1 and len(vs) == 1
    text = ", ".join(f"{k} ({v})" for k, v in seen.items())
    per = " ".join(f"{statistics.median(seconds.get(f, {}).get(mid, [0])):>10.1f}" for f in forks_list)
    print(f"{mid.split('.')[-1]:<48} {text:<28} {'/'.join(vs):<12} {per}")
print(f"\n{runs} runs per fork count, {methods} methods, {'both cores loaded' if load else 'no load'}:")
base = statistics.median(walls[forks_list[0]])
for f in forks_list:
    w = walls[f]
    med = statistics.median(w)
    all_s = [s for v in seconds.get(f, {}).values() for s in v]
    print(f"  forks={f}: mvn verify {med:.1f} s median ({min(w):.1f}-{max(w):.1f}), {med / methods:.2f} s per method"
          f" (wall / methods); a method's forks took a median {statistics.median(all_s) if all_s else 0:.2f} s;"
          f" {med / base:.2f} x the time of forks={forks_list[0]}")
print("every method gave one figure and one verdict" if stable else "SOME METHODS VARIED")
sys.exit(0 if stable else 1)
PY
