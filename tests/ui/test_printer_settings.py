"""⚙ > Printer…: a Zebra chosen by its address, checked (what stops it, in words), a test band
printed on the fake Zebra and decoded, then saved: the desk prints on it at once."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import apply_printer_settings
from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.sandbox.printer import FakeZebra
from kiosk.scan.keymap import LAYOUT_TEST_CODE
from kiosk.ui.printer_settings import PrinterSettingsDialog
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import code_of


def test_a_zebra_is_set_up_checked_tried_and_used_at_once(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    tmp_path: Path,
) -> None:
    rig = desk_factory(fresh_client)
    desk = rig.window
    show_code(qtbot, desk, code_of("Oliver Price"))
    card = desk.customer_panel.band_card
    assert not card.print_button.isVisible()
    assert not any(a.text().startswith("Print") for a in card.more_menu.actions())
    path = tmp_path / "settings.toml"
    with FakeZebra(print_s=0.1) as fake:
        dialog = PrinterSettingsDialog(
            Settings(settings_path=path), rig.runner, settings_path=path,
            prints_dir=tmp_path / "prints", parent=desk,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.saved.connect(lambda chosen: apply_printer_settings(chosen, desk, logo=None))
        dialog.show()
        assert not dialog.host.isVisible()  # no printer yet: no address asked
        dialog.kind.setCurrentIndex(dialog.kind.findData("zebra"))
        assert dialog.host.isVisible()
        qtbot.mouseClick(dialog.host, Qt.MouseButton.LeftButton)
        QTest.keyClicks(dialog.host, fake.host)
        dialog.port.setValue(fake.port)

        fake.status = "paper_out"
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "out of wristbands" in dialog.answer.text(), timeout=5000)
        fake.status = "ok"
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "A test band printed" in dialog.answer.text(), timeout=5000)
        image = fake.printed[-1].image().convert("L")
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [LAYOUT_TEST_CODE]

        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        saved = tomllib.loads(path.read_text())["printer"]
        assert saved == {"kind": "zebra", "host": fake.host, "port": fake.port}
        assert "used from the next band" in desk.status_line.text()

        # the desk prints on it now, without a restart
        card.more_menu.aboutToShow.emit()
        next(a for a in card.more_menu.actions() if a.text() == "Print a new wristband").trigger()
        qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
        assert len(fake.printed) == 2


def test_a_brother_on_usb_is_chosen_by_its_device_file(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig], tmp_path: Path
) -> None:
    """Issue 28: USB for the QL as for the Zebra: a path typed where the address goes."""
    rig = desk_factory(fresh_client)
    path = tmp_path / "settings.toml"
    dialog = PrinterSettingsDialog(
        Settings(settings_path=path), rig.runner, settings_path=path,
        prints_dir=tmp_path / "prints", parent=rig.window,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("brother"))
    QTest.keyClicks(dialog.host, "/dev/usb/lp0")
    chosen = dialog.chosen()
    assert (chosen.kind, chosen.device, chosen.host) == ("brother", "/dev/usb/lp0", None)
