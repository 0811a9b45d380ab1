#!/usr/bin/env bash
# Runs intake-check.mjs: the example Spring Boot application (examples/spring-boot-intake) on PostgreSQL,
# EXT-1 answered in headless Chromium, the rows, `otklik metrics --db`, tampered posts and a bounded
# load test (INTAKE_LOAD posts, default 20000; 0 skips it). Run it through scripts/with-postgres.sh
# (./test does), which sets OTKLIK_TEST_PG_URL. On a fresh Debian machine it installs what it needs
# as e2e/run.sh does (Debian's chromium with apt, the npm packages of package-lock.json with npm ci,
# never a browser download) and builds the application when its jar is missing. The last line is
# "intake: N passed, M failed"; the exit code is non-zero when a check fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
[ -n "${OTKLIK_TEST_PG_URL:-}" ] || { echo "intake: run through scripts/with-postgres.sh (OTKLIK_TEST_PG_URL)" >&2; exit 2; }

if ! dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q 'install ok installed'; then
  echo "intake: installing chromium (apt)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core >/dev/null
fi
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "intake: Node.js 20+ and npm needed" >&2; exit 2; }
if [ ! -d node_modules/survey-js-ui ] || [ ! -d node_modules/playwright-core ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error 2>&1 | { grep -v 'Unknown user config' || true; }
fi
"$here/../otklik" --version >/dev/null
jar="$here/../examples/spring-boot-intake/target/otklik-example-spring-boot-intake.jar"
if [ ! -f "$jar" ]; then
  (cd "$here/.." && ./mvnw -B -ntp -q -pl examples/spring-boot-intake -am package -DskipTests)
fi

log="$(mktemp)"
set +e
timeout 1200 node intake-check.mjs 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary="$(grep -E '^# intake-check passed=[0-9]+ failed=[0-9]+' "$log" | tail -n 1 || true)"
rm -f "$log"
if [ -z "$summary" ]; then
  echo "intake: 0 passed, 1 failed (ended without a summary, exit $status)"
  exit 1
fi
p=$(sed -E 's/.*passed=([0-9]+).*/\1/' <<<"$summary")
f=$(sed -E 's/.*failed=([0-9]+).*/\1/' <<<"$summary")
if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
echo "intake: $p passed, $f failed"
[ "$f" -eq 0 ]
