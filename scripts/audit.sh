#!/usr/bin/env bash
# make audit: every dependency in uv.lock checked against the known vulnerabilities (pip-audit,
# PyPI's advisory data and OSV). The lock is the list; the advisories are online only, so a
# machine that cannot reach them says so plainly and exits 0 (CI's machine is one: it reaches
# the package registries only), and the audit is run where it can: a developer's machine or a
# release step with network.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf 'audit: %s\n' "$*"; }
# pip-audit asks PyPI's JSON API for each pinned version's advisories: probe with one of ours
probe="$(grep -A1 '^name = "httpx"' uv.lock | sed -n 's/^version = "\(.*\)"/\1/p')"
if ! curl -fsS --max-time 8 -o /dev/null "https://pypi.org/pypi/httpx/$probe/json" 2>/dev/null; then
  say "skipped: this machine cannot read PyPI's advisory data for a pinned version"
  say "(https://pypi.org/pypi/httpx/$probe/json did not answer; a registry mirror has no advisories)."
  say "Run 'make audit' on a machine with internet access: it checks every package in uv.lock."
  exit 0
fi
requirements="$(mktemp)"
trap 'rm -f "$requirements"' EXIT
.tools/bin/uv export --frozen --format requirements-txt --no-emit-project --quiet >"$requirements"
.tools/bin/uv tool run --quiet "pip-audit==2.10.1" --strict --disable-pip -r "$requirements"
