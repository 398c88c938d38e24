#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md, in one go (about 8 minutes on 2 cores):
#   1. builds the reactor (tests skipped; `mvn -B verify` runs them);
#   2. times the generate goal in real Maven builds of status-codes-api: three clean generations, then
#      three builds with unchanged inputs, keeping the goal's own log line of each;
#   3. runs every JMH benchmark once (but ScratchChoiceBenchmark), with -prof gc, forks, iterations and
#      threads as annotated on each class (ThreadScalingBenchmark on one thread, then on two);
#   4. renders the tables of BENCHMARKS.md from that run's CSV.
# Output goes to benchmarks/target/results/. Arguments are passed on to JMH, for a quick look only
# (benchmarks/run.sh -f 1 -wi 1 -i 1 -w 200ms -r 200ms); the published figures come from a run without.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

mvn -B -DskipTests clean verify

results=benchmarks/target/results
mkdir -p "$results"
{
  echo "cores: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo | sed 's/.*: /cpu: /' || true
  awk '/MemTotal/ { printf "memory: %.0f GiB\n", $2 / 1048576 }' /proc/meminfo
  echo "os: $(uname -sr)"
  java -version 2>&1
  mvn -B -version 2>&1 | sed -n 1p | sed 's/\x1b\[[0-9;]*m//g'
} > "$results/machine.txt"

timings="$results/plugin-timings.txt"
: > "$timings"
goal_line() {
  mvn -B -DskipTests verify -pl status-codes-api -am | grep -o 'smtp-status: .*' | sed "s|$PWD/||" >> "$timings"
}
for run in 1 2 3; do
  rm -rf status-codes-api/target/generated-sources/smtp-status status-codes-api/target/smtp-status
  goal_line
done
for run in 1 2 3; do
  goal_line
done

jmh_start=$(date +%s)
# ScratchChoiceBenchmark measured a one-off design choice (BENCHMARKS.md gives its own command).
java -jar benchmarks/target/benchmarks.jar -e ScratchChoiceBenchmark -prof gc -rf csv -rff "$results/jmh-result.csv" "$@" \
  | tee "$results/jmh-output.txt"
jmh_seconds=$(( $(date +%s) - jmh_start ))

java -cp benchmarks/target/benchmarks.jar io.github.smtpstatus.benchmarks.report.ResultsTable \
  "$results/jmh-result.csv" "$timings" > "$results/tables.md"
{
  echo "jmh: ${jmh_seconds} s"
  echo "total: $(( $(date +%s) - start )) s"
} >> "$results/machine.txt"
cat "$results/machine.txt" "$results/tables.md"
