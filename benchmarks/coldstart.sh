#!/usr/bin/env bash
# Cold start: how long a fresh JVM takes from its start to the first printed assessment, for lape
# (Drools rules compiled at build time) and for a plain-Java process running lape-rules' reference
# evaluator on the same group; plus the floor, a JVM that only builds the data. Runs are
# interleaved (lape, reference, floor, lape, ...) after one discarded warm-up run each, so that
# load drift hits every variant alike. Prints medians, the ratio and peak RSS, and writes
# results/coldstart.json.
#
# Usage: benchmarks/coldstart.sh [runs] [--cds]
#   runs   runs per variant (default 11)
#   --cds  also measure each variant with an application class-data sharing archive of its own
#          (made by one training run with -XX:ArchiveClassesAtExit)
# Needs: ./mvnw -B -pl benchmarks -am package -DskipTests (target/classpath.txt); JAVA_HOME or java
# on the PATH; /usr/bin/time for peak RSS (otherwise each main reports its own VmHWM).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
runs=11
cds=false
for arg in "$@"; do
  case "$arg" in
    --cds) cds=true ;;
    ''|*[!0-9]*) echo "usage: $0 [runs] [--cds]" >&2; exit 2 ;;
    *) runs=$arg ;;
  esac
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[[ -f "$here/target/classpath.txt" ]] || {
  echo "missing $here/target/classpath.txt: run ./mvnw -B -pl benchmarks -am package -DskipTests" >&2
  exit 1
}
# Jars only: class-data sharing archives refuse directories on the class path.
jar=$(ls "$here"/target/benchmarks-*.jar | grep -v -e sources -e javadoc -e tests | head -n 1)
cp="$jar:$(cat "$here/target/classpath.txt")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$here/results"

variants=(lape reference floor)
declare -A main=(
  [lape]=fi.lape.benchmarks.LapeColdStart
  [reference]=fi.lape.benchmarks.ReferenceColdStart
  [floor]=fi.lape.benchmarks.DataOnlyColdStart
)
declare -A flags=([lape]="" [reference]="" [floor]="")

# One run of variant $1: appends its milliseconds to $tmp/$1.ms and its peak RSS (KB) to $tmp/$1.kb,
# and keeps its first line in $tmp/$1.line.
run() {
  local v=$1 start end
  local -a cmd=("$java" ${flags[$v]} -cp "$cp" "${main[$v]}")
  if [[ -x /usr/bin/time ]]; then
    cmd=(/usr/bin/time -f %M -o "$tmp/$v.time" "${cmd[@]}")
  fi
  start=$(date +%s%N)
  "${cmd[@]}" | {
    IFS= read -r first
    date +%s%N > "$tmp/$v.end"
    printf '%s\n' "$first" > "$tmp/$v.line"
    cat > "$tmp/$v.rest"
  }
  end=$(cat "$tmp/$v.end")
  echo $(( (end - start) / 1000000 )) >> "$tmp/$v.ms"
  if [[ -x /usr/bin/time ]]; then
    tail -n 1 "$tmp/$v.time" >> "$tmp/$v.kb"
  else
    awk '/^peak-rss-kb /{print $2}' "$tmp/$v.rest" >> "$tmp/$v.kb"
  fi
}

median() {
  sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

measure() {
  local label=$1
  for v in "${variants[@]}"; do
    run "$v"                                   # warm-up: page cache, discarded
    rm -f "$tmp/$v.ms" "$tmp/$v.kb"
  done
  for ((i = 0; i < runs; i++)); do
    for v in "${variants[@]}"; do run "$v"; done
  done
  if ! cmp -s "$tmp/lape.line" "$tmp/reference.line"; then
    echo "lape and the reference printed different assessments:" >&2
    cat "$tmp/lape.line" "$tmp/reference.line" >&2
    exit 1
  fi
  local lape ref floor
  lape=$(median "$tmp/lape.ms"); ref=$(median "$tmp/reference.ms"); floor=$(median "$tmp/floor.ms")
  printf '%-10s %-9s %9s %9s %9s %14s\n' "$label" variant "median ms" "min ms" "max ms" "peak RSS MB"
  for v in "${variants[@]}"; do
    printf '%-10s %-9s %9s %9s %9s %14s\n' "" "$v" "$(median "$tmp/$v.ms")" \
      "$(sort -n "$tmp/$v.ms" | head -1)" "$(sort -n "$tmp/$v.ms" | tail -1)" \
      "$(awk -v k="$(median "$tmp/$v.kb")" 'BEGIN {printf "%.1f", k / 1024}')"
  done
  awk -v a="$lape" -v b="$ref" -v f="$floor" 'BEGIN {
    printf "%-10s lape / reference = %.2fx; above the floor: lape %d ms, reference %d ms\n", "", a / b, a - f, b - f }'
  {
    printf '  "%s": {\n' "$label"
    for v in "${variants[@]}"; do
      printf '    "%s": {"medianMs": %s, "peakRssKb": %s, "runsMs": [%s], "peakRssKbRuns": [%s]},\n' \
        "$v" "$(median "$tmp/$v.ms")" "$(median "$tmp/$v.kb")" \
        "$(paste -sd, "$tmp/$v.ms")" "$(paste -sd, "$tmp/$v.kb")"
    done
    printf '    "lapeOverReference": %s,\n' "$(awk -v a="$lape" -v b="$ref" 'BEGIN {printf "%.3f", a / b}')"
    printf '    "line": "%s"\n  }' "$(sed 's/\\/\\\\/g; s/"/\\"/g' "$tmp/lape.line")"
  } >> "$tmp/json"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "JVM: $("$java" -version 2>&1 | head -n 2 | tail -n 1); $(nproc) CPUs; load $load_before; $runs runs per variant"
: > "$tmp/json"
measure default
if $cds; then
  for v in "${variants[@]}"; do
    jsa="$tmp/$v.jsa"
    "$java" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp "$cp" "${main[$v]}" > "$tmp/cds.log" 2>&1 || {
      echo "the training run of $v for its class-data archive failed:" >&2
      cat "$tmp/cds.log" >&2
      exit 1
    }
    flags[$v]="-XX:SharedArchiveFile=$jsa"
  done
  echo ',' >> "$tmp/json"
  measure appcds
fi
{
  printf '{\n  "jvm": "%s",\n  "cpus": %s,\n  "loadBefore": "%s",\n  "loadAfter": "%s",\n  "runs": %s,\n' \
    "$("$java" -version 2>&1 | head -n 2 | tail -n 1)" "$(nproc)" "$load_before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
  cat "$tmp/json"
  printf '\n}\n'
} > "$here/results/coldstart.json"
echo "written $here/results/coldstart.json"
