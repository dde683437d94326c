"""Self check-in, as a guest and as staff would use it, against the stand-in server."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.self_session import SelfScreen
from kiosk.checkin.selfservice import GuestAnswer
from kiosk.config.pin import hash_pin
from kiosk.scan import ScanEvent
from kiosk.ui.self_checkin import SelfCheckInWindow
from tests.pins import quick_hash
from tests.rigs import SelfRig
from tests.sandbox_helpers import SandboxAdmin, code_of

PIN = "4826"
PIN_HASH = hash_pin(PIN)


@pytest.fixture
def kiosk(
    qtbot: QtBot, fresh_client: TrybeClient, self_factory: Callable[..., SelfRig]
) -> SelfCheckInWindow:
    screen: SelfCheckInWindow = self_factory(fresh_client, PIN_HASH).window
    qtbot.waitExposed(screen)
    return screen


def scan(screen: SelfCheckInWindow, guest_or_code: str) -> None:
    code = code_of(guest_or_code) if " " in guest_or_code else guest_or_code
    screen.handle_scan(ScanEvent(payload=code, source="wedge"))


def test_a_german_guest_is_greeted_in_german_checked_in_and_then_forgotten(
    qtbot: QtBot, kiosk: SelfCheckInWindow, fresh_admin: SandboxAdmin
) -> None:
    answers: list[GuestAnswer] = []
    kiosk.answered.connect(answers.append)
    assert kiosk.attract_title.text() == "Scan your wristband or card"
    scan(kiosk, "Hannah Schmidt")  # preferred locale de; membership starts soon: warn
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    assert kiosk.verdict_greeting.text() == "Hallo, Hannah"
    assert kiosk.verdict_detail.text() == "Bitte wenden Sie sich an die Rezeption."
    assert "Schmidt" not in kiosk.verdict_greeting.text()  # no surname unless allowed

    scan(kiosk, "Jonas Becker")  # next scan interrupts the countdown at once
    qtbot.waitUntil(lambda: kiosk.verdict_greeting.text() == "Hallo, Jonas", timeout=5000)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.attract_page, timeout=4000)
    assert kiosk.verdict_greeting.text() == ""
    assert kiosk.session.state.answer is None  # nothing of the guest is kept
    assert kiosk.attract_title.text() == "Scan your wristband or card"  # back to English
    assert [a.locale for a in answers] == ["de", "de"]


def test_admit_records_a_kiosk_check_in(
    qtbot: QtBot, kiosk: SelfCheckInWindow, fresh_client: TrybeClient
) -> None:
    scan(kiosk, "Amelia Hart")
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() == "Checked in", timeout=5000)
    assert kiosk.verdict_greeting.text() == "Welcome, Amelia!"
    assert "Gold tier" in kiosk.verdict_detail.text()
    assert kiosk.countdown.text().startswith("Back to the start in 2 s")
    assert "Tap to keep this on screen" in kiosk.countdown.text()
    guest = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    visits = fresh_client.list_check_ins(customer_ids=[guest.id]).data
    assert [v.method for v in visits] == ["Kiosk"]


def test_deny_says_see_reception_with_a_public_reason_only(
    qtbot: QtBot, kiosk: SelfCheckInWindow, fresh_client: TrybeClient
) -> None:
    scan(kiosk, "Chloé Martin")  # French, band expired
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() == "Désolé", timeout=5000)
    assert kiosk.verdict_sentence.text() == "Votre bracelet a expiré."
    assert kiosk.verdict_detail.text() == "Merci de vous adresser à l'accueil."
    shown = " ".join(
        w.text() for w in (kiosk.verdict_greeting, kiosk.verdict_sentence, kiosk.verdict_detail)
    )
    guest = fresh_client.get_customer_by_barcode(code_of("Chloé Martin"))
    for private in (guest.email, guest.phone, str(guest.dob), "Martin", "£"):
        assert private not in shown
    assert fresh_client.list_check_ins(customer_ids=[guest.id]).data == []  # not checked in


def test_an_unknown_band_gets_a_clear_answer(qtbot: QtBot, kiosk: SelfCheckInWindow) -> None:
    scan(kiosk, "NOT-A-GUEST-1")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    assert kiosk.verdict_sentence.text() == "We don't recognise this wristband."


def long_press_corner(qtbot: QtBot, screen: SelfCheckInWindow, ms: int) -> None:
    QTest.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.wait(ms)
    QTest.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def enter_pin(screen: SelfCheckInWindow, pin: str) -> None:
    for digit in pin:
        screen.pin_keys[digit].click()
    screen.pin_keys["ok"].click()
    # the PIN is checked on a worker (Argon2 is slow on purpose): wait for its answer
    deadline = time.monotonic() + 5
    while screen.session.state.pin_checking and time.monotonic() < deadline:
        QTest.qWait(10)


def test_staff_escape_needs_a_long_press_and_the_pin(
    qtbot: QtBot, kiosk: SelfCheckInWindow
) -> None:
    long_press_corner(qtbot, kiosk, 300)  # a tap does nothing
    assert kiosk.stack.currentWidget() is kiosk.attract_page
    long_press_corner(qtbot, kiosk, 2300)
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    enter_pin(kiosk, "0000")
    assert kiosk.pin_message.text() == "Wrong PIN"
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    enter_pin(kiosk, PIN)
    assert kiosk.stack.currentWidget() is kiosk.staff_page
    quits: list[str] = []
    kiosk.session.requests.connect(quits.append)
    kiosk.staff_buttons["quit"].click()
    assert quits == ["quit"]


def test_five_wrong_pins_lock_the_keypad(qtbot: QtBot, kiosk: SelfCheckInWindow) -> None:
    long_press_corner(qtbot, kiosk, 2300)
    for _ in range(5):
        enter_pin(kiosk, "1111")
    assert kiosk.pin_message.text().startswith("Too many tries. Wait")
    enter_pin(kiosk, PIN)  # even the right PIN, while locked
    assert kiosk.stack.currentWidget() is kiosk.pin_page


def test_a_stopped_keypad_says_what_opens_it_and_a_managers_badge_does(
    qtbot: QtBot, fresh_client: TrybeClient, self_factory: Callable[..., SelfRig], tmp_path: Path
) -> None:
    """Issue 30: after 100 wrong PINs the keys go grey, the page says what opens it, and a
    manager's badge at the scanner does (the PIN is still asked)."""
    from kiosk.checkin.staff import Role, Roster, StaffMember, hash_badge
    from kiosk.config.pin import HARD_STOP_FAILURES, PinGuard

    quick = quick_hash(PIN)
    moment = [1_800_000_000.0]
    guard = PinGuard(
        quick,
        state_file=tmp_path / "pin-lockout.json",
        lockout_steps_s=(1,),
        clock=lambda: moment[0],
    )
    for _ in range(HARD_STOP_FAILURES):  # the guesses came before this start
        moment[0] += 2
        guard.try_pin("0000")
    manager = StaffMember("st-man001", "Morgan", Role.MANAGER, badge_hash=hash_badge("BADGE-77"))
    screen = self_factory(
        fresh_client, quick, pins=guard, manager_badge=Roster((manager,)).manager_with_badge
    ).window
    long_press_corner(qtbot, screen, 2300)
    assert screen.stack.currentWidget() is screen.pin_page
    assert "stopped after 100 wrong PINs" in screen.pin_message.text()
    assert "manager's badge" in screen.pin_message.text()
    assert not any(key.isEnabled() for key in screen.pin_keys.values())
    assert screen.pin_cancel.isEnabled()  # the way back to the guest screen stays

    screen.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    assert "stopped" in screen.pin_message.text()  # a guest's band opens nothing
    screen.handle_scan(ScanEvent(payload="BADGE-77", source="wedge"))
    assert screen.pin_message.text() == "Opened by a manager's badge: enter the PIN."
    assert all(key.isEnabled() for key in screen.pin_keys.values())
    enter_pin(screen, PIN)
    assert screen.stack.currentWidget() is screen.staff_page
    assert "set a new one (kiosk set-pin)" in screen.staff_note.text()  # 4 digits: set before
    assert screen.staff_note.isVisible()


def test_no_way_out_without_the_pin(qtbot: QtBot, kiosk: SelfCheckInWindow) -> None:
    assert not kiosk.close()  # Alt+F4, a window manager's close: refused
    assert kiosk.isVisible()
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.stack.currentWidget() is kiosk.attract_page
    scan(kiosk, "Amelia Hart")  # scans never reach staff pages
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    assert kiosk.stack.currentWidget() is not kiosk.staff_page


def test_touch_targets_and_verdict_text_are_big_enough(
    qtbot: QtBot, kiosk: SelfCheckInWindow
) -> None:
    from kiosk.ui.theme import self_style_sheet

    kiosk.setStyleSheet(self_style_sheet())
    long_press_corner(qtbot, kiosk, 2300)
    for button in kiosk.pin_keys.values():
        assert button.height() >= 48
        assert button.width() >= 48
        assert button.accessibleName()
    kiosk.session.reset()
    scan(kiosk, "Amelia Hart")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    for label in (kiosk.verdict_word, kiosk.verdict_sentence, kiosk.verdict_greeting):
        assert label.fontInfo().pixelSize() >= 32
    assert kiosk.verdict_panel.accessibleName()


def test_a_kiosk_left_in_the_staff_menu_goes_back_to_the_guest_screen(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    self_factory: Callable[..., SelfRig],
    desk_factory: Callable[..., object],
) -> None:
    from PySide6.QtWidgets import QDialog

    from kiosk.app import wire_self_checkin

    rig = self_factory(fresh_client, PIN_HASH, staff_idle_s=0.6)
    screen = rig.window
    desk = desk_factory(fresh_client).window  # type: ignore[attr-defined]
    desk.hide()
    wire_self_checkin(rig.session, screen, desk, quit_app=lambda: None)
    long_press_corner(qtbot, screen, 2300)
    enter_pin(screen, PIN)
    assert screen.stack.currentWidget() is screen.staff_page
    settings = QDialog(screen)  # e.g. the reader settings, opened and left
    settings.open()
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.attract_page, timeout=3000)
    assert not settings.isVisible()
    assert screen.session.state.screen is SelfScreen.ATTRACT
    long_press_corner(qtbot, screen, 2300)  # the PIN page left alone times out too
    assert screen.stack.currentWidget() is screen.pin_page
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.attract_page, timeout=3000)


def test_the_desk_opened_from_the_kiosk_has_a_way_back_and_comes_back_when_idle(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    self_factory: Callable[..., SelfRig],
    desk_factory: Callable[..., object],
) -> None:
    from kiosk.app import wire_self_checkin

    rig = self_factory(fresh_client, PIN_HASH, staff_idle_s=1.0)
    screen = rig.window
    desk = desk_factory(fresh_client).window  # type: ignore[attr-defined]
    desk.hide()
    wire_self_checkin(rig.session, screen, desk, quit_app=lambda: None)
    long_press_corner(qtbot, screen, 2300)
    enter_pin(screen, PIN)
    qtbot.mouseClick(screen.staff_buttons["desk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(desk.isVisible, timeout=2000)
    assert not screen.isVisible()
    assert desk.back_button.isVisible()
    qtbot.mouseClick(desk.back_button, Qt.MouseButton.LeftButton)  # the way back
    qtbot.waitUntil(screen.isVisible, timeout=2000)
    assert not desk.isVisible()
    long_press_corner(qtbot, screen, 2300)
    enter_pin(screen, PIN)
    qtbot.mouseClick(screen.staff_buttons["desk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(desk.isVisible, timeout=2000)
    qtbot.waitUntil(screen.isVisible, timeout=4000)  # left alone: back to self check-in
    assert not desk.isVisible()
    assert screen.stack.currentWidget() is screen.attract_page


def test_a_hidden_or_minimised_kiosk_window_comes_back_by_itself(
    qtbot: QtBot, kiosk: SelfCheckInWindow
) -> None:
    kiosk.hide()  # "show desktop", or a window manager hiding it
    qtbot.waitUntil(kiosk.isVisible, timeout=3000)
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized(), timeout=3000)
    assert kiosk.isVisible()


def test_a_saved_check_in_whose_answer_was_lost_is_a_welcome_not_a_refusal(
    qtbot: QtBot, kiosk: SelfCheckInWindow, fresh_admin: SandboxAdmin
) -> None:
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", after=True, reset=True, times=1
    )
    scan(kiosk, "Amelia Hart")
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() == "Checked in", timeout=8000)
    assert kiosk.verdict_greeting.text() == "Welcome, Amelia!"
    posts = [r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]
    assert len(posts) == 1


def test_a_tap_on_the_answer_holds_it_for_a_guest_who_needs_longer(
    qtbot: QtBot, kiosk: SelfCheckInWindow
) -> None:
    scan(kiosk, "Amelia Hart")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    middle = QPoint(kiosk.width() // 2, kiosk.height() // 2)
    QTest.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=middle)
    assert kiosk.countdown.text() == "Held: tap again to go on"
    qtbot.wait(2500)  # longer than the countdown
    assert kiosk.stack.currentWidget() is kiosk.verdict_page
    QTest.mouseClick(kiosk, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.attract_page, timeout=5000)


def test_on_a_german_site_the_start_is_german_and_an_english_guest_is_answered_in_english(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    self_factory: Callable[..., SelfRig],
    speak: Callable[[str], None],
) -> None:
    speak("de")  # the desk's language: the kiosk's own, between guests
    kiosk = self_factory(fresh_client, PIN_HASH).window
    qtbot.waitExposed(kiosk)
    assert kiosk.attract_title.text() == "Scannen Sie Ihr Armband oder Ihre Karte"
    scan(kiosk, "Amelia Hart")  # preferred locale en
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() == "Checked in", timeout=5000)
    assert kiosk.verdict_greeting.text() == "Welcome, Amelia!"
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.attract_page, timeout=8000)
    assert kiosk.attract_title.text() == "Scannen Sie Ihr Armband oder Ihre Karte"
