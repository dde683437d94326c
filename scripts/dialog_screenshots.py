"""Screenshots of the desk's dialogs and questions (issue 27, item 3: one look for every
surface): the lock question, what was saved offline, the staff list, the printer settings and
New guest with its errors, each plain and in high contrast with large text. Offscreen Qt, the
real desk against the stand-in server; pictures go to docs/screenshots/dialog-*.png (or the
folder given).

    .venv/bin/python scripts/dialog_screenshots.py [OUT]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kiosk.backends.trybe import TrybeClient  # noqa: E402
from kiosk.checkin.staff import Role, Roster, StaffMember  # noqa: E402
from kiosk.config.settings import Settings  # noqa: E402
from kiosk.sandbox import SandboxServer  # noqa: E402
from kiosk.sandbox.demo_data import FEATURED  # noqa: E402
from kiosk.scan import ScanEvent  # noqa: E402
from kiosk.ui.printer_settings import PrinterSettingsDialog  # noqa: E402
from kiosk.ui.staff_dialog import StaffListDialog  # noqa: E402
from kiosk.ui.theme import install_theme  # noqa: E402
from tests.rigs import build_desk  # noqa: E402
from tests.sandbox_helpers import SITE_ID  # noqa: E402


class _NoBot:
    """build_desk's qtbot: only asked to keep the window."""

    def addWidget(self, widget: object) -> None:  # pytest-qt's name
        pass


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    _settle(app)
    widget.grab().save(str(path))
    print(f"{path.name}: {widget.width()}x{widget.height()}")
    widget.close()
    _settle(app, 0.1)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    install_theme(app)
    roster = Roster(
        (
            StaffMember("st-1", "Robin Ashworth-Fairweather", Role.DESK, "x", None),
            StaffMember("st-2", "Sasha", Role.SUPERVISOR, "x", "y"),
            StaffMember("st-3", "Morgan", Role.MANAGER, "x", None),
        )
    )
    with SandboxServer(token="shots") as server:
        client = TrybeClient(server.url, "shots", SITE_ID)
        for look in ("plain", "contrast"):
            rig = build_desk(_NoBot(), client, Path(tempfile.mkdtemp()))
            desk = rig.window
            desk.set_look(large_text=look == "contrast", high_contrast=look == "contrast")
            desk.resize(1280, 800)
            desk.show()
            guest = FEATURED[0]
            desk.handle_scan(ScanEvent(payload=guest.code, source="wedge"))
            _settle(app, 1.5)
            desk._ask(
                guest.code,
                "Lock this guest",
                "Lock Amelia's account? She cannot check in until it is unlocked.",
                lambda: None,
            )
            _shoot(app, desk.windows.find("question"), out / f"dialog-lock-{look}.png")
            _shoot(app, desk.show_queued_writes(), out / f"dialog-outbox-{look}.png")
            staff = StaffListDialog(roster, rig.session, rig.runner, desk)
            staff.show()
            _shoot(app, staff, out / f"dialog-staff-{look}.png")
            printer = PrinterSettingsDialog(
                Settings(), rig.runner, prints_dir=Path(tempfile.mkdtemp()), parent=desk
            )
            printer.show()
            _shoot(app, printer, out / f"dialog-printer-{look}.png")
            form = desk.open_guest_form(None)
            form.show()
            _settle(app)
            for key, typed in (
                ("email", "amelia.example.com"),
                ("phone", "07700"),
                ("dob", "31/02/1990"),
            ):
                form.inputs[key].setText(typed)
            form.buttons.accepted.emit()
            _shoot(app, form, out / f"dialog-new-guest-{look}.png")
            desk.close()
            rig.close()
        client.close()


if __name__ == "__main__":
    main()
