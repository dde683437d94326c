"""A queue run from the keyboard alone: a scanner types each code at scanner speed, the
function keys act on the guest on screen (F2 the big button, F3/F4/F5 the band card's menus),
exactly as the buttons would, and never on a guest the screen no longer shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.ui.desk import DeskWindow
from kiosk.ui.override_dialog import OverrideDialog
from tests.rigs import DeskRig
from tests.sandbox_helpers import SandboxAdmin, code_of

SCANNER_DELAY_MS = 2


@pytest.fixture
def desk(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> Iterator[DeskWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = desk_factory(fresh_client).window
    scanner = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4))
    app.installEventFilter(scanner)
    scanner.scanned.connect(window.handle_scan)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    app.removeEventFilter(scanner)


def scan(qtbot: QtBot, desk: DeskWindow, name: str) -> None:
    QTest.keyClicks(desk, code_of(name), Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)
    QTest.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == name, timeout=5000)


def check_ins_sent(admin: SandboxAdmin) -> list[dict[str, object]]:
    return [r for r in admin.requests("/customers/check-ins") if r["method"] == "POST"]


def key(desk: DeskWindow, which: Qt.Key) -> None:
    QTest.keyClick(desk, which)


def test_a_queue_of_three_guests_with_the_scanner_and_the_function_keys(
    qtbot: QtBot, desk: DeskWindow, fresh_admin: SandboxAdmin
) -> None:
    card = desk.customer_panel.band_card

    # Guest 1: green; F2 checks them in, as the big button would.
    scan(qtbot, desk, "Amelia Hart")
    key(desk, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=5000)
    assert len(check_ins_sent(fresh_admin)) == 1

    # Guest 2: the band expired yesterday; F3 opens the expiry menu, the arrows pick "+7 days".
    scan(qtbot, desk, "Chloé Martin")
    assert desk.customer_panel.verdict.headline.text() == "Do not admit"
    picked: list[str] = []

    def choose_in_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        target = next(a for a in menu.actions() if a.text().startswith("+7 days"))
        while menu.activeAction() is not target:
            QTest.keyClick(menu, Qt.Key.Key_Down)
        picked.append(target.text())
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(300, choose_in_menu)
    key(desk, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: bool(picked), timeout=3000)
    qtbot.waitUntil(
        lambda: desk.customer_panel.verdict.headline.text() == "Welcome in", timeout=5000
    )
    assert "Expiry changed" in card.feedback.text()

    # Guest 3: locked; F2 asks for the override reason (it never admits by itself).
    scan(qtbot, desk, "Sofía García")
    key(desk, Qt.Key.Key_F2)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), OverrideDialog), timeout=3000
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, OverrideDialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # staff change their mind: nothing is sent
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert len(check_ins_sent(fresh_admin)) == 1
    assert card.check_in_button.text().startswith("Override")


def test_a_function_key_does_nothing_without_a_guest_on_screen(
    qtbot: QtBot, desk: DeskWindow, fresh_admin: SandboxAdmin
) -> None:
    scan(qtbot, desk, "Amelia Hart")
    desk.session.clear()  # back to the start screen (as the idle timer does)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.idle_page, timeout=3000)
    key(desk, Qt.Key.Key_F2)
    qtbot.wait(500)
    assert check_ins_sent(fresh_admin) == []


def test_the_desks_own_keys_find_register_clear_and_list_themselves(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    from kiosk.ui.guest_form import GuestForm

    scan(qtbot, desk, "Amelia Hart")
    QTest.keyClick(desk, Qt.Key.Key_Escape)  # clear: back to the start screen
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.idle_page, timeout=3000)
    desk.setFocus()
    QTest.keyClick(desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(desk.search_box.hasFocus, timeout=3000)
    QTest.keyClick(desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(desk.guest_form, GuestForm), timeout=3000)
    assert desk.guest_form is not None
    desk.guest_form.reject()
    QTest.keyClick(desk, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    keys = QApplication.activeModalWidget()
    assert keys is not None
    assert keys.objectName() == "keysDialog"
    listed = keys.findChild(QLabel, "keysList")
    assert listed is not None
    for key in ("F2", "F3", "F4", "F5", "Ctrl+F", "Ctrl+N", "Ctrl+R", "Esc"):
        assert key in listed.text()
    keys.close()
