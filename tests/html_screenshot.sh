#!/usr/bin/env bash
# Renders the HTML view of the example article in headless Chromium and checks the
# screenshot. Exits 77 (skipped) when Chromium is not installed.
#   usage: html_screenshot.sh ATTACHE_CLI SOURCE_DIR
set -euo pipefail
cli=$1 src=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "chromium not installed; skipping"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/examples/articles/caspian-summit.txt" "$work/article.txt"
"$cli" extract --format html "$work/article.txt" 2>/dev/null
grep -q '<mark id=' "$work/article.txt.html"
grep -q 'data-predicate="visited"' "$work/article.txt.html"
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --window-size=1280,1400 --virtual-time-budget=2000 \
  --screenshot="$work/shot.png" "file://$work/article.txt.html" >/dev/null 2>&1
size=$(stat -c %s "$work/shot.png")
[ "$size" -gt 20000 ] || { echo "screenshot too small ($size bytes)"; exit 1; }
# Keep a copy for people to look at.
cp "$work/shot.png" "${ATTACHE_SCREENSHOT_OUT:-/tmp/attache-html-view.png}"
echo "screenshot ok: $size bytes"
