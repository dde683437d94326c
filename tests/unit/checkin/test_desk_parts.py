"""Parts of the desk session, each alone: no coordinator, no other part. A small stand-in for the
coordinator (``kiosk.checkin.desk.host.Desk``) keeps the state and records every route a part
asks of the others, so each part's own rules are seen without the rest of the desk (the
coordinator's own rules are in test_desk_session.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.duty import SignIns
from kiosk.checkin.desk.report import Reports
from kiosk.checkin.desk.search import SEARCH_AFTER_S, Search
from kiosk.checkin.desk.state import DeskState, Screen
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.modes import Mode, Modes
from kiosk.checkin.staff import (
    Duty,
    OnDuty,
    Permission,
    Role,
    Roster,
    StaffMember,
    hash_badge,
)
from kiosk.checkin.tasks import Listeners, NamedTimers
from kiosk.config.settings import PolicySettings
from tests.fakes import MemoryBackend, StepRunner


class StandInDesk:
    """The coordinator, as little as a part needs: shared plumbing, and every route between
    parts recorded (``routed``) instead of run."""

    def __init__(self, tmp_path: Path, backend: MemoryBackend, *, staff_listed: bool) -> None:
        self.runner = StepRunner()
        self.timers = NamedTimers(self.runner)
        self.lookup = Lookup(backend, deadline_s=5)
        self.audit = AuditLog(tmp_path / "audit.jsonl")
        self.actions = Actions(backend, self.audit, settle_s=0, sleep=lambda _: None)
        self.modes = Modes(Mode.DESK, staff_listed=staff_listed)
        self.state = DeskState()
        self.cues: Listeners[str] = Listeners()
        self.settled: Listeners[Any] = Listeners()
        self.site = None
        self.policy = PolicySettings()
        self.decode_photo = None
        self.reports_dir = tmp_path / "reports"
        self.own_visits: set[str] = set()
        self.routed: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.modes.changed.connect(self._presence_changed)

    def _presence_changed(self, transition: Any) -> None:
        """As the coordinator does: the audit and the state follow the mode machine."""
        self.audit.on_duty = transition.after.staff_id
        self.set(on_duty=transition.after.on_duty)

    @property
    def system(self) -> str:
        return self.lookup.backend.name

    def clock(self) -> float:
        return self.runner.now

    def set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)

    def may(self, permission: Permission) -> bool:
        return self.modes.may(permission)

    def allowed(self, permission: Permission) -> bool:
        return self.modes.may(permission)

    def __getattr__(self, name: str) -> Any:
        def route(*args: Any, **kwargs: Any) -> None:
            self.routed.append((name, args, kwargs))

        return route

    def routes(self, name: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        return [(a, k) for n, a, k in self.routed if n == name]


ROSTER = Roster(
    (
        StaffMember("st-desk", "Robin", Role.DESK, badge_hash=hash_badge("BADGE-DESK")),
        StaffMember("st-man", "Morgan", Role.MANAGER, badge_hash=hash_badge("BADGE-MAN")),
    )
)


@pytest.fixture
def backend() -> MemoryBackend:
    made = MemoryBackend()
    made.add_guest("Amelia", "AAA-111")
    made.add_guest("Jonas", "BBB-222")
    return made


def test_search_waits_for_a_pause_and_opens_a_single_match(
    tmp_path: Path, backend: MemoryBackend
) -> None:
    desk = StandInDesk(tmp_path, backend, staff_listed=False)
    search = Search(desk)  # type: ignore[arg-type]
    search.search_typed("Am")
    search.search_typed("Ame")
    assert not desk.runner.pending("read")  # still typing: nothing sent
    desk.runner.advance(SEARCH_AFTER_S)
    assert len(desk.runner.pending("read")) == 1  # one request per pause, not per key
    desk.runner.run_all()
    assert desk.state.screen is Screen.RESULTS
    assert desk.state.search is not None
    assert [hit.name for hit in desk.state.search.hits] == ["Amelia Tester"]

    search.search("Jonas", open_single=True)
    desk.runner.run_all()
    jonas = next(g.id for g in backend.guests.values() if g.first_name == "Jonas")
    assert desk.routes("open_guest") == [((jonas,), {"via": "search"})]


def test_an_older_search_answer_is_dropped(tmp_path: Path, backend: MemoryBackend) -> None:
    desk = StandInDesk(tmp_path, backend, staff_listed=False)
    search = Search(desk)  # type: ignore[arg-type]
    search.search("Amelia")
    older = desk.runner.pending("read")[0]
    search.search("Jonas")
    desk.runner.run(desk.runner.pending("read")[1])
    desk.runner.run(older)  # the older answer arrives last
    assert desk.state.search is not None
    assert desk.state.search.text == "Jonas"
    assert [hit.name for hit in desk.state.search.hits] == ["Jonas Tester"]


def test_duty_signs_in_by_badge_hands_over_and_signs_out_when_idle(
    tmp_path: Path, backend: MemoryBackend
) -> None:
    desk = StandInDesk(tmp_path, backend, staff_listed=True)
    duty = SignIns(desk, Duty(ROSTER), sign_out_s=120)  # type: ignore[arg-type]
    assert duty.staff_scan("AAA-111")  # a guest's band while nobody is signed in: not looked up
    assert desk.modes.on_duty is None
    assert duty.staff_scan("BADGE-DESK")
    assert desk.modes.on_duty == OnDuty("st-desk", "Robin", Role.DESK)
    assert not duty.staff_scan("AAA-111")  # signed in: a guest's band is a guest's
    assert duty.staff_scan("BADGE-MAN")
    assert desk.modes.history[-1].why == "badge take-over"
    assert desk.modes.on_duty is not None
    assert desk.modes.on_duty.id == "st-man"

    desk.runner.advance(125)  # nobody touched the desk
    assert desk.modes.on_duty is None
    assert desk.modes.history[-1].why == "idle"
    assert desk.routes("clear")
    lines = [(line["action"], line.get("staff_id")) for line in desk.audit.entries()]
    assert ("sign_out", "st-man") in lines


def test_the_report_is_a_managers_and_is_not_saved_once_they_have_gone(
    tmp_path: Path, backend: MemoryBackend
) -> None:
    desk = StandInDesk(tmp_path, backend, staff_listed=True)
    reports = Reports(desk)  # type: ignore[arg-type]
    desk.modes.sign_in(OnDuty("st-desk", "Robin", Role.DESK), why="test")
    reports.start_report()
    assert desk.state.report is None  # a desk clerk may not: nothing asked of the system
    assert not desk.runner.pending()

    desk.modes.sign_in(OnDuty("st-man", "Morgan", Role.MANAGER), why="test")
    reports.start_report()
    desk.runner.run_all()  # asked for and queued
    desk.modes.sign_out(why="idle")
    reports.drop()  # the coordinator drops it as the mode ends
    desk.runner.advance(5)
    desk.runner.run_all()
    assert desk.state.report is None
    assert not (tmp_path / "reports").exists() or not list((tmp_path / "reports").iterdir())
