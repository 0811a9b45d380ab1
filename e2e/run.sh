#!/usr/bin/env bash
# Runs Otklik's forms in real clients: SurveyJS in Node (node-check.mjs), SurveyJS in headless
# Chromium (browser-check.mjs) and the paper form printed to PDF (paper-check.mjs).
#
# On a fresh Debian machine it installs what it needs: Debian's chromium, poppler-utils (pdfinfo,
# pdftotext, pdftoppm) and the fonts the page counts are pinned with (apt, as root), and the npm
# packages of package-lock.json (npm ci, never a browser download); Node.js 20 or later and npm must be
# on the machine (playwright-core needs 20, Debian 12 ships 18). It builds the
# CLI through ../otklik. The last line is "e2e: N passed, M failed"; the exit code is non-zero when a
# check fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
started=$(date +%s)

# ------------------------------------------------------------------------------ system packages
need=()
for pkg in chromium poppler-utils fonts-liberation fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ "${#need[@]}" -gt 0 ]; then
  echo "e2e: installing ${need[*]} (apt)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "e2e: need root (or sudo) to install ${need[*]}" >&2; exit 2; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "e2e: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}" >&2; exit 2; }
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "e2e: Node.js 20+ and npm needed" >&2; exit 2; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { echo "e2e: Node.js 20 or later needed, found $(node --version)" >&2; exit 2; }

# ------------------------------------------------------------------------------ npm packages
# exactly the lockfile; playwright-core brings no browser and must not fetch one
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error 2>&1 \
  | { grep -v 'Unknown user config' || true; }
[ -d node_modules/survey-core ] || { echo "e2e: npm ci failed" >&2; exit 2; }

# ------------------------------------------------------------------------------ the CLI
"$here/../otklik" --version >/dev/null

# ------------------------------------------------------------------------------ the checks
passed=0
failed=0
for check in node-check browser-check paper-check; do
  echo "== $check"
  log="$(mktemp)"
  set +e
  timeout 1200 node "$check.mjs" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  summary="$(grep -E "^# $check passed=[0-9]+ failed=[0-9]+" "$log" | tail -n 1 || true)"
  rm -f "$log"
  if [ -z "$summary" ]; then
    echo "e2e: $check ended without a summary (exit $status)"
    failed=$((failed + 1))
    continue
  fi
  p=$(sed -E 's/.*passed=([0-9]+).*/\1/' <<<"$summary")
  f=$(sed -E 's/.*failed=([0-9]+).*/\1/' <<<"$summary")
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # a crash after the summary
  fi
  passed=$((passed + p))
  failed=$((failed + f))
done

echo "e2e: took $(( $(date +%s) - started )) s"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
