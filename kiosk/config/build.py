"""Which build this is: the version and the commit, for the fleet's ``kiosk_info`` and the crash
reports' release (``kiosk@0.1.0+abc1234``).

A bundle carries its commit in ``kiosk/BUILD_COMMIT`` (written when it is built); a checkout
asks git once; anything else says "unknown" rather than guess.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

from kiosk import __version__

COMMIT_FILE = Path(__file__).resolve().parent.parent / "BUILD_COMMIT"


@functools.cache
def commit() -> str:
    try:
        written = COMMIT_FILE.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        written = ""
    if written:
        return written[:12]
    try:
        answer = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=COMMIT_FILE.parent,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    found = answer.stdout.strip()
    return found if answer.returncode == 0 and found else "unknown"


def version() -> str:
    return __version__


def release() -> str:
    """``kiosk@<version>+<commit>``: one name for one build, on the dashboard and in Sentry."""
    return f"kiosk@{__version__}+{commit()}"
