"""A window with the real keyboard-wedge filter, for tests and benchmarks that type into it
through a real X server (xdotool). Writes each scan on its own line to the file it is given,
and what leaked into the field at the end; ``--busy`` keeps its GUI thread busy 60 ms in
every 100, as a desk painting a guest and collecting garbage would, at worst.

    python -m tests.x11_wedge_probe OUT_FILE SECONDS [--busy]
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner


def main() -> None:
    out_path, seconds = sys.argv[1], float(sys.argv[2])
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    field.setWindowTitle("wedge-probe")
    field.resize(400, 40)
    field.show()
    field.activateWindow()
    field.setFocus()
    scanner = WedgeScanner(WedgeSettings())
    app.installEventFilter(scanner)
    with open(out_path, "w", encoding="utf-8") as out:
        scanner.scanned.connect(lambda event: (out.write(event.payload + "\n"), out.flush()))
        busy = QTimer()
        if "--busy" in sys.argv:
            busy.timeout.connect(lambda: time.sleep(0.06))
            busy.start(100)
        QTimer.singleShot(int(seconds * 1000), app.quit)
        out.write("READY\n")
        out.flush()
        app.exec()
        busy.stop()
        scanner.shutdown()
        out.write(f"LEAKED {field.text()}\n")


if __name__ == "__main__":
    main()
