"""The self check-in session's rules, in milliseconds (tests/fakes.py says why doubles)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import ServerTrouble
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.model import Visit
from kiosk.checkin.self_session import SelfScreen, SelfSession
from kiosk.checkin.staff import Role, Roster, StaffMember, hash_badge
from kiosk.config import clock as wallclock
from kiosk.config.pin import HARD_STOP_FAILURES, PinGuard, hash_pin
from kiosk.scan import ScanEvent
from tests.fakes import MemoryBackend, StepRunner, lost_answer
from tests.pins import quick_hash

PIN = "2468"
PIN_HASH = hash_pin(PIN)


class Kiosk:
    def __init__(
        self,
        tmp_path: Path,
        pins: PinGuard | None = None,
        roster: Roster | None = None,
    ) -> None:
        self.backend = MemoryBackend()
        self.amelia = self.backend.add_guest("Amelia", "AAA-111")
        self.chloe = self.backend.add_guest("Chloe", "CCC-333", expires_in=timedelta(days=-1))
        self.runner = StepRunner()
        self.audit = AuditLog(tmp_path / "audit.jsonl")
        self.lookup = Lookup(self.backend, deadline_s=5)
        self.session = SelfSession(
            self.lookup,
            Actions(self.backend, self.audit, settle_s=0, sleep=lambda _: None),
            self.runner,
            self.audit,
            pins or PinGuard(PIN_HASH, lockout_steps_s=(30,)),
            countdown_s=3,
            staff_idle_s=30,
            manager_badge=(roster or Roster()).manager_with_badge,
        )
        self.requests: list[str] = []
        self.session.requests.connect(self.requests.append)

    def scan(self, code: str) -> None:
        self.session.scan(ScanEvent(payload=code, source="wedge"))

    def pin(self, digits: str) -> None:
        for digit in digits:
            self.session.pin_key(digit)
        self.session.pin_key("ok")
        for step in self.runner.pending("read"):  # the check runs on a worker
            self.runner.run(step)


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    made = Kiosk(tmp_path)
    yield made
    made.session.shutdown()
    made.lookup.close()


def test_an_admitted_guest_is_checked_in_then_forgotten(kiosk: Kiosk) -> None:
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    state = kiosk.session.state
    assert state.screen is SelfScreen.ANSWER
    assert state.answer is not None
    assert state.answer.checked_in
    assert len(kiosk.backend.visit_list[kiosk.amelia.id]) == 1
    kiosk.runner.advance(3)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT
    assert kiosk.session.state.answer is None


def test_a_saved_check_in_whose_answer_was_lost_is_still_a_welcome(kiosk: Kiosk) -> None:
    kiosk.backend.fail["check_in_after"] = lost_answer()
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    answer = kiosk.session.state.answer
    assert answer is not None
    assert answer.outcome == "admit"
    assert answer.checked_in
    assert len(kiosk.backend.visit_list[kiosk.amelia.id]) == 1


def test_a_check_in_that_cannot_be_confirmed_is_not_told_as_refused(kiosk: Kiosk) -> None:
    kiosk.backend.fail["check_in"] = [ServerTrouble("502", maybe_applied=True)]
    kiosk.backend.fail["visits"] = [None, lost_answer()]  # the lookup reads; the read-back fails
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    problem = kiosk.session.state.problem
    assert problem is not None
    assert problem.sentence == "We couldn't confirm your check-in."
    assert problem.outcome == "warn"


def test_a_red_verdict_is_never_checked_in_at_the_kiosk(kiosk: Kiosk) -> None:
    kiosk.scan("CCC-333")
    kiosk.runner.run_all()
    assert kiosk.session.state.answer.outcome == "deny"  # type: ignore[union-attr]
    assert kiosk.backend.visit_list[kiosk.chloe.id] == []


def test_the_newest_scan_wins(kiosk: Kiosk) -> None:
    kiosk.scan("CCC-333")
    first = kiosk.runner.pending("read")[0]
    kiosk.scan("AAA-111")
    kiosk.runner.run(kiosk.runner.pending("read")[1])
    kiosk.runner.run(first)  # Chloe's answer arrives last: dropped
    kiosk.runner.run_all()
    assert kiosk.session.state.answer.name == "Amelia"  # type: ignore[union-attr]


def test_staff_mode_goes_back_to_the_guest_screen_when_left_idle(kiosk: Kiosk) -> None:
    kiosk.session.long_press()
    assert kiosk.session.state.screen is SelfScreen.PIN
    kiosk.runner.advance(31)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT  # the PIN page times out
    kiosk.session.long_press()
    kiosk.pin(PIN)
    assert kiosk.session.state.screen is SelfScreen.STAFF
    kiosk.runner.advance(20)
    kiosk.session.staff_active()  # a touch keeps it open
    kiosk.runner.advance(20)
    assert kiosk.session.state.screen is SelfScreen.STAFF
    kiosk.runner.advance(11)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT  # the staff menu times out


def test_the_desk_opened_from_the_kiosk_comes_back_when_idle_and_has_a_way_back(
    kiosk: Kiosk,
) -> None:
    kiosk.session.long_press()
    kiosk.pin(PIN)
    kiosk.session.staff_choice("desk")
    assert kiosk.session.state.screen is SelfScreen.DESK
    kiosk.scan("AAA-111")  # the desk gets its own scans; the kiosk ignores them
    assert not kiosk.runner.pending()
    kiosk.session.back_from_desk()
    assert kiosk.session.state.screen is SelfScreen.ATTRACT
    kiosk.session.long_press()
    kiosk.pin(PIN)
    kiosk.session.staff_choice("desk")
    kiosk.runner.advance(31)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT


def test_quit_and_settings_are_asked_of_the_app_only_from_the_staff_menu(kiosk: Kiosk) -> None:
    kiosk.session.staff_choice("quit")  # not in staff mode: ignored
    assert kiosk.requests == []
    kiosk.session.long_press()
    kiosk.pin("0000")
    assert kiosk.session.state.pin_wrong
    kiosk.pin(PIN)
    kiosk.session.staff_choice("settings")
    kiosk.session.staff_choice("quit")
    assert kiosk.requests == ["settings", "quit"]


def test_an_unknown_band_is_audited_and_answered(kiosk: Kiosk) -> None:
    kiosk.scan("NOPE-123")
    kiosk.runner.run_all()
    problem = kiosk.session.state.problem
    assert problem is not None
    assert problem.sentence == "We don't recognise this wristband."
    assert kiosk.audit.entries()[0]["outcome"] == "not_recognised"


def test_every_pin_try_is_audited(kiosk: Kiosk) -> None:
    kiosk.session.long_press()
    for _ in range(5):
        kiosk.pin("1357")
    assert kiosk.session.state.pin_locked_s == 30
    tries = [(e["action"], e["outcome"]) for e in kiosk.audit.entries()]
    assert tries == [("staff_pin", "wrong")] * 4 + [("staff_pin", "locked")]
    assert "1357" not in kiosk.audit.path.read_text()  # the digits are never kept


def test_a_stopped_keypad_takes_no_pin_and_opens_to_a_managers_badge_only(
    tmp_path: Path,
) -> None:
    """Issue 30: after 100 wrong PINs the keypad stops (no PIN, the right one neither); a
    desk member's badge changes nothing, a manager's opens it, and the audit keeps both."""
    quick = quick_hash(PIN)
    roster = Roster(
        (
            StaffMember("st-desk01", "Robin", Role.DESK, badge_hash=hash_badge("BADGE-DESK")),
            StaffMember("st-man001", "Morgan", Role.MANAGER, badge_hash=hash_badge("BADGE-MAN")),
        )
    )
    clock = [1_800_000_000.0]
    guard = PinGuard(
        quick,
        state_file=tmp_path / "pin-lockout.json",
        lockout_steps_s=(1,),
        clock=lambda: clock[0],
    )
    kiosk = Kiosk(tmp_path, pins=guard, roster=roster)
    kiosk.session.long_press()
    for _ in range(HARD_STOP_FAILURES):
        clock[0] += 2
        kiosk.pin("1357")
    state = kiosk.session.state
    assert state.pin_stopped
    assert state.screen is SelfScreen.PIN
    clock[0] += 2
    kiosk.pin(PIN)
    assert kiosk.session.state.screen is SelfScreen.PIN  # the right PIN does not open it
    assert kiosk.audit.entries()[-1]["outcome"] == "stopped"

    kiosk.session.reset()
    kiosk.session.long_press()
    assert kiosk.session.state.pin_stopped  # leaving and coming back changes nothing
    kiosk.scan("AAA-111")  # a guest's band at the staff page: nothing
    kiosk.scan("BADGE-DESK")  # not a manager's
    assert kiosk.session.state.pin_stopped
    kiosk.scan("BADGE-MAN")
    state = kiosk.session.state
    assert not state.pin_stopped
    assert state.pin_opened
    kiosk.pin(PIN)
    assert kiosk.session.state.screen is SelfScreen.STAFF
    trail = [(e["action"], e["outcome"], e.get("staff_id")) for e in kiosk.audit.entries()[-4:]]
    assert trail == [
        ("staff_pin", "badge_refused", None),
        ("staff_pin", "badge_refused", None),
        ("staff_pin", "opened", "st-man001"),
        ("staff_pin", "ok", None),
    ]
    assert "BADGE" not in kiosk.audit.path.read_text()
    kiosk.session.shutdown()
    kiosk.lookup.close()


def test_a_right_pin_set_before_the_rule_is_told_to_be_changed(kiosk: Kiosk) -> None:
    kiosk.session.long_press()
    kiosk.pin(PIN)  # 4 digits: set before the 6-digit rule
    state = kiosk.session.state
    assert state.screen is SelfScreen.STAFF
    assert state.pin_below_rule


def test_a_right_pin_answered_after_the_page_was_left_opens_nothing(kiosk: Kiosk) -> None:
    kiosk.session.long_press()
    for digit in PIN:
        kiosk.session.pin_key(digit)
    kiosk.session.pin_key("ok")
    assert kiosk.session.state.pin_checking
    kiosk.session.reset()  # staff idle, or a guest's scan: back to the guest screen
    kiosk.runner.run_all()
    assert kiosk.session.state.screen is SelfScreen.ATTRACT
    assert kiosk.audit.entries()[-1]["outcome"] == "ok"  # it was right, and it says so


def test_a_guest_list_without_check_ins_welcomes_without_claiming_a_check_in(
    kiosk: Kiosk,
) -> None:
    from kiosk.checkin.ports import Capability

    kiosk.backend.capabilities = frozenset(Capability) - {Capability.CHECK_INS}
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    answer = kiosk.session.state.answer
    assert answer is not None
    assert answer.outcome == "admit"
    assert not answer.checked_in  # the screen says "Welcome", not "Checked in"
    assert kiosk.backend.visit_list[kiosk.amelia.id] == []


def test_a_tap_holds_the_answer_and_a_second_lets_it_go(kiosk: Kiosk) -> None:
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    assert kiosk.session.state.countdown == 3
    kiosk.session.hold()  # the guest needs longer to read it
    assert kiosk.session.state.held
    kiosk.runner.advance(30)
    assert kiosk.session.state.screen is SelfScreen.ANSWER  # still there
    kiosk.session.hold()  # a second tap: on as before
    assert not kiosk.session.state.held
    kiosk.runner.advance(3)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT


def test_a_held_answer_goes_in_the_end_and_a_scan_replaces_it(kiosk: Kiosk) -> None:
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    kiosk.session.hold()
    kiosk.runner.advance(61)  # never one guest's name on the screen for good
    assert kiosk.session.state.screen is SelfScreen.ATTRACT
    assert not kiosk.session.state.held


def test_staff_pages_warn_before_they_close_and_a_touch_keeps_them(kiosk: Kiosk) -> None:
    kiosk.session.long_press()
    kiosk.pin(PIN)
    assert kiosk.session.state.screen is SelfScreen.STAFF
    kiosk.runner.advance(20.5)  # staff_idle_s 30: the warning 10 s ahead
    assert kiosk.session.state.staff_warning_s == 10
    kiosk.session.staff_active()  # any touch
    assert kiosk.session.state.staff_warning_s == 0
    kiosk.runner.advance(25)
    assert kiosk.session.state.screen is SelfScreen.STAFF
    kiosk.runner.advance(6)
    assert kiosk.session.state.screen is SelfScreen.ATTRACT


def test_a_guest_scanning_again_while_their_check_in_may_still_land_is_not_sent_twice(
    kiosk: Kiosk,
) -> None:
    """The answer to the kiosk's check-in was lost before the server saved it (a server that
    saves late). The guest, told "we couldn't confirm", scans again at once: the same check-in
    (its key) is read back, not sent again; once it has landed, the kiosk says they are in."""
    kiosk.backend.fail["check_in"] = [lost_answer()]
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    assert kiosk.session.state.problem is not None  # "we couldn't confirm your check-in"
    kiosk.session.reset()
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    assert len(kiosk.backend.keys) == 1  # not sent again: the first may still land
    assert kiosk.backend.visit_list[kiosk.amelia.id] == []
    kiosk.backend.visit_list[kiosk.amelia.id].append(
        Visit(id="late-1", checked_in_at=wallclock.now(), method="Kiosk")
    )
    kiosk.session.reset()
    kiosk.scan("AAA-111")
    kiosk.runner.run_all()
    answer = kiosk.session.state.answer
    assert answer is not None
    assert "already checked in" in (answer.reason or "")  # the first one landed: said so
    assert len(kiosk.backend.keys) == 1  # and nothing was sent again


def test_a_lookup_past_its_deadline_says_still_checking_then_answers(kiosk: Kiosk) -> None:
    """Issue 26: a slow answer still counts. Past the deadline the guest is told it is still
    being checked; when the answer comes, they are checked in as usual."""
    kiosk.scan("AAA-111")
    kiosk.runner.advance(5.5)  # the lookup deadline (5 s) passes, no answer yet
    assert kiosk.session.state.screen is SelfScreen.CHECKING
    assert kiosk.session.state.slow
    kiosk.runner.run_next("read")  # the answer arrives late
    kiosk.runner.run_all()
    assert kiosk.session.state.screen is SelfScreen.ANSWER
    assert kiosk.session.state.answer is not None
    assert kiosk.session.state.answer.checked_in
    assert not kiosk.session.state.slow
