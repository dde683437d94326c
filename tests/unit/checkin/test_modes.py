"""The mode machine's own rules: who may do what in each mode, and what leaving a mode closes."""

from __future__ import annotations

from kiosk.checkin.modes import Mode, Modes
from kiosk.checkin.staff import OnDuty, Permission, Role

SUPERVISOR = OnDuty("st-sup", "Sasha", Role.SUPERVISOR)
MANAGER = OnDuty("st-man", "Morgan", Role.MANAGER)


def test_the_guest_screen_may_do_nothing_and_the_staff_pages_what_they_offer() -> None:
    modes = Modes(Mode.GUEST_SCREEN, staff_listed=True)
    assert not any(modes.may(p) for p in Permission)
    modes.enter(Mode.STAFF, why="the kiosk PIN")
    assert all(modes.may(p) for p in Permission)  # settings and staff behind the kiosk PIN
    modes.enter(Mode.DESK, why="staff opened the front desk")
    assert not modes.may(Permission.OVERRIDE)  # the desk: whoever signs in there
    modes.sign_in(SUPERVISOR, why="badge")
    assert modes.may(Permission.OVERRIDE)
    assert not modes.may(Permission.MANAGE)
    assert not modes.may(Permission.EXPORT)


def test_a_shared_desk_without_a_staff_list_lets_anyone_act() -> None:
    modes = Modes(Mode.DESK, staff_listed=False)
    assert all(modes.may(p) for p in Permission)


def test_leaving_a_presence_closes_its_windows_newest_first_and_logs_why() -> None:
    modes = Modes(Mode.DESK, staff_listed=True)
    modes.sign_in(MANAGER, why="badge")
    closed: list[str] = []
    for kind in ("staff_list", "keys"):
        modes.opened(kind, lambda kind=kind: closed.append(kind), lambda: None)
    assert modes.find("keys") is not None
    modes.sign_in(SUPERVISOR, why="badge take-over")
    assert closed == ["keys", "staff_list"]
    assert modes.open_kinds == ()
    last = modes.history[-1]
    assert (last.before.staff_id, last.after.staff_id, last.why) == (
        "st-man",
        "st-sup",
        "badge take-over",
    )


def test_a_window_opened_now_survives_a_move_to_the_same_presence() -> None:
    modes = Modes(Mode.DESK)
    closed: list[str] = []
    window = modes.opened("shift", lambda: closed.append("shift"), lambda: None)
    modes.enter(Mode.DESK, why="nothing changed")
    assert closed == []
    assert modes.history == []
    modes.closed(window)
    assert modes.find("shift") is None


def test_back_to_the_guest_screen_nobody_is_signed_in() -> None:
    modes = Modes(Mode.DESK, staff_listed=True)
    modes.sign_in(MANAGER, why="pin")
    modes.enter(Mode.GUEST_SCREEN, why="staff idle")
    assert modes.on_duty is None
    assert modes.presence.staff_id is None
