"""Modes own their windows: the repros of issue 25, in real windows on the stand-in server.

- Self check-in's staff mode ends (staff idle) with the desk's windows open: every one of them is
  gone, and the guest screen is the only window left on screen.
- A shared desk signs its manager out with the staff list open: the list is gone, and a save
  arriving after the sign-out is refused (asked again at the act); the customers report is a
  manager's act; a double tap opens one override dialog, and a scanner burst never lands in its
  reason field; a badge scanned while a guest's lookup is in flight leaves that scan's line with
  whoever read it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.desk import duty as desk_duty
from kiosk.checkin.modes import Mode, Transition
from kiosk.checkin.staff import Duty, Role, Roster, StaffMember, hash_badge
from kiosk.config import Settings
from kiosk.ui.desk import DeskWindow
from kiosk.ui.override_dialog import OverrideDialog
from kiosk.ui.staff_dialog import StaffListDialog
from kiosk.ui.staff_list import open_staff_list
from tests.rigs import DeskRig, SelfRig, is_gone
from tests.sandbox_helpers import code_of
from tests.ui.test_self_checkin import PIN, PIN_HASH, enter_pin, long_press_corner
from tests.ui.test_staff_on_duty import scanner_types, wedge  # noqa: F401  (a fixture)

DESK_BADGE = "STAFF-0001-DSK"
MANAGER_BADGE = "STAFF-0009-MAN"


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(
        (
            StaffMember("st-desk01", "Robin", Role.DESK, badge_hash=hash_badge(DESK_BADGE)),
            StaffMember("st-man001", "Morgan", Role.MANAGER, badge_hash=hash_badge(MANAGER_BADGE)),
        )
    )


def on_screen() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def test_staff_idle_on_the_desk_closes_every_window_the_desk_opened(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    self_factory: Callable[..., SelfRig],
    desk_factory: Callable[..., DeskRig],
) -> None:
    from kiosk.app import wire_self_checkin

    rig = self_factory(fresh_client, PIN_HASH, staff_idle_s=3.0)
    screen = rig.window
    desk = desk_factory(fresh_client, on_site=True).window
    desk.hide()
    wire_self_checkin(rig.session, screen, desk, quit_app=lambda: None)
    assert desk.session.modes.mode is Mode.GUEST_SCREEN
    long_press_corner(qtbot, screen, 2300)
    enter_pin(screen, PIN)
    qtbot.mouseClick(screen.staff_buttons["desk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(desk.isVisible, timeout=2000)

    who_is_in = desk.open_on_site()
    keys = desk.show_keys()
    shift = desk.open_shift()
    assert who_is_in is not None
    qtbot.waitUntil(who_is_in.isVisible)
    assert keys.isVisible()
    assert shift.isVisible()

    qtbot.waitUntil(screen.isVisible, timeout=8000)  # left alone: the guest screen again
    for window in (who_is_in, keys, shift):
        qtbot.waitUntil(lambda window=window: is_gone(window), timeout=2000)
    assert on_screen() == [screen]
    last = desk.session.modes.history[-1]
    assert (last.before.mode, last.after.mode, last.why) == (
        Mode.DESK,
        Mode.GUEST_SCREEN,
        "staff idle",
    )
    # nothing of the desk answers to a key any more: its windows are gone, not hidden
    assert desk.session.modes.open_kinds == ()


def test_the_idle_sign_out_closes_the_staff_list_and_a_late_save_is_refused(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    wedge: Callable[[DeskWindow], None],  # noqa: F811
    roster: Roster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desk_duty, "DUTY_CHECK_S", 0.1)
    monkeypatch.setattr(desk_duty, "SIGN_OUT_WARN_S", 1)
    rig = desk_factory(fresh_client, duty=Duty(roster), sign_out_s=2.0)
    desk = rig.window
    wedge(desk)
    settings_file = tmp_path / "settings.toml"
    settings = Settings(settings_path=settings_file)
    scanner_types(desk, MANAGER_BADGE)
    qtbot.waitUntil(lambda: "Morgan" in desk.duty_button.text(), timeout=3000)

    def open_list() -> QWidget | None:
        return open_staff_list(
            desk,
            rig.session,
            settings,
            rig.runner,
            rig.audit,
            lockouts=tmp_path,
            applied=desk.set_roster,
            windows=desk.windows,
        )

    staff = open_list()
    assert isinstance(staff, StaffListDialog)
    assert open_list() is staff  # asked again: the same list, raised, not a second one
    mallory = Roster((*roster.members, StaffMember("st-mal001", "Mallory", Role.MANAGER)))

    # a save that arrives just after the mode ended (a queued click) is asked again, and refused
    def late_save(transition: Transition) -> None:
        if transition.after.on_duty is None:
            staff.saved.emit(mallory)

    rig.session.modes.changed.connect(late_save)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.sign_in_page, timeout=6000)
    qtbot.waitUntil(lambda: is_gone(staff), timeout=2000)
    assert not settings_file.exists() or "Mallory" not in settings_file.read_text("utf-8")
    assert "Mallory" not in [m.name for m in rig.session.roster.members]
    refused = [line for line in rig.audit.entries() if line["action"] == "refused"]
    assert refused
    assert refused[-1]["outcome"] == "manage"
    assert refused[-1].get("staff_id") is None  # nobody on duty: refused
    assert not [line for line in rig.audit.entries() if line["action"] == "staff"]

    # a passer-by cannot open it again
    assert open_list() is None
    assert on_screen() == [desk]


def test_the_customers_report_is_a_managers_act(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    wedge: Callable[[DeskWindow], None],  # noqa: F811
    roster: Roster,
) -> None:
    rig = desk_factory(fresh_client, duty=Duty(roster))
    desk = rig.window
    wedge(desk)
    scanner_types(desk, DESK_BADGE)
    qtbot.waitUntil(lambda: "Robin" in desk.duty_button.text(), timeout=3000)
    assert desk.open_report() is None
    assert "Only a manager can export" in desk.status_line.text()
    assert rig.session.state.report is None

    scanner_types(desk, MANAGER_BADGE)  # the manager takes the desk over
    qtbot.waitUntil(lambda: "Morgan" in desk.duty_button.text(), timeout=3000)
    report = desk.open_report()
    assert report is not None
    qtbot.waitUntil(lambda: rig.session.state.report is not None)
    scanner_types(desk, DESK_BADGE)  # and hands it back before the file is saved
    qtbot.waitUntil(lambda: "Robin" in desk.duty_button.text(), timeout=3000)
    qtbot.waitUntil(lambda: is_gone(report), timeout=2000)
    qtbot.wait(2500)  # longer than the report takes on the stand-in
    assert not [line for line in rig.audit.entries() if line["action"] == "report"]
    reports = Path(rig.session.reports_dir or "")
    assert not reports.exists() or not list(reports.iterdir())


def test_a_double_tap_opens_one_override_and_a_scan_never_becomes_its_reason(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    wedge: Callable[[DeskWindow], None],  # noqa: F811
) -> None:
    rig = desk_factory(fresh_client)
    desk = rig.window
    wedge(desk)
    card = desk.customer_panel.band_card
    scanner_types(desk, code_of("Chloé Martin"))  # red: an override is the only way in
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Chloé Martin", timeout=5000)
    qtbot.wait(900)
    qtbot.mouseDClick(card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(desk.findChildren(OverrideDialog)))
    dialogs = [d for d in desk.findChildren(OverrideDialog) if d.isVisible()]
    assert len(dialogs) == 1
    override = dialogs[0]

    # the next guest's band, scanned with the reason field focused: held by the wedge filter,
    # none of it reaches the field
    override.words.setFocus()
    QTest.keyClicks(override.words, code_of("Amelia Hart"), Qt.KeyboardModifier.NoModifier, 2)
    assert override.words.text() == ""
    assert not override.check_in_button.isEnabled()
    QTest.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    qtbot.waitUntil(lambda: is_gone(override), timeout=2000)
    assert not [line for line in rig.audit.entries() if line["action"] == "override"]
    assert not [line for line in rig.audit.entries() if line["action"] == "check_in"]


def test_an_override_admits_one_check_in(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    wedge: Callable[[DeskWindow], None],  # noqa: F811
) -> None:
    rig = desk_factory(fresh_client)
    desk = rig.window
    wedge(desk)
    card = desk.customer_panel.band_card
    scanner_types(desk, code_of("Chloé Martin"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Chloé Martin", timeout=5000)
    qtbot.wait(900)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(desk.findChildren(OverrideDialog)))
    override = desk.findChildren(OverrideDialog)[0]
    preset = next(b for b in override.presets.buttons() if b.text() == "Manager approved")
    qtbot.mouseClick(preset, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(override.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked in." in desk.status_line.text(), timeout=8000)
    qtbot.waitUntil(lambda: card.check_in_button.text().startswith("Check out"), timeout=5000)
    qtbot.wait(900)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)  # check out
    qtbot.waitUntil(lambda: "Checked out" in desk.status_line.text(), timeout=8000)
    qtbot.waitUntil(lambda: card.check_in_button.isEnabled(), timeout=5000)
    qtbot.wait(900)
    # back in needs a new override: the big button asks for one, it does not check in
    assert rig.session.state.primary.value == "override"
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool([d for d in desk.findChildren(OverrideDialog) if d.isVisible()]))
    check_ins = [line for line in rig.audit.entries() if line["action"] == "check_in"]
    assert len(check_ins) == 1


def test_a_scan_belongs_to_whoever_read_it_when_a_badge_takes_over_during_its_lookup(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: object,
    desk_factory: Callable[..., DeskRig],
    wedge: Callable[[DeskWindow], None],  # noqa: F811
    roster: Roster,
) -> None:
    from tests.sandbox_helpers import SandboxAdmin

    assert isinstance(fresh_admin, SandboxAdmin)
    rig = desk_factory(fresh_client, duty=Duty(roster))
    desk = rig.window
    wedge(desk)
    scanner_types(desk, DESK_BADGE)
    qtbot.waitUntil(lambda: "Robin" in desk.duty_button.text(), timeout=3000)
    fresh_admin.add_fault(
        path_prefix="/customers/customers/barcode-search", latency_ms=1200, times=1
    )
    scanner_types(desk, code_of("Amelia Hart"))
    qtbot.waitUntil(lambda: rig.session.state.code != "", timeout=2000)
    scanner_types(desk, MANAGER_BADGE)  # while Amelia's lookup is in flight
    qtbot.waitUntil(lambda: "Morgan" in desk.duty_button.text(), timeout=3000)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=6000)
    scan = next(line for line in rig.audit.entries() if line["action"] == "scan")
    assert scan["staff_id"] == "st-desk01"


def test_a_settings_save_asks_again_before_anything_is_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The settings dialogs ask at the save (not only when they opened) whether whoever
    saves may: a refused save writes nothing."""
    from PySide6.QtWidgets import QDialog

    from kiosk.ui.staff_settings import StaffSettingsDialog

    settings_file = tmp_path / "settings.toml"
    dialog = StaffSettingsDialog(Settings(settings_path=settings_file), settings_file)
    qtbot.addWidget(dialog)
    still_a_manager = [True]
    dialog.may_save = lambda: still_a_manager[0]
    dialog.sounds.setChecked(not dialog.sounds.isChecked())
    still_a_manager[0] = False  # signed out while the dialog was open
    dialog.save()
    assert not settings_file.exists()
    assert dialog.result() == QDialog.DialogCode.Rejected
