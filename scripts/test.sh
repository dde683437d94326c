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
exit $status
