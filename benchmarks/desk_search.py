"""Typed search on the desk, as staff use it under a queue: a surname and Enter, timed from
Enter to the rows on screen (photo, membership, phone ending and site in each); a full name
and Enter, timed to the one guest opened; and what growing the desk for a bigger screen costs
the GUI thread (the style sheet applied again).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/desk_search.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks._common import (
    build_desk,
    machine,
    percentile,
    sandbox_process,
    write_section,
)
from kiosk.checkin.desk.state import Screen
from kiosk.sandbox.demo_data import FEATURED, LAST_NAMES


def wait(app: QApplication, done, limit_s: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the desk did not answer in time")
        app.processEvents()
        time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    surnames = [name for names in LAST_NAMES.values() for name in names]
    full_names = [f"{f.first_name} {f.last_name}" for f in FEATURED]
    rows: list[int] = []
    to_rows: list[float] = []
    to_guest: list[float] = []
    with sandbox_process() as url:
        desk, session, close = build_desk(url)
        box = desk.search_box

        def enter(text: str) -> float:
            box.setFocus()
            box.setText(text)
            started = time.perf_counter()
            QTest.keyClick(box, Qt.Key.Key_Return)
            return started

        for _ in range(args.rounds):
            for surname in surnames:
                started = enter(surname)

                def listed(surname: str = surname) -> bool:
                    search = session.state.search
                    return (
                        session.state.screen is Screen.RESULTS
                        and search is not None
                        and search.text == surname
                        and not search.searching
                        and desk.results.count() == len(search.hits)
                    )

                wait(app, listed)
                to_rows.append((time.perf_counter() - started) * 1000)
                rows.append(desk.results.count())
            for name in full_names:
                started = enter(name)

                def answered(name: str = name) -> bool:
                    state = session.state
                    if state.screen is Screen.GUEST:
                        return desk.customer_panel.name.text() == name
                    searching = state.search is not None and state.search.searching
                    return state.screen is not Screen.LOOKING_UP and not searching

                wait(app, answered)
                if desk.customer_panel.name.text() == name:  # one match: opened at once
                    to_guest.append((time.perf_counter() - started) * 1000)
                session.clear()
        restyle: list[float] = []
        for _ in range(10):
            for scale in (1.25, 1.0):
                started = time.perf_counter()
                desk._apply_scale(scale)  # what a resize across a step runs
                restyle.append((time.perf_counter() - started) * 1000)
        close()

    def line(values: list[float]) -> str:
        return (
            f"median {percentile(values, 0.5):.0f} ms, p95 {percentile(values, 0.95):.0f} ms, "
            f"worst {max(values):.0f} ms"
        )

    body = f"""
`QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/desk_search.py --rounds {args.rounds}`
on {machine()}; the stand-in server in its own process, 300 guests over two sites.

- A surname and Enter to the rows on screen ({len(to_rows)} searches, {min(rows)}-{max(rows)}
  rows each, photos and memberships included): {line(to_rows)}.
- A full name and Enter to the guest opened ({len(to_guest)} names with one match):
  {line(to_guest)}.
- The desk grown or shrunk a step (its style sheet applied again, on the GUI thread; once per
  step crossed, not per resize event): {line(restyle)}.
"""
    write_section("Typed search on the desk (benchmarks/desk_search.py)", body)
    print(body)


if __name__ == "__main__":
    main()
