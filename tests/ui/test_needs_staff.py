"""Issue 30: a paired kiosk whose token cannot be read (a keyring that would not unlock)
opened the pairing window on the guest screen, with the API's address and a field for a new
one. It says "This kiosk needs a member of staff"; staff's PIN, and only that, opens pairing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.cli import needs_staff_to_pair
from kiosk.config import Settings
from kiosk.config.pin import PinGuard, hash_pin
from kiosk.ui.needs_staff import NeedsStaffWindow
from tests.a11y import audit
from tests.pins import quick_hash, stop_keypad

PIN = "482613"
SITE = "9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11"


def answered(qtbot: QtBot, window: NeedsStaffWindow) -> None:
    """The PIN was checked (Argon2, on a worker) and the answer is on screen."""
    qtbot.waitUntil(lambda: not window.checking, timeout=5000)


def test_only_a_kiosk_set_up_before_asks_for_staff_instead_of_pairing() -> None:
    set_up = Settings(site_id=SITE, staff_pin_hash=hash_pin(PIN), mode="self")
    assert needs_staff_to_pair(set_up, None)
    assert not needs_staff_to_pair(set_up, "a token")  # nothing to ask: it is paired
    assert not needs_staff_to_pair(Settings(), None)  # a new kiosk: the pairing window
    assert not needs_staff_to_pair(Settings(site_id=SITE), None)  # no PIN: staff's desk


def test_the_guest_sees_a_sentence_and_staff_s_pin_opens_pairing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    opened: list[bool] = []
    guard = PinGuard(hash_pin(PIN), state_file=tmp_path / "pin-lockout.json")
    window = NeedsStaffWindow(guard, lambda: opened.append(True))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "This kiosk needs a member of staff" in texts
    assert not any("http" in text or "api" in text.lower() for text in texts)  # no address
    assert audit(window, min_target=48) == []

    qtbot.keyClicks(window.pin, "000000")
    qtbot.keyClick(window.pin, Qt.Key.Key_Return)
    assert window.checking  # on a worker: the window keeps answering
    answered(qtbot, window)
    assert opened == []
    assert window.answer.text() == "That PIN is not right."
    assert window.pin.text() == ""

    qtbot.keyClicks(window.pin, PIN)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [True], timeout=5000)


def test_wrong_pins_lock_the_keypad_there_too(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[bool] = []
    guard = PinGuard(hash_pin(PIN), state_file=tmp_path / "pin-lockout.json", max_attempts=3)
    window = NeedsStaffWindow(guard, lambda: opened.append(True))
    qtbot.addWidget(window)
    for _ in range(3):
        qtbot.keyClicks(window.pin, "111111")
        window.unlock()
        answered(qtbot, window)
    assert window.answer.text().startswith("Too many wrong PINs")
    qtbot.keyClicks(window.pin, PIN)
    window.unlock()
    answered(qtbot, window)
    assert opened == []  # locked: even the right PIN waits


def test_a_stopped_keypad_there_says_set_pin_opens_it(qtbot: QtBot, tmp_path: Path) -> None:

    quick = quick_hash(PIN)
    state = tmp_path / "pin-lockout.json"
    stop_keypad(quick, state)
    opened: list[bool] = []
    window = NeedsStaffWindow(PinGuard(quick, state_file=state), lambda: opened.append(True))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.pin, PIN)
    window.unlock()
    answered(qtbot, window)
    assert opened == []
    assert "stopped after 100 wrong PINs" in window.answer.text()
    assert "kiosk set-pin" in window.answer.text()
