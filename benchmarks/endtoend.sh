#!/usr/bin/env bash
# Whole-process timings of `lape assess` (the shaded examples/target/lape.jar, JSON report to
# /dev/null) against a plain-Java process that only parses the same file with Jackson into records
# (JacksonOnly), on two files: the built-in sample (examples/data/sample-dataset.json, a small
# file) and a national-shape dataset of GROUPS groups (default 1,100; Workloads). Runs are
# interleaved after one discarded warm-up each; prints medians and the ratio of each pair.
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
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
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
for file in "$root/examples/data/sample-dataset.json" "$national"; do
  lape=() plain=()
  time_ms "$java" -jar "$jar" assess --format json "$file" > /dev/null
  time_ms "$java" -cp "$cp" fi.lape.benchmarks.JacksonOnly "$file" > /dev/null
  for ((i = 0; i < runs; i++)); do
    lape+=("$(time_ms "$java" -jar "$jar" assess --format json "$file")")
    plain+=("$(time_ms "$java" -cp "$cp" fi.lape.benchmarks.JacksonOnly "$file")")
  done
  l=$(printf '%s\n' "${lape[@]}" | median)
  p=$(printf '%s\n' "${plain[@]}" | median)
  awk -v f="$(basename "$file")" -v l="$l" -v p="$p" 'BEGIN {
    printf "%-22s lape assess %6d ms   Jackson only %6d ms   ratio %.2fx\n", f, l, p, l / p }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
