"""Words that follow the facts (issue 26, item 4): a check-in saved for later says so, then
what became of it once the outbox sent it (or the guest system refused it); a guest shown from
the local copy is read again when the link comes back. No server, no Qt: the outbox and the link
are a memory backend's, changed by the test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.model import Guest, LinkStatus, QueuedWrite, Visit
from kiosk.checkin.session import DeskSession
from kiosk.config import clock as wallclock
from kiosk.scan import ScanEvent
from tests.fakes import MemoryBackend, StepRunner


class OfflineMemory(MemoryBackend):
    """Check-ins go to an outbox (as the offline backend's do while the link is down); the
    test moves the outbox and the link."""

    def __init__(self) -> None:
        super().__init__()
        self.outbox: dict[str, QueuedWrite] = {}
        self.link = LinkStatus(online=False, local_copy=True)
        self.answer_offline = True

    def check_in(self, guest_id: str, *, method: str, membership_id: str | None, key: str) -> Visit:
        self.keys.append(key)
        self.outbox[key] = QueuedWrite(key, "check_in", guest_id, wallclock.now(), "waiting")
        self.link = replace(self.link, waiting=self.link.waiting + 1)
        return Visit(id=f"local-{key[:6]}", checked_in_at=wallclock.now(), queued=True)

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        found = super().guest(guest_id, deadline=deadline)
        return replace(found, as_of=wallclock.now()) if self.answer_offline else found

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        found = super().find_by_code(code, deadline=deadline)
        return replace(found, as_of=wallclock.now()) if self.answer_offline else found

    def status(self) -> LinkStatus:
        return self.link

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        return tuple(self.outbox.values())

    def outbox_sent(self, state: str, reason: str | None = None) -> None:
        for key, entry in self.outbox.items():
            self.outbox[key] = replace(entry, state=state, reason=reason)
        self.link = replace(
            self.link,
            online=True,
            waiting=0,
            needs_attention=len(self.outbox) if state == "needs attention" else 0,
        )


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Any]:
    backend = OfflineMemory()
    backend.add_guest("Amelia", "AAA-111")
    runner = StepRunner()
    audit = AuditLog(tmp_path / "audit.jsonl")
    lookup = Lookup(backend, deadline_s=5)
    session = DeskSession(
        lookup,
        Actions(backend, audit, settle_s=0, sleep=lambda _: None),
        runner,
        audit,
        clock=lambda: runner.now,
    )
    session.backend_for_test = backend  # type: ignore[attr-defined]
    yield session
    session.shutdown()
    lookup.close()


def checked_in_offline(desk: Any) -> None:
    runner: StepRunner = desk.runner
    desk.scan(ScanEvent(payload="AAA-111", source="wedge"))
    runner.run_all()
    assert desk.state.context is not None
    assert desk.state.context.offline
    runner.advance(1.0)  # past the big button's settling time
    desk.primary(desk.state.guest_id)
    runner.run_all()
    assert "saved for later" in desk.state.feedback.text


def test_a_check_in_saved_for_later_says_when_it_was_sent(desk: Any) -> None:
    checked_in_offline(desk)
    desk.runner.advance(1.0)  # the chip looks again: still waiting
    assert "saved for later" in desk.state.feedback.text
    backend: OfflineMemory = desk.backend_for_test
    backend.outbox_sent("sent")
    desk.runner.advance(1.0)
    assert desk.state.feedback.tone == "good"
    assert "sent now that the connection is back" in desk.state.feedback.text
    assert "saved for later" not in desk.state.status


def test_a_check_in_refused_when_sent_says_so_and_shows_the_guest_again(desk: Any) -> None:
    checked_in_offline(desk)
    backend: OfflineMemory = desk.backend_for_test
    backend.answer_offline = False
    backend.outbox_sent("needs attention", reason="the account is locked")
    desk.runner.advance(1.0)
    assert desk.state.feedback.tone == "bad"
    assert "refused when it was sent (the account is locked)" in desk.state.feedback.text
    desk.runner.run_all()  # the guest read again, as the system has them now
    assert desk.state.context is not None
    assert not desk.state.context.offline


def test_the_offline_mark_goes_when_the_link_comes_back(desk: Any) -> None:
    backend: OfflineMemory = desk.backend_for_test
    desk.scan(ScanEvent(payload="AAA-111", source="wedge"))
    desk.runner.run_all()
    assert desk.state.context.offline
    backend.answer_offline = False
    backend.link = replace(backend.link, online=True)
    desk.runner.advance(1.0)
    desk.runner.run_all()
    assert desk.state.context is not None
    assert not desk.state.context.offline
