#!/usr/bin/env bash
# Coverage-guided fuzzing of every reader and loader (feedback-fuzz's ReaderFuzzTest, Jazzer).
# Each target is fuzzed in rounds of 60 s (the @FuzzTest maxDuration) until its share of the time
# is spent; the corpus a round grows (feedback-fuzz/.cifuzz-corpus) is where the next one starts,
# and a crash is written to src/test/resources/io/github/otklik/fuzz/ReaderFuzzTestInputs/TARGET/,
# where it stays a regression input of the normal build. Prints executions and time per target.
#
#   scripts/fuzz.sh [MINUTES_PER_TARGET] [TARGET...]     (default: 5 minutes, every target)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
minutes=${1:-5}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(responsesJsonl responseLineVerdictIsJacksons appealsCsv processInstancesCsv formTemplate ruleSet registry themes surveyJsData)
fi
./mvnw -B -ntp -q install -DskipTests >/dev/null || exit 2
mkdir -p feedback-fuzz/target/fuzz
total_runs=0
total_seconds=0
failed=0
for t in "${targets[@]}"; do
  end=$(( $(date +%s) + minutes * 60 ))
  round=0
  while [ "$(date +%s)" -lt "$end" ]; do
    round=$((round + 1))
    log=feedback-fuzz/target/fuzz/$t-$round.log
    JAZZER_FUZZ=1 ./mvnw -B -ntp verify -pl feedback-fuzz -Dtest="ReaderFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
    rc=$?
    done_line=$(grep -a '^Done [0-9]* runs in' "$log" | tail -1)
    runs=$(echo "$done_line" | awk '{print $2}')
    secs=$(echo "$done_line" | awk '{print $5}')
    total_runs=$((total_runs + ${runs:-0}))
    total_seconds=$((total_seconds + ${secs:-0}))
    echo "$t round $round: ${runs:-0} executions in ${secs:-0} s, exit $rc"
    if [ $rc -ne 0 ]; then
      failed=1
      echo "  finding: see $log and feedback-fuzz/src/test/resources/io/github/otklik/fuzz/ReaderFuzzTestInputs/$t/"
      break
    fi
  done
done
echo "fuzzing: $total_runs executions in $total_seconds s of fuzzing ($(awk "BEGIN {printf \"%.2f\", $total_seconds / 3600}") h)"
exit $failed
