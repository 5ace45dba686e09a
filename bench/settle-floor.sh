#!/usr/bin/env bash
# Evidence for the settle rule's time floor (SteadyStateMeter.MIN_MILLIS): runs each fast workload in a measuring
# fork that keeps taking windows for 3 s (-Dallocbudget.minMillis=3000, every window traced), then replays the settle
# rule on each trace with floors from 0 to 300 ms and counts the forks where the figure the rule would have accepted
# differs from the figure the fork reads at 3 s. A floor is safe when that count is 0 for it.
#
# usage: bench/settle-floor.sh [FORKS_PER_METHOD] [--load]
#   --load   two busy loops keep both cores loaded meanwhile
# environment: JAVA_HOME (default: java on PATH); BENCH_OUT (default bench/target/settle-floor); BENCH_MVN_ARGS,
#   extra Maven arguments (e.g. -Dmaven.repo.local=... for a plugin installed into another local repository)
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
forks=4
load=0
while (($#)); do
  case $1 in
    --load) load=1 ;;
    [0-9]*) forks=$1 ;;
    *) echo "usage: $0 [FORKS_PER_METHOD] [--load]" >&2; exit 2 ;;
  esac
  shift
done
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
JAVA=${JAVA:-java}
OUT=${BENCH_OUT:-$BENCH/target/settle-floor}
rm -rf "$OUT" && mkdir -p "$OUT"
# shellcheck disable=SC2206 # BENCH_MVN_ARGS is a list of words
MVN=(mvn -B -ntp -q -f "$BENCH/pom.xml" ${BENCH_MVN_ARGS:-})
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
# the fork's own code: the runner installed with the plugin (mvn install at the repository's root)
repo=$("${MVN[@]}" help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
runner=$repo/dev/allocbudget/allocbudget-runner/0.1.0-SNAPSHOT/allocbudget-runner-0.1.0-SNAPSHOT.jar
[[ -f $runner ]] || { echo "no runner at $runner: run mvn install -DskipTests at the repository's root" >&2; exit 1; }
CP="$BENCH/target/test-classes:$(cat "$OUT/cp.txt"):$runner"
pids=()
if ((load)); then
  for _ in 1 2; do (while :; do :; done) & pids+=($!); done
fi
trap '((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null || true' EXIT
for ((i = 1; i <= forks; i++)); do
  for m in empty valueOfSmall valueOfLarge byteArrayLocal stringValueOfLong sbConcat hashMapGet arrayListReuse \
      varargs forEachList stringFormat localDateParse deepChain15 deepChain17 primitiveLong intsTryParse; do
    "$JAVA" -Xbatch --add-exports jdk.management/com.sun.management.internal=ALL-UNNAMED -Dallocbudget.trace=true \
      -Dallocbudget.minMillis=3000 -cp "$CP" dev.allocbudget.runner.ForkedMain measure "$OUT/events.txt" \
      "dev.allocbudget.bench.Workloads#$m" 20000 2>"$OUT/$m-$i.trace"
  done
done
python3 - "$OUT" <<'PY'
import glob, re, statistics, sys
window = re.compile(r"allocbudget:\s+(\d+) ms\s+(\d+) B / (\d+) calls\s+\S+ B/op.*jit (idle|busy)")
floors = [0, 50, 100, 150, 200, 300]
wrong = {f: [] for f in floors}
accepted_at = {f: [] for f in floors}
traces = sorted(glob.glob(sys.argv[1] + "/*.trace"))
for path in traces:
    ws = [(int(ms), int(b), int(n), jit == "idle") for ms, b, n, jit in window.findall(open(path).read())]
    final = ws[-1][1] / ws[-1][2]
    for floor in floors:
        same, calls, figure = [], 0, None
        for ms, b, n, idle in ws:
            calls += n
            if same and same[-1][2] != n:
                same = []
            same.append((ms, b, n))
            # the exact rule: floors, JIT quiet, three equal windows alike, a simple fraction of a byte per call
            # (anything else is measured as a mean, which this replay does not model: it reads on)
            if (idle and ms >= floor and calls >= 200_000 and len(same) >= 3
                    and len({w[1] for w in same[-3:]}) == 1 and (b * 64) % n == 0):
                figure = b / n
                accepted_at[floor].append(ms)
                break
        if figure is not None and figure != final:
            wrong[floor].append(f"{path.rsplit('/', 1)[1]}: {figure} at the floor, {final} at 3 s")
print(f"{len(traces)} forks traced for 3 s each")
print(f"{'floor ms':>8}  {'accepted':>8}  {'median ms to accept':>19}  figures that differ from the one at 3 s")
for floor in floors:
    print(f"{floor:>8}  {len(accepted_at[floor]):>8}  {statistics.median(accepted_at[floor]):>19}  {len(wrong[floor])}")
    for w in wrong[floor]:
        print("          " + w)
PY
