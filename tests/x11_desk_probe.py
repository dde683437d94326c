"""The desk on a real X server with no window manager, for tests/e2e/test_no_window_manager.py:
shown full screen, F1's dialog opened and closed, then whatever the scanner types. Writes what
happened to the file it is given, a line each: the window's size, DIALOG-CLOSED, and each
scan the desk read.

    python -m tests.x11_desk_probe OUT_FILE SECONDS [--windowed]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.backends.trybe import TrybeClient
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.sandbox import SandboxServer
from kiosk.ui.windows import show_full_screen
from tests.rigs import build_desk
from tests.sandbox_helpers import SITE_ID


class _NoBot:
    def addWidget(self, widget: object) -> None:  # build_desk's qtbot: keep the window
        pass


def main() -> None:
    out_path, seconds = sys.argv[1], float(sys.argv[2])
    app = QApplication(sys.argv[:1])
    with SandboxServer(token="probe") as server, open(out_path, "w", encoding="utf-8") as out:

        def say(line: str) -> None:
            out.write(line + "\n")
            out.flush()

        client = TrybeClient(server.url, "probe", SITE_ID)
        rig = build_desk(_NoBot(), client, Path(tempfile.mkdtemp()))
        desk = rig.window
        scanner = WedgeScanner(WedgeSettings(max_gap_ms=90))
        app.installEventFilter(scanner)
        scanner.scanned.connect(lambda event: say(f"SCAN {event.payload}"))
        scanner.scanned.connect(desk.handle_scan)
        if "--windowed" in sys.argv:  # a window smaller than the screen, the pointer elsewhere
            desk.resize(1280, 800)
            desk.show()
        else:
            show_full_screen(desk)
        desk.raise_()
        desk.activateWindow()

        def open_and_close() -> None:
            say(f"SIZE {desk.width()}x{desk.height()}")
            dialog = desk.show_keys()
            QTimer.singleShot(700, lambda: (dialog.reject(), say("DIALOG-CLOSED")))

        QTimer.singleShot(1500, open_and_close)
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        scanner.shutdown()
        rig.session.shutdown()
        client.close()


if __name__ == "__main__":
    main()
