#!/usr/bin/env bash
# Renders public/icon-*.png from scripts/icon/icon.svg with headless Chromium (apt install chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../public"
tmp="$(mktemp -d)"
cp "$here/icon.svg" "$tmp/"
for size in 16 32 48 96 128; do
  printf '<html><body style="margin:0"><img src="icon.svg" width="%s" height="%s"></body></html>' \
    "$size" "$size" >"$tmp/$size.html"
  chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --hide-scrollbars --default-background-color=00000000 --window-size="$size,$size" \
    --screenshot="$out/icon-$size.png" "file://$tmp/$size.html" 2>/dev/null
done
