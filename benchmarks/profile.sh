#!/usr/bin/env bash
# Where the time goes: JFR recordings of four benchmarks (lape and the reference evaluator on the
# 30-member group, lape on 10,000 groups, lape-json reading 1,000 groups), each made from the JVM's
# start and read only over its last seconds, when the measured steady state runs. Writes the
# breakdown by stage to results/profile.txt and keeps the recordings in target/profiles.
# Run it on JDK 25 (JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/profile.sh): JDK 17's
# JFR loses most samples of the C2-compiled Drools code in the steady state (about 70 a second
# against 450 for the reference evaluator), JDK 25's cooperative sampling does not.
# Needs: ./mvnw -B -pl benchmarks -am package -DskipTests
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
dir="$here/target/profiles"
mkdir -p "$dir" "$here/results"

profile() {
  local name=$1
  shift
  RESULTS="$dir/$name.json" "$here/run.sh" "$@" -jvmArgsAppend "-Xms2g -Xmx2g \
-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -XX:FlightRecorderOptions:stackdepth=512 \
-XX:StartFlightRecording=settings=profile,jdk.ExecutionSample#period=1ms,dumponexit=true,filename=$dir/$name.jfr" \
    > "$dir/$name.log"
  grep -E "^[A-Z][A-Za-z]+Benchmark\." "$dir/$name.log" | grep -v ":jfr"
}

profile group-lape GroupBenchmark.lape -i 15
profile group-reference GroupBenchmark.reference -i 15
profile scaling-lape-10000 ScalingBenchmark.lape -p groups=10000
profile json-lape-read JsonBenchmark.lapeRead -i 15
{
  echo "# $("$java" -version 2>&1 | head -n 2 | tail -n 1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$java" -cp "$("$here/run.sh" --classpath)" fi.lape.benchmarks.ProfileBreakdown --last 10 \
    "$dir/group-lape.jfr" "$dir/group-reference.jfr" "$dir/scaling-lape-10000.jfr" \
    "$dir/json-lape-read.jfr"
} > "$here/results/profile.txt"
cat "$here/results/profile.txt"
