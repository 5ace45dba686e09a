#!/usr/bin/env bash
# The check's figure for some rows of bench/differential in two compile orders, both with the forks' -Xbatch, so
# each is the same in every run:
#   A  the forks as they are: callees that get hot on their own reach C2 first, and C2 may then refuse to inline
#      them into the method ("already compiled into a big method")
#   B  the method first: every compile threshold x20 (richer profiles), the method's own x2, so that C2 compiles it
#      before its callees, and -XX:InlineSmallCode=100000 so that a callee compiled first is still inlined
# docs/measurement.md ("One method, two compilations") has the figures and JMH's beside them. The plugin now measures
# both orders itself (compileOrders=larger, the default; core.model.CompileOrder has B's flags): this script keeps
# the experiment that found them, with the plugin held to one order so that A and B come from the flags given here.
#
# usage: bench/compile-order/regimes.sh CLASS#METHOD...   (JAVA_HOME selects the JDK; needs the plugin installed)
#   e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/compile-order/regimes.sh JacksonStreaming#writeEvent
set -euo pipefail
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../differential" && pwd)
PACKAGE=dev.allocbudget.bench.differential
cd "$DIR"
mvn -B -q -Dstyle.color=never test-compile
figure() { # ROW JVM_ARGS: the check's B/op for one row
  mvn -B -o -Dstyle.color=never allocbudget:check -Dallocbudget.includes="$1" -Dallocbudget.reuse=false -Dallocbudget.compileOrders=one ${2:+"-Dallocbudget.jvmArgs=$2"} \
    | awk '/\[1\/1\]/ {print $4}'
}
printf '%-40s %8s %8s\n' row A B
for row in "$@"; do
  method="$PACKAGE.${row%#*}::${row#*#}"
  b="-XX:CompileThresholdScaling=20 -XX:CompileCommand=quiet -XX:CompileCommand=CompileThresholdScaling,$method,2.0"
  b+=" -XX:InlineSmallCode=100000"
  printf '%-40s %8s %8s\n' "$row" "$(figure "$row" "")" "$(figure "$row" "$b")"
done
