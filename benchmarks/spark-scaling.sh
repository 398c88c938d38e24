#!/usr/bin/env bash
# The Spark job's throughput in local mode with 1 and 2 cores, and its scaling from 1 to 2, against the
# command-line tool's single-thread scan of the same file: a generated log of LINES lines (default 5
# million) in Postfix, Exim and Sendmail styles with a few malformed lines (the Spark tests' generator).
#
#   bash benchmarks/spark-scaling.sh [LINES]
#
# Without spark-submit on the machine, the job runs as `java -cp smtp-status-spark.jar:<Spark's classpath>`
# with --master local[N] (the classpath from mvn dependency:build-classpath, Spark's --add-opens flags as
# its launcher gives them). Each run writes Parquet to a fresh folder under $WORK; wall time of the
# whole process (JVM and Spark start included) and the job's own time (reading, classifying, writing
# the results and the summary), both as lines/s. The log goes to ${LOG:-/tmp/smtp-status-spark-bench.log}
# and is kept for the next run. Set SKIP_BUILD=1 to use the jars as built.
set -euo pipefail
cd "$(dirname "$0")/.."

LINES=${1:-5000000}
LOG=${LOG:-/tmp/smtp-status-spark-bench.log}
WORK=${WORK:-/tmp/smtp-status-spark-bench}
JAR=spark/target/smtp-status-spark.jar
CLI=cli/target/smtp-status.jar
CP_FILE=spark/target/spark-classpath.txt
# Splits of 32 MB: 26 tasks for 831 MB, so that two cores end together (Spark's default of 128 MB gives 7
# tasks, and 7 tasks on 2 cores take 4 rounds: at most 1.75 times one core's speed).
SPLIT=${SPLIT:-32m}

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ] || [ ! -f "$CLI" ] || [ ! -f "$CP_FILE" ]; then
  # test-compile for the generator; build-classpath after package, once the sibling jars exist.
  mvn -B -q package -pl status-codes-api,bounce-reader,cli,spark -am -DskipTests -Dinvoker.skip=true \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.excludeGroupIds=io.github.smtpstatus \
      -Dmdep.outputFile="$PWD/$CP_FILE"
fi

if [ ! -f "$LOG" ] || [ "$(cat "$LOG.lines" 2>/dev/null)" != "$LINES" ]; then
  echo "generating $LINES lines in $LOG ..." >&2
  java -cp spark/target/test-classes io.github.smtpstatus.spark.LogGenerator "$LINES" > "$LOG"
  echo "$LINES" > "$LOG.lines"
fi
lines=$(wc -l < "$LOG")
bytes=$(stat -c %s "$LOG")

SPARK_OPTS=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1
echo "input: $LOG, $lines lines, $((bytes / 1000000)) MB; splits of $SPLIT"
echo
echo "| run | wall s | lines/s (wall) | job s | lines/s (job) | CPU s | lines per CPU second |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "spark-scaling.sh: $TIME is missing (Debian: apt-get install time)" >&2; exit 1; }

declare -A JOB_RATE
for cores in 1 2; do
  out="$WORK/local-$cores"
  rm -rf "$out"
  mkdir -p "$WORK"
  start=$(date +%s.%N)
  "$TIME" -f "%U %S" -o "$WORK/local-$cores.cpu" java -Xmx4g "${SPARK_OPTS[@]}" -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=$((cores * 2)) \
      -Dspark.sql.files.maxPartitionBytes=$SPLIT \
      -Dlog4j2.level=error -cp "$JAR:$(cat "$CP_FILE")" io.github.smtpstatus.spark.job.ClassifyJob \
      --master "local[$cores]" --input "$LOG" --output "$out" --format parquet > "$WORK/local-$cores.txt" 2> "$WORK/local-$cores.err" \
    || { tail -n 20 "$WORK/local-$cores.err" >&2; exit 1; }
  end=$(date +%s.%N)
  job=$(sed -n 's/^[0-9]* rows in \([0-9.]*\) s.*/\1/p' "$WORK/local-$cores.txt")
  JOB_RATE[$cores]=$(awk -v l="$lines" -v s="$job" 'BEGIN { printf "%.0f", l / s }')
  cpu=$(awk '{ print $1 + $2 }' "$WORK/local-$cores.cpu")
  awk -v l="$lines" -v a="$start" -v b="$end" -v j="$job" -v c="$cores" -v cpu="$cpu" 'BEGIN {
    printf "| spark local[%d] | %.1f | %.0f | %.1f | %.0f | %.1f | %.0f |\n", c, b - a, l / (b - a), j, l / j, cpu, l / cpu }'
done

start=$(date +%s.%N)
"$TIME" -f "%U %S" -o "$WORK/cli.cpu" java -jar "$CLI" scan --json --threads 1 "$LOG" > /dev/null
end=$(date +%s.%N)
cpu=$(awk '{ print $1 + $2 }' "$WORK/cli.cpu")
awk -v l="$lines" -v a="$start" -v b="$end" -v cpu="$cpu" 'BEGIN {
  printf "| smtp-status scan --json --threads 1 | %.1f | %.0f | | | %.1f | %.0f |\n", b - a, l / (b - a), cpu, l / cpu }'

echo
awk -v one="${JOB_RATE[1]}" -v two="${JOB_RATE[2]}" 'BEGIN { printf "scaling local[2] / local[1] (job time): %.2fx\n", two / one }'
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "summary of the local[2] run:"
cat "$WORK/local-2.txt"
