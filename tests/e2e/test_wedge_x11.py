"""The keyboard wedge through a real X server: xdotool types repeat-rich codes at 1-3 ms a key
into a window with the wedge filter, as a USB scanner types into a desktop. This is where X11
flags a quick release-and-press of the same key as auto-repeat, which used to cut scans."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.wedge_codes import repeat_rich_codes
from tests.xvfb import HAS_XVFB, xvfb

pytestmark = [
    pytest.mark.skipif(
        not HAS_XVFB,
        reason="needs Xvfb and xdotool (make test installs them on Debian)",
    ),
    # Tolerance: the wedge takes keys up to 35 ms apart (WedgeSettings.max_gap_ms) as one
    # scan; a machine too loaded to deliver xdotool's 1-3 ms keys within that cuts a code
    pytest.mark.machine_speed,
]


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb("800x600") as name:
        yield name


def type_codes(display: str, out: Path, codes: list[str], *, busy: bool = False) -> list[str]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.x11_wedge_probe", str(out), "120", *(["--busy"] * busy)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while "READY" not in (out.read_text() if out.exists() else ""):
            assert time.monotonic() < deadline, "the probe window did not start"
            time.sleep(0.1)
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "wedge-probe"],
            env=env,
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=20)
        time.sleep(0.5)
        for delay in (1, 2, 3):
            chunk = codes[delay - 1 :: 3]  # "\n" arrives as Linefeed: an LF suffix
            text = "".join(code + "\n" for code in chunk)
            subprocess.run(["xdotool", "type", "--delay", str(delay), text], env=env, timeout=300)
        time.sleep(1)
    finally:
        probe.terminate()
        probe.wait(timeout=10)
    lines = out.read_text().splitlines()
    return [line for line in lines if line != "READY" and not line.startswith("LEAKED")]


def test_repeat_rich_codes_typed_by_a_real_x_server_arrive_whole(
    display: str, tmp_path: Path
) -> None:
    codes = repeat_rich_codes(300, seed=21)
    got = type_codes(display, tmp_path / "scans.txt", codes)
    expected = codes[0::3] + codes[1::3] + codes[2::3]
    assert got == expected


def test_a_busy_gui_thread_does_not_cut_scans_typed_by_a_real_x_server(
    display: str, tmp_path: Path
) -> None:
    codes = repeat_rich_codes(90, seed=8)
    got = type_codes(display, tmp_path / "busy.txt", codes, busy=True)
    assert got == codes[0::3] + codes[1::3] + codes[2::3]
