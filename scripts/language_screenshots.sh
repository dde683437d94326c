#!/usr/bin/env bash
# The desk in each of its languages, as a person sees it: the real app in a real X window
# (Xvfb) with KIOSK_LANGUAGE set, codes typed by xdotool at scanner speed, keys pressed as
# staff press them, the screen captured with ImageMagick.
# Writes docs/screenshots/desk-<language>-<state>-1280x800.png.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/screen_tools.sh
./scripts/bootstrap.sh app

out=docs/screenshots
mkdir -p "$out"
size=1280x800
display=":$((80 + RANDOM % 9))"

for language in en de fr es; do
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  KIOSK_LANGUAGE=$language XDG_DATA_HOME="$(mktemp -d)" DISPLAY=$display \
    .venv/bin/kiosk --demo --window-size "$size" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 50); do DISPLAY=$display xdotool search --name "Kiosk" >/dev/null 2>&1 && break; sleep 0.2; done
  sleep 1.5
  shot() { DISPLAY=$display import -window root "$out/desk-$language-$1-$size.png"; }
  scan() {
    DISPLAY=$display xdotool type --delay 4 "$1"
    DISPLAY=$display xdotool key Return
    sleep 1.5
  }
  shot idle
  scan 100200300
  shot admit
  scan 100200301
  shot warn
  scan 100200302
  DISPLAY=$display xdotool key F5  # More: the band card's menu, as the key opens it
  sleep 0.8
  shot deny-more-menu
  DISPLAY=$display xdotool key Escape Escape
  DISPLAY=$display xdotool key F1  # the keys
  sleep 0.8
  shot keys
  DISPLAY=$display xdotool key Escape
  # no window manager hands the focus back when a dialog closes: a click, as staff would
  DISPLAY=$display xdotool mousemove 640 36 click 1 type --delay 150 "Becker"
  DISPLAY=$display xdotool key Return
  sleep 3
  shot search-results
  DISPLAY=$display xdotool key Escape ctrl+i  # who is in now, over the desk
  sleep 3
  shot on-site
  kill "$app" "$xvfb"
  wait "$app" "$xvfb" 2>/dev/null || true
done
echo "wrote $out/desk-{en,de,fr,es}-*-$size.png"
