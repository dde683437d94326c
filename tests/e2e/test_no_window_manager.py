"""Issue 27, item 2: an appliance's bare X session (no window manager): the desk covers the
whole 1920x1080 screen, and after a dialog closes the scanner's keys still reach it (they went
nowhere until someone clicked). A real Xvfb, keys typed by xdotool at scanner speed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xvfb import HAS_XVFB, xvfb

pytestmark = pytest.mark.skipif(
    not HAS_XVFB,
    reason="needs Xvfb and xdotool (make test installs them on Debian)",
)


@pytest.fixture
def bare_display() -> Iterator[str]:
    with xvfb("1920x1080") as name:
        yield name


@pytest.mark.parametrize("windowed", [False, True], ids=["full-screen", "windowed"])
def test_the_desk_fills_the_screen_and_keeps_the_keyboard_after_a_dialog(
    bare_display: str, tmp_path: Path, windowed: bool
) -> None:
    out = tmp_path / "desk.txt"
    env = {**os.environ, "DISPLAY": bare_display, "QT_QPA_PLATFORM": "xcb"}
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.x11_desk_probe", str(out), "25", *["--windowed"] * windowed],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while "DIALOG-CLOSED" not in (out.read_text() if out.exists() else ""):
            assert time.monotonic() < deadline, "the desk did not open and close its dialog"
            time.sleep(0.1)
        # the pointer off the window (where it is on a screen with no mouse): X's focus no
        # longer follows it into the desk
        subprocess.run(["xdotool", "mousemove", "1910", "1070"], env=env, timeout=30)
        time.sleep(0.5)
        # no click, no windowfocus: the keys go wherever X's focus is now
        subprocess.run(["xdotool", "type", "--delay", "3", "100200300\n"], env=env, timeout=30)
        deadline = time.monotonic() + 10
        while "SCAN 100200300" not in out.read_text():
            assert time.monotonic() < deadline, out.read_text()
            time.sleep(0.1)
    finally:
        probe.terminate()
        probe.wait(timeout=15)
    lines = out.read_text().splitlines()
    assert ("SIZE 1280x800" if windowed else "SIZE 1920x1080") in lines
