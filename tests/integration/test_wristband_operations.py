"""Wristbands (associated barcodes) through the client: association, expiry, the card on the
band, and the audit trail the server keeps of every change."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.backends.trybe import NotFound, TrybeClient, ValidationFailed
from kiosk.backends.trybe.models import Customer
from kiosk.config import clock as wallclock
from tests.sandbox_helpers import SandboxAdmin, code_of


def _guest_and_band(client: TrybeClient, name: str) -> tuple[Customer, str]:
    guest = client.get_customer_by_barcode(code_of(name))
    bands = client.list_customer_associated_barcodes(guest.id)
    band = next(b for b in bands if b.barcode == code_of(name))
    return guest, band.id


def test_a_band_carries_its_card_order_and_customer(client: TrybeClient) -> None:
    guest, band_id = _guest_and_band(client, "Amelia Hart")
    band = client.get_customer_associated_barcode(guest.id, band_id)
    assert band.customer is not None
    assert band.customer.id == guest.id
    assert band.payment_method is not None
    assert band.payment_method.last_4
    assert band.order is not None
    assert band.order.order_ref
    assert band.expires_at is not None


def test_associate_a_new_band_then_find_the_guest_by_it(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="New", last_name="Band")
    expires = wallclock.now() + timedelta(hours=8)
    band = fresh_client.create_customer_barcode(guest.id, "NEWBAND-0001", expires_at=expires)
    assert band.barcode == "NEWBAND-0001"
    assert band.expires_at is not None
    assert abs((band.expires_at - expires).total_seconds()) < 1
    assert fresh_client.get_customer_by_barcode("NEWBAND-0001").id == guest.id


def test_a_payload_is_unique_per_site(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Dup")
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.create_customer_barcode(guest.id, code_of("Amelia Hart"))
    assert "data.barcode" in caught.value.errors


def test_dissociate_makes_the_code_unknown(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Oliver Price")
    fresh_client.delete_customer_barcode(guest.id, band_id)
    with pytest.raises(NotFound):
        fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    assert [e["event"] for e in fresh_admin.audit(guest.id)] == ["deleted_barcode"]


def test_extend_then_clear_the_expiry_with_an_audit_of_old_and_new(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Chloé Martin")  # expired yesterday
    before = fresh_client.get_customer_associated_barcode(guest.id, band_id).expires_at
    later = wallclock.now() + timedelta(days=7)

    extended = fresh_client.update_barcode_expiry_date(guest.id, band_id, later)
    assert extended.expires_at is not None
    assert extended.expires_at > wallclock.now()
    cleared = fresh_client.update_barcode_expiry_date(guest.id, band_id, None)
    assert cleared.expires_at is None

    entries = fresh_admin.audit(guest.id)
    assert [e["event"] for e in entries] == ["updated_barcode", "updated_barcode"]
    assert before is not None
    assert entries[0]["old_values"]["expires_at"] is not None
    assert entries[1]["new_values"] == {"expires_at": None}


def test_an_expiry_in_the_past_is_refused_and_changes_nothing(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Amelia Hart")
    before = fresh_client.get_customer_associated_barcode(guest.id, band_id).expires_at
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.update_barcode_expiry_date(
            guest.id, band_id, wallclock.now() - timedelta(hours=1)
        )
    assert caught.value.errors["expires_at"] == ["The expires at must be a date after now."]
    assert fresh_client.get_customer_associated_barcode(guest.id, band_id).expires_at == before
    assert fresh_admin.audit(guest.id) == []


def test_attach_a_usable_card_and_detach_it(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Priya Shah")
    usable = next(
        m for m in fresh_client.list_customer_payment_methods(guest.id) if not m.is_revoked
    )

    attached = fresh_client.update_barcode_payment_method(guest.id, band_id, usable.id)
    assert attached.payment_method is not None
    assert attached.payment_method.id == usable.id
    detached = fresh_client.update_barcode_payment_method(guest.id, band_id, None)
    assert detached.payment_method is None

    events = fresh_admin.audit(guest.id)
    assert [e["event"] for e in events] == ["updated_barcode_payment_method"] * 2
    assert events[0]["new_values"] == {"payment_method_id": usable.id}


@pytest.mark.parametrize(
    ("owner", "pick", "message"),
    [
        ("Priya Shah", "revoked", "revoked"),
        ("Liam Walsh", "expired", "expired"),
    ],
)
def test_unusable_cards_are_refused(
    fresh_client: TrybeClient, owner: str, pick: str, message: str
) -> None:
    guest, band_id = _guest_and_band(fresh_client, owner)
    methods = fresh_client.list_customer_payment_methods(guest.id)
    card = next(m for m in methods if m.is_revoked) if pick == "revoked" else methods[0]
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.update_barcode_payment_method(guest.id, band_id, card.id)
    assert message in caught.value.errors["payment_method_id"][0]


def test_another_customers_card_is_refused(fresh_client: TrybeClient) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Oliver Price")
    amelia = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    her_card = fresh_client.list_customer_payment_methods(amelia.id)[0]
    with pytest.raises(ValidationFailed):
        fresh_client.update_barcode_payment_method(guest.id, band_id, her_card.id)


def test_the_shop_family_pages_and_links_an_order(fresh_client: TrybeClient) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Jonas Becker")
    page = fresh_client.list_associated_barcodes(guest.id)
    assert page.meta is not None
    assert [b.id for b in page] == [band_id]
    order_id = fresh_client.get_customer_stats(guest.id).recent_orders[0].id

    linked = fresh_client.update_associated_barcode(guest.id, band_id, order_id=order_id)
    assert linked.order is not None
    assert linked.order.id == order_id
    unlinked = fresh_client.update_associated_barcode(guest.id, band_id, order_id=None)
    assert unlinked.order is None
    with pytest.raises(ValidationFailed):
        fresh_client.update_associated_barcode(guest.id, band_id, order_id="0" * 24)


def test_a_band_of_another_customer_is_not_found(client: TrybeClient) -> None:
    amelia, band_id = _guest_and_band(client, "Amelia Hart")
    jonas = client.get_customer_by_barcode(code_of("Jonas Becker"))
    with pytest.raises(NotFound):
        client.get_customer_associated_barcode(jonas.id, band_id)
    assert client.get_customer_associated_barcode(amelia.id, band_id).id == band_id


def test_the_shop_put_sets_card_and_expiry_and_the_shop_delete_dissociates(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest, band_id = _guest_and_band(fresh_client, "Amelia Hart")
    card = fresh_client.list_customer_payment_methods(guest.id)[0]
    later = wallclock.now() + timedelta(days=2)
    band = fresh_client.update_associated_barcode(
        guest.id, band_id, payment_method_id=None, expires_at=later
    )
    assert band.payment_method is None
    assert band.expires_at is not None
    band = fresh_client.update_associated_barcode(guest.id, band_id, payment_method_id=card.id)
    assert band.payment_method is not None
    assert band.expires_at is not None  # left out: unchanged
    events = [e["event"] for e in fresh_admin.audit(guest.id)]
    assert events.count("updated_barcode_payment_method") == 2
    assert "updated_barcode" in events

    fresh_client.delete_associated_barcode(guest.id, band_id)
    assert fresh_client.list_customer_associated_barcodes(guest.id) == []


def test_check_ins_iterate_across_pages(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Regular")
    made = [fresh_client.create_check_in(guest.id).id for _ in range(4)]
    for check_in_id in made[:3]:
        fresh_client.check_out(check_in_id)
    seen = [c.id for c in fresh_client.iter_check_ins(customer_ids=[guest.id], per_page=3)]
    assert sorted(seen) == sorted(made)
