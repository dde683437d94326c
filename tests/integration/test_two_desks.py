"""Issue 26, item 5: desks that know of each other. Two desks of one site, each with its own
data folder (local copy, outbox, audit) and its own device id, against one stand-in server:
every check-in carries its desk, a read-back never claims another desk's visit, an outbox
entry whose guest was checked in elsewhere meanwhile is not sent, and two desks that sent at
the same moment leave one open visit and a line in "needs attention"."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.outbox import ATTENTION
from kiosk.backends.offline.store import new_key
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, Actions, WriteOutcome
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Device, Guest, Visit
from kiosk.checkin.policy import decide
from kiosk.config.settings import PolicySettings
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of

GUESTS = ("Oliver Price", "Amelia Hart", "Jonas Becker", "Hannah Schmidt")


class Desk:
    def __init__(self, server: SandboxServer, folder: Path, name: str) -> None:
        folder.mkdir()
        self.device = Device(f"{name.lower().replace(' ', '-')}-0001", name)
        self.client = TrybeClient(server.url, TOKEN, SITE_ID, deadline_s=3.0, max_retries=0)
        self.live = TrybeBackend(self.client, device=self.device)
        self.audit = AuditLog(folder / "audit.jsonl", device=self.device.id)
        self.backend = OfflineBackend(
            self.live,
            LocalStore(folder / "local-copy.db", new_key()),
            self.audit,
            probe_every_s=0.2,
            in_flight_s=0.0,
            device=self.device,
        )
        self.lookup = Lookup(self.backend, deadline_s=3.0)
        self.actions = Actions(
            self.backend, self.audit, verify_with=self.live, settle_s=0.1, device=self.device
        )

    def check_in(self, name: str) -> WriteOutcome:
        context = self.lookup.by_code(code_of(name))
        verdict = decide(context, PolicySettings(recent_check_in="allow"))
        intent = self.actions.plan(
            ActionKind.CHECK_IN, context, verdict=verdict, override_reason="test"
        )
        return self.actions.perform(intent).outcome

    def close(self) -> None:
        self.lookup.close()
        self.backend.close()


@pytest.fixture
def desks(fresh_sandbox: SandboxServer, tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    one, two = (
        Desk(fresh_sandbox, tmp_path / "one", "Desk 1"),
        Desk(fresh_sandbox, tmp_path / "two", "Desk 2"),
    )
    yield one, two
    one.close()
    two.close()


def open_visits(client: TrybeClient, name: str) -> list[str]:
    guest = client.get_customer_by_barcode(code_of(name))
    return [
        v.id for v in client.list_check_ins(customer_ids=[guest.id]).data if not v.checked_out_at
    ]


def offline(desk: Desk, admin: SandboxAdmin) -> None:
    for name in GUESTS:
        desk.lookup.by_code(code_of(name))  # in the copy
    admin.add_fault(path_prefix="/", reset=True)
    desk.backend.probe()
    desk.backend.probe()
    assert desk.backend.offline


def test_each_check_in_says_which_desk_made_it(
    desks: tuple[Desk, Desk], fresh_client: TrybeClient
) -> None:
    one, _ = desks
    assert one.check_in("Oliver Price") is WriteOutcome.DONE
    guest = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    (visit,) = fresh_client.list_check_ins(customer_ids=[guest.id]).data
    assert visit.device is not None
    assert (visit.device.id, visit.device.name) == (one.device.id, "Desk 1")
    done = [e for e in one.audit.entries() if e["action"] == "check_in"]
    assert {e["device"] for e in done} == {one.device.id}


@pytest.mark.parametrize("keys", ["honoured", "ignored"])
def test_two_desks_offline_never_leave_an_unflagged_double(
    desks: tuple[Desk, Desk],
    fresh_admin: SandboxAdmin,
    fresh_client: TrybeClient,
    keys: str,
) -> None:
    """Both desks check the same four guests in offline; the link comes back. One visit each,
    and the desk that came second says why its check-ins were not sent, naming both desks."""
    one, two = desks
    offline(one, fresh_admin)
    fresh_admin.clear()
    offline(two, fresh_admin)
    for name in GUESTS:
        assert one.check_in(name) is WriteOutcome.QUEUED
        assert two.check_in(name) is WriteOutcome.QUEUED
    fresh_admin.clear()
    fresh_admin.settings(honour_idempotency_keys=keys == "honoured")
    assert one.backend.probe()
    assert two.backend.probe()
    first = one.backend.send_outbox()
    second = two.backend.send_outbox()
    assert (first.sent, first.needs_attention) == (4, 0)
    assert (second.sent, second.needs_attention) == (0, 4)
    for name in GUESTS:
        assert len(open_visits(fresh_client, name)) == 1
    flagged = [w for w in two.backend.queued_writes() if w.state == ATTENTION]
    assert len(flagged) == 4
    assert all("Checked in at Desk 1" in (w.reason or "") for w in flagged)
    assert all("(Desk 2)" in (w.reason or "") for w in flagged)


def test_two_desks_sending_at_the_same_moment_leave_one_visit_and_say_so(
    desks: tuple[Desk, Desk], fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    """Both outboxes read (nobody is in), then both send; the first POST to arrive is held
    1.5 s, so both reads come before either visit exists and the held one is stamped a later
    second. Its desk's read after sending sees both: it checks its own out again and says so;
    the guest ends with one open visit."""
    one, two = desks
    offline(one, fresh_admin)
    fresh_admin.clear()
    offline(two, fresh_admin)
    assert one.check_in("Oliver Price") is WriteOutcome.QUEUED
    assert two.check_in("Oliver Price") is WriteOutcome.QUEUED
    fresh_admin.clear()
    fresh_admin.settings(honour_idempotency_keys=False)
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", latency_ms=1500, times=1
    )
    assert one.backend.probe()
    assert two.backend.probe()
    reports = {}
    senders = [
        threading.Thread(
            target=lambda d=d: reports.setdefault(d.device.name, d.backend.send_outbox())
        )
        for d in (one, two)
    ]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(timeout=20)
    fresh_admin.clear()
    assert len(open_visits(fresh_client, "Oliver Price")) == 1
    flagged = [w for d in (one, two) for w in d.backend.queued_writes() if w.state == ATTENTION]
    assert len(flagged) == 1
    assert "checked out again" in (flagged[0].reason or "")
    corrected = [e for d in (one, two) for e in d.audit.entries() if e["outcome"] == "corrected"]
    assert len(corrected) == 1


def test_a_read_back_never_claims_another_desks_visit(
    desks: tuple[Desk, Desk], fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    """Desk 1's check-in is dropped on the way (it never arrived); meanwhile Desk 2 checks the
    same guest in. Desk 1's read-back finds a new visit, but it is Desk 2's: not done."""
    one, two = desks
    context = one.lookup.by_code(code_of("Oliver Price"))
    actions = Actions(one.live, one.audit, settle_s=0.1, in_flight_s=0.0, device=one.device)
    intent = actions.plan(ActionKind.CHECK_IN, context, verdict=decide(context, PolicySettings()))
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="POST", reset=True, times=1)
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    two.live.check_in(context.guest.id, method="Scanned", membership_id=None, key="desk-2-key")
    assert actions.reconcile(first).outcome is WriteOutcome.NOT_DONE


def test_a_guest_checked_in_at_another_desk_is_said_with_its_name_and_time() -> None:
    now = datetime(2026, 12, 7, 10, 45, tzinfo=UTC)
    visit = Visit(
        "v1", checked_in_at=datetime(2026, 12, 7, 10, 42, tzinfo=UTC), device=Device("d1", "Desk 1")
    )
    context = GuestContext(
        code="X", guest=Guest(id="g1", first_name="Oliver"), matched_by="band", visits=(visit,)
    )
    verdict = decide(context, PolicySettings(), now=now)
    words = [r.words for r in verdict.reasons if r.code == "recent_check_in"]
    assert words == ["Already checked in at Desk 1 · 10:42 (3 min ago)."]


def test_a_guest_with_two_open_visits_is_said_on_the_next_scan() -> None:
    """A double that got through (a write that landed after it was given up on, two desks at
    the same instant) is not silent: the next scan says it, naming both."""
    now = datetime(2026, 12, 7, 10, 45, tzinfo=UTC)
    visits = (
        Visit("v2", checked_in_at=datetime(2026, 12, 7, 10, 43, tzinfo=UTC), device=Device("d2")),
        Visit(
            "v1",
            checked_in_at=datetime(2026, 12, 7, 10, 42, tzinfo=UTC),
            device=Device("d1", "Desk 1"),
        ),
    )
    context = GuestContext(
        code="X", guest=Guest(id="g1", first_name="Oliver"), matched_by="band", visits=visits
    )
    verdict = decide(context, PolicySettings(), now=now)
    assert verdict.outcome == "warn"
    (words,) = [r.words for r in verdict.reasons if r.code == "double_visit"]
    assert (
        words
        == "Checked in twice (at device d2 · 10:43; at Desk 1 · 10:42): check one of them out."
    )
