"""Scan to verdict on the desk: wedge key events in -> the verdict painted, against the
stand-in server (its own process) with 0, 20 and 50 ms added to every request; and the longest
GUI-thread stall while scanning 10 times a second.

The floor is two round trips (the barcode search, then the parallel reads). Targets:
p95 <= 2 x RTT + 30 ms; no GUI stall over 16 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/lookup_latency.py [--scans 40]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from _common import ADMIN_TOKEN, build_desk, machine, percentile, sandbox_process, write_section
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.checkin.desk.state import DeskState, Screen
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.ui.theme import desk_style_sheet

CODES = [f"1002003{n:02d}" for n in range(10)]


def wait_until(app: QApplication, condition, timeout_s: float = 10) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=40)
    parser.add_argument(
        "--load", type=int, default=0, help="this many busy processes beside it (a load of N)"
    )
    args = parser.parse_args()
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.load)]
    try:
        run(args)
    finally:
        for hog in hogs:
            hog.kill()


def run(args: argparse.Namespace) -> None:
    app = QApplication([])
    app.setStyleSheet(desk_style_sheet())
    lines = []
    with sandbox_process() as url:
        admin = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
        desk, session, close = build_desk(url)
        scanner = WedgeScanner(WedgeSettings())
        app.installEventFilter(scanner)
        scanner.scanned.connect(desk.handle_scan)
        pieces: list[int] = []
        scanner.partial.connect(pieces.append)
        shown: list[float] = []
        last_context: list[object] = [None]

        def rendered(state: DeskState) -> None:
            # a new guest on screen (not a repaint of the same one): note when it is painted
            if state.screen is Screen.GUEST and state.context is not last_context[0]:
                last_context[0] = state.context
                QTimer.singleShot(0, lambda: shown.append(time.perf_counter()))

        desk.rendered.connect(rendered)

        def scan(code: str) -> float:
            """Type ``code`` as a scanner would; return when the burst ended (its Enter)."""
            QTest.keyClicks(desk, code, Qt.KeyboardModifier.NoModifier, 1)
            ended = time.perf_counter()
            QTest.keyClick(desk, Qt.Key.Key_Return)
            return ended

        for rtt in (0, 20, 50):
            admin.delete("/_sandbox/faults")
            if rtt:
                added = admin.post("/_sandbox/faults", json={"path_prefix": "/", "latency_ms": rtt})
                added.raise_for_status()
            session.clear()  # forget the last scan: the warm-up is not a repeat
            scan(CODES[0])  # warm: site cache, connections
            wait_until(app, lambda: len(shown) >= 1)
            times = []
            for n in range(args.scans):
                before, said = len(shown), len(pieces)
                session.clear()  # a fresh scan each time, not a repeat
                started = scan(CODES[(n + 1) % len(CODES)])
                # the verdict, or the desk saying the scan came in pieces: then scanned again,
                # as staff would (the time counts from the first try)
                while True:
                    wait_until(app, lambda b=before, p=said: len(shown) > b or len(pieces) > p)
                    if len(shown) > before:
                        break
                    said = len(pieces)
                    session.clear()
                    scan(CODES[(n + 1) % len(CODES)])
                times.append((shown[-1] - started) * 1000)
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            target = 2 * rtt + 30
            lines.append(
                f"| {rtt} ms | {p50:.0f} ms | {p95:.0f} ms | {target} ms | "
                f"{'meets' if p95 <= target else 'MISSES'} |"
            )
            shown.clear()

        # GUI stalls while scanning 10 times a second (no added latency)
        admin.delete("/_sandbox/faults")
        lateness: list[float] = []
        typing: list[tuple[float, float]] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed(), time.perf_counter()]

        def tick() -> None:
            now, wall = clock.nsecsElapsed(), time.perf_counter()
            # QTest types on this thread (sleeping 1 ms a key): that is the harness, not the
            # app, so an interval that overlaps the typing is not counted.
            if not any(start < wall and end > last[1] for start, end in typing[-3:]):
                lateness.append(max(0.0, (now - last[0]) / 1e6 - 5))
            last[0], last[1] = now, wall

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(tick)
        timer.start(5)
        end = time.monotonic() + 5
        n = 0
        while time.monotonic() < end:
            session.clear()
            began = time.perf_counter()
            scan(CODES[n % len(CODES)])
            typing.append((began, time.perf_counter()))
            n += 1
            target_time = time.monotonic() + 0.1
            while time.monotonic() < target_time:
                app.processEvents()
                time.sleep(0.001)
        timer.stop()
        app.removeEventFilter(scanner)
        close()
    stall = max(lateness)
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/lookup_latency.py "
        f"--scans {args.scans}"
        + (f" --load {args.load}" if args.load else "")
        + "`\n"
        + (f"- Beside {args.load} busy processes (a load of {args.load}); " if args.load else "- ")
        + f"scans said to have come in pieces and scanned again: {len(pieces)}; lost: 0 (a scan "
        "with no verdict in 10 s stops the run)\n"
        "- From the end of a wedge burst (its Enter) to the verdict painted; `kiosk sandbox` in "
        "its own process, the latency added to every request (search, 5 parallel reads, "
        "photo)\n\n"
        "| added RTT | p50 | p95 | target p95 | |\n|---|---|---|---|---|\n"
        + "\n".join(lines)
        + f"\n\n- Scanning 10 times a second for 5 s ({n} scans): longest GUI stall "
        f"{stall:.1f} ms over a 5 ms timer (target 16 ms: {'meets' if stall <= 16 else 'MISSES'}); "
        f"{len(lateness)} ticks, the harness's own typing (QTest sleeps on the GUI thread) "
        "left out\n"
    )
    print(result)
    name = "Scan to verdict on the desk (benchmarks/lookup_latency.py)"
    if args.load:
        name = f"Scan to verdict at a load of {args.load} (benchmarks/lookup_latency.py --load)"
    write_section(name, result)


if __name__ == "__main__":
    main()
