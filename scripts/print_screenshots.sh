#!/usr/bin/env bash
# Screenshots of printing a band at the desk: the real app in Xvfb on the demo backend, which
# prints on its fake Zebra (kiosk.sandbox.printer). A walk-in registered (Ctrl+N), "Print a
# band", the band out and "Use the printed band"; then the band given; and the band itself, as
# the printer drew it from the ZPL it received. Writes docs/screenshots/desk-print-<state>.png.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/screen_tools.sh
./scripts/bootstrap.sh app

out=docs/screenshots
mkdir -p "$out"
display=":$((80 + RANDOM % 9))"
work="$(mktemp -d)"
touch "$work/settings.toml"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" "${app:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
XDG_DATA_HOME="$work/data" DISPLAY=$display .venv/bin/kiosk --demo --config "$work/settings.toml" \
  --window-size 1280x800 >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do DISPLAY=$display xdotool search --name "Kiosk" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 2
x() { DISPLAY=$display xdotool "$@"; }
shot() { DISPLAY=$display import -window root "$out/desk-print-$1-1280x800.png"; }
x key ctrl+n
sleep 1
x type --delay 120 "Walk"
x key Tab
x type --delay 120 "Inn"
x key Tab
x type --delay 130 "walk.inn@example.com"
x key Return
sleep 2
shot offered
x mousemove "${PRINT_X:-1004}" "${PRINT_Y:-485}" click 1   # "Print a band"
sleep 2.5
shot printed
x mousemove "${USE_X:-900}" "${USE_Y:-485}" click 1        # "Use the printed band"
sleep 2
shot given
band=$(ls "$work/data/kiosk/demo-printer/"band-*.png | head -1)
.venv/bin/python - "$band" "$out/band-printed-203dpi.png" <<'PY'
import sys
from PIL import Image
# the printer's head runs across the band: turned back to read along it
Image.open(sys.argv[1]).rotate(-90, expand=True).convert("L").save(sys.argv[2])
PY
echo "screenshots in $out/desk-print-*.png and $out/band-printed-203dpi.png"
