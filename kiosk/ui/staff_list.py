"""The staff list between the settings file and the desk: read at start (``duty_for``), and
changed behind a manager (``open_staff_list``): a manager signed in, or, before anyone is listed,
the kiosk's staff PIN where one is set. Saved to the settings file and applied at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from kiosk.checkin.audit import AuditLog
from kiosk.checkin.i18n import tr
from kiosk.checkin.session import DeskSession
from kiosk.checkin.staff import Duty, Permission, Role, Roster, StaffMember
from kiosk.checkin.tasks import Runner
from kiosk.config import Settings
from kiosk.config.persist import save_settings
from kiosk.config.pin import HARD_STOP_FAILURES, PinGuard, forget_wrong_pins
from kiosk.config.settings import StaffEntry
from kiosk.ui.staff_dialog import StaffListDialog
from kiosk.ui.windows import Windows


def roster_from(entries: Sequence[StaffEntry]) -> Roster:
    return Roster(
        tuple(StaffMember(e.id, e.name, Role(e.role), e.pin_hash, e.badge_hash) for e in entries)
    )


def entries_of(roster: Roster) -> list[dict[str, str]]:
    """As the settings file keeps them (an array of tables; absent keys for what is unset)."""
    rows = []
    for m in roster.members:
        row = {"id": m.id, "name": m.name, "role": m.role.value}
        if m.pin_hash:
            row["pin_hash"] = m.pin_hash
        if m.badge_hash:
            row["badge_hash"] = m.badge_hash
        rows.append(row)
    return rows


def duty_for(roster: Roster, lockouts: Path) -> Duty:
    """Each member's wrong PINs counted on disk, in ``lockouts`` (as the kiosk PIN's are)."""
    return Duty(
        roster,
        guard_for=lambda m: PinGuard(
            m.pin_hash or "", state_file=lockouts / f"staff-pin-{m.id}.json"
        ),
    )


def open_staff_list(
    parent: QWidget,
    session: DeskSession,
    settings: Settings,
    runner: Runner,
    audit: AuditLog,
    *,
    lockouts: Path,
    applied: Callable[[Roster], None],
    windows: Windows,
) -> QWidget | None:
    """The list, if the one asking may see it: returns the dialog (or the PIN asked first).
    Both open under the mode of the moment (``windows``) and close when it ends."""

    def show() -> StaffListDialog:
        return windows.open(
            "staff_list",
            lambda: _make(parent, session, settings, runner, audit, lockouts, applied),
        )

    roster = session.roster
    if roster.required:
        if not session.allowed(Permission.MANAGE):
            return None
        return show()
    stored = settings.staff_pin_hash
    if not stored:
        return show()
    open_already = windows.lift("manager_pin")
    if open_already is not None:
        return open_already
    ask = QInputDialog(parent)
    windows.keep("manager_pin", ask)
    ask.setWindowTitle(tr("Staff and roles"))
    ask.setLabelText(tr("The manager's PIN (the kiosk's staff PIN):"))
    ask.setTextEchoMode(QLineEdit.EchoMode.Password)
    ask.setObjectName("managerPinDialog")
    guard = PinGuard(stored, state_file=lockouts / "pin-lockout.json")

    asked_in = session.modes.presence

    def checked(result: str) -> None:
        audit.record("manager_pin", result)
        if session.modes.presence != asked_in:
            return  # the mode ended while the PIN was checked: the list is not for whoever is next
        if result == "ok":
            show()
        else:
            words = {
                "locked": tr("Too many wrong PINs: the keypad is locked for a while."),
                "stopped": tr(
                    "The keypad is stopped after {count} wrong PINs: a manager's badge at the "
                    "self check-in keypad, or kiosk set-pin, opens it.",
                    count=HARD_STOP_FAILURES,
                ),
            }.get(result, tr("That PIN is not right."))
            session.say(words)

    ask.textValueSelected.connect(
        lambda pin: runner.read(lambda: guard.try_pin(pin), checked, lambda _: None)
    )
    ask.open()
    return ask


def _make(
    parent: QWidget,
    session: DeskSession,
    settings: Settings,
    runner: Runner,
    audit: AuditLog,
    lockouts: Path,
    applied: Callable[[Roster], None],
) -> StaffListDialog:
    dialog = StaffListDialog(session.roster, session, runner, parent)

    def saved(roster: Roster) -> None:
        # a manager's act, asked at the moment of the save (not only when the list opened);
        # the audit line names who was on duty then
        if not session.allowed(Permission.MANAGE):
            return
        rows = entries_of(roster)
        save_settings({"staff": rows or None}, settings.settings_path)
        before = {m.id: m.pin_hash for m in session.roster.members}
        for member in roster.members:
            if member.pin_hash and member.pin_hash != before.get(member.id):
                # a new PIN starts with a clean count: a stopped PIN is open again
                forget_wrong_pins(lockouts / f"staff-pin-{member.id}.json")
        settings.staff = [StaffEntry.model_validate(row) for row in rows]
        # ids and roles only: names stay out of the trail
        audit.record("staff", "saved", new=[f"{m.id}:{m.role.value}" for m in roster.members])
        session.use_roster(duty_for(roster, lockouts))
        applied(roster)

    dialog.saved.connect(saved)
    return dialog
