"""The keyboard wedge at scanner speed: lost and extra characters over many scans (goal: 0 in
10,000). Two paths, measured in one run:

- *real X server*: xdotool types repeat-rich codes at 1-3 ms a key into a window with the wedge
  filter (Xvfb), a Linefeed after each, with the GUI thread idle, then with it busy 60 ms in
  every 100 (a desk painting guests, at worst);
- *synthetic*: key events stamped 1-3 ms apart sent into the window through QApplication, with
  X11's auto-repeat flag on quick repeats of the same key (tests/ui/test_wedge_repeats.py).

    .venv/bin/python benchmarks/wedge.py [--scans 10000]   (needs Xvfb and xdotool)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _common import ROOT, machine, write_section

from tests.wedge_codes import repeat_rich_codes


def tally(sent: list[str], got: list[str]) -> tuple[int, int, int]:
    """(scans that differ, characters lost, characters extra), scan by scan."""
    wrong = lost = extra = 0
    for n, code in enumerate(sent):
        read = got[n] if n < len(got) else ""
        if read != code:
            wrong += 1
        lost += max(0, len(code) - len(read))
        extra += max(0, len(read) - len(code))
    extra += sum(len(x) for x in got[len(sent) :])
    return wrong, lost, extra


def through_x(codes: list[str], busy: bool) -> tuple[list[str], float]:
    display = ":93"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    out = Path(tempfile.mkdtemp()) / "scans.txt"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.x11_wedge_probe", str(out), "3600", *(["--busy"] * busy)],
        env=env,
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    try:
        while "READY" not in (out.read_text() if out.exists() else ""):
            time.sleep(0.1)
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "wedge-probe"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env)
        time.sleep(0.5)
        started = time.monotonic()
        order: list[str] = []
        for start in range(0, len(codes), 300):
            chunk = codes[start : start + 300]
            delay = 1 + (start // 300) % 3
            order += chunk
            text = "".join(code + "\n" for code in chunk)
            subprocess.run(["xdotool", "type", "--delay", str(delay), text], env=env)
        time.sleep(1)
        elapsed = time.monotonic() - started
    finally:
        probe.terminate()
        probe.wait()
        server.terminate()
        server.wait()
    lines = out.read_text().splitlines()
    got = [line for line in lines if line != "READY" and not line.startswith("LEAKED")]
    assert order == codes
    return got, elapsed


def synthetic(codes: list[str]) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit

    from kiosk.config.settings import WedgeSettings
    from kiosk.devices import WedgeScanner
    from tests.ui.test_wedge_repeats import X11_OFFSET, Keyboard

    app = QApplication.instance() or QApplication([])
    field = QLineEdit()
    field.show()
    field.setFocus()
    scanner = WedgeScanner(WedgeSettings(), scan_code_offset=X11_OFFSET)
    got: list[str] = []
    scanner.scanned.connect(lambda event: got.append(event.payload))
    app.installEventFilter(scanner)
    keyboard = Keyboard(field)
    for code in codes:
        for char in code:
            keyboard.type_char(char)
        keyboard.enter()
    app.removeEventFilter(scanner)
    scanner.shutdown()
    return got


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=10000)
    args = parser.parse_args()
    codes = repeat_rich_codes(args.scans, seed=99)
    chars = sum(len(c) for c in codes)
    rows = []
    for name, busy in (("real X server, idle GUI", False), ("real X server, busy GUI", True)):
        sample = codes if not busy else codes[: max(1, args.scans // 5)]
        got, elapsed = through_x(sample, busy)
        wrong, lost, extra = tally(sample, got)
        rows.append(
            f"| {name} | {len(sample)} | {sum(len(c) for c in sample)} | {wrong} | {lost} | "
            f"{extra} | {elapsed:.0f} s |"
        )
    got = synthetic(codes)
    wrong, lost, extra = tally(codes, got)
    rows.append(
        f"| synthetic, X11 auto-repeat flags | {len(codes)} | {chars} | {wrong} | {lost} | "
        f"{extra} | |"
    )
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/wedge.py --scans {args.scans}`\n"
        "- Codes from tests/wedge_codes.py (runs of one digit, doubled letters in both cases, "
        "shifted symbols, UUID-like ids), 1-3 ms a key, a Linefeed after each\n\n"
        "| path | scans | characters | scans not read exactly | lost | extra | time |\n"
        "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    print(result)
    write_section("Keyboard wedge at scanner speed (benchmarks/wedge.py)", result)


if __name__ == "__main__":
    main()
