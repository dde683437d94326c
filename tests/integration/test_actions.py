"""Writes through the real backend and server: checked before sending, keyed, and ending in a
truthful outcome (done / not done / unknown, read back) with every step in the audit log."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, ActionRefused, Actions, WriteOutcome, expiry_presets
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import Invalid
from kiosk.checkin.policy import decide
from kiosk.checkin.timewords import site_zone
from kiosk.config import clock as wallclock
from kiosk.config.settings import PolicySettings
from tests.sandbox_helpers import SandboxAdmin, code_of

SETTLE_S = 0.3


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.jsonl")


@pytest.fixture
def lookup(fresh_client: TrybeClient) -> Iterator[Lookup]:
    service = Lookup(TrybeBackend(fresh_client))
    yield service
    service.close()


@pytest.fixture
def actions(fresh_client: TrybeClient, audit: AuditLog) -> Actions:
    return Actions(TrybeBackend(fresh_client), audit, settle_s=SETTLE_S)


def posts(admin: SandboxAdmin) -> list[dict[str, object]]:
    return [r for r in admin.requests("/customers/check-ins") if r["method"] == "POST"]


def test_check_in_is_recorded_with_its_key_and_audited_without_names(
    lookup: Lookup, actions: Actions, audit: AuditLog, fresh_admin: SandboxAdmin
) -> None:
    context = lookup.by_code(code_of("Amelia Hart"))
    intent = actions.plan(ActionKind.CHECK_IN, context, verdict=decide(context, PolicySettings()))
    result = actions.perform(intent)
    assert result.outcome is WriteOutcome.DONE
    assert result.value.membership_id == context.primary_membership.id  # type: ignore[union-attr]
    (entry,) = audit.entries()
    assert (entry["action"], entry["outcome"], entry["customer_id"]) == (
        "check_in",
        "done",
        context.guest.id,
    )
    assert entry["action_id"] == intent.key
    assert posts(fresh_admin)[0]["idempotency_key"] == intent.key
    text = audit.path.read_text()
    assert "Amelia" not in text
    assert context.guest.email not in text  # type: ignore[operator]


def test_a_red_verdict_cannot_be_checked_in_without_a_reason(
    lookup: Lookup, actions: Actions, fresh_admin: SandboxAdmin
) -> None:
    context = lookup.by_code(code_of("Sofía García"))  # locked: deny
    verdict = decide(context, PolicySettings())
    assert verdict.outcome == "deny"
    with pytest.raises(ActionRefused, match="override reason"):
        actions.plan(ActionKind.CHECK_IN, context, verdict=verdict)
    intent = actions.plan(
        ActionKind.CHECK_IN, context, verdict=verdict, override_reason="ID checked by the manager"
    )
    assert actions.perform(intent).done
    assert len(posts(fresh_admin)) == 1


def test_extend_with_a_preset_then_clear(lookup: Lookup, actions: Actions, audit: AuditLog) -> None:
    context = lookup.by_code(code_of("Chloé Martin"))  # band expired yesterday
    band = context.band
    assert band is not None
    presets = expiry_presets(band.expires_at, site_zone("Europe/London"))
    assert [label for label, _ in presets][-3:] == ["+1 day", "+7 days", "+30 days"]
    week = next(until for label, until in presets if label == "+7 days")
    extended = actions.perform(actions.plan(ActionKind.SET_EXPIRY, context, week))
    assert extended.done
    assert abs((extended.value.expires_at - week).total_seconds()) < 1
    context = lookup.refresh(context)
    cleared = actions.perform(actions.plan(ActionKind.SET_EXPIRY, context, None))
    assert cleared.done
    assert cleared.value.expires_at is None
    first, second = audit.entries()
    assert first["old"] < first["new"]  # ISO timestamps: yesterday -> next week
    assert second["old"] == first["new"]
    assert "new" not in second  # cleared: no expiry


def test_a_past_expiry_is_refused_before_anything_is_sent(
    lookup: Lookup, actions: Actions, fresh_admin: SandboxAdmin, audit: AuditLog
) -> None:
    context = lookup.by_code(code_of("Amelia Hart"))
    with pytest.raises(ActionRefused, match="already passed"):
        actions.plan(ActionKind.SET_EXPIRY, context, wallclock.now() - timedelta(minutes=5))
    assert not [r for r in fresh_admin.requests() if r["method"] == "PUT"]
    assert audit.entries()[0]["outcome"] == "refused"


def test_a_revoked_card_is_refused_by_the_backend_not_done_and_audited(
    lookup: Lookup, actions: Actions, audit: AuditLog
) -> None:
    context = lookup.by_code(code_of("Priya Shah"))
    revoked = next(c for c in context.cards if c.revoked)
    result = actions.perform(actions.plan(ActionKind.SET_CARD, context, revoked.id))
    assert result.outcome is WriteOutcome.NOT_DONE
    assert isinstance(result.error, Invalid)
    assert audit.entries()[-1]["outcome"] == "not_done"
    assert audit.entries()[-1]["reason"] == "invalid"


def test_add_a_band_and_find_the_guest_by_it(lookup: Lookup, actions: Actions) -> None:
    context = lookup.by_code(code_of("Oliver Price"))
    result = actions.perform(actions.plan(ActionKind.ADD_BAND, context, "NEW-BAND-42"))
    assert result.done
    assert result.value.code == "NEW-BAND-42"
    assert lookup.by_code("NEW-BAND-42").guest.id == context.guest.id
    with pytest.raises(ActionRefused, match="already this guest's"):
        actions.plan(ActionKind.ADD_BAND, lookup.refresh(context), "NEW-BAND-42")


def test_swap_a_lost_band_keeps_expiry_and_card_and_retires_the_old_one(
    lookup: Lookup, actions: Actions, fresh_client: TrybeClient, audit: AuditLog
) -> None:
    from kiosk.backends.trybe import NotFound

    context = lookup.by_code(code_of("Amelia Hart"))
    lost = context.band
    assert lost is not None
    assert lost.card is not None
    result = actions.perform(actions.plan(ActionKind.SWAP_BAND, context, "REPLACEMENT-7"))
    assert result.done
    new = result.value
    assert new.expires_at == lost.expires_at
    assert new.card is not None
    assert new.card.id == lost.card.id
    with pytest.raises(NotFound):
        fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert fresh_client.get_customer_by_barcode("REPLACEMENT-7").first_name == "Amelia"
    assert [e["action"] for e in audit.entries()] == ["swap_band"]


def test_lock_unlock_and_password_emails(
    lookup: Lookup, actions: Actions, fresh_admin: SandboxAdmin
) -> None:
    context = lookup.by_code(code_of("Amelia Hart"))
    assert actions.perform(actions.plan(ActionKind.LOCK, context)).done
    assert lookup.refresh(context).guest.locked
    assert actions.perform(actions.plan(ActionKind.UNLOCK, context)).done
    assert not lookup.refresh(context).guest.locked
    assert actions.perform(actions.plan(ActionKind.PASSWORD_RESET, context)).done
    assert actions.perform(actions.plan(ActionKind.VERIFICATION, context)).done
    assert [m["kind"] for m in fresh_admin.outbox(context.guest.id)] == [
        "reset-password",
        "verify-email",
    ]
    link = actions.perform(actions.plan(ActionKind.PASSWORD_LINK, context))
    assert str(link.value).startswith("http")
    anonymous = lookup.by_code("100200305")
    with pytest.raises(ActionRefused, match="no email"):
        actions.plan(ActionKind.PASSWORD_RESET, anonymous)


# ---------------------------------------------------------------------- outcomes under faults


@pytest.mark.parametrize(
    "fault",
    [
        {"reset": True},  # the connection dropped after the server committed
        {"latency_ms": 2500},  # the answer came after the client's deadline
        {"status": 502},  # the gateway failed after the server committed
    ],
    ids=["reset-after-commit", "answer-after-deadline", "502-after-commit"],
)
def test_a_check_in_whose_answer_was_lost_is_read_back_as_done_and_not_sent_again(
    fresh_sandbox: object,
    fresh_admin: SandboxAdmin,
    audit: AuditLog,
    fault: dict[str, object],
) -> None:
    from kiosk.sandbox import SandboxServer
    from tests.conftest import TOKEN
    from tests.sandbox_helpers import SITE_ID

    assert isinstance(fresh_sandbox, SandboxServer)
    with TrybeClient(fresh_sandbox.url, TOKEN, SITE_ID, deadline_s=1.5) as client:
        backend = TrybeBackend(client)
        lookup = Lookup(backend)
        actions = Actions(backend, audit, settle_s=SETTLE_S)
        context = lookup.by_code(code_of("Oliver Price"))
        intent = actions.plan(
            ActionKind.CHECK_IN, context, verdict=decide(context, PolicySettings())
        )
        fresh_admin.add_fault(
            path_prefix="/customers/check-ins", method="POST", after=True, times=1, **fault
        )
        first = actions.perform(intent)
        assert first.outcome is WriteOutcome.UNKNOWN  # never "failed"
        settled = actions.reconcile(first)
        assert settled.outcome is WriteOutcome.DONE
        assert len(posts(fresh_admin)) == 1
        visits = client.list_check_ins(customer_ids=[context.guest.id]).data
        assert len(visits) == 1
        assert [e["outcome"] for e in audit.entries()] == ["unknown", "done"]
        assert {e["action_id"] for e in audit.entries()} == {intent.key}
        lookup.close()


def test_a_check_in_that_never_arrived_is_read_back_as_not_done_and_retried_with_its_key(
    fresh_admin: SandboxAdmin, lookup: Lookup, fresh_client: TrybeClient, audit: AuditLog
) -> None:
    # a dropped request that can no longer land (no window: the default is a minute)
    actions = Actions(TrybeBackend(fresh_client), audit, settle_s=SETTLE_S, in_flight_s=0.0)
    context = lookup.by_code(code_of("Oliver Price"))
    verdict = decide(context, PolicySettings())
    intent = actions.plan(ActionKind.CHECK_IN, context, verdict=verdict)
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="POST", reset=True, times=1)
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    assert actions.reconcile(first).outcome is WriteOutcome.NOT_DONE
    again = actions.plan(
        ActionKind.CHECK_IN, context, verdict=verdict, previous=intent
    )  # the staff's own retry
    assert again.key == intent.key
    assert actions.perform(again).done
    sent = posts(fresh_admin)
    assert [p["idempotency_key"] for p in sent] == [intent.key, intent.key]
    assert [e["outcome"] for e in audit.entries()] == ["unknown", "not_done", "done"]


def test_an_expiry_put_whose_answer_was_lost_is_compared_not_resent(
    fresh_admin: SandboxAdmin, lookup: Lookup, actions: Actions
) -> None:
    context = lookup.by_code(code_of("Amelia Hart"))
    until = wallclock.now() + timedelta(days=3)
    intent = actions.plan(ActionKind.SET_EXPIRY, context, until)
    fresh_admin.add_fault(
        path_prefix="/customers/customers/", method="PUT", after=True, reset=True, times=1
    )
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    assert actions.reconcile(first).done
    puts = [r for r in fresh_admin.requests() if r["method"] == "PUT"]
    assert len(puts) == 1
    assert len(fresh_admin.audit(context.guest.id)) == 1  # one change on the server


def test_a_card_put_whose_answer_was_lost_is_compared_not_resent(
    fresh_admin: SandboxAdmin, lookup: Lookup, actions: Actions
) -> None:
    context = lookup.by_code(code_of("Priya Shah"))  # a revoked card on the band, a good one
    assert context.band is not None
    on_band = context.band.card.id if context.band.card else None
    usable = next(
        c for c in context.cards if c.problem(wallclock.now()) is None and c.id != on_band
    )
    intent = actions.plan(ActionKind.SET_CARD, context, usable.id)
    fresh_admin.add_fault(
        path_prefix="/customers/customers/", method="PUT", after=True, status=503, times=1
    )
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    assert actions.reconcile(first).done
    assert len([r for r in fresh_admin.requests() if r["method"] == "PUT"]) == 1


def test_a_removal_answered_404_on_a_resend_is_done(
    fresh_admin: SandboxAdmin, lookup: Lookup, actions: Actions, audit: AuditLog
) -> None:
    context = lookup.by_code(code_of("Oliver Price"))
    intent = actions.plan(ActionKind.REMOVE_BAND, context)
    fresh_admin.add_fault(
        path_prefix="/customers/customers/", method="DELETE", after=True, reset=True, times=1
    )
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    resent = actions.perform(intent)  # the staff's own retry: 404, the band is gone
    assert resent.done
    assert audit.entries()[-1]["outcome"] == "done"
    # issue 30: the removed band's code went to the audit in clear; now its keyed hash only
    assert code_of("Oliver Price") not in audit.path.read_text()
    assert audit.entries()[-1]["code_hash"] == audit.code_hash(code_of("Oliver Price"))


def test_an_unknown_write_stays_unknown_while_reading_back_fails(
    fresh_admin: SandboxAdmin, lookup: Lookup, actions: Actions
) -> None:
    context = lookup.by_code(code_of("Oliver Price"))
    intent = actions.plan(ActionKind.CHECK_IN, context, verdict=decide(context, PolicySettings()))
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="POST", after=True, reset=True)
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="GET", status=503)
    first = actions.perform(intent)
    assert actions.reconcile(first).outcome is WriteOutcome.UNKNOWN
    fresh_admin.clear()
    assert actions.reconcile(first).outcome is WriteOutcome.DONE


def test_a_check_in_the_server_saves_late_is_not_done_only_once_it_cannot_land(
    fresh_sandbox: object,
    fresh_admin: SandboxAdmin,
    fresh_client: TrybeClient,
    lookup: Lookup,
    audit: AuditLog,
) -> None:
    """Issue 26: the stand-in holds the check-in 3 s and then saves it; the client gives up at
    1 s, and the guest system ignores idempotency keys. The read-back before it lands finds
    nothing: that is "not confirmed yet", never "not done"; the staff's retry meanwhile is not
    sent (the first may still land); once it has landed, reading back says done. One check-in."""
    from kiosk.sandbox import SandboxServer
    from tests.conftest import TOKEN
    from tests.sandbox_helpers import SITE_ID

    assert isinstance(fresh_sandbox, SandboxServer)
    fresh_admin.settings(honour_idempotency_keys=False)
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", latency_ms=3000, times=1
    )
    with TrybeClient(fresh_sandbox.url, TOKEN, SITE_ID, deadline_s=1.0, max_retries=0) as slow:
        actions = Actions(TrybeBackend(slow), audit, settle_s=0.2, in_flight_s=30.0)
        context = lookup.by_code(code_of("Oliver Price"))
        intent = actions.plan(
            ActionKind.CHECK_IN, context, verdict=decide(context, PolicySettings())
        )
        first = actions.perform(intent)
        assert first.outcome is WriteOutcome.UNKNOWN
        checked = actions.reconcile(first)
        assert checked.outcome is WriteOutcome.UNKNOWN  # not seen yet, and may still land
        assert checked.in_flight
        assert "Not confirmed yet" in checked.note
        retried = actions.perform(intent)  # staff's retry while it may still land
        assert retried.outcome is WriteOutcome.UNKNOWN
        assert len(posts(fresh_admin)) == 1  # not sent again
        time.sleep(3.0)  # the stand-in saves it
        landed = actions.reconcile(checked)
        assert landed.outcome is WriteOutcome.DONE
    guest = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    assert len(fresh_client.list_check_ins(customer_ids=[guest.id]).data) == 1
    outcomes = [e["outcome"] for e in audit.entries() if e["action"] == "check_in"]
    assert outcomes == ["unknown", "done"]  # no "not_done" ever written
