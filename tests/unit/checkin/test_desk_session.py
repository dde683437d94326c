"""The desk session's rules, each in milliseconds: no server, no Qt. The test picks the order in
which answers arrive (tests/fakes.py says why these are doubles)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.checkin.actions import ActionKind, Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.state import Activity, Control, Primary, Screen
from kiosk.checkin.errors import ServerTrouble
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.model import Visit
from kiosk.checkin.session import DeskSession
from kiosk.config import clock as wallclock
from kiosk.scan import ScanEvent
from tests.fakes import MemoryBackend, StepRunner, lost_answer


class Desk:
    """A session on a memory backend, with what it said out loud."""

    def __init__(self, tmp_path: Path) -> None:
        self.backend = MemoryBackend()
        self.amelia = self.backend.add_guest("Amelia", "AAA-111")
        self.jonas = self.backend.add_guest("Jonas", "BBB-222")
        self.chloe = self.backend.add_guest("Chloe", "CCC-333", expires_in=timedelta(days=-1))
        self.runner = StepRunner()
        self.audit = AuditLog(tmp_path / "audit.jsonl")
        self.lookup = Lookup(self.backend, deadline_s=5)
        self.session = DeskSession(
            self.lookup,
            Actions(self.backend, self.audit, settle_s=0, sleep=lambda _: None),
            self.runner,
            self.audit,
            idle_clear_s=90,
            clock=lambda: self.runner.now,
        )
        self.cues: list[str] = []
        self.session.cues.connect(self.cues.append)

    def scan(self, code: str) -> None:
        self.session.scan(ScanEvent(payload=code, source="wedge"))

    def shown(self, code: str) -> None:
        """Scan and let the lookup answer."""
        self.scan(code)
        self.runner.run_all()

    @property
    def state(self):  # type: ignore[no-untyped-def]
        return self.session.state

    def audit_actions(self) -> list[str]:
        return [e["action"] for e in self.audit.entries()]


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    made = Desk(tmp_path)
    yield made
    made.session.shutdown()
    made.lookup.close()


def test_the_newest_scan_wins_over_a_lookup_in_flight(desk: Desk) -> None:
    desk.scan("AAA-111")
    first = desk.runner.pending("read")[0]
    desk.scan("BBB-222")
    second = desk.runner.pending("read")[1]
    desk.runner.run(second)
    desk.runner.run(first)  # the older answer arrives last
    assert desk.state.context.guest.id == desk.jonas.id
    assert desk.cues == ["admit"]


def test_the_newest_scan_wins_over_the_refresh_after_an_action(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    desk.runner.run_next("write")  # checked in; the refresh is queued
    refresh = desk.runner.pending("read")[0]
    desk.scan("BBB-222")
    desk.runner.run(desk.runner.pending("read")[1])  # Jonas arrives
    desk.runner.run(refresh)  # then Amelia's refresh
    assert desk.state.screen is Screen.GUEST
    assert desk.state.context.guest.id == desk.jonas.id


def test_a_scan_while_saving_wins_and_the_write_still_finishes(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    assert desk.state.activity is Activity.SAVING
    desk.scan("BBB-222")  # the next guest, while Amelia's check-in is saving
    desk.runner.run_all()
    assert desk.state.context.guest.id == desk.jonas.id
    assert desk.state.activity is Activity.READY
    assert desk.state.previous == "Previous guest: Checked in."
    assert len(desk.backend.visit_list[desk.amelia.id]) == 1
    assert desk.state.enabled(Control.PRIMARY)


def test_a_refresh_is_not_a_scan(desk: Desk) -> None:
    desk.shown("AAA-111")
    assert desk.audit_actions() == ["scan"]
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()  # the write and the refresh
    assert desk.audit_actions() == ["scan", "check_in"]  # no second "scan" line
    assert desk.cues == ["admit"]  # no second sound
    assert desk.state.verdict.outcome == "admit"  # our own check-in is not "already checked in"
    assert desk.state.primary is Primary.CHECK_OUT
    assert len(desk.state.recent) == 1


def test_a_fresh_scan_after_our_check_in_does_warn(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()
    desk.session.clear()
    desk.shown("AAA-111")  # the guest comes back to the desk: that is news
    assert any(r.code == "recent_check_in" for r in desk.state.verdict.reasons)


def test_an_action_is_bound_to_the_guest_it_was_opened_for(desk: Desk) -> None:
    desk.shown("AAA-111")
    menu_for = desk.state.guest_id
    serial = desk.state.guest_serial
    desk.shown("BBB-222")
    assert desk.state.guest_serial != serial  # the screen closes Amelia's menus and dialogs
    desk.session.act(menu_for, ActionKind.LOCK)  # a stale menu entry fires anyway
    assert not desk.runner.pending("write")
    assert not desk.backend.keys
    assert "previous guest" in desk.state.status


def test_every_control_comes_back_after_each_outcome(desk: Desk) -> None:
    desk.shown("AAA-111")
    for control in (Control.PRIMARY, Control.EXPIRY, Control.CARD, Control.MORE):
        assert desk.state.enabled(control)
    desk.session.act(desk.amelia.id, ActionKind.LOCK)
    assert not desk.state.enabled(Control.MORE)  # saving
    desk.runner.run_all()
    for control in (Control.PRIMARY, Control.EXPIRY, Control.CARD, Control.MORE):
        assert desk.state.enabled(control), control
    desk.backend.fail["set_locked"] = [ServerTrouble("down", maybe_applied=False)]
    desk.session.act(desk.amelia.id, ActionKind.UNLOCK)
    desk.runner.run_all()
    assert desk.state.feedback.text.startswith("✖ Not saved")
    for control in (Control.PRIMARY, Control.EXPIRY, Control.CARD, Control.MORE):
        assert desk.state.enabled(control), control


def test_a_second_tap_while_saving_is_refused_not_sent(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    desk.session.act(desk.amelia.id, ActionKind.SET_EXPIRY, None)
    assert len(desk.runner.pending("write")) == 1
    assert desk.state.feedback.text == "Still saving the last change…"


def test_a_red_verdict_offers_only_an_override_which_needs_a_reason(desk: Desk) -> None:
    desk.shown("CCC-333")  # band expired yesterday
    assert desk.state.verdict.outcome == "deny"
    assert desk.state.primary is Primary.OVERRIDE
    desk.session.primary(desk.chloe.id)  # the button alone does nothing
    desk.session.check_in(desk.chloe.id)  # nor a direct request
    desk.runner.run_all()
    assert desk.backend.visit_list[desk.chloe.id] == []
    desk.session.override(desk.chloe.id, "ok")  # too short
    assert desk.state.feedback.text.startswith("✖ An override needs a reason")
    desk.session.override(desk.chloe.id, "Renewed at the desk, receipt seen")
    desk.runner.run_all()
    assert len(desk.backend.visit_list[desk.chloe.id]) == 1
    assert desk.audit_actions() == ["scan", "override", "check_in"]


def test_a_lost_answer_is_checked_never_failed_and_not_offered_twice(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.backend.fail["check_in_after"] = lost_answer()  # committed, answer lost
    desk.session.primary(desk.amelia.id)
    desk.runner.run_next("write")
    assert desk.state.activity is Activity.CHECKING
    assert desk.state.feedback.text == "Checking whether it was saved…"
    assert not desk.state.enabled(Control.PRIMARY)  # nothing offered while checking
    desk.runner.run_next("write")  # the read-back
    assert desk.state.feedback.text == "✔ Checked in (confirmed by reading back)."
    desk.runner.run_all()
    assert desk.state.primary is Primary.CHECK_OUT
    assert len(desk.backend.visit_list[desk.amelia.id]) == 1
    outcomes = [(e["action"], e["outcome"]) for e in desk.audit.entries()]
    assert outcomes == [("scan", "admit"), ("check_in", "unknown"), ("check_in", "done")]


def test_an_unconfirmed_write_offers_check_again_which_reads_and_never_resends(
    desk: Desk,
) -> None:
    desk.shown("AAA-111")
    desk.backend.fail["check_in_after"] = lost_answer()
    desk.backend.fail["visits"] = [lost_answer()]  # reading back fails too, once
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()
    assert desk.state.activity is Activity.UNCONFIRMED
    assert desk.state.primary is Primary.CHECK_AGAIN
    assert not desk.state.enabled(Control.MORE)
    assert "✖" not in desk.state.feedback.text  # unknown is never shown as failed
    desk.session.primary(desk.amelia.id)  # a tap a moment after the button changed: ignored
    assert not desk.runner.pending()
    desk.runner.advance(1)
    desk.session.primary(desk.amelia.id)  # "Check again"
    desk.runner.run_all()
    assert desk.state.primary is Primary.CHECK_OUT
    assert desk.backend.keys.count(desk.backend.keys[0]) == 1  # the check-in was sent once


def test_the_staffs_retry_of_the_same_action_keeps_its_key(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.backend.fail["set_band_expiry"] = [ServerTrouble("down", maybe_applied=False)]
    desk.session.act(desk.amelia.id, ActionKind.SET_EXPIRY, None)
    desk.runner.run_all()
    desk.session.act(desk.amelia.id, ActionKind.SET_EXPIRY, None)  # try again
    desk.runner.run_all()
    first, second = desk.backend.keys
    assert first == second
    desk.session.act(desk.amelia.id, ActionKind.LOCK)  # another action: a new key
    desk.runner.run_all()
    assert desk.backend.keys[2] != first


def test_a_part_that_fails_is_shown_as_missing_not_as_none(desk: Desk) -> None:
    desk.backend.fail["memberships"] = ServerTrouble("503")
    desk.shown("AAA-111")
    assert desk.state.screen is Screen.GUEST
    assert "memberships" in desk.state.context.missing
    assert desk.state.verdict.outcome == "warn"
    assert any(r.code == "memberships_unknown" for r in desk.state.verdict.reasons)


def test_an_unknown_on_site_status_is_not_offered_as_a_plain_check_in(desk: Desk) -> None:
    desk.backend.fail["visits"] = ServerTrouble("503")
    desk.shown("AAA-111")
    assert desk.state.primary is Primary.CHECK_IN_CONFIRM
    desk.session.primary(desk.amelia.id)  # one tap is not enough
    assert not desk.runner.pending("write")
    desk.session.check_in(desk.amelia.id, confirmed=True)
    assert desk.runner.pending("write")


def test_every_scan_is_audited_unknown_codes_included(desk: Desk) -> None:
    desk.shown("NOPE-0000")
    desk.scan("\x00\x01")  # garbage
    entries = desk.audit.entries()
    assert [(e["action"], e["outcome"]) for e in entries] == [
        ("scan", "not_recognised"),
        ("scan", "bad_scan"),
    ]
    assert "NOPE-0000" not in desk.audit.path.read_text()  # a hash, not the code


def test_still_checking_after_a_second_then_idle_clears(desk: Desk) -> None:
    desk.scan("AAA-111")
    desk.runner.advance(1.1)
    assert desk.state.slow
    desk.runner.run_all()
    assert not desk.state.slow
    desk.runner.advance(91)
    assert desk.state.screen is Screen.IDLE
    assert desk.state.context is None


def test_the_screen_does_not_clear_under_a_write(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    desk.runner.advance(91)
    assert desk.state.screen is Screen.GUEST
    desk.runner.run_all()
    desk.runner.advance(91)
    assert desk.state.screen is Screen.IDLE


def test_shutdown_leaves_no_timers_and_drops_late_answers(desk: Desk) -> None:
    desk.scan("AAA-111")
    desk.session.shutdown()
    desk.runner.run_all()
    assert all(t.cancelled for t in desk.runner.timers)
    assert desk.state.screen is Screen.LOOKING_UP  # nothing was drawn after shutdown


def test_a_double_tap_never_checks_in_and_straight_out_again(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()  # checked in: the button now says Check out
    desk.runner.advance(0.05)
    desk.session.primary(desk.amelia.id)  # the second tap of a double tap
    assert not desk.runner.pending("write")
    desk.runner.advance(1)
    desk.session.primary(desk.amelia.id)  # a deliberate tap later: checks out
    desk.runner.run_all()
    assert desk.state.primary is Primary.CHECK_IN


def test_a_whole_shift_on_the_inline_runner(tmp_path: Path) -> None:
    """The inline runner (reads and writes at once, a clock moved by hand) drives the same
    session end to end: scan, check in, a deliberate second tap checks out, idle clears."""
    from kiosk.checkin.tasks import InlineRunner

    backend = MemoryBackend()
    guest = backend.add_guest("Amelia", "AAA-111")
    runner = InlineRunner()
    audit = AuditLog(tmp_path / "audit.jsonl")
    lookup = Lookup(backend, deadline_s=5)
    session = DeskSession(
        lookup,
        Actions(backend, audit, settle_s=0),
        runner,
        audit,
        idle_clear_s=90,
        clock=lambda: runner.now,
    )
    session.scan(ScanEvent(payload="AAA-111", source="wedge"))
    assert session.state.screen is Screen.GUEST
    session.primary(guest.id)
    assert session.state.primary is Primary.CHECK_OUT
    runner.advance(1)
    session.primary(guest.id)
    assert session.state.primary is Primary.CHECK_IN
    assert [v.checked_out_at is not None for v in backend.visit_list[guest.id]] == [True]
    runner.advance(90)
    assert session.state.screen is Screen.IDLE
    assert runner.writes == 2
    session.shutdown()
    assert runner.pending_timers == 0
    lookup.close()


def test_the_screen_says_it_will_clear_and_more_time_keeps_it(desk: Desk) -> None:
    desk.shown("AAA-111")
    desk.runner.advance(80.5)  # 10 s before it would clear: a warning, with the seconds
    assert desk.state.screen is Screen.GUEST
    assert desk.state.idle_warning_s == 10
    desk.runner.advance(3)
    assert desk.state.idle_warning_s == 7
    desk.session.more_time()  # staff tap "More time"
    assert desk.state.idle_warning_s == 0
    desk.runner.advance(85)
    assert desk.state.screen is Screen.GUEST  # a whole period again, not the 7 s left
    desk.runner.advance(10)
    assert desk.state.screen is Screen.IDLE
    assert desk.state.idle_warning_s == 0


def test_a_check_in_that_may_still_land_is_not_confirmed_yet_and_read_again_until_it_does(
    desk: Desk,
) -> None:
    """Issue 26: the answer was lost before the server saved it (it saves late). Not seeing it
    at once is "not confirmed yet", with Check again; the desk reads again by itself, later
    each time, sends nothing meanwhile, and says "checked in" once it has landed."""
    desk.shown("AAA-111")
    desk.backend.fail["check_in"] = [lost_answer()]  # lost before it was saved
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()
    assert desk.state.activity is Activity.UNCONFIRMED
    assert desk.state.primary is Primary.CHECK_AGAIN
    assert "Not confirmed yet" in desk.state.feedback.text
    assert "✖" not in desk.state.feedback.text
    desk.runner.advance(3.0)  # read again by itself: still nothing
    desk.runner.run_all()
    assert "Not confirmed yet" in desk.state.feedback.text
    # the server saves it now (late), without a second request from the desk
    desk.backend.visit_list[desk.amelia.id].append(
        Visit(id="late-1", checked_in_at=wallclock.now(), method="Scanned")
    )
    desk.runner.advance(5.0)
    desk.runner.run_all()
    assert desk.state.feedback.text == "✔ Checked in (confirmed by reading back)."
    assert desk.state.primary is Primary.CHECK_OUT
    assert len(desk.backend.keys) == 1  # sent once
    outcomes = [e["outcome"] for e in desk.audit.entries() if e["action"] == "check_in"]
    assert outcomes == ["unknown", "done"]


def test_two_guests_writes_that_may_still_land_are_each_read_back_to_the_end(
    desk: Desk,
) -> None:
    """A seam: the next guest is served while the last one's check-in may still land, and
    theirs is lost too. Each write keeps its own read-backs (one did not replace the other);
    staff's Check again and the desk's own read never both settle the same write."""
    desk.shown("AAA-111")
    desk.backend.fail["check_in"] = [lost_answer(), lost_answer()]
    desk.session.primary(desk.amelia.id)
    desk.runner.run_all()
    assert "Not confirmed yet" in desk.state.feedback.text
    desk.shown("BBB-222")  # the next guest, while Amelia's may still land
    desk.runner.advance(1.0)
    desk.session.primary(desk.jonas.id)
    desk.runner.run_all()
    assert "Not confirmed yet" in desk.state.feedback.text
    for guest in (desk.amelia, desk.jonas):  # both land, late
        desk.backend.visit_list[guest.id].append(
            Visit(id=f"late-{guest.id}", checked_in_at=wallclock.now(), method="Scanned")
        )
    desk.runner.advance(1.0)
    desk.session.primary(desk.jonas.id)  # "Check again" for Jonas, before the desk's own
    desk.runner.run_all()
    desk.runner.advance(30.0)
    desk.runner.run_all()
    assert desk.state.feedback.text == "✔ Checked in (confirmed by reading back)."
    assert "Previous guest: " in desk.state.previous  # Amelia's was settled too
    done = [
        e["customer_id"]
        for e in desk.audit.entries()
        if e["action"] == "check_in" and e["outcome"] == "done"
    ]
    assert sorted(done) == sorted([desk.amelia.id, desk.jonas.id])  # once each
    assert len(desk.backend.keys) == 2  # each sent once
