"""The desk when the network is not there: the local copy, the switch to offline and back,
decisions from the copy, and check-ins saved for later and sent exactly once.

Against the stand-in server over loopback, with the app's own encrypted store in a temp folder;
the network "fails" through the server's fault injection (every request dropped)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.store import new_key
from kiosk.backends.offline.sync import Syncer
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, ActionRefused, Actions, WriteOutcome
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import NeedsConnection, NotInLocalCopy
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.policy import decide
from kiosk.config.settings import PolicySettings
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of

KEY = new_key()


class Desk:
    """The app's parts on a local copy: offline backend, lookup, actions."""

    def __init__(
        self,
        server: SandboxServer,
        folder: Path,
        *,
        key: bytes = KEY,
        in_flight_s: float = 0.0,
        deadline_s: float = 2.0,
    ) -> None:
        """``in_flight_s`` 0 by default: the faults here drop requests at once, none is held in
        the server, so a lost answer's entry may be read back and resent straight away."""
        self.client = TrybeClient(server.url, TOKEN, SITE_ID, deadline_s=deadline_s, max_retries=0)
        self.live = TrybeBackend(self.client)
        self.audit = AuditLog(folder / "audit.jsonl")
        self.store = LocalStore(folder / "local-copy.db", key)
        self.backend = OfflineBackend(
            self.live,
            self.store,
            self.audit,
            probe_every_s=0.2,
            live_leash_s=0.5,
            in_flight_s=in_flight_s,
        )
        self.lookup = Lookup(self.backend, deadline_s=2.0)
        self.actions = Actions(self.backend, self.audit, verify_with=self.live, settle_s=0.2)

    def check_in(self, code: str) -> tuple[WriteOutcome, object]:
        context = self.lookup.by_code(code)
        verdict = decide(context, PolicySettings(recent_check_in="allow"))
        intent = self.actions.plan(
            ActionKind.CHECK_IN, context, verdict=verdict, override_reason="test"
        )
        result = self.actions.perform(intent)
        return result.outcome, result.value

    def close(self) -> None:
        self.lookup.close()
        self.backend.close()


@pytest.fixture
def desk(fresh_sandbox: SandboxServer, tmp_path: Path) -> Iterator[Desk]:
    made = Desk(fresh_sandbox, tmp_path)
    yield made
    made.close()


def wait_until(check: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def network_down(admin: SandboxAdmin) -> None:
    admin.add_fault(path_prefix="/", reset=True)


def test_a_known_guest_is_decided_from_the_copy_offline_and_marked_so(
    desk: Desk, fresh_admin: SandboxAdmin
) -> None:
    amelia = desk.lookup.by_code(code_of("Amelia Hart"))  # online: kept in the copy
    assert not amelia.offline
    network_down(fresh_admin)
    started = time.monotonic()
    offline = desk.lookup.by_code(code_of("Amelia Hart"))
    assert time.monotonic() - started < 2.0  # answered from the copy, not after a timeout
    assert offline.offline
    assert offline.guest.display_name == "Amelia Hart"
    assert offline.band is not None
    assert [m.name for m in offline.memberships] == [m.name for m in amelia.memberships]
    verdict = decide(offline, PolicySettings())
    assert verdict.offline
    assert verdict.outcome == "admit"  # fresh copy, nothing amber or red: may be green
    desk.backend.start()  # the keeper: one failure makes it try the link at once
    wait_until(lambda: desk.backend.offline, 3)  # a second failure: offline by itself


def test_an_unknown_code_offline_is_never_green(desk: Desk, fresh_admin: SandboxAdmin) -> None:
    desk.lookup.by_code(code_of("Amelia Hart"))
    network_down(fresh_admin)
    with pytest.raises(NotInLocalCopy) as caught:
        desk.lookup.by_code(code_of("Jonas Becker"))  # never seen here
    failure = describe_failure(caught.value)
    assert failure.title == "Can't check this band right now"


def test_an_old_copy_offline_is_amber_not_green(desk: Desk, fresh_admin: SandboxAdmin) -> None:
    desk.lookup.by_code(code_of("Amelia Hart"))
    network_down(fresh_admin)
    offline = desk.lookup.by_code(code_of("Amelia Hart"))
    # a copy older than the policy's age (not "13 h later": her band may expire tonight)
    time.sleep(0.05)
    verdict = decide(offline, PolicySettings(offline_max_age_h=0.01 / 3600))
    assert verdict.outcome == "warn", verdict.reasons
    assert any(r.code == "offline_stale" for r in verdict.reasons)


def test_offline_and_back_without_a_click(desk: Desk, fresh_admin: SandboxAdmin) -> None:
    desk.backend.start()
    desk.lookup.by_code(code_of("Amelia Hart"))
    assert desk.backend.status().online
    network_down(fresh_admin)
    desk.lookup.by_code(code_of("Amelia Hart"))
    # the scan's failure and the keeper's probe right after it: offline within moments (a
    # loaded machine may still be between the two when the scan returns)
    wait_until(lambda: not desk.backend.status().online, 3)
    fresh_admin.clear()  # the network comes back
    deadline = time.monotonic() + 5
    while not desk.backend.status().online:
        assert time.monotonic() < deadline, "never came back online"
        time.sleep(0.05)


def test_a_check_in_offline_is_saved_then_sent_exactly_once(
    desk: Desk, fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    oliver = desk.lookup.by_code(code_of("Oliver Price"))
    network_down(fresh_admin)
    outcome, _ = desk.check_in(code_of("Oliver Price"))
    assert outcome is WriteOutcome.QUEUED
    assert desk.backend.status().waiting == 1
    again = desk.lookup.by_code(code_of("Oliver Price"))  # offline: shown as checked in
    assert again.open_visit is not None
    assert again.open_visit.queued
    fresh_admin.clear()
    assert desk.backend.probe()
    report = desk.backend.send_outbox()
    assert report.sent == 1
    assert desk.backend.status().waiting == 0
    server = fresh_client.list_check_ins(customer_ids=[oliver.guest.id]).data
    assert len(server) == 1
    key = [r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]
    assert len(key) == 1
    outcomes = [(e["action"], e["outcome"]) for e in desk.audit.entries() if e.get("action_id")]
    assert outcomes == [("check_in", "queued"), ("check_in", "done")]


def test_a_queued_check_out_follows_its_queued_check_in(
    desk: Desk, fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    oliver = desk.lookup.by_code(code_of("Oliver Price"))
    network_down(fresh_admin)
    desk.check_in(code_of("Oliver Price"))
    context = desk.lookup.by_code(code_of("Oliver Price"))
    intent = desk.actions.plan(ActionKind.CHECK_OUT, context)
    assert desk.actions.perform(intent).outcome is WriteOutcome.QUEUED
    fresh_admin.clear()
    desk.backend.probe()
    assert desk.backend.send_outbox().sent == 2
    (visit,) = fresh_client.list_check_ins(customer_ids=[oliver.guest.id]).data
    assert visit.checked_out_at is not None


def test_a_check_in_whose_answer_was_lost_while_the_link_failed_is_read_back_not_resent(
    desk: Desk, fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    oliver = desk.lookup.by_code(code_of("Oliver Price"))
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", after=True, reset=True, times=1
    )
    outcome, _ = desk.check_in(code_of("Oliver Price"))
    assert outcome is WriteOutcome.QUEUED  # saved, marked to be read back first
    report = desk.backend.send_outbox()
    assert report.sent == 1
    assert report.confirmed_by_reading == 1
    assert len(fresh_client.list_check_ins(customer_ids=[oliver.guest.id]).data) == 1


def test_a_check_in_the_server_saves_late_is_never_sent_again_by_the_outbox(
    fresh_sandbox: SandboxServer,
    fresh_admin: SandboxAdmin,
    fresh_client: TrybeClient,
    tmp_path: Path,
) -> None:
    """Issue 26: the stand-in holds the check-in 3 s, then saves it; the client gave up at 1 s
    and the guest system ignores keys. The outbox's read-back before the server saved finds
    nothing: it must not send it again while the first may still land; after, it finds it."""
    fresh_admin.settings(honour_idempotency_keys=False)
    desk = Desk(fresh_sandbox, tmp_path, in_flight_s=30.0, deadline_s=1.0)
    try:
        oliver = desk.lookup.by_code(code_of("Oliver Price"))
        fresh_admin.add_fault(
            path_prefix="/customers/check-ins", method="POST", latency_ms=3000, times=1
        )
        outcome, _ = desk.check_in(code_of("Oliver Price"))
        assert outcome is WriteOutcome.QUEUED
        early = desk.backend.send_outbox()  # before the server has saved it
        assert (early.sent, early.in_flight, early.waiting) == (0, 1, 1)
        time.sleep(3.0)
        late = desk.backend.send_outbox()
        assert (late.sent, late.confirmed_by_reading, late.waiting) == (1, 1, 0)
        posts = [r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]
        assert len(posts) == 1
        assert len(fresh_client.list_check_ins(customer_ids=[oliver.guest.id]).data) == 1
    finally:
        desk.close()


def test_a_queued_write_refused_later_needs_attention(
    desk: Desk, fresh_admin: SandboxAdmin, fresh_client: TrybeClient
) -> None:
    oliver = desk.lookup.by_code(code_of("Oliver Price"))
    network_down(fresh_admin)
    desk.check_in(code_of("Oliver Price"))
    fresh_admin.clear()
    fresh_client.delete_customer(oliver.guest.id)  # anonymised meanwhile, at another desk
    desk.backend.probe()
    report = desk.backend.send_outbox()
    assert report.needs_attention == 1
    (item,) = desk.backend.queued_writes()
    assert item.state == "needs attention"
    assert item.reason
    assert desk.backend.status().needs_attention == 1
    assert any(e["outcome"] == "not_done" for e in desk.audit.entries())


def test_writes_that_cannot_wait_are_refused_offline_in_words(
    desk: Desk, fresh_admin: SandboxAdmin
) -> None:
    amelia = desk.lookup.by_code(code_of("Amelia Hart"))
    desk.backend.start()
    network_down(fresh_admin)
    desk.lookup.by_code(code_of("Amelia Hart"))
    wait_until(lambda: desk.backend.offline, 3)
    result = desk.actions.perform(desk.actions.plan(ActionKind.LOCK, amelia))
    assert result.outcome is WriteOutcome.NOT_DONE
    assert isinstance(result.error, NeedsConnection)
    assert "can't be saved for later" in describe_failure(result.error).detail
    assert desk.backend.status().waiting == 0


def test_the_copy_is_encrypted_at_rest(desk: Desk, fresh_client: TrybeClient) -> None:
    for name in ("Amelia Hart", "Jonas Becker"):
        desk.lookup.by_code(code_of(name))
    desk.backend.site()
    raw = b"".join(
        Path(str(desk.store.path) + suffix).read_bytes()
        for suffix in ("", "-wal")
        if Path(str(desk.store.path) + suffix).exists()
    )
    amelia = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    for secret in ("Amelia", "Hart", "Becker", amelia.email or "?", code_of("Amelia Hart")):
        assert secret.encode() not in raw, secret


def test_guests_not_seen_for_the_retention_time_are_purged(tmp_path: Path) -> None:
    from kiosk.backends.offline.store import GuestRecord
    from kiosk.checkin.model import Guest

    clock = [1_000_000.0]
    store = LocalStore(tmp_path / "copy.db", KEY, clock=lambda: clock[0])
    store.put_guest(GuestRecord(guest=Guest("old")))
    clock[0] += 15 * 86400
    store.put_guest(GuestRecord(guest=Guest("new")))
    assert store.purge(14 * 86400) == 1
    assert store.guest_ids() == ["new"]
    assert store.guest_id_for_code("old") is None


@pytest.mark.parametrize("damage", ["garbage", "foreign sqlite", "another key"])
def test_a_damaged_or_foreign_copy_is_set_aside_and_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "local-copy.db"
    if damage == "garbage":
        path.write_bytes(b"\x00not a database" * 100)
    elif damage == "foreign sqlite":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE photos (id TEXT)")
    else:
        LocalStore(path, new_key()).close()
    store = LocalStore(path, KEY)
    assert store.set_aside is not None
    assert store.set_aside.exists()
    assert store.count_guests() == 0
    store.close()


def test_a_sync_fills_the_copy_and_resumes_where_it_stopped(
    desk: Desk, fresh_admin: SandboxAdmin
) -> None:
    syncer = Syncer(desk.live, desk.store, max_guests=120, requests_per_s=1000)
    first = syncer.run()
    assert not first.complete
    assert first.guests >= 120
    second = syncer.run()
    assert second.resumed
    while not (report := syncer.run()).complete:
        assert report.guests > 0
    total = desk.store.count_guests()
    on_server = desk.client.list_customers(per_page=1).meta
    assert on_server is not None
    assert on_server.total is not None
    assert total == on_server.total  # every guest of the site, none twice
    network_down(fresh_admin)
    # a guest never scanned here is known offline now
    context = desk.lookup.by_code(code_of("Jonas Becker"))
    assert context.offline
    assert context.band is not None
    fresh_admin.clear()
    again = Syncer(desk.live, desk.store, requests_per_s=1000).run()
    assert again.complete
    assert again.seen == total
    # only today's guests are fetched in full again: the rest cost one request per page
    assert again.guests < total / 4
    assert again.requests < total / 2


def test_a_provisional_answer_comes_from_the_copy_and_no_write_is_planned_on_it(
    desk: Desk, fresh_admin: SandboxAdmin
) -> None:
    lookup = Lookup(desk.backend, copy=desk.backend.copy_only())
    assert lookup.provisional(code_of("Amelia Hart")) is None  # nothing in the copy yet
    live = lookup.by_code(code_of("Amelia Hart"))
    fresh_admin.clear()
    provisional = lookup.provisional(code_of("Amelia Hart"))
    assert provisional is not None
    assert provisional.provisional
    assert provisional.guest.display_name == "Amelia Hart"
    assert provisional.band == live.band
    assert fresh_admin.requests() == []  # not one request: the copy alone
    verdict = decide(provisional, PolicySettings())
    assert verdict.provisional
    assert not verdict.offline
    with pytest.raises(ActionRefused, match="Still checking"):
        desk.actions.plan(ActionKind.CHECK_IN, provisional, verdict=verdict)
    lookup.close()
