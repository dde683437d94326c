"""Who is in now on a big day, as a manager opens it: 500 guests on site (five pages of
check-ins), the window opened with Ctrl+I, timed to all 500 rows on screen with their
membership and band (each guest read once, then kept); a refresh with everyone known; and the
longest the GUI thread was held while it happened (a 5 ms ticker that should never wait).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/on_site.py [--guests 500] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks._common import build_desk, machine, percentile, sandbox_process, write_section


class Ticker:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks is the longest the
    screen could not answer a tap."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def wait(app: QApplication, done, limit_s: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("who is in now did not fill in time")
        app.processEvents()
        time.sleep(0.0005)


def read_again(app: QApplication, who) -> None:  # type: ignore[no-untyped-def]
    before = who.state.refreshed_at
    who.refresh()
    wait(app, lambda: who.state.refreshed_at != before and not who.state.loading)


def one_round(  # type: ignore[no-untyped-def]
    app: QApplication, url: str, guests: int, cold, warm, stalls, fills
) -> None:
    desk, _session, close = build_desk(url, on_site=True)
    who = desk.on_site
    assert who is not None
    ticker = Ticker()
    started = time.perf_counter()
    window = desk.open_on_site()
    assert window is not None
    # the first answer carries every row, and each guest's details (up to 200) read with it
    wait(app, lambda: who.state.loaded and window.model.rowCount() == guests)
    cold.append(time.perf_counter() - started)
    stalls.append(ticker.worst)
    while len(who._details) < guests:  # the next reads fill in the rest, 200 at a time
        read_again(app, who)
    ticker.reset()
    started = time.perf_counter()
    read_again(app, who)
    warm.append(time.perf_counter() - started)
    stalls.append(ticker.worst)
    begun = time.perf_counter()
    window._shown = ()  # every row again, as a changed list does, and the screenful painted
    window.show_state(who.state)
    window.table.viewport().repaint()
    fills.append(time.perf_counter() - begun)
    ticker.timer.stop()
    window.close()
    close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    cold: list[float] = []
    warm: list[float] = []
    stalls: list[float] = []
    fills: list[float] = []
    for _ in range(args.rounds):
        with sandbox_process(guests_in=args.guests) as url:
            one_round(app, url, args.guests, cold, warm, stalls, fills)

    def seconds(values: list[float]) -> str:
        return f"median {percentile(values, 0.5):.2f} s, worst {max(values):.2f} s"

    def ms(values: list[float]) -> str:
        return f"median {percentile(values, 0.5) * 1000:.0f} ms, worst {max(values) * 1000:.0f} ms"

    body = f"""
`QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/on_site.py --guests {args.guests}
--rounds {args.rounds}` on {machine()}; the stand-in server in its own process, a new database
each round with {args.guests} guests checked in (five pages of 100 check-ins).

- Ctrl+I to all {args.guests} rows on screen, each guest's membership, band and photo read
  once (eight at a time, at most 200 per read; the rest at the next): {seconds(cold)}.
- A refresh once every guest is known (the five pages read again, nothing else; each minute
  while the desk runs): {seconds(warm)}.
- {args.guests} rows given to the table again and the screenful painted, on the GUI thread (a
  model: rows are asked for only as they scroll into view): {ms(fills)}.
- The longest the GUI thread was held while the list loaded or refreshed (a 5 ms ticker):
  {ms(stalls)}.
"""
    write_section("Who is in now on a big day (benchmarks/on_site.py)", body)
    print(body)


if __name__ == "__main__":
    main()
