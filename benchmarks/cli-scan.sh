#!/usr/bin/env bash
# smtp-status scan on a generated Postfix-style mail log: wall time, CPU time, lines/s, MB/s and peak RSS
# (/usr/bin/time -v), on one thread and with --threads 2, with the JVM's default heap and with -Xmx64m;
# and the same on a quarter of the log, to show that memory does not grow with the input. These rows write
# --json (the heaviest output); two more rows give one thread with the default output (aligned text for
# people) and `summary scan` (the aggregate table only).
#
#   bash benchmarks/cli-scan.sh [SIZE]          SIZE defaults to 1GiB (also 300MB, 4GiB, ...)
#
# The log (written by cli's MailLogGenerator, the same bytes for the same size) goes to
# ${LOG:-/tmp/smtp-status-bench.log} and is kept for the next run. Set SKIP_BUILD=1 to use the jar as built.
# Set BASELINE_JAR=path/to/an/earlier/smtp-status.jar to measure that jar too, each row right after the
# same row of this build (the only fair before/after on a shared machine), and check its output is the same.
# Prints a Markdown table for BENCHMARKS.md. Output goes to /dev/null: this measures reading and
# classifying, not the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=${1:-1GiB}
LOG=${LOG:-/tmp/smtp-status-bench.log}
JAR=cli/target/smtp-status.jar
TIME=/usr/bin/time

[ -x "$TIME" ] || { echo "cli-scan.sh: $TIME is missing (Debian: apt-get install time)" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  mvn -B -q verify -pl status-codes-api,cli -am -DskipTests -Dinvoker.skip=true
fi

if [ ! -f "$LOG" ] || [ "$(cat "$LOG.size" 2>/dev/null)" != "$SIZE" ]; then
  echo "generating $SIZE of Postfix log in $LOG ..." >&2
  java -cp cli/target/test-classes io.github.smtpstatus.cli.MailLogGenerator "$SIZE" > "$LOG"
  echo "$SIZE" > "$LOG.size"
fi
QUARTER="$LOG.quarter"
BYTES=$(stat -c %s "$LOG")
head -c $((BYTES / 4)) "$LOG" > "$QUARTER"

# One run of one jar: prints a table row.
run() {
  local jar=$1 label=$2 output=$3 file=$4 threads=$5 heap=$6
  local bytes lines report
  bytes=$(stat -c %s "$file")
  lines=$(wc -l < "$file")
  report=$(mktemp)
  # shellcheck disable=SC2086
  "$TIME" -v java $heap -jar "$jar" $output --threads "$threads" "$file" > /dev/null 2> "$report"
  awk -v bytes="$bytes" -v lines="$lines" -v threads="$threads" -v heap="${heap:-default}" -v file="$(basename "$file")$label" -v output="$output" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $NF }
    /System time/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    /Exit status/ { status = $NF }
    END {
      cpu = user + sys
      printf "| %s (%.0f MB) | %s | %d | %s | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %s |\n", file, bytes / 1e6, output, threads, heap,
        wall, cpu, lines / wall, bytes / 1e6 / wall, bytes / 1e6 / cpu, rss / 1024, status
    }' "$report"
  rm -f "$report"
}

# A row for this build, then (with BASELINE_JAR) the same row for the baseline.
measure() {
  run "$JAR" "" "$@"
  if [ -n "${BASELINE_JAR:-}" ]; then
    run "$BASELINE_JAR" " baseline" "$@"
  fi
}

if [ -n "${BASELINE_JAR:-}" ]; then
  head -c 50000000 "$LOG" > "$LOG.head"
  if ! cmp -s <(java -jar "$JAR" scan --json "$LOG.head") <(java -jar "$BASELINE_JAR" scan --json "$LOG.head"); then
    echo "cli-scan.sh: this build and $BASELINE_JAR write different output on the first 50 MB" >&2
    exit 1
  fi
  rm -f "$LOG.head"
fi

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1
echo
echo "| input | output | threads | heap | wall s | CPU s | lines/s | MB/s (wall) | MB/s per CPU second | peak RSS MiB | exit |"
echo "| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for heap in "" "-Xmx64m"; do
  for threads in 1 2; do
    measure "scan --json" "$LOG" "$threads" "$heap"
  done
done
measure "scan --json" "$QUARTER" 1 "-Xmx64m"
measure "scan" "$LOG" 1 ""
measure "summary scan" "$LOG" 1 ""
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$QUARTER"
