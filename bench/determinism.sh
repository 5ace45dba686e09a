#!/usr/bin/env bash
# Runs allocbudget's check on the bench workloads N times in a row (default 20) while two busy loops keep both
# cores loaded, then prints, per method, every distinct bytes/op and verdict seen, and the median seconds per
# method. Deterministic means one figure and one verdict per method.
#
# usage: bench/determinism.sh [RUNS] [--no-load]
# environment: JAVA_HOME as for run.sh; BENCH_OUT (default bench/target/determinism)
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=${1:-20}
load=1
[[ ${2:-} == --no-load ]] && load=0
OUT=${BENCH_OUT:-$BENCH/target/determinism}
rm -rf "$OUT" && mkdir -p "$OUT"
MVN=(mvn -B -ntp -f "$BENCH/pom.xml")

"${MVN[@]}" -q test-compile
pids=()
if ((load)); then
  for _ in 1 2; do (while :; do :; done) & pids+=($!); done
fi
trap '((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true' EXIT

for ((i = 1; i <= runs; i++)); do
  start=$EPOCHREALTIME
  "${MVN[@]}" dev.allocbudget:allocbudget-maven-plugin:0.1.0-SNAPSHOT:check >"$OUT/run-$i.log" 2>&1 || true
  cp "$BENCH/target/allocbudget/report.json" "$OUT/run-$i.json"
  printf 'run %2d/%d  %5.1f s  %s\n' "$i" "$runs" "$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN{print b-a}')" \
    "$(uptime | sed 's/.*load average: */load /')"
done

python3 - "$OUT" "$runs" <<'PY'
import json, re, statistics, sys, pathlib
out, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
figures, verdicts, seconds = {}, {}, {}
for i in range(1, runs + 1):
    for m in json.loads((out / f"run-{i}.json").read_text())["methods"]:
        figures.setdefault(m["id"], []).append(m["bytesPerOp"])
        verdicts.setdefault(m["id"], []).append(m["verdict"])
    for line in (out / f"run-{i}.log").read_text().splitlines():
        g = re.search(r"\] (\S+#\S+)  .*  (\d+\.\d) s$", line)
        if g:
            seconds.setdefault(g.group(1), []).append(float(g.group(2)))
print(f"\n{'method':<48} {'bytes/op seen (count)':<28} {'verdicts':<12} median s")
stable = True
for mid in sorted(figures):
    seen = {}
    for f in figures[mid]:
        seen[f] = seen.get(f, 0) + 1
    vs = sorted(set(verdicts[mid]))
    stable &= len(seen) == 1 and len(vs) == 1
    text = ", ".join(f"{k} ({v})" for k, v in seen.items())
    print(f"{mid.split('.')[-1]:<48} {text:<28} {'/'.join(vs):<12} {statistics.median(seconds.get(mid, [0])):.1f}")
all_s = [s for v in seconds.values() for s in v]
print(f"\n{runs} runs; median seconds per method {statistics.median(all_s):.2f}; "
      + ("every method gave one figure and one verdict" if stable else "SOME METHODS VARIED"))
sys.exit(0 if stable else 1)
PY
