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
step "pytest"
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
if [ $# -eq 0 ]; then
  edges=(tests/unit/test_demo_data.py tests/integration/test_verdicts.py tests/ui/test_desk_time.py
         tests/ui/test_spoken_answers.py tests/ui/test_till_tab.py
         tests/unit/checkin/test_self_session.py)
  today=$(date -u +%F)
  for at in "${today}T22:50:00Z" "${today}T23:58:00Z" 2027-03-28T00:59:50Z 2026-10-25T00:59:50Z; do
    step "pytest at $at (KIOSK_CLOCK_AT)"
    KIOSK_CLOCK_AT=$at .venv/bin/pytest -q -p no:cacheprovider "${edges[@]}" || status=1
  done
  step "pytest at ${today}T23:58:00Z in Pacific/Auckland"
  TZ=Pacific/Auckland KIOSK_CLOCK_AT="${today}T23:58:00Z" \
    .venv/bin/pytest -q -p no:cacheprovider "${edges[@]}" || status=1
fi
exit $status
