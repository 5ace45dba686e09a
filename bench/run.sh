#!/usr/bin/env bash
# Times allocbudget's `check` over the workload methods of this project and runs JMH
# (-f 1 -wi 4 -i 5 -w 1s -r 1s -prof gc) on the same methods, then prints both side by side:
# seconds per method and B/op. See README.md.
#
# usage: bench/run.sh [-p DIR] [-m name[,name...]] [--jmh REGEX] [--includes GLOBS] [--jmh-args ARGS] [--no-jmh] [--no-check]
#   -p DIR          the bench project (default: bench itself, the 27 Workloads); a directory under bench/ or a path,
#                   e.g. -p differential (its bench.env names its package; see differential/README.md)
#   -m NAMES        only these methods (sets both filters below), e.g. -m empty,sbConcat; in a project of several
#                   classes a name is METHOD (in any class) or CLASS#METHOD, e.g. -p differential -m Text#sbConcat
#   --jmh REGEX     JMH benchmark regex          (default: all twins of the project)
#   --includes G    -Dallocbudget.includes globs  (default: the default class's methods, or every method of a project
#                   without one)
#   --jmh-args A    extra JMH options after the fixed ones, e.g. --jmh-args '-jvmArgsAppend -Xbatch'
#   --no-jmh / --no-check   skip one side (its columns show n/a); with --no-check the build uses -Dbench.jmhOnly,
#                   which needs no allocbudget artifact installed (see pom.xml)
# environment:
#   JAVA_HOME        the JDK that runs Maven, the check's forks and JMH (default: java on PATH),
#                    e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/run.sh
#   JMH_IGNORE_LOCK  1 = always pass -Djmh.ignoreLock=true (by default only when the lock is held)
#   BENCH_OUT        where logs and results go (default: bench/target/bench-run)
set -euo pipefail
# The locale is deliberately left alone: it reaches the workloads (the check's forks and JMH alike) and it changes
# what some of them allocate (JDK 17 String.format: 432 B/op under en_US, 1136 or 1208 B/op under plain "en").

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JMH_OPTS=(-f 1 -wi 4 -i 5 -w 1s -r 1s -prof gc)
# The project: its package and, when -m names carry no class, the class they are in. A project other than bench
# itself says these in its bench.env (PACKAGE=..., DEFAULT_CLASS=... or empty for any class; QUALIFIED=1 to key the
# table by Class.method). Every workload class CLASS has its JMH twins in CLASSBench.
PROJECT=$BENCH
PACKAGE=dev.allocbudget.bench
DEFAULT_CLASS=Workloads
QUALIFIED=0

usage() { # the comment block at the top of this file; to stderr when it answers a wrong argument
  local rc=${1:-0}
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&$((rc ? 2 : 1))
  exit "$rc"
}

jmh_regex=""
includes=""
methods=""
run_jmh=1
run_check=1
while (($#)); do
  case $1 in
    -p|--project)
      [[ $# -ge 2 ]] || usage 2
      if [[ -d $BENCH/$2 ]]; then PROJECT=$(cd "$BENCH/$2" && pwd); else PROJECT=$(cd "$2" && pwd) || usage 2; fi
      shift 2 ;;
    -m|--methods) [[ $# -ge 2 ]] || usage 2; methods=$2; shift 2 ;;
    --jmh) [[ $# -ge 2 ]] || usage 2; jmh_regex=$2; shift 2 ;;
    --includes) [[ $# -ge 2 ]] || usage 2; includes=$2; shift 2 ;;
    --jmh-args) [[ $# -ge 2 ]] || usage 2; read -r -a extra <<<"$2"; JMH_OPTS+=("${extra[@]}"); shift 2 ;;
    --no-jmh) run_jmh=0; shift ;;
    --no-check) run_check=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown argument: $1" >&2; usage 2 ;;
  esac
done

if [[ $PROJECT != "$BENCH" ]]; then
  [[ -f $PROJECT/bench.env ]] || { echo "no bench.env in $PROJECT" >&2; exit 2; }
  DEFAULT_CLASS=""
  # shellcheck source=/dev/null
  source "$PROJECT/bench.env"
fi
pkg_re=${PACKAGE//./\\.}
if [[ -n $methods ]]; then
  # -m: each name is METHOD or CLASS#METHOD; a METHOD without a class is DEFAULT_CLASS's, or any class's.
  jmh_alts=() include_globs=()
  IFS=, read -r -a names <<<"$methods"
  for name in "${names[@]}"; do
    cls=${DEFAULT_CLASS} meth=$name
    if [[ $name == *#* ]]; then cls=${name%%#*} meth=${name#*#}; fi
    if [[ -n $cls ]]; then
      jmh_alts+=("${pkg_re}\\.${cls}Bench\\.${meth}")
      include_globs+=("${PACKAGE}.${cls}#${meth}")
    else
      jmh_alts+=("${pkg_re}\\.[A-Za-z0-9_]+Bench\\.${meth}")
      include_globs+=("*#${meth}")
    fi
  done
  [[ -z $jmh_regex ]] && jmh_regex="^($(IFS='|'; echo "${jmh_alts[*]}"))\$"
  [[ -z $includes ]] && includes=$(IFS=,; echo "${include_globs[*]}")
fi
if [[ -z $jmh_regex ]]; then
  if [[ -n $DEFAULT_CLASS ]]; then jmh_regex="^${pkg_re}\\.${DEFAULT_CLASS}Bench\\."; else jmh_regex="^${pkg_re}\\.[A-Za-z0-9_]+Bench\\."; fi
fi
# without -m, the default class's methods alone: bench itself also has Contended (threads = 4, run with -m)
[[ -z $includes && -n $DEFAULT_CLASS ]] && includes="${PACKAGE}.${DEFAULT_CLASS}#*"

if [[ -n ${JAVA_HOME:-} ]]; then
  JAVA=$JAVA_HOME/bin/java
else
  JAVA=$(command -v java) || { echo "no java on PATH and JAVA_HOME not set" >&2; exit 1; }
fi
[[ -x $JAVA ]] || { echo "not executable: $JAVA" >&2; exit 1; }
command -v mvn >/dev/null || { echo "mvn not on PATH" >&2; exit 1; }
MVN=(mvn -B -Dstyle.color=never -f "$PROJECT/pom.xml")
OUT=${BENCH_OUT:-$PROJECT/target/bench-run}

now() { printf '%s\n' "${EPOCHREALTIME/,/.}"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load() { uptime | sed 's/.*load average: */load average /'; }

# stamp LOG REGEX: write every input line to LOG prefixed with the epoch time it arrived; echo lines matching REGEX.
stamp() {
  local log=$1 show=$2 line
  while IFS= read -r line || [[ -n $line ]]; do
    printf '%s\t%s\n' "${EPOCHREALTIME/,/.}" "$line" >>"$log"
    if [[ $line =~ $show ]]; then printf '  %s\n' "$line"; fi
  done
}

java_version=$("$JAVA" -version 2>&1 | head -n1)
settings=$("$JAVA" -XshowSettings:properties -version 2>&1)
prop() { sed -n "s/^ *$1 = //p" <<<"$settings" | head -n1; }
java_locale=$(prop user.language)
country=$(prop user.country)
[[ -n $country ]] && java_locale+=_$country
echo "== allocbudget bench$([[ $PROJECT != "$BENCH" ]] && echo " $(basename "$PROJECT")"): $java_version ($JAVA)"
echo "   $(nproc) cores, $(load), JVM default locale ${java_locale} (LANG=${LANG:-} LC_ALL=${LC_ALL:-})"

# --- 1. build: compile workloads + JMH harness (annotation processor), write the test classpath -------------
build_log=$(mktemp)
t0=$(now)
build_args=(clean test-compile dependency:build-classpath
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
# JMH only: the pom's jmh-only profile drops the plugin and compiles @AllocationBudget from source.
((run_check)) || build_args+=(-Dbench.jmhOnly)
if ! "${MVN[@]}" "${build_args[@]}" >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "build failed (is the plugin installed? cd $(dirname "$BENCH") && mvn -B -q install -DskipTests)" >&2
  rm -f "$build_log"
  exit 1
fi
t1=$(now)
build_s=$(secs "$t0" "$t1")
mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.csv "$OUT"/*.json "$OUT"/*.txt
mv "$build_log" "$OUT/build.log"
echo "== build: ${build_s} s (mvn ${build_args[*]})"

# --- 2. allocbudget check: mvn verify, one forked JVM per method ---------------------------------------------
check_rc=0
check_s=""
if ((run_check)); then
  check_args=(verify "-Dallocbudget.jvm=$JAVA")
  [[ -n $includes ]] && check_args+=("-Dallocbudget.includes=$includes")
  echo "== check: mvn verify${includes:+ -Dallocbudget.includes=$includes}   [$(load)]"
  t0=$(now)
  "${MVN[@]}" "${check_args[@]}" 2>&1 \
    | stamp "$OUT/check.log" '^\[(INFO|WARNING|ERROR)\] (\[[0-9]+/[0-9]+\] |allocbudget: |Measuring allocation|BUILD)' \
    || check_rc=$?
  t1=$(now)
  check_s=$(secs "$t0" "$t1")
  [[ -f $PROJECT/target/allocbudget/report.json ]] && cp "$PROJECT/target/allocbudget/report.json" "$OUT/report.json"
  echo "   mvn verify wall clock: ${check_s} s (exit $check_rc)"
fi

# --- 3. JMH on the same methods, from the test classpath -----------------------------------------------------
jmh_rc=0
jmh_s=""
jmh_note=""
if ((run_jmh)); then
  tmpdir=$(prop java.io.tmpdir)
  lock=${tmpdir:-/tmp}/jmh.lock
  ignore_lock=()
  if [[ ${JMH_IGNORE_LOCK:-0} == 1 ]]; then
    ignore_lock=(-Djmh.ignoreLock=true)
    jmh_note="JMH lock ignored (JMH_IGNORE_LOCK=1)"
  elif ! python3 - "$lock" <<'EOF'
import fcntl, sys
# JMH takes a POSIX (fcntl) lock on java.io.tmpdir/jmh.lock while it runs; flock(1) would not see it.
try:
    with open(sys.argv[1], "a") as f:
        fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError:
    sys.exit(1)
EOF
  then
    ignore_lock=(-Djmh.ignoreLock=true)
    jmh_note="JMH lock $lock held by another JMH run: passed -Djmh.ignoreLock=true (two JMH runs share the cores: timings inflated, B/op unaffected)"
  fi
  [[ -n $jmh_note ]] && echo "   note: $jmh_note"
  cp_file=$PROJECT/target/test-classpath.txt
  echo "== JMH: ${JMH_OPTS[*]} -rf csv '$jmh_regex'   [$(load)]"
  t0=$(now)
  "$JAVA" "${ignore_lock[@]}" -cp "$PROJECT/target/test-classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
    "$jmh_regex" "${JMH_OPTS[@]}" -rf csv -rff "$OUT/jmh.csv" 2>&1 \
    | stamp "$OUT/jmh.log" '^# (Benchmark:|Run complete)|^(ERROR|Exception)|No matching benchmarks' \
    || jmh_rc=$?
  t1=$(now)
  jmh_s=$(secs "$t0" "$t1")
  echo "   JMH wall clock: ${jmh_s} s (exit $jmh_rc)"
fi

# --- 4. the side-by-side table --------------------------------------------------------------------------------
echo "   $(load)"
echo
python3 "$BENCH/table.py" \
  --java "$java_version, default locale $java_locale" --load "$(load)" --build-s "$build_s" \
  --check-log "$OUT/check.log" --report "$OUT/report.json" --check-s "$check_s" \
  --jmh-log "$OUT/jmh.log" --jmh-csv "$OUT/jmh.csv" --jmh-s "$jmh_s" --jmh-note "$jmh_note" \
  $( ((QUALIFIED)) && echo --qualified) \
  | tee "$OUT/table.txt"
table_rc=${PIPESTATUS[0]}
echo
echo "logs and results: $OUT"
if ((check_rc || jmh_rc)); then
  echo "FAILED: mvn verify exit $check_rc, JMH exit $jmh_rc (see the logs above)" >&2
  exit 1
fi
exit "$table_rc"
