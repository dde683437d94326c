"""A real X server for the tests that need one (the wedge through X11, the desk with no window
manager): Xvfb on a free display number, with no window manager, stopped afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

HAS_XVFB = bool(shutil.which("Xvfb") and shutil.which("xdotool"))
"""Both are Debian packages `make test` installs; elsewhere these tests are skipped."""


@contextmanager
def xvfb(size: str) -> Iterator[str]:
    """The display name (":1") of a fresh Xvfb at ``size`` ("1920x1080"). Xvfb picks a free
    display number itself (``-displayfd``: two test processes starting one at once never get
    the same) and says it when it is ready to take clients."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as said:
            number = said.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
