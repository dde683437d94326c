"""Issue 25's first repro, in the real app under a real window manager: self check-in's staff
mode opens the desk, the desk opens "Who is in now", F1 and the shift summary, staff walk away,
and staff mode times out. Then the X server is asked (xdotool, as a passer-by's keyboard would
find them) which of those windows still exist.

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & sleep 1; \
        KIOSK_STAFF_IDLE_S=8 .venv/bin/python scripts/modes_repro.py'

Prints one line per window title and exits 1 if any window of the left mode is still there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="kiosk-repro-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="kiosk-repro-"))

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.app import run_desk, start_demo_backend
from kiosk.config import load_settings
from kiosk.config.pin import hash_pin

PIN = "2468"
TITLES = ("Who is in now", "Keys", "This shift")
found: dict[str, bool] = {}


def windows_named(title: str, *, visible: bool) -> bool:
    """Whether the X server has a window of this title (mapped ones only, or any)."""
    flags = ["--onlyvisible"] if visible else []
    result = subprocess.run(
        ["xdotool", "search", *flags, "--name", title], capture_output=True, text=True
    )
    return bool(result.stdout.strip())


def drive() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.self_checkin import SelfCheckInWindow

    screen = next(w for w in app.topLevelWidgets() if isinstance(w, SelfCheckInWindow))
    desk = next(w for w in app.topLevelWidgets() if isinstance(w, DeskWindow))
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    QTest.qWait(2300)
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    for digit in PIN:
        screen.pin_keys[digit].click()
    screen.pin_keys["ok"].click()
    QTest.qWait(1500)
    screen.staff_buttons["desk"].click()
    QTest.qWait(800)
    desk.open_on_site()
    desk.show_keys()
    desk.open_shift()
    QTest.qWait(1500)
    for title in TITLES:
        print(f"while on the desk: {title!r} on screen: {windows_named(title, visible=True)}")
    idle = float(os.environ.get("KIOSK_STAFF_IDLE_S", "8"))
    QTimer.singleShot(int((idle + 4) * 1000), check)


def check() -> None:
    for title in TITLES:
        found[title] = windows_named(title, visible=False)
        print(f"after staff idle: {title!r} exists (mapped or not): {found[title]}")
    app = QApplication.instance()
    assert app is not None
    app.exit(0)  # quit() asks every window, and the kiosk screen refuses to close


def main() -> int:
    settings = load_settings(None, mode="self")
    server, connection = start_demo_backend()
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(4000, drive)
    try:
        run_desk(settings, connection, window_size=(1280, 800), pin_hash=hash_pin(PIN))
    finally:
        server.stop()
    del app
    left = [title for title, there in found.items() if there]
    print("windows of the left mode still there:", left or "none")
    return 1 if left or not found else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
