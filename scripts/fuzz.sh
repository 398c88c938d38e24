#!/usr/bin/env bash
# Fuzzes one Jazzer target for real, for a chosen time, with Java 17 (see docs/HOSTILE-INPUT.md).
#
#   scripts/fuzz.sh <module> <TestClass#method> [seconds, default 600]
#   scripts/fuzz.sh status-codes-api ParserFuzzTest#findAll 600
#   scripts/fuzz.sh codegen-maven-plugin RegistryInputFuzzTest#csvTable 600
#
# Jazzer 0.24 takes the fuzzing time from @FuzzTest(maxDuration), a compile-time constant; libFuzzer
# flags given as JUnit configuration parameters jazzer.internal.arg.N come last on its command line and
# win, so -max_total_time here overrides it. A crash fails the build and leaves its input in
# src/test/resources/<package>/<Class>Inputs/<method>/: commit it with the fix, and from then on it runs
# in every mvn verify. The corpus grown while fuzzing stays in <module>/.cifuzz-corpus/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."

module=${1:?module, such as status-codes-api}
target=${2:?test class and method, such as ParserFuzzTest#findAll}
seconds=${3:-600}
log=${FUZZ_LOG:-target/fuzz-${target//[#\/]/-}.log}
mkdir -p "$(dirname "$log")"

JAZZER_FUZZ=1 mvn -B verify -pl "$module" -am -Dinvoker.skip=true \
  -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1=-max_total_time="$seconds" \
  -Djazzer.internal.arg.2=-timeout=10 \
  >"$log" 2>&1 && status=0 || status=$?

# libFuzzer's last status line: executions, coverage, corpus size, speed.
grep -a -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1 || true
grep -a -E 'Tests run:.*in io\.github' "$log" | tail -n 1 || true
grep -a -E 'Java Exception|FuzzTestFinding|expected:|but was:|Test unit written' "$log" | head -n 20 || true
echo "log: $log, exit status: $status"
exit "$status"
