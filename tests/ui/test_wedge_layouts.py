"""A US-configured scanner on a UK, German or French PC still scans the right text.

Each key press is built as that PC would deliver it: the US key position in the native scan
code (X11 keycode = set-1 + 8, as on Linux), and the *PC's* text for that key (so a German PC
says "y" for the scanner's "z" key, and a French dead key says nothing at all).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.scan import ScanEvent
from kiosk.scan.keymap import US_KEYS, diagnose_mismatch, position_of
from tests.keyboard_layouts import LAYOUTS
from tests.rigs import DeskRig

X11_OFFSET = 8
ENTER = 0x1C
PAYLOADS = ["100200300", "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P", "WB-77120/az#@qz", "Zyx;'[]"]


def _press(target: QObject, code: int, shift: bool, text: str, key: int) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, code + X11_OFFSET, 0, 0, text)
        QApplication.sendEvent(target, event)


def scan_on_layout(qtbot: QtBot, target: QObject, payload: str, layout: str) -> None:
    differs = LAYOUTS[layout]
    for char in payload:
        position = position_of(char)
        assert position is not None, char
        code, shift = position
        plain, shifted = differs.get(code, US_KEYS[code])
        text = shifted if shift else plain
        key = ord(text.upper()[0]) if text else int(Qt.Key.Key_Dead_Circumflex)
        _press(target, code, shift, text, key)
        qtbot.wait(1)
    _press(target, ENTER, False, "\r", int(Qt.Key.Key_Return))


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def _scanner(layout: str = "us") -> tuple[WedgeScanner, list[ScanEvent]]:
    scanner = WedgeScanner(
        WedgeSettings(max_gap_ms=90, scanner_layout=layout), scan_code_offset=X11_OFFSET
    )
    seen: list[ScanEvent] = []
    scanner.scanned.connect(seen.append)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(scanner)
    return scanner, seen


@pytest.mark.parametrize("layout", ["UK", "DE", "FR"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_us_scanner_reads_right_on_another_layout(
    qtbot: QtBot, field: QLineEdit, layout: str, payload: str
) -> None:
    scanner, seen = _scanner()
    try:
        scan_on_layout(qtbot, field, payload, layout)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    finally:
        QApplication.instance().removeEventFilter(scanner)  # type: ignore[union-attr]
    assert seen[0].payload == payload
    assert field.text() == ""  # nothing leaked into the focused field


def test_trusting_the_pc_layout_garbles_it_and_the_mismatch_is_explained(
    qtbot: QtBot, field: QLineEdit
) -> None:
    scanner, seen = _scanner(layout="system")
    try:
        scan_on_layout(qtbot, field, "WB-ZY123", "DE")
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    finally:
        QApplication.instance().removeEventFilter(scanner)  # type: ignore[union-attr]
    garbled = seen[0].payload
    assert garbled == "WBßYZ123"
    advice = diagnose_mismatch("WB-ZY123", garbled)
    assert advice is not None
    assert "QWERTZ" in advice


def test_the_desk_explains_a_garbled_layout_test_scan(
    qtbot: QtBot, client: object, desk_factory: Callable[..., DeskRig]
) -> None:
    from kiosk.backends.trybe import TrybeClient
    from kiosk.scan.keymap import LAYOUT_TEST_CODE

    assert isinstance(client, TrybeClient)
    desk = desk_factory(client).window
    qtbot.waitExposed(desk)
    qtbot.wait(100)  # first paint done: key gaps below are the scanner's, not the painter's
    scanner, seen = _scanner(layout="system")
    scanner.scanned.connect(desk.handle_scan)
    try:
        scan_on_layout(qtbot, desk, LAYOUT_TEST_CODE, "DE")
        qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=2000)
    finally:
        QApplication.instance().removeEventFilter(scanner)  # type: ignore[union-attr]
    assert [e.payload for e in seen] == ['KIOSKßTESTÖYz-7"q']
    assert desk.problem_title.text() == "Scanner layout test"
    assert "QWERTZ" in desk.problem_detail.text()
