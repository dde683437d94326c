"""The desk's verdicts and wristband actions, driven as a receptionist would (button, then the
menu choice), against the stand-in server over real HTTP."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.override_dialog import OverrideDialog
from tests.conftest import READ_ONLY_TOKEN
from tests.rigs import DeskRig
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of


@pytest.fixture
def desk(desk_factory: Callable[..., DeskRig], fresh_client: TrybeClient) -> DeskWindow:
    return desk_factory(fresh_client).window


def show(qtbot: QtBot, desk: DeskWindow, guest: str) -> None:
    desk.handle_scan(ScanEvent(payload=code_of(guest), source="manual"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == guest, timeout=5000)


def choose(menu: QMenu | None, starts_with: str) -> QAction:
    assert menu is not None
    action = next(a for a in menu.actions() if a.text().startswith(starts_with))
    return action


def test_expired_band_is_denied_then_extended_in_two_taps_and_admitted(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    show(qtbot, desk, "Chloé Martin")
    banner = desk.customer_panel.verdict
    assert banner.headline.text() == "Do not admit"
    assert "Wristband expired yesterday" in banner.reasons.text()

    card = desk.customer_panel.band_card
    choose(card.extend_button.menu(), "+7 days").trigger()  # tap 1: Expiry, tap 2: +7 days
    qtbot.waitUntil(lambda: banner.headline.text() == "Welcome in", timeout=5000)
    assert "Expires in 7 days" in card.expiry.text() or "Expires in 6 days" in card.expiry.text()
    assert "Expiry changed" in card.feedback.text()


def test_check_in_is_one_tap_and_check_out_the_next(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    assert card.check_in_button.text() == "✔ Check in"
    card.check_in_button.click()
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: "less than a minute ago" in desk.customer_panel.history.text(), timeout=5000
    )
    # our own check-in is not a reason to warn: the banner stays green after the refresh
    assert desk.customer_panel.verdict.headline.text() == "Welcome in"
    assert "Already checked in" not in desk.customer_panel.verdict.reasons.text()
    assert card.check_in_button.text() == "Check out"
    assert card.more_button.isEnabled()  # every control is back after the outcome

    qtbot.wait(900)  # a deliberate second tap (a double tap is ignored: it must not check out)
    card.check_in_button.click()
    qtbot.waitUntil(lambda: "Checked out" in card.feedback.text(), timeout=5000)
    assert card.check_in_button.text() == "✔ Check in"


def test_the_card_menu_offers_usable_cards_and_says_why_others_are_not(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    show(qtbot, desk, "Priya Shah")
    card = desk.customer_panel.band_card
    menu = card.card_button.menu()
    assert menu is not None
    revoked = next(a for a in menu.actions() if "revoked" in a.text())
    assert not revoked.isEnabled()
    usable = next(a for a in menu.actions() if a.isEnabled() and "••••" in a.text())
    usable.trigger()
    qtbot.waitUntil(lambda: "Card put on the band" in card.feedback.text(), timeout=5000)
    assert "revoked" not in card.card.text()
    assert "••••" in card.card.text()


def test_a_network_drop_mid_action_says_so_and_changes_nothing(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
) -> None:
    # the dropped request can no longer land after 1 s (the default window is a minute)
    desk = desk_factory(fresh_client, in_flight_s=1.0).window
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    before = card.expiry.text()
    fresh_admin.add_fault(path_prefix="/customers/customers/", method="PUT", reset=True)
    choose(card.extend_button.menu(), "+1 day").trigger()
    # the answer was lost after sending: read back first ("checking"), then "not saved"
    qtbot.waitUntil(lambda: "Checking whether it was saved" in card.feedback.text(), timeout=5000)
    qtbot.waitUntil(lambda: card.feedback.text().startswith("✖"), timeout=10000)
    assert "Not saved" in card.feedback.text()
    assert "Can't reach Trybe" in card.feedback.text()
    assert card.extend_button.isEnabled()  # ready to try again
    assert card.expiry.text() == before


def test_a_read_only_token_is_told_it_may_not(
    qtbot: QtBot, fresh_sandbox: object, desk_factory: Callable[..., DeskRig]
) -> None:
    from kiosk.sandbox import SandboxServer

    assert isinstance(fresh_sandbox, SandboxServer)
    with TrybeClient(fresh_sandbox.url, READ_ONLY_TOKEN, SITE_ID) as read_only:
        desk = desk_factory(read_only).window
        show(qtbot, desk, "Amelia Hart")
        card = desk.customer_panel.band_card
        card.check_in_button.click()
        qtbot.waitUntil(lambda: card.feedback.text().startswith("✖"), timeout=5000)
        assert "Not allowed" in card.feedback.text()


def test_a_locked_guest_is_denied_with_the_reason(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Sofía García")
    assert desk.customer_panel.verdict.headline.text() == "Do not admit"
    assert "locked" in desk.customer_panel.verdict.reasons.text()


def test_scans_and_actions_reach_the_audit_log_without_names(
    qtbot: QtBot, desk: DeskWindow, tmp_path: Path
) -> None:
    show(qtbot, desk, "Amelia Hart")
    desk.customer_panel.band_card.check_in_button.click()
    card = desk.customer_panel.band_card
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=5000)
    log = tmp_path / "audit.jsonl"
    actions = [line for line in log.read_text().splitlines()]
    assert any('"action": "scan"' in a and '"outcome": "admit"' in a for a in actions)
    assert any('"action": "check_in"' in a for a in actions)
    assert "Amelia" not in log.read_text()
    assert code_of("Amelia Hart") not in log.read_text()


def test_replace_a_lost_band_by_scanning_the_new_one(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Replace a lost wristband").trigger()
    assert "Scan the replacement wristband" in card.feedback.text()
    desk.handle_scan(ScanEvent(payload="NEW-BAND-900", source="wedge"))
    qtbot.waitUntil(lambda: card.code.text() == "NEW-BAND-900", timeout=8000)
    assert "replaces" in card.feedback.text()
    assert (
        "Visa" in card.card.text() or "Mastercard" in card.card.text() or "Amex" in card.card.text()
    )
    assert desk.customer_panel.name.text() == "Amelia Hart"


def test_associate_mode_can_be_cancelled(qtbot: QtBot, desk: DeskWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    show(qtbot, desk, "Oliver Price")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Add a new wristband").trigger()
    QTest.keyClick(desk, Qt.Key.Key_Escape)
    assert "Cancelled" in card.feedback.text()
    desk.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)


def answer_box(qtbot: QtBot, desk: DeskWindow, yes: bool = True) -> None:
    """Press Yes (or No) on the question the desk has just asked."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: bool(desk.findChildren(QMessageBox)), timeout=2000)
    box = desk.findChildren(QMessageBox)[-1]
    button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_enter_on_the_lock_question_is_no(
    qtbot: QtBot, desk: DeskWindow, fresh_admin: SandboxAdmin
) -> None:
    """The safe answer is the default: Enter (or Escape) on "Lock this guest's account?"
    locks nothing."""
    from PySide6.QtWidgets import QMessageBox

    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Lock the account").trigger()
    qtbot.waitUntil(lambda: bool(desk.findChildren(QMessageBox)), timeout=2000)
    box = desk.findChildren(QMessageBox)[-1]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    qtbot.wait(300)
    assert not [r for r in fresh_admin.requests("/") if r["path"].endswith("/lock")]
    assert desk.customer_panel.verdict.headline.text() != "Do not admit"


def test_lock_from_the_more_menu_asks_then_turns_the_verdict_red(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Lock the account").trigger()
    answer_box(qtbot, desk)
    qtbot.waitUntil(lambda: "Account locked" in card.feedback.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: desk.customer_panel.verdict.headline.text() == "Do not admit", timeout=5000
    )
    assert choose(card.more_button.menu(), "Unlock the account").isEnabled()


def test_the_screen_clears_itself_after_an_idle_time(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(fresh_client, idle_clear_s=0.4).window
    show(qtbot, desk, "Amelia Hart")
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.idle_page, timeout=3000)
    assert desk.context is None
    assert desk.customer_panel.name.text() == ""
    assert desk.customer_panel.band_card.code.text() == ""
    assert not desk.customer_panel.avatar.has_photo
    # the same band again is a fresh scan, not a repeat
    show(qtbot, desk, "Amelia Hart")


def test_each_outcome_has_its_own_sound(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    from kiosk.ui.sounds import Sounds

    sounds = Sounds(enabled=True)  # silent here (no audio device), but asked for
    desk = desk_factory(fresh_client, sounds=sounds).window
    for guest, sound in (
        ("Amelia Hart", "admit"),
        ("Jonas Becker", "warn"),
        ("Sofía García", "deny"),
    ):
        show(qtbot, desk, guest)
        assert sounds.last == sound
    desk.handle_scan(ScanEvent(payload="NO-SUCH-BAND", source="manual"))
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=5000)
    assert sounds.last == "warn"


def test_a_walk_in_typed_as_people_write_is_registered_in_the_systems_forms(
    qtbot: QtBot, desk: DeskWindow, fresh_client: TrybeClient
) -> None:
    show(qtbot, desk, "Amelia Hart")  # the desk knows its site (and so its country)
    qtbot.mouseClick(desk.new_guest_button, Qt.MouseButton.LeftButton)
    form = desk.guest_form
    assert form is not None
    QTest.keyClicks(form.inputs["first_name"], "Walk")
    QTest.keyClicks(form.inputs["last_name"], "Inn")
    QTest.keyClicks(form.inputs["phone"], "07700 900123")
    QTest.keyClicks(form.inputs["dob"], "31/31/1990")  # a slip
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.errors["dob"].isVisible(), timeout=5000)
    # the calendar's word for it and an example, not "Y-m-d"
    assert "There is no month 31" in form.errors["dob"].text()
    assert "31/12/1990" in form.errors["dob"].text()
    assert not form.errors["phone"].isVisible()  # the national phone is fine
    error_top = form.errors["dob"].mapTo(form, form.errors["dob"].rect().topLeft()).y()
    field = form.inputs["dob"]
    assert error_top >= field.mapTo(form, field.rect().bottomLeft()).y()  # beside, not over
    assert form.inputs["first_name"].text() == "Walk"  # nothing typed is lost

    form.inputs["dob"].clear()
    QTest.keyClicks(form.inputs["dob"], "31/12/1990")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Walk Inn", timeout=5000)
    assert desk.guest_form is None  # closed (and freed) once saved
    saved = fresh_client.get_customer(desk.session.state.guest_id or "")
    assert saved.phone == "+447700900123"
    assert saved.dob is not None
    assert saved.dob.isoformat() == "1990-12-31"


def test_an_empty_registration_is_refused_before_sending(qtbot: QtBot, desk: DeskWindow) -> None:
    form = desk.open_guest_form(None)
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.errors["first_name"].isVisible(), timeout=3000)
    assert "name or an email" in form.errors["first_name"].text()
    # the sentence at the bottom ends; it says where to look (no dangling "details:")
    assert form.general_error.text().endswith("See the notes under the fields.")
    assert form.focusWidget() is form.inputs["first_name"]  # typing goes where the fix is


def test_every_mistake_of_a_new_guest_is_said_at_once(
    qtbot: QtBot, desk: DeskWindow, fresh_client: TrybeClient
) -> None:
    """An email without its @, a short phone and a 31st of February: all three under their
    fields after one Save (they used to come one save at a time), the date's advice the
    calendar's, and nothing sent to the guest system."""
    show(qtbot, desk, "Amelia Hart")
    before = len(fresh_client.list_customers(query="Walk"))
    form = desk.open_guest_form(None)
    QTest.keyClicks(form.inputs["first_name"], "Walk")
    QTest.keyClicks(form.inputs["email"], "walk.inn.example.com")
    QTest.keyClicks(form.inputs["phone"], "07700")
    QTest.keyClicks(form.inputs["dob"], "31/02/1990")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.errors["dob"].isVisible(), timeout=3000)
    assert "email address" in form.errors["email"].text()
    assert "phone number" in form.errors["phone"].text()
    assert form.errors["dob"].text() == "February 1990 has 28 days: there is no 31 February."
    assert all(form.errors[k].isVisible() for k in ("email", "phone", "dob"))
    for key in ("email", "phone", "dob"):  # each message under its own field, over nothing
        error, field = form.errors[key], form.inputs[key]
        error_top = error.mapTo(form, error.rect().topLeft()).y()
        assert error_top >= field.mapTo(form, field.rect().bottomLeft()).y()
        assert error.height() >= error.heightForWidth(error.width()) - 2
    assert form.focusWidget() is form.inputs["email"]
    assert len(fresh_client.list_customers(query="Walk")) == before


def test_edit_a_guest_from_the_more_menu(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Edit the guest's details").trigger()
    form = desk.guest_form
    form.inputs["last_name"].setText("Hart-Wood")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart-Wood", timeout=5000)


def override_dialog(qtbot: QtBot, desk: DeskWindow) -> OverrideDialog:
    qtbot.waitUntil(lambda: bool(desk.findChildren(OverrideDialog)), timeout=2000)
    dialog: OverrideDialog = desk.findChildren(OverrideDialog)[-1]
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def answer_override(qtbot: QtBot, desk: DeskWindow, reason: str) -> None:
    """Type the reason into the override dialog the desk has just opened, tap Check in."""
    dialog = override_dialog(qtbot, desk)
    QTest.keyClicks(dialog.words, reason)
    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)


def test_a_red_verdict_has_no_one_tap_check_in(
    qtbot: QtBot, desk: DeskWindow, fresh_admin: SandboxAdmin
) -> None:
    show(qtbot, desk, "Chloé Martin")  # band expired: deny
    card = desk.customer_panel.band_card
    assert card.check_in_button.text() == "Override and check in…"
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    dialog = override_dialog(qtbot, desk)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # a change of mind
    qtbot.wait(300)
    assert not [r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]
    assert desk.customer_panel.verdict.headline.text() == "Do not admit"


def test_a_deny_is_overridden_in_one_flow_with_staff_words_kept_apart(
    qtbot: QtBot,
    desk: DeskWindow,
    tmp_path: Path,
    fresh_admin: SandboxAdmin,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    show(qtbot, desk, "Chloé Martin")
    banner = desk.customer_panel.verdict
    card = desk.customer_panel.band_card
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    answer_override(qtbot, desk, "Band renewed at the spa desk, paper receipt seen")
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=5000)
    assert banner.headline.text() == "Admitted by staff override"
    assert "paper receipt" in banner.reasons.text()
    assert card.check_in_button.text() == "Check out"
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    override = next(e for e in lines if e["action"] == "override")
    assert override["reason"] == "staff's own words"
    assert "paper receipt" in override["staff_text"]
    check_in = next(e for e in lines if e["action"] == "check_in" and e["outcome"] == "done")
    assert "paper receipt" not in check_in.get("reason", "")
    assert "paper receipt" not in caplog.text  # never in the application's log
    posts = [r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]
    assert len(posts) == 1


def test_a_preset_reason_is_one_tap_then_check_in(
    qtbot: QtBot, desk: DeskWindow, tmp_path: Path
) -> None:
    show(qtbot, desk, "Chloé Martin")
    card = desk.customer_panel.band_card
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    dialog = override_dialog(qtbot, desk)
    assert not dialog.check_in_button.isEnabled()  # no reason yet
    preset = dialog.presets.buttons()[0]
    assert preset.height() >= 48
    words = preset.text()
    qtbot.mouseClick(preset, Qt.MouseButton.LeftButton)
    assert dialog.check_in_button.isEnabled()
    qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=5000)
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    override = next(e for e in lines if e["action"] == "override")
    assert override["reason"] == words
    assert "staff_text" not in override


def test_an_override_without_a_reason_cannot_be_confirmed(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Sofía García")
    card = desk.customer_panel.band_card
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    dialog = override_dialog(qtbot, desk)
    QTest.keyClicks(dialog.words, " x")
    assert not dialog.check_in_button.isEnabled()
    QTest.keyClick(dialog.words, Qt.Key.Key_Return)  # Enter does not sneak it through
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert desk.customer_panel.verdict.headline.text() == "Do not admit"


def test_the_shifts_scans_can_be_reopened(qtbot: QtBot, desk: DeskWindow) -> None:
    assert not desk.recent_button.isEnabled()
    show(qtbot, desk, "Amelia Hart")
    show(qtbot, desk, "Jonas Becker")
    menu = desk.recent_button.menu()
    assert menu is not None
    entries = [a.text() for a in menu.actions()]
    assert "Jonas Becker" in entries[0]
    assert "(warn)" in entries[0]
    assert "Amelia Hart" in entries[1]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)


def test_reopening_from_recent_keeps_the_scanned_band_and_its_actions(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    show(qtbot, desk, "Amelia Hart")
    show(qtbot, desk, "Oliver Price")
    desk.recent_button.click()  # the menu, as staff open it
    menu = desk.recent_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    choose(menu, next(a.text() for a in menu.actions() if "Amelia Hart" in a.text())).trigger()
    menu.close()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    card = desk.customer_panel.band_card
    qtbot.waitUntil(lambda: card.extend_button.isEnabled(), timeout=3000)
    assert "100200300" in " ".join(
        label.text() for label in card.findChildren(QLabel) if label.isVisible()
    )
    assert card.card_button.isEnabled()


def test_an_email_to_the_guest_asks_once_before_it_is_sent(
    qtbot: QtBot, desk: DeskWindow, fresh_admin: SandboxAdmin
) -> None:
    from PySide6.QtWidgets import QMessageBox

    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Email a password reset link").trigger()
    qtbot.waitUntil(lambda: bool(desk.findChildren(QMessageBox)), timeout=2000)
    box = desk.findChildren(QMessageBox)[-1]
    assert "reset their password" in box.text()
    assert not [r for r in fresh_admin.requests("/") if "reset" in r["path"]]  # not yet
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Password reset" in card.feedback.text(), timeout=5000)
    assert len([r for r in fresh_admin.requests("/") if "reset" in r["path"]]) == 1


def test_menus_are_touch_sized(qtbot: QtBot, desk: DeskWindow) -> None:
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    for button in (card.extend_button, card.card_button, card.more_button):
        menu = button.menu()
        assert menu is not None
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        heights = [menu.actionGeometry(a).height() for a in menu.actions() if not a.isSeparator()]
        menu.close()
        assert min(heights) >= 48, (button.text(), heights)


def test_anonymising_on_request_needs_the_name_typed_then_erases(
    qtbot: QtBot, desk: DeskWindow, fresh_client: TrybeClient, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

    show(qtbot, desk, "Oliver Price")
    guest_id = desk.session.state.guest_id
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Anonymise on the guest's request").trigger()
    qtbot.waitUntil(lambda: desk.findChild(QDialog, "eraseDialog") is not None, timeout=2000)
    dialog = desk.findChild(QDialog, "eraseDialog")
    typed = dialog.findChild(QLineEdit, "eraseTyped")
    erase = dialog.findChild(QPushButton, "eraseButton")
    QTest.keyClicks(typed, "Oliver")
    assert not erase.isEnabled()  # half a name is not a confirmation
    QTest.keyClicks(typed, " Price")
    assert erase.isEnabled()
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Anonymised" in card.feedback.text(), timeout=5000)
    assert fresh_client.get_customer(guest_id or "").deleted_at is not None
    qtbot.waitUntil(
        lambda: "anonymised" in desk.customer_panel.verdict.reasons.text(), timeout=5000
    )
    lines = [json.loads(x) for x in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert any(e["action"] == "anonymise" and e["outcome"] == "done" for e in lines)
    assert not any("Oliver" in json.dumps(e) for e in lines)  # the audit keeps no name


def test_a_locked_guest_is_not_anonymised_and_is_told_why(
    qtbot: QtBot, desk: DeskWindow, fresh_client: TrybeClient
) -> None:
    show(qtbot, desk, "Sofía García")  # locked
    guest_id = desk.session.state.guest_id
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Anonymise on the guest's request").trigger()
    qtbot.waitUntil(lambda: "unlock it first" in card.feedback.text(), timeout=3000)
    assert fresh_client.get_customer(guest_id or "").deleted_at is None


def test_an_address_is_added_changed_and_removed_from_the_guest_form(
    qtbot: QtBot, desk: DeskWindow, fresh_client: TrybeClient
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from kiosk.ui.address_dialog import AddressDialog

    show(qtbot, desk, "Oliver Price")
    gid = desk.session.state.guest_id or ""
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Edit the guest's details").trigger()
    form = desk.guest_form
    assert form is not None
    qtbot.waitUntil(lambda: "Loading" not in form.address_note.text(), timeout=5000)
    before = form.address_list.count()

    def save_in(dialog: AddressDialog) -> None:
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(form.add_address_button, Qt.MouseButton.LeftButton)
    dialog = form.findChildren(AddressDialog)[-1]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    QTest.keyClicks(dialog.inputs["line_1"], "12 Orchard Lane")
    QTest.keyClicks(dialog.inputs["city"], "Bath")
    save_in(dialog)
    qtbot.waitUntil(lambda: form.address_list.count() == before + 1, timeout=5000)
    row = next(
        i for i in range(form.address_list.count()) if "Orchard" in form.address_list.item(i).text()
    )
    assert form.address_list.item(row).text() == "Home: 12 Orchard Lane, Bath"

    form.address_list.setCurrentRow(row)
    qtbot.mouseClick(form.change_address_button, Qt.MouseButton.LeftButton)
    dialog = form.findChildren(AddressDialog)[-1]
    dialog.inputs["line_1"].clear()
    QTest.keyClicks(dialog.inputs["line_1"], "14 Orchard Lane")
    save_in(dialog)
    qtbot.waitUntil(
        lambda: any(
            "14 Orchard" in form.address_list.item(i).text()
            for i in range(form.address_list.count())
        ),
        timeout=5000,
    )
    assert [a.address_line_1 for a in fresh_client.list_customer_addresses(gid).data].count(
        "14 Orchard Lane"
    ) == 1  # changed, not added again

    row = next(
        i for i in range(form.address_list.count()) if "Orchard" in form.address_list.item(i).text()
    )
    form.address_list.setCurrentRow(row)
    qtbot.mouseClick(form.remove_address_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.findChildren(QMessageBox)), timeout=2000)
    box = form.findChildren(QMessageBox)[-1]
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.address_list.count() == before, timeout=5000)
    assert all(
        "Orchard" not in (a.address_line_1 or "")
        for a in fresh_client.list_customer_addresses(gid).data
    )


def test_the_customers_report_is_prepared_and_saved_as_a_csv(
    qtbot: QtBot, desk: DeskWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog

    desk.settings_button.click()  # the ⚙ menu, as staff open it
    menu = desk.tools_menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    choose(menu, "Customers report").trigger()
    menu.close()
    dialog = desk.findChild(QDialog, "reportDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: "saved to" in desk.report_text.text(), timeout=10000)
    saved = desk.session.state.report
    assert saved is not None
    assert saved.path is not None
    lines = Path(saved.path).read_text().splitlines()
    assert lines[0].startswith("id,")
    assert f"{len(lines) - 1} guests saved" in desk.report_text.text()
    assert Path(saved.path).parent == tmp_path / "reports"


def test_the_expiry_picker_is_touch_sized(qtbot: QtBot, desk: DeskWindow) -> None:
    """Issue 27: the date picker's days were 33x18 px; a desk is touched."""
    from PySide6.QtWidgets import QDateTimeEdit, QTableView

    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    choose(card.extend_button.menu(), "Pick a date and time…").trigger()
    qtbot.waitUntil(lambda: desk.findChild(QDateTimeEdit, "expiryPicker") is not None, timeout=2000)
    picker = desk.findChild(QDateTimeEdit, "expiryPicker")
    assert picker is not None
    assert picker.height() >= 48
    calendar = picker.calendarWidget()
    calendar.resize(calendar.minimumSize())
    calendar.show()  # as its popup shows it
    qtbot.waitExposed(calendar)
    days = calendar.findChild(QTableView)
    assert days is not None
    qtbot.wait(50)  # laid out
    assert min(days.columnWidth(c) for c in range(days.model().columnCount())) >= 44
    assert min(days.rowHeight(r) for r in range(1, days.model().rowCount())) >= 44
    calendar.hide()
