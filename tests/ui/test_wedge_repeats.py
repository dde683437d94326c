"""The wedge never loses or invents a character, typed into the window at scanner speed.

Each key goes through the application's real event path (``QApplication.sendEvent`` into the
focused window, so every app-wide filter sees it) the way X11 delivers a scanner's keys: a press
and a release per character, Shift around capitals and symbols, each event stamped with the
time it was typed (1-3 ms apart), and a quick release-then-press of the *same* key flagged as
auto-repeat, as Qt's xcb plugin flags it. That flag used to cut a burst in two ("555000111"
became "5000111"). A busy GUI thread in mid-burst used to do the same.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.scan import ScanEvent
from kiosk.scan.keymap import position_of
from tests.wedge_codes import repeat_rich_codes

X11_OFFSET = 8
SHIFT = 0x2A
ENTER = 0x1C


class Keyboard:
    """Types into ``target`` as an X11 scanner does, with its own clock in milliseconds."""

    def __init__(self, target: QLineEdit) -> None:
        self.target = target
        self.clock_ms = 1_000_000
        self.rng = random.Random(5)
        self.last_code: int | None = None
        self.pending_release: tuple[int, int, bool, str] | None = None

    def _send(
        self, kind: QEvent.Type, key: int, code: int, shift: bool, text: str, repeat: bool
    ) -> None:
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        event = QKeyEvent(kind, key, modifiers, code + X11_OFFSET, 0, 0, text, repeat)
        event.setTimestamp(self.clock_ms)
        QApplication.sendEvent(self.target, event)

    def _flush_release(self, repeat: bool = False) -> None:
        if self.pending_release is not None:
            key, code, shift, text = self.pending_release
            self._send(QEvent.Type.KeyRelease, key, code, shift, text, repeat)
            self.pending_release = None

    def type_char(self, char: str) -> None:
        position = position_of(char)
        assert position is not None, char
        code, shift = position
        key = ord(char.upper()) if char.isalnum() else ord(char)
        self.clock_ms += self.rng.randint(1, 3)
        # xcb: a release followed at once by a press of the same key is "auto-repeat"
        same = self.last_code == code
        self._flush_release(repeat=same)
        if shift:
            self._send(QEvent.Type.KeyPress, int(Qt.Key.Key_Shift), SHIFT, False, "", False)
        self._send(QEvent.Type.KeyPress, key, code, shift, char, same)
        self.pending_release = (key, code, shift, char)
        if shift:
            self._flush_release()
            self._send(QEvent.Type.KeyRelease, int(Qt.Key.Key_Shift), SHIFT, True, "", False)
            self.last_code = None
        else:
            self.last_code = code

    def enter(self) -> None:
        self._flush_release()
        self.clock_ms += 2
        self._send(QEvent.Type.KeyPress, int(Qt.Key.Key_Return), ENTER, False, "\r", False)
        self._send(QEvent.Type.KeyRelease, int(Qt.Key.Key_Return), ENTER, False, "\r", False)
        self.last_code = None
        self.clock_ms += 40  # the gap before the next band


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


@pytest.fixture
def scans() -> Iterator[list[ScanEvent]]:
    scanner = WedgeScanner(WedgeSettings(), scan_code_offset=X11_OFFSET)
    seen: list[ScanEvent] = []
    scanner.scanned.connect(seen.append)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(scanner)
    yield seen
    app.removeEventFilter(scanner)
    scanner.shutdown()


def lost_and_extra(sent: list[str], got: list[str]) -> tuple[int, int]:
    lost = sum(max(0, len(a) - len(b)) for a, b in zip(sent, got, strict=False))
    extra = sum(max(0, len(b) - len(a)) for a, b in zip(sent, got, strict=False))
    missing = sum(len(code) for code in sent[len(got) :])
    return lost + missing, extra


def test_five_thousand_repeat_rich_codes_arrive_whole(
    qtbot: QtBot, field: QLineEdit, scans: list[ScanEvent]
) -> None:
    codes = repeat_rich_codes(5000)
    keyboard = Keyboard(field)
    for code in codes:
        for char in code:
            keyboard.type_char(char)
        keyboard.enter()
    got = [s.payload for s in scans]
    assert lost_and_extra(codes, got) == (0, 0)
    assert got == codes
    assert field.text() == ""  # and nothing leaked into the focused field


def test_codes_typed_in_real_time_at_scanner_speed_arrive_whole(
    qtbot: QtBot, field: QLineEdit, scans: list[ScanEvent]
) -> None:
    codes = repeat_rich_codes(150, seed=3)
    keyboard = Keyboard(field)
    for code in codes:
        for char in code:
            keyboard.type_char(char)
            qtbot.wait(random.Random(len(code)).randint(1, 3))  # the event loop runs between keys
        keyboard.enter()
    assert [s.payload for s in scans] == codes


def test_a_busy_gui_thread_in_mid_burst_does_not_cut_the_scan(
    qtbot: QtBot, field: QLineEdit, scans: list[ScanEvent]
) -> None:
    keyboard = Keyboard(field)
    for char in "TRYBE-1002":
        keyboard.type_char(char)
    time.sleep(0.09)  # the GUI thread is busy; the rest of the band is typed meanwhile
    app = QApplication.instance()
    assert app is not None
    app.processEvents()  # the silence timer comes due first, late
    for char in "00300":
        keyboard.type_char(char)
    keyboard.enter()
    qtbot.wait(100)
    assert [s.payload for s in scans] == ["TRYBE-100200300"]


def test_a_key_held_down_by_a_person_is_still_typing(
    qtbot: QtBot, field: QLineEdit, scans: list[ScanEvent]
) -> None:
    """Real auto-repeat (a finger on a key) never starts a scan: it reaches the field."""
    position = position_of("x")
    assert position is not None
    code, _ = position
    for n in range(8):
        repeat = n > 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind, ord("X"), Qt.KeyboardModifier.NoModifier, code + 8, 0, 0, "x", repeat
            )
            QApplication.sendEvent(field, event)
        qtbot.wait(500 if n == 0 else 33)  # the repeat delay, then 30 a second
    qtbot.wait(100)
    assert scans == []
    assert field.text() == "x" * 8


def test_a_scanner_ending_codes_with_a_linefeed_is_a_scan(
    qtbot: QtBot, field: QLineEdit, scans: list[ScanEvent]
) -> None:
    keyboard = Keyboard(field)
    for char in "100200300":
        keyboard.type_char(char)
    keyboard._flush_release()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        # X11's Linefeed keysym: key 0x0A, text "\n" (what an LF suffix sends)
        event = QKeyEvent(kind, 0x0A, Qt.KeyboardModifier.NoModifier, 109, 0xFF0A, 0, "\n")
        QApplication.sendEvent(field, event)
    assert [s.payload for s in scans] == ["100200300"]
    assert field.text() == ""
