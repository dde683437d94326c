#!/usr/bin/env bash
# The whole check: lint, types, import contracts, then the test suite, headless.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

status=0
step() { printf '\n== %s\n' "$*"; }

step "ruff"
.venv/bin/ruff check . || status=1
step "mypy"
.venv/bin/mypy || status=1
step "import contracts"
.venv/bin/lint-imports || status=1
whole=$(( $# == 0 ))
step "pytest"
# The whole suite in two processes (pytest-xdist; a file's tests stay together, with their
# module fixtures): most tests wait on a stand-in server or a timer, so two halve the time on
# two cores. A command with arguments is someone's own loop: as given.
[ $whole -eq 1 ] && set -- -n 2 --dist loadfile
.venv/bin/pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests: a suite that runs nothing is a failure here"
  rc=1
fi
[ $rc -ne 0 ] && status=$rc

# The whole suite once more would double its time: the tests that read the time of day (the
# demo's bands, verdicts, the desk's clock words, self check-in, spoken answers, the till) run
# again with the clock port moved to the day's edges: 22:50 and 23:58 UTC today, the two nights
# the clocks change in London (started ten seconds before, so the change happens mid-run), and
# far from London. Only for the whole run (a command with arguments is someone's own loop).
if [ $whole -eq 1 ]; then
  edges=(tests/unit/test_demo_data.py tests/integration/test_verdicts.py tests/ui/test_desk_time.py
         tests/ui/test_spoken_answers.py tests/ui/test_till_tab.py
         tests/unit/checkin/test_self_session.py)
  today=$(date -u +%F)
  step "pytest at the edges of the day (five runs at once: they mostly wait on the stand-in)"
  logs=$(mktemp -d)
  runs=("${today}T22:50:00Z" "${today}T23:58:00Z" 2027-03-28T00:59:50Z 2026-10-25T00:59:50Z
        "${today}T23:58:00Z Pacific/Auckland")
  pids=()
  for n in "${!runs[@]}"; do
    read -r at zone <<< "${runs[$n]}"
    ( export KIOSK_CLOCK_AT=$at; [ -n "$zone" ] && export TZ=$zone
      .venv/bin/pytest -q -p no:cacheprovider "${edges[@]}" > "$logs/$n.log" 2>&1 ) &
    pids+=($!)
  done
  for n in "${!runs[@]}"; do
    if wait "${pids[$n]}"; then
      echo "  at ${runs[$n]}: $(tail -n 1 "$logs/$n.log")"
    else
      echo "  at ${runs[$n]}: FAILED"; cat "$logs/$n.log"; status=1
    fi
  done
  rm -rf "$logs"
fi
exit $status
