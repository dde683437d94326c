#!/usr/bin/env bash
# Screenshots of self check-in as a guest sees it, in landscape, portrait and tablet sizes:
# the real app in Xvfb, wristbands "scanned" with xdotool at scanner speed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
display=":$((60 + RANDOM % 9))"
for size in 1920x1080 1080x1920 1280x800; do
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  XDG_DATA_HOME="$(mktemp -d)" DISPLAY=$display .venv/bin/kiosk --demo --mode self \
    --window-size "$size" >/dev/null 2>&1 &
  app=$!
  sleep 4
  DISPLAY=$display import -window root "$out/self-attract-$size.png"
  while read -r state code; do
    DISPLAY=$display xdotool type --delay 4 "$code"
    DISPLAY=$display xdotool key Return
    sleep 1.6
    DISPLAY=$display import -window root "$out/self-$state-$size.png"
  done <<'CODES'
admit-en 100200300
warn-de 100200301
deny-fr 100200302
deny-es-locked 100200303
not-recognised NOPE-0000
CODES
  DISPLAY=$display xdotool mousemove 20 20 mousedown 1
  sleep 2.4
  DISPLAY=$display xdotool mouseup 1
  sleep 0.5
  DISPLAY=$display import -window root "$out/self-pin-$size.png"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
done
ls "$out" | grep self-
