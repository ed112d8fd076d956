#!/usr/bin/env bash
# Whole-process timings of `lape assess` as users run it (the ./lape launcher, with the options it
# gives a one-off command; JSON report to /dev/null) against a plain-Java process that only parses
# the same file with Jackson into records (JacksonOnly, default options), on two files: the
# built-in sample (examples/data/sample-dataset.json, a small file) and a national-shape dataset
# of GROUPS groups (default 1,100; Workloads). For an honest reading it also times `java -jar
# lape.jar` with Java's defaults, and JacksonOnly with the launcher's options and a class-data
# archive of its own (like for like).
# Runs are interleaved after one discarded warm-up each; prints medians and ratios.
#
# Usage: benchmarks/endtoend.sh [runs] [groups]
# Needs: ./mvnw -B -pl examples,benchmarks -am package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=${1:-11}
groups=${2:-1100}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="$root/examples/target/lape.jar"
[[ -f "$jar" && -f "$here/target/classpath.txt" ]] || {
  echo "missing $jar or $here/target/classpath.txt:" \
    "run ./mvnw -B -pl examples,benchmarks -am package -DskipTests" >&2
  exit 1
}
# The benchmarks' jar rather than target/classes: class-data sharing takes only jars.
bench_jar=$(ls "$here"/target/benchmarks-*.jar | grep -v -e sources -e javadoc | head -n 1)
cp="$bench_jar:$(cat "$here/target/classpath.txt")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

national="$tmp/national.json"
echo "national-shape file: $("$java" -cp "$cp" fi.lape.benchmarks.NationalDatasetFile \
  "$groups" "$national" 2>/dev/null), $(( $(stat -c %s "$national") / 1024 )) KB"

# One timed run of "$@"; prints milliseconds. lape exits 1 when a group is not compliant.
time_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || [[ $? -eq 1 ]]
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

echo "JVM: $("$java" -version 2>&1 | head -n 2 | tail -n 1); $(nproc) CPUs;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); $runs runs per variant"
# Like for like: JacksonOnly with the launcher's compiler and collector options (read from the
# launcher itself) and a class-data archive of its own, as ./lape has.
launcher_opts=$(sed -n 's/^opts=(\(.*\))$/\1/p' "$root/lape")
# shellcheck disable=SC2086 # several options
"$java" $launcher_opts -Xlog:disable "-XX:ArchiveClassesAtExit=$tmp/jackson.jsa" -cp "$cp" \
  fi.lape.benchmarks.JacksonOnly "$root/examples/data/sample-dataset.json" > /dev/null
launcher_opts="$launcher_opts -XX:SharedArchiveFile=$tmp/jackson.jsa"
echo "like for like: JacksonOnly with $launcher_opts"
for file in "$root/examples/data/sample-dataset.json" "$national"; do
  lape=() direct=() plain=() alike=()
  time_ms "$root/lape" assess --format json "$file" > /dev/null
  time_ms "$java" -cp "$cp" fi.lape.benchmarks.JacksonOnly "$file" > /dev/null
  for ((i = 0; i < runs; i++)); do
    lape+=("$(time_ms "$root/lape" assess --format json "$file")")
    plain+=("$(time_ms "$java" -cp "$cp" fi.lape.benchmarks.JacksonOnly "$file")")
    direct+=("$(time_ms "$java" -jar "$jar" assess --format json "$file")")
    # shellcheck disable=SC2086 # several options
    alike+=("$(time_ms "$java" $launcher_opts -cp "$cp" fi.lape.benchmarks.JacksonOnly "$file")")
  done
  l=$(printf '%s\n' "${lape[@]}" | median)
  p=$(printf '%s\n' "${plain[@]}" | median)
  j=$(printf '%s\n' "${direct[@]}" | median)
  a=$(printf '%s\n' "${alike[@]}" | median)
  awk -v f="$(basename "$file")" -v l="$l" -v p="$p" -v j="$j" -v a="$a" 'BEGIN {
    printf "%-22s ./lape assess %6d ms   Jackson only %6d ms   ratio %.2fx\n", f, l, p, l / p
    printf "%-22s java -jar     %6d ms   (defaults: %.2fx); Jackson only like ./lape %d ms (like for like: %.2fx)\n", "", j, j / p, a, l / a }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
