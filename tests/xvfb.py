"""A real X server for the tests that need one (the wedge through X11, the desk with no window
manager): Xvfb on a free display number, with no window manager, stopped afterwards."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HAS_XVFB = bool(shutil.which("Xvfb") and shutil.which("xdotool"))
"""Both are Debian packages `make test` installs; elsewhere these tests are skipped."""


@contextmanager
def xvfb(size: str, *, first: int) -> Iterator[str]:
    """The display name (":61") of a fresh Xvfb at ``size`` ("1920x1080"), numbered from
    ``first`` (two fixtures of one run never ask for the same)."""
    for number in range(first, first + 30):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        yield name
    finally:
        server.terminate()
        server.wait(timeout=10)
