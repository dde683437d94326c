"""A walk-in's band, as the desk prints it: the guest scanned (their code typed by a scanner),
then "Print a band" on the fake Zebra (real TCP, real ZPL, ~HS before and until the band is
out), then "Use the printed band" until the band is the guest's in the guest system. The fake
printer takes ``--print-s`` per band: 2.5 s is a 254 mm band at 4 in/s, a common wristband
printer's speed; 0 shows the software's own share. Also the layout's render time per label.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/printing.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks._common import build_desk, machine, percentile, sandbox_process, write_section

GUESTS = ("100200304", "100200308", "100200309", "100200301")  # a band each, no tab


def wait(app: QApplication, done, limit_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + limit_s
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the desk did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def desk_rounds(app: QApplication, url: str, rounds: int, print_s: float) -> list[dict[str, float]]:
    from kiosk.devices.printers.layout import MEDIA
    from kiosk.devices.printers.zebra import ZebraPrinter
    from kiosk.sandbox.printer import FakeZebra
    from kiosk.scan import ScanEvent

    timings: list[dict[str, float]] = []
    with FakeZebra(print_s=print_s) as fake:
        printer = ZebraPrinter(
            fake.host, fake.port, media=MEDIA["wristband"], poll_s=0.1, finish_s=30
        )
        desk, session, close = build_desk(url, printer=printer)
        card = desk.customer_panel.band_card
        try:
            for index in range(rounds):
                code = GUESTS[index % len(GUESTS)]
                started = time.perf_counter()
                desk.handle_scan(ScanEvent(payload=code, source="wedge"))
                wait(app, lambda c=code: session.state.code == c and card.more_button.isEnabled())
                shown = time.perf_counter()
                session.await_band(session.state.guest_id, "associate")  # More > Add a band
                wait(app, card.print_button.isVisible)
                before = len(fake.printed)
                card.print_button.click()
                wait(app, lambda b=before: len(fake.printed) > b)
                out = time.perf_counter()
                wait(app, card.use_printed_button.isVisible)
                printed = session.state.printing
                assert printed is not None
                card.use_printed_button.click()
                wait(app, lambda p=printed: card.code.text() == p.code, limit_s=15)
                given = time.perf_counter()
                timings.append(
                    {
                        "shown": shown - started,
                        "out": out - started,
                        "printing": out - shown,
                        "given": given - started,
                    }
                )
        finally:
            close()
    return timings


def render_times(rounds: int) -> dict[str, list[float]]:
    from kiosk.checkin.printing import BandLabel
    from kiosk.devices.printers.layout import MEDIA, render
    from kiosk.devices.printers.zpl import graphic_label

    label = BandLabel("4829103385", "Amelia H.", "Valid until 5 Dec 2026, 18:00", "Gold", "Spa")
    times: dict[str, list[float]] = {}
    for media in ("wristband", "label62"):
        for dpi in (203, 300):
            key = f"{media} at {dpi} dpi"
            times[key] = []
            for _ in range(rounds):
                started = time.perf_counter()
                image, _ = render(label, MEDIA[media], dpi)  # type: ignore[index]
                graphic_label(image)
                times[key].append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--print-s", type=float, default=2.5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[float, list[dict[str, float]]] = {}
    with sandbox_process() as url:
        for print_s in (args.print_s, 0.0):
            results[print_s] = desk_rounds(app, url, args.rounds, print_s)
    renders = render_times(50)

    def line(print_s: float) -> str:
        rows = results[print_s]

        def p(key: str, fraction: float) -> float:
            return percentile([r[key] for r in rows], fraction)

        return (
            f"- The printer taking {print_s:g} s a band: scan to guest on screen median "
            f"{p('shown', 0.5):.2f} s; scan to band out of the printer median "
            f"{p('out', 0.5):.2f} s, **p95 {p('out', 0.95):.2f} s** (of which printing, from "
            f"the tap: median {p('printing', 0.5):.2f} s); to the band being the guest's in "
            f"the guest system (the second tap) median {p('given', 0.5):.2f} s, p95 "
            f"{p('given', 0.95):.2f} s."
        )

    body = "\n".join(
        [
            f"`QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/printing.py --rounds "
            f"{args.rounds}` on {machine()}; the stand-in server in its own process, the "
            "project's fake Zebra on loopback (real TCP, ~HS before the print and every 0.1 s "
            "until the band is out), the real desk with its taps.",
            "",
            line(args.print_s),
            line(0.0),
            "- Render per label (layout drawn as dots, the code decoded back, ZPL Z64 "
            "encoded), median / p95 over 50: "
            + "; ".join(
                f"{key} {statistics.median(v) * 1000:.0f} / {percentile(v, 0.95) * 1000:.0f} ms"
                for key, v in renders.items()
            )
            + ".",
        ]
    )
    print(body)
    write_section("Printing a band (benchmarks/printing.py)", body)


if __name__ == "__main__":
    main()
