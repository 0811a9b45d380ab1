#!/usr/bin/env bash
# Differential test of the responses reader's byte-level scanner against its Jackson path, through
# the reader's public API: N generated, N corrupted and N fuzzed lines (fixed seeds), each read with
# and without the scanner; any difference in accepted responses, line numbers or rejects fails.
#
#   scripts/differential.sh            1,000,000 lines of each kind (3 M lines)
#   scripts/differential.sh N          N lines of each kind
#
# The build runs the same test with 40,000 lines of each kind.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-1000000}"
./mvnw -B -ntp -o -q test -pl feedback-core -Dtest=ResponseLineScannerDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dotklik.differential.examples="$n" -DargLine=-Xmx1g
