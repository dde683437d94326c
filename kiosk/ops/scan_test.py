"""The keyboard scanner's timing, read from the terminal: ``kiosk doctor --scan-test``.

A keyboard ("wedge") scanner types a code as fast keystrokes; the app tells it from a person by
the gaps between keys (``wedge.max_gap_ms``). When scans come out as typing, or typing as scans,
support needs the scanner's real gaps. The terminal is put in character mode for the test, each
key is timed as it arrives, and the burst is judged by the same rule the app uses.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import select
import sys
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from kiosk.config.settings import WedgeSettings
from kiosk.scan.timing import Burst

SILENCE_S = 1.0
"""A scanner that sends no Enter has finished when it has been quiet this long."""


def time_keys(stream: TextIO, *, timeout_s: float = 30.0) -> Burst | None:
    """Read one burst from ``stream`` (a terminal in character mode): None if nothing came
    within ``timeout_s``. The characters themselves are not kept (they are a guest's code)."""
    stamps: list[float] = []
    ended_by = "silence"
    deadline = time.monotonic() + timeout_s
    while True:
        wait = SILENCE_S if stamps else deadline - time.monotonic()
        if wait <= 0:
            return None
        ready, _, _ = select.select([stream], [], [], wait)
        if not ready:
            if stamps:
                break
            return None
        char = stream.read(1)
        now = time.perf_counter()
        if char in ("\r", "\n", "\t"):
            ended_by = "Tab" if char == "\t" else "Enter"
            if stamps:
                break
            continue
        if char == "":
            break
        stamps.append(now)
    gaps = tuple((b - a) * 1000 for a, b in itertools.pairwise(stamps))
    return Burst(keys=len(stamps), gaps_ms=gaps, ended_by=ended_by)


@contextlib.contextmanager
def character_mode(stream: TextIO) -> Iterator[None]:
    """Keys arrive one by one, unechoed (the code is not shown on screen); restored after."""
    import termios
    import tty

    fd = stream.fileno()
    before = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        attrs = termios.tcgetattr(fd)
        attrs[3] &= ~termios.ECHO
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, before)


def run_scan_test(wedge: WedgeSettings, say: Callable[[str], None], *, scans: int = 3) -> int:
    """Ask for ``scans`` scans in the terminal and judge each (told through ``say``); 0 if
    every one was a scan."""
    if os.name != "posix" or not sys.stdin.isatty():
        say("The scan test needs a terminal (on Windows: the app's diagnostics panel).")
        return 2
    say(f"Scan a wristband now ({scans} times; Ctrl-C stops). The code is not shown.")
    failures = 0
    with character_mode(sys.stdin):
        for number in range(1, scans + 1):
            burst = time_keys(sys.stdin)
            if burst is None:
                say(f"  {number}: nothing in 30 s")
                failures += 1
                continue
            ok, why = burst.verdict(wedge)
            failures += not ok
            say(f"  {number}: {'✔' if ok else '✖'} {burst.words()}: {why}")
    return 1 if failures else 0
