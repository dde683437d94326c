"""The diagnostics panel as staff open it: ⚙, Diagnostics…; the checks arrive from a worker
(the window stays responsive), a scanner's timing shows as it scans, and the support bundle is
saved where staff chose."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Connection, Diagnostics
from kiosk.backends.offline.store import new_key
from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.sandbox import SandboxServer
from kiosk.ui.diagnostics import DiagnosticsDialog
from tests.conftest import TOKEN
from tests.rigs import DeskRig
from tests.sandbox_helpers import SITE_ID, code_of


@pytest.fixture
def opened(
    qtbot: QtBot,
    sandbox: SandboxServer,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[DiagnosticsDialog]:
    monkeypatch.setenv("KIOSK_STORE_KEY", new_key().decode())  # a desk that can keep a copy
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    rig = desk_factory(client)
    wedge = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4))
    app.installEventFilter(wedge)
    settings = Settings(sounds=False)
    connection = Connection(api_url=sandbox.url, token=TOKEN, site_id=SITE_ID, demo=True)
    diagnostics = Diagnostics(settings, connection, rig.runner, wedge, [])
    desk = rig.window
    desk.diagnostics_requested.connect(lambda: diagnostics.open(desk, desk.windows))

    menu = rig.window.tools_menu
    action = next(a for a in menu.actions() if a.text() == "Diagnostics…")
    action.trigger()  # ⚙, then Diagnostics…
    dialog = diagnostics.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=15000)
    yield dialog
    dialog.close()
    app.removeEventFilter(wedge)


def test_the_checks_arrive_with_a_verdict_and_a_row_each(opened: DiagnosticsDialog) -> None:
    statuses = {check.key: check.status for check in opened.checks}
    assert statuses["api"] == "ok"
    assert statuses["site"] == "ok"
    assert statuses["clock"] == "ok"
    assert opened.headline.text().startswith(("✔", "⚠"))
    names = [opened.grid.itemAt(i).widget().accessibleName() for i in range(opened.grid.count())]
    assert any(name.startswith("Guest system (API): ok.") for name in names)
    # issue 31: the figures the fleet's dashboard shows, on the support call's screen too
    assert statuses["fleet"] == "ok"
    assert any(name.startswith("What the fleet sees: ok. online, 0 waiting") for name in names)
    assert opened.again_button.isEnabled()
    assert opened.again_button.height() >= 48


def test_a_scan_at_scanner_speed_is_judged_a_scan_and_slow_keys_are_not(
    qtbot: QtBot, opened: DiagnosticsDialog
) -> None:
    QTest.keyClicks(opened, code_of("Amelia Hart"), Qt.KeyboardModifier.NoModifier, 2)
    QTest.keyClick(opened, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)
    qtbot.waitUntil(lambda: opened.scan_timing.text().startswith("✔"), timeout=3000)
    assert "9 keys" in opened.scan_timing.text()
    assert code_of("Amelia Hart") not in opened.scan_timing.text()  # the code is never shown

    QTest.keyClicks(opened, "4821", Qt.KeyboardModifier.NoModifier, 60)  # ~120 ms a key: slow
    QTest.keyClick(opened, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened.scan_timing.text().startswith("✖"), timeout=3000)
    # what to do about it depends on how slow the keys came (a loaded machine makes them
    # slower): either way, not a scan, and why
    assert "longer than wedge.max_gap_ms (90): " in opened.scan_timing.text()


def test_the_support_bundle_is_saved_where_asked(
    qtbot: QtBot, opened: DiagnosticsDialog, tmp_path: Path
) -> None:
    target = tmp_path / "for-support.zip"
    opened.save_bundle_to(target)
    qtbot.waitUntil(lambda: opened.bundle_saved.text().startswith("Saved:"), timeout=5000)
    with zipfile.ZipFile(target) as bundle:
        assert "doctor.json" in bundle.namelist()


def test_the_screen_test_says_whether_the_scanner_reads_a_code_on_a_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 29: a 1D-only (laser) keyboard scanner cannot read a QR or a phone's screen. The
    panel shows a QR; a burst that arrives is a scanner that reads it, silence is one that
    cannot (what the guest's phone would meet)."""
    from kiosk.scan.keymap import LAYOUT_TEST_CODE
    from kiosk.scan.timing import Burst
    from kiosk.ui.tasks import QtRunner

    runner = QtRunner()
    dialog = DiagnosticsDialog(
        lambda: [], lambda path, checks: path, runner, WedgeSettings(), bundle_folder=tmp_path
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.screen_button.height() >= 48
    qtbot.mouseClick(dialog.screen_button, Qt.MouseButton.LeftButton)
    assert dialog.screen_code.isVisible()
    assert not dialog.screen_code.pixmap().isNull()
    shown = dialog.screen_code.grab().toImage()
    import zxingcpp
    from PIL import Image

    picture = Image.frombytes(
        "RGBA",
        (shown.width(), shown.height()),
        bytes(shown.convertToFormat(shown.Format.Format_RGBA8888).constBits()),
    )
    assert [r.text for r in zxingcpp.read_barcodes(picture)] == [LAYOUT_TEST_CODE]
    fast = tuple(2.0 for _ in range(len(LAYOUT_TEST_CODE) - 1))
    dialog.show_burst(Burst(len(LAYOUT_TEST_CODE), fast, "Enter"))
    assert dialog.screen_result.text().startswith("✔ It read the code on the screen")
    assert not dialog.screen_code.isVisible()

    dialog.screen_wait_ms = 300  # a scanner that sends nothing
    qtbot.mouseClick(dialog.screen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.screen_result.text().startswith("✖"), timeout=3000)
    assert "1D-only" in dialog.screen_result.text()
    assert "the camera can" in dialog.screen_result.text()
    runner.shutdown()
