#!/usr/bin/env bash
# Screenshots of the desk as a person sees it: the real app in a real X window (Xvfb), codes
# typed by xdotool at scanner speed (4 ms a key, then Enter), the screen captured with
# ImageMagick. Writes docs/screenshots/desk-<state>-<width>x<height>.png.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/screen_tools.sh
./scripts/bootstrap.sh app

out=docs/screenshots
mkdir -p "$out"
display=":$((90 + RANDOM % 9))"

shoot_size() {
  local size=$1
  Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  XDG_DATA_HOME="$(mktemp -d)" DISPLAY=$display .venv/bin/kiosk --demo --window-size "$size" \
    >/dev/null 2>&1 &
  local app=$!
  for _ in $(seq 50); do DISPLAY=$display xdotool search --name "Kiosk" >/dev/null 2>&1 && break; sleep 0.2; done
  sleep 1.5
  DISPLAY=$display import -window root "$out/desk-idle-$size.png"
  while read -r state code; do
    DISPLAY=$display xdotool mousemove 5 5
    DISPLAY=$display xdotool type --delay 4 "$code"
    DISPLAY=$display xdotool key Return
    sleep 1.5
    DISPLAY=$display import -window root "$out/desk-$state-$size.png"
  done <<'CODES'
admit 100200300
warn-payment-failed 100200301
warn-expiring-revoked-card 100200306
deny-locked 100200303
deny-anonymised 100200305
deny-membership-expired 100200307
warn-no-membership 100200304
not-recognised NOPE-0000
CODES
  # A name typed and Enter: the rows that tell two guests of one name apart.
  local w=${size%x*}
  DISPLAY=$display xdotool mousemove $((w - 620)) 36 click 1 type --delay 150 "Becker"
  DISPLAY=$display xdotool key Return
  sleep 3
  DISPLAY=$display import -window root "$out/desk-search-results-$size.png"
  DISPLAY=$display xdotool key ctrl+a BackSpace
  # The expiry menu (F3, as a tap on Expiry would) on an expired band, then +7 days.
  DISPLAY=$display xdotool type --delay 4 100200302
  DISPLAY=$display xdotool key Return
  sleep 1.5
  DISPLAY=$display import -window root "$out/desk-deny-band-expired-$size.png"
  DISPLAY=$display xdotool key F3
  sleep 0.8
  DISPLAY=$display import -window root "$out/desk-extend-menu-$size.png"
  DISPLAY=$display xdotool key Down Down Return
  sleep 2
  DISPLAY=$display import -window root "$out/desk-extended-$size.png"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
}

for size in 1280x800 1920x1080 1080x1920; do shoot_size "$size"; done

# A stand-in server of its own (its admin API injects faults), Xvfb, and the app on them; extra
# NAME=value arguments go into the app's environment. Sets port, admin, api, server, xvfb, app.
start_site() {
  port=$((20000 + RANDOM % 20000)) admin="screenshot-admin"
  api="http://127.0.0.1:$port/_sandbox/faults"
  local db
  db="$(mktemp -d)/sandbox.db"
  .venv/bin/kiosk sandbox --port "$port" --token shot --admin-token "$admin" --db "$db" \
    >/dev/null 2>&1 &
  server=$!
  sleep 3
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  env XDG_DATA_HOME="$(mktemp -d)" KIOSK_API_TOKEN=shot "$@" DISPLAY="$display" .venv/bin/kiosk \
    --api-url "http://127.0.0.1:$port" --site-id 9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11 \
    >/dev/null 2>&1 &
  app=$!
  sleep 4
}

# Failures, against a separate stand-in server whose admin API injects them.
shoot_errors() {
  start_site
  fault() {
    curl -s -X DELETE -H "Authorization: Bearer $admin" "http://127.0.0.1:$port/_sandbox/faults"
    curl -s -X POST -H "Authorization: Bearer $admin" -H "Content-Type: application/json" \
      -d "$1" "http://127.0.0.1:$port/_sandbox/faults" >/dev/null
  }
  local n=0
  while read -r state json; do
    fault "$json"
    n=$((n + 1))
    DISPLAY=$display xdotool type --delay 4 "10020030$n"
    DISPLAY=$display xdotool key Return
    sleep 4
    DISPLAY=$display import -window root "$out/desk-error-$state-1280x800.png"
  done <<'FAULTS'
server {"path_prefix": "/customers/customers/barcode-search/", "status": 503}
busy {"path_prefix": "/customers/customers/barcode-search/", "status": 429, "retry_after": "120"}
dropped {"path_prefix": "/customers/customers/barcode-search/", "reset": true}
FAULTS
  kill "$server"; wait "$server" 2>/dev/null || true
  DISPLAY=$display xdotool type --delay 4 100200305
  DISPLAY=$display xdotool key Return
  sleep 3
  DISPLAY=$display import -window root "$out/desk-error-offline-1280x800.png"
  kill "$app" "$xvfb" 2>/dev/null || true
  wait "$app" "$xvfb" 2>/dev/null || true
}
# Writes that tell the truth, and parts that could not load (faults through the admin API).
shoot_trust() {
  start_site
  clear_faults() { curl -s -X DELETE -H "Authorization: Bearer $admin" "$api"; }
  add_fault() {
    curl -s -X POST -H "Authorization: Bearer $admin" -H "Content-Type: application/json" \
      -d "$1" "$api" >/dev/null
  }
  scan() {
    DISPLAY=$display xdotool mousemove 5 5 type --delay 4 "$1"
    DISPLAY=$display xdotool key Return
    sleep 2
  }
  shot() { DISPLAY=$display import -window root "$out/desk-$1-1280x800.png"; }
  primary() { DISPLAY=$display xdotool mousemove 1052 613 click 1; }
  # Amelia's memberships fail (503): she is shown, the gap is named, the verdict is not green
  local amelia
  amelia=$(curl -s -H "Authorization: Bearer shot" \
    "http://127.0.0.1:$port/customers/customers/barcode-search/100200300?site_id=9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11" |
    .venv/bin/python -c 'import json, sys; print(json.load(sys.stdin)["data"]["id"])')
  add_fault "{\"path_prefix\": \"/customers/customers/$amelia/memberships\", \"status\": 503}"
  scan 100200300
  shot partial-memberships
  clear_faults
  # a check-in committed but its answer lost, and reading back fails too: unconfirmed
  scan 100200304
  add_fault '{"path_prefix": "/customers/check-ins", "method": "POST", "after": true, "reset": true, "times": 1}'
  add_fault '{"path_prefix": "/customers/check-ins", "method": "GET", "status": 503}'
  primary
  sleep 5
  shot write-unconfirmed
  clear_faults
  sleep 1
  primary  # "Check again": reads, never resends
  sleep 3
  shot write-confirmed
  # a red verdict: Override... asks for a reason, then checks the guest in
  scan 100200302
  primary
  sleep 1
  DISPLAY=$display xdotool type --delay 120 "Renewed at the desk, receipt seen"  # a person
  shot override-reason
  DISPLAY=$display xdotool key Return
  sleep 3
  shot override-admitted
  kill "$app" "$server" "$xvfb" 2>/dev/null || true
  wait "$app" "$server" "$xvfb" 2>/dev/null || true
}
# Offline: the local copy answers, the check-in is saved for later, then sent by itself.
shoot_offline() {
  # a throwaway key for a throwaway copy (the app keeps its real one in the OS keyring)
  start_site KIOSK_STORE_KEY=screenshots-only
  scan() {
    DISPLAY=$display xdotool mousemove 5 5 type --delay 4 "$1"
    DISPLAY=$display xdotool key Return
    sleep 2
  }
  shot() { DISPLAY=$display import -window root "$out/desk-$1-1280x800.png"; }
  scan 100200300  # online: Amelia is kept in the local copy
  shot online
  scan 100200304
  curl -s -X POST -H "Authorization: Bearer $admin" -H "Content-Type: application/json" \
    -d '{"path_prefix": "/", "reset": true}' "$api" >/dev/null  # the network goes
  scan 100200300
  sleep 2
  shot offline-admit
  DISPLAY=$display xdotool mousemove 1004 613 click 1  # Check in
  sleep 3
  shot offline-saved
  scan 100200308  # never seen at this desk
  sleep 1
  shot offline-unknown
  curl -s -X DELETE -H "Authorization: Bearer $admin" "$api"  # the network is back
  sleep 8
  shot offline-back
  kill "$app" "$server" "$xvfb" 2>/dev/null || true
  wait "$app" "$server" "$xvfb" 2>/dev/null || true
}
command -v curl >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq curl >/dev/null; }
shoot_errors
shoot_trust
shoot_offline
ls -1 "$out"
