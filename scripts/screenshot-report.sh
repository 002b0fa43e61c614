#!/usr/bin/env bash
# Renders the HTML report of the bundled complaint standard in headless Chromium and saves a
# screenshot: a check that the report is self-contained and readable, by eye.
#   needs: the build (mvn -B -q package -DskipTests) and Debian's chromium (apt-get install chromium fonts-noto-cjk)
#   usage: scripts/screenshot-report.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/report-screenshot.png}"
html="$(mktemp --suffix=.html)"
profile="$(mktemp -d)"
trap 'rm -rf "$html" "$profile"' EXIT

./standards evaluate --standard standards-examples/standards/complaint-handling-1.0.0.yaml \
  --facts standards-examples/facts/complaints.jsonl --as-of 2025-03-10T00:00:00+08:00 --format html > "$html" 2>/dev/null

# no network: the report must render from the file alone
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,1800 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "screenshot written to $out"
