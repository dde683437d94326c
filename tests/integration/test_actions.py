"""Wristband actions through the real client and server: checked before sending, one at a
time, every step in the audit log with ids only."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.api import TrybeClient, ValidationFailed
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionBusy, ActionRefused, Actions, expiry_presets
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.timewords import site_zone
from tests.sandbox_helpers import SandboxAdmin, code_of


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.jsonl")


def test_check_in_is_recorded_on_the_server_and_in_the_audit(
    fresh_client: TrybeClient, audit: AuditLog
) -> None:
    context = Lookup(fresh_client).by_code(code_of("Amelia Hart"))
    visit = Actions(fresh_client, audit).check_in(context)
    assert visit.membership_id == context.primary_membership.id  # type: ignore[union-attr]
    (entry,) = audit.entries()
    assert (entry["action"], entry["outcome"], entry["customer_id"]) == (
        "check_in",
        "done",
        context.customer.id,
    )
    text = audit.path.read_text()
    assert "Amelia" not in text
    assert context.customer.email not in text  # type: ignore[operator]


def test_extend_with_a_preset_then_clear(fresh_client: TrybeClient, audit: AuditLog) -> None:
    lookup = Lookup(fresh_client)
    context = lookup.by_code(code_of("Chloé Martin"))  # band expired yesterday
    band = context.band
    assert band is not None
    presets = expiry_presets(band.expires_at, site_zone("Europe/London"))
    assert [p.label for p in presets][-3:] == ["+1 day", "+7 days", "+30 days"]
    week = next(p for p in presets if p.label == "+7 days")
    updated = Actions(fresh_client, audit).set_expiry(context, band, week.until)
    assert updated.expires_at is not None
    assert abs((updated.expires_at - week.until).total_seconds()) < 1
    cleared = Actions(fresh_client, audit).set_expiry(context, updated, None)
    assert cleared.expires_at is None
    extended, cleared_entry = audit.entries()
    assert extended["old"] < extended["new"]  # ISO timestamps: yesterday -> next week
    assert cleared_entry["old"] == extended["new"]
    assert "new" not in cleared_entry  # cleared: no expiry


def test_a_past_expiry_is_refused_before_anything_is_sent(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin, audit: AuditLog
) -> None:
    context = Lookup(fresh_client).by_code(code_of("Amelia Hart"))
    assert context.band is not None
    with pytest.raises(ActionRefused, match="already passed"):
        Actions(fresh_client, audit).set_expiry(
            context, context.band, datetime.now(UTC) - timedelta(minutes=5)
        )
    assert not [r for r in fresh_admin.requests() if r["method"] == "PUT"]
    assert audit.entries()[0]["outcome"] == "refused"


def test_a_revoked_card_is_refused_by_trybe_and_audited(
    fresh_client: TrybeClient, audit: AuditLog
) -> None:
    context = Lookup(fresh_client).by_code(code_of("Priya Shah"))
    assert context.band is not None
    revoked = next(m for m in context.payment_methods if m.is_revoked)
    with pytest.raises(ValidationFailed):
        Actions(fresh_client, audit).set_card(context, context.band, revoked.id)
    assert audit.entries()[-1]["outcome"] == "failed"
    assert audit.entries()[-1]["reason"] == "invalid"


def test_a_second_tap_while_one_is_in_flight_is_refused_not_sent(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin, audit: AuditLog
) -> None:
    context = Lookup(fresh_client).by_code(code_of("Oliver Price"))
    actions = Actions(fresh_client, audit)
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="POST", latency_ms=600)
    first = threading.Thread(target=actions.check_in, args=(context,))
    first.start()
    threading.Event().wait(0.2)
    with pytest.raises(ActionBusy):
        actions.check_in(context)
    first.join()
    assert (
        len([r for r in fresh_admin.requests("/customers/check-ins") if r["method"] == "POST"]) == 1
    )


def test_associate_a_new_band_and_find_the_guest_by_it(
    fresh_client: TrybeClient, audit: AuditLog
) -> None:
    lookup = Lookup(fresh_client)
    context = lookup.by_code(code_of("Oliver Price"))
    later = datetime.now(UTC) + timedelta(hours=6)
    band = Actions(fresh_client, audit).associate(context, "NEW-BAND-42", expires_at=later)
    assert band.barcode == "NEW-BAND-42"
    assert lookup.by_code("NEW-BAND-42").customer.id == context.customer.id
    with pytest.raises(ActionRefused, match="already this guest's"):
        Actions(fresh_client, audit).associate(lookup.refresh(context), "NEW-BAND-42")


def test_swap_a_lost_band_keeps_expiry_and_card_and_retires_the_old_one(
    fresh_client: TrybeClient, audit: AuditLog
) -> None:
    from kiosk.api import NotFound

    lookup = Lookup(fresh_client)
    context = lookup.by_code(code_of("Amelia Hart"))
    lost = context.band
    assert lost is not None
    assert lost.payment_method is not None
    new = Actions(fresh_client, audit).swap(context, lost, "REPLACEMENT-7")
    assert new.expires_at == lost.expires_at
    assert new.payment_method is not None
    assert new.payment_method.id == lost.payment_method.id
    with pytest.raises(NotFound):
        fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert fresh_client.get_customer_by_barcode("REPLACEMENT-7").first_name == "Amelia"
    assert [e["action"] for e in audit.entries()] == [
        "associate_band",
        "set_card",
        "dissociate_band",
        "swap_band",
    ]


def test_lock_unlock_and_password_links(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin, audit: AuditLog
) -> None:
    lookup = Lookup(fresh_client)
    context = lookup.by_code(code_of("Amelia Hart"))
    actions = Actions(fresh_client, audit)
    actions.set_locked(context, True)
    assert lookup.refresh(context).customer.is_locked
    actions.set_locked(context, False)
    assert not lookup.refresh(context).customer.is_locked
    actions.send_password_reset(context)
    actions.resend_verification(context)
    assert [m["kind"] for m in fresh_admin.outbox(context.customer.id)] == [
        "reset-password",
        "verify-email",
    ]
    assert actions.set_password_link(context).startswith("http")
    anonymous = lookup.by_code("100200305")
    with pytest.raises(ActionRefused, match="no email"):
        actions.send_password_reset(anonymous)
