#!/usr/bin/env bash
# Renders the Chinese HTML report of the bundled complaint standard — with the monthly quality
# summary by site of the first quarter's sample tickets — in headless Chromium and saves a
# screenshot: a check, by eye, that the report is self-contained and that every Chinese
# character renders (no tofu boxes), with the CJK fonts a Debian machine gets from fonts-noto-cjk.
#   needs: the build (mvn -B -q package -DskipTests); installs Debian's chromium and fonts-noto-cjk when missing
#   usage: scripts/screenshot-report.sh [OUT.png] [--lang zh-CN|en]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/report-screenshot.png}"
lang="zh-CN"
if [ "${2:-}" = "--lang" ] && [ -n "${3:-}" ]; then lang="$3"; fi

# the browser and the CJK fonts, from Debian's packages
missing=()
command -v chromium > /dev/null || missing+=(chromium)
fc-list :lang=zh 2> /dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi

html="$(mktemp --suffix=.html)"
profile="$(mktemp -d)"
trap 'rm -rf "$html" "$profile"' EXIT

./standards evaluate --standard standards-examples/standards/complaint-handling-1.0.0.yaml \
  --facts standards-examples/facts/complaints-q1.jsonl --as-of 2025-04-01T00:00:00+08:00 \
  --format html --summary-by site --lang "$lang" > "$html" 2>/dev/null

# no network: the report must render from the file alone
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,2000 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "screenshot written to $out"
