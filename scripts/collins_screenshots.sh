#!/usr/bin/env bash
# Screenshots of the desk on the second guest system (the Collins stand-in): a VIP, a banned
# guest, a search by name, the More menu. Writes docs/screenshots/desk-collins-*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
display=":$((70 + RANDOM % 9))"
size=1280x800
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
XDG_DATA_HOME="$(mktemp -d)" DISPLAY=$display .venv/bin/kiosk --demo --backend collins \
  --window-size "$size" >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do DISPLAY=$display xdotool search --name "Kiosk" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 2
shot() { DISPLAY=$display import -window root "$out/desk-collins-$1-$size.png"; }
scan() { DISPLAY=$display xdotool type --delay 4 "$1"; DISPLAY=$display xdotool key Return; sleep 1.5; }
scan 65f1c0a2b3d4e5f601234567; shot vip
scan 65f1c0a2b3d4e5f601234568; shot banned
DISPLAY=$display xdotool key F5; sleep 0.8; shot more-menu
DISPLAY=$display xdotool key Escape; sleep 0.3
DISPLAY=$display xdotool mousemove 660 36 click 1 type --delay 150 "Costa"
DISPLAY=$display xdotool key Return
sleep 2.5; shot search
kill "$app" "$xvfb" 2>/dev/null || true
wait "$app" "$xvfb" 2>/dev/null || true
ls "$out"/desk-collins-*
