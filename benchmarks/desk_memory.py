"""Desk memory over thousands of scans: RSS after a warm-up and at the end (target: growth
<= 5 %), with the things that used to pile up counted directly: the desk's child objects
(menus, actions, widgets), threads, the runner's queued jobs and timers.

Each scan is typed through the keyboard-wedge filter at scanner speed, after clearing the
screen (so it is a new scan, not a repeat), cycling through ten demo guests.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/desk_memory.py [--scans 5000]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import build_desk, machine, rss_mib, sandbox_process, write_section
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.checkin.desk.state import Screen
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.ui.theme import desk_style_sheet

CODES = [f"1002003{n:02d}" for n in range(10)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=5000)
    parser.add_argument("--warm-up", type=int, default=500)
    args = parser.parse_args()
    app = QApplication([])
    app.setStyleSheet(desk_style_sheet())
    with sandbox_process() as url:
        desk, session, close = build_desk(url)
        scanner = WedgeScanner(WedgeSettings())
        app.installEventFilter(scanner)
        scanner.scanned.connect(desk.handle_scan)

        def settle() -> None:
            deadline = time.monotonic() + 10
            while session.state.screen is Screen.LOOKING_UP and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()

        def counts() -> dict[str, int]:
            gc.collect()
            return {
                "desk children": len(desk.findChildren(QObject)),
                "threads": threading.active_count(),
                "runner jobs": desk.session.runner.pending_jobs,  # type: ignore[attr-defined]
                "runner timers": desk.session.runner.active_timers,  # type: ignore[attr-defined]
                "python objects": len(gc.get_objects()),
            }

        started = time.monotonic()
        warm: dict[str, int] = {}
        warm_rss = 0.0
        samples: list[tuple[int, float]] = []
        for n in range(args.scans):
            session.clear()
            QTest.keyClicks(desk, CODES[n % len(CODES)], Qt.KeyboardModifier.NoModifier, 1)
            QTest.keyClick(desk, Qt.Key.Key_Return)
            settle()
            if n + 1 == args.warm_up:
                warm, warm_rss = counts(), rss_mib()
            if (n + 1) % 500 == 0:
                samples.append((n + 1, rss_mib()))
        end = counts()
        end_rss = rss_mib()
        elapsed = time.monotonic() - started
        app.removeEventFilter(scanner)
        close()
    growth = (end_rss - warm_rss) / warm_rss * 100
    rows = "\n".join(f"| {k} | {warm[k]} | {end[k]} |" for k in warm)
    curve = ", ".join(f"{n}: {rss:.0f}" for n, rss in samples)
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/desk_memory.py "
        f"--scans {args.scans}`\n"
        f"- {args.scans} scans typed through the wedge filter at scanner speed against "
        f"`kiosk sandbox` (own process), {elapsed:.0f} s\n"
        f"- RSS after {args.warm_up} scans {warm_rss:.1f} MiB, after {args.scans} "
        f"{end_rss:.1f} MiB: growth {growth:+.1f} % (target <= 5 %: "
        f"{'meets' if growth <= 5 else 'MISSES'})\n"
        f"- RSS (MiB) every 500 scans: {curve}\n\n"
        f"| count | after {args.warm_up} scans | after {args.scans} |\n|---|---|---|\n{rows}\n"
    )
    print(result)
    write_section("Desk memory over many scans (benchmarks/desk_memory.py)", result)


if __name__ == "__main__":
    main()
