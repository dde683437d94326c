"""Issue 30: uv, which installs everything else, was pinned by version only. It is installed
by hash, for every platform PyPI publishes a wheel for; the audit is wired into CI."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_uv_is_installed_by_the_hashes_of_its_wheels() -> None:
    bootstrap = (ROOT / "scripts" / "bootstrap.sh").read_text()
    pinned = (ROOT / "scripts" / "uv-requirements.txt").read_text()
    assert "--require-hashes" in bootstrap
    assert "-r scripts/uv-requirements.txt" in bootstrap
    assert not re.search(r'pip install[^\n]*"uv==', bootstrap)  # no install by version alone
    assert re.search(r"^uv==\d+\.\d+\.\d+ \\$", pinned, re.M)
    hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", pinned)
    assert len(hashes) == len(set(hashes)) >= 6  # Linux x86_64/aarch64/musl, macOS x2, Windows


def test_ci_runs_the_dependency_audit() -> None:
    assert "make audit" in (ROOT / ".ci" / "run").read_text()
    audit = (ROOT / "scripts" / "audit.sh").read_text()
    assert "pip-audit" in audit
    assert "uv export --frozen" in audit  # the lock is what is audited
