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
# Offline: a band the kiosk has seen is still answered; one it has not is never welcomed.
port=$((20000 + RANDOM % 20000))
db="$(mktemp -d)/sandbox.db"
.venv/bin/kiosk sandbox --port "$port" --token shot --admin-token shot-admin --db "$db" \
  >/dev/null 2>&1 &
server=$!
sleep 3
Xvfb "$display" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
pin_hash=$(.venv/bin/python -c 'from kiosk.config.pin import hash_pin; print(hash_pin("2468"))')
XDG_DATA_HOME="$(mktemp -d)" KIOSK_API_TOKEN=shot KIOSK_STORE_KEY=screenshots-only \
  KIOSK_STAFF_PIN_HASH="$pin_hash" DISPLAY=$display .venv/bin/kiosk --mode self \
  --api-url "http://127.0.0.1:$port" --site-id 9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11 \
  --window-size 1080x1920 >/dev/null 2>&1 &
app=$!
sleep 4
scan() { DISPLAY=$display xdotool type --delay 4 "$1"; DISPLAY=$display xdotool key Return; }
scan 100200300  # online: checked in, and kept in the local copy
sleep 5
curl -s -X POST -H "Authorization: Bearer shot-admin" -H "Content-Type: application/json" \
  -d '{"path_prefix": "/", "reset": true}' "http://127.0.0.1:$port/_sandbox/faults" >/dev/null
scan 100200308  # never seen here
sleep 3
DISPLAY=$display import -window root "$out/self-offline-unknown-1080x1920.png"
sleep 4
scan 100200300
sleep 2
DISPLAY=$display import -window root "$out/self-offline-known-1080x1920.png"
kill "$app" "$server" "$xvfb" 2>/dev/null || true
wait "$app" "$server" "$xvfb" 2>/dev/null || true
ls "$out" | grep self-
