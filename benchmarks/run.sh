#!/usr/bin/env bash
# Runs lape's JMH suite (settings in each benchmark's annotations: 1 fork, 5 to 8 warm-up and 8
# to 10 measured iterations) and writes results/jmh.json; arguments go to JMH, e.g. a regex of the
# benchmarks to run ("GroupBenchmark") or a profiler ("-prof stack"). Then summarise with:
#   java -cp "$(benchmarks/run.sh --classpath)" fi.lape.benchmarks.Summary \
#       benchmarks/results/jmh.json benchmarks/results/coldstart.json
# Needs: ./mvnw -B -pl benchmarks -am package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[[ -f "$here/target/classpath.txt" ]] || {
  echo "missing $here/target/classpath.txt: run ./mvnw -B -pl benchmarks -am package -DskipTests" >&2
  exit 1
}
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
if [[ "${1:-}" == --classpath ]]; then
  echo "$cp"
  exit 0
fi
mkdir -p "$here/results"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$cp" org.openjdk.jmh.Main -rf json -rff "${RESULTS:-$here/results/jmh.json}" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
