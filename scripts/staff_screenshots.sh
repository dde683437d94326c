#!/usr/bin/env bash
# Screenshots of a desk whose site lists its staff: the sign-in page (a name tapped), signed in
# with a guest on screen, and the staff list. The real app in Xvfb on the demo backend, with a
# throwaway settings file holding three made-up staff (PINs 2468, 1357, 9999; hashes made here).
# Writes docs/screenshots/desk-staff-<state>-1280x800.png.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/screen_tools.sh
./scripts/bootstrap.sh app

out=docs/screenshots
mkdir -p "$out"
display=":$((80 + RANDOM % 9))"
work="$(mktemp -d)"
.venv/bin/python - "$work/settings.toml" <<'PY'
import sys
from kiosk.checkin.staff import hash_badge
from kiosk.config.persist import save_settings
from kiosk.config.pin import hash_pin
from pathlib import Path
staff = [
    {"id": "st-desk01", "name": "Robin", "role": "desk", "pin_hash": hash_pin("2468")},
    {"id": "st-sup001", "name": "Sasha", "role": "supervisor", "pin_hash": hash_pin("1357"),
     "badge_hash": hash_badge("STAFF-0042-SUP")},
    {"id": "st-man001", "name": "Morgan", "role": "manager", "pin_hash": hash_pin("9999")},
]
save_settings({"staff": staff}, Path(sys.argv[1]))
PY
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" "${app:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
XDG_DATA_HOME="$work/data" DISPLAY=$display .venv/bin/kiosk --demo --config "$work/settings.toml" \
  --window-size 1280x800 >/dev/null 2>&1 &
app=$!
for _ in $(seq 50); do DISPLAY=$display xdotool search --name "Kiosk" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 2
shot() { DISPLAY=$display import -window root "$out/desk-staff-$1-1280x800.png"; }
# tap Robin's name (the first tile), type a PIN as a person would
window=$(DISPLAY=$display xdotool search --name "Kiosk" | head -1)
DISPLAY=$display xdotool mousemove 428 330 click 1
sleep 0.5
shot sign-in
DISPLAY=$display xdotool type --delay 150 2468
DISPLAY=$display xdotool key Return
sleep 2
DISPLAY=$display xdotool type --delay 4 100200303   # a locked guest: red
DISPLAY=$display xdotool key Return
sleep 2
DISPLAY=$display xdotool key F2                     # Robin may not override: said so
sleep 1
shot refused
DISPLAY=$display xdotool type --delay 4 STAFF-0042-SUP  # the supervisor's badge
DISPLAY=$display xdotool key Return
sleep 1.5
shot took-over
echo "screenshots in $out/desk-staff-*.png ($window)"
