"""Screenshots of the desk's tightest fits (issue 27): large text and high contrast on a
1024x768 screen, in portrait opened from self check-in, in the longer languages, with the
widest guests. Offscreen Qt, the real desk against the stand-in server; pictures go to
docs/screenshots/fit-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/fit_screenshots.py
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

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.backends.trybe import TrybeClient  # noqa: E402
from kiosk.checkin import i18n  # noqa: E402
from kiosk.sandbox import SandboxServer  # noqa: E402
from kiosk.sandbox.demo_data import FEATURED  # noqa: E402
from kiosk.scan import ScanEvent  # noqa: E402
from kiosk.ui.theme import install_theme  # noqa: E402
from kiosk.ui.translations import DeskLanguage  # noqa: E402
from tests.rigs import build_desk  # noqa: E402
from tests.sandbox_helpers import SITE_ID  # noqa: E402

CELLS = [
    ("de", 1024, 768, "Mateo", False),
    ("de", 1024, 768, "Chloé", False),
    ("fr", 1080, 1920, "Mateo", True),
    ("es", 1280, 800, "Amelia", True),
    ("de", 1366, 768, "Sofía", True),
]


class _NoBot:
    """build_desk's qtbot: only asked to keep the window."""

    def addWidget(self, widget: object) -> None:  # pytest-qt's name
        pass


def main() -> None:
    app = QApplication([])
    install_theme(app)  # the look the app installs
    language = DeskLanguage()
    out = ROOT / "docs" / "screenshots"
    with SandboxServer(token="fit") as server:
        client = TrybeClient(server.url, "fit", SITE_ID)
        for code, width, height, who, from_self in CELLS:
            language.use(code)
            rig = build_desk(_NoBot(), client, Path(tempfile.mkdtemp()))
            desk = rig.window
            desk.set_look(large_text=True, high_contrast=True)
            desk.set_opened_from_self_checkin(from_self)
            desk.resize(width, height)
            desk.show()
            guest = next(f for f in FEATURED if f.first_name == who)
            desk.handle_scan(ScanEvent(payload=guest.code, source="wedge"))
            deadline = time.monotonic() + 10
            while desk.session.state.code != guest.code or desk.session.state.screen.name not in (
                "GUEST",
                "PROBLEM",
            ):
                app.processEvents()
                time.sleep(0.01)
                assert time.monotonic() < deadline, "the guest did not come"
            for _ in range(30):
                app.processEvents()
                time.sleep(0.01)
            name = f"fit-{code}-large-contrast-{width}x{height}-{who.lower()}.png"
            desk.grab().save(str(out / name))
            print(f"{name}: window {desk.width()}x{desk.height()}")
            desk.close()
            rig.session.shutdown()
        client.close()
    language.use("en")
    i18n.install(i18n.English())


if __name__ == "__main__":
    main()
