#!/usr/bin/env bash
# Regenerates the screenshots in docs/ from `otklik demo`: both report editions, the pain map and
# the public "you said, we did" page, each at 1200 px (PNG) and printed to A4 (PDF, kept in
# target/screenshots). Fails when a page overflows 1200 px or A4 portrait.
# Needs the CLI built (./mvnw install -DskipTests), Node.js and Chromium (e2e/run.sh installs them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=target/screenshots
demo=$out/demo
rm -rf "$out" && mkdir -p "$demo"
./otklik demo --out "$demo" > "$out/demo.txt"
./otklik painmap --audience public --format html -o "$demo/painmap-public.html" \
  --responses "$demo/responses.jsonl" --appeals "$demo/appeals.csv" --processes "$demo/processes.csv" \
  --registry "$demo/registry.json" --measures "$demo/measures.json" --period 2025-Q1 --zone Europe/Moscow \
  > /dev/null
(cd e2e && [ -d node_modules ] || npm ci --no-audit --no-fund > /dev/null)
node e2e/screenshots.mjs "$out" \
  "$demo/report.html=report-internal" "$demo/report-public.html=report-public" \
  "$demo/painmap.html=painmap" "$demo/painmap-public.html=painmap-public"
for name in report-internal report-public painmap painmap-public; do
  # 256 colours keep the pictures legible at a tenth of the size
  /usr/bin/convert "$out/$name.png" -colors 256 "PNG8:docs/$name.png"
done
echo "docs/{report-internal,report-public,painmap,painmap-public}.png updated; PDFs in $out"
