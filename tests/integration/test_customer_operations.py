"""Customer operations through the client against the stand-in server: the documented rules
hold, and every refusal arrives as its typed error with the server's words."""

from __future__ import annotations

import time

import pytest

from kiosk.backends.trybe import (
    BadRequest,
    Conflict,
    Forbidden,
    NotFound,
    TrybeClient,
    ValidationFailed,
)
from kiosk.sandbox import SandboxServer
from tests.conftest import READ_ONLY_TOKEN
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of


def test_create_stores_the_email_lowercase_and_returns_201_shape(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(
        first_name="Walk", last_name="In", email="Walk.In@Example.COM", phone="+447700900123"
    )
    assert guest.email == "walk.in@example.com"
    assert fresh_client.get_customer(guest.id).display_name == "Walk In"


def test_create_needs_a_name_or_an_email(fresh_client: TrybeClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.create_customer(phone="+447700900123")
    assert {"email", "first_name", "last_name"} <= set(caught.value.errors)
    assert caught.value.message == "The request didn't pass validation"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"first_name": "A", "phone": "07700 900123"}, "phone"),
        ({"first_name": "A", "password": "short"}, "password"),
        ({"first_name": "A", "dob": "31/12/1990"}, "dob"),
        ({"first_name": "A", "preferred_locale": "xx"}, "preferred_locale"),
    ],
)
def test_create_refuses_bad_fields_on_the_field(
    fresh_client: TrybeClient, fields: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.create_customer(**fields)
    assert list(caught.value.errors) == [field]


def test_an_email_is_taken_once_per_brand(fresh_client: TrybeClient) -> None:
    fresh_client.create_customer(email="once@example.com")
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.create_customer(email="ONCE@example.com")
    assert caught.value.errors["email"] == ["The email has already been taken."]


def test_update_changes_and_clears_fields_but_never_the_email(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Ann", last_name="Lee", phone="+447700900111")
    updated = fresh_client.update_customer(guest.id, last_name="Leigh", phone=None)
    assert (updated.last_name, updated.phone) == ("Leigh", None)
    assert updated.first_name == "Ann"  # left out: unchanged


def test_a_locked_customer_cannot_be_updated_or_anonymised(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Locked")
    assert fresh_client.action_lock_customer(guest.id).is_locked
    with pytest.raises(BadRequest):
        fresh_client.update_customer(guest.id, first_name="Changed")
    with pytest.raises(BadRequest, match="could not be anonymised"):
        fresh_client.delete_customer(guest.id)
    assert not fresh_client.action_unlock_customer(guest.id).is_locked
    assert fresh_client.update_customer(guest.id, first_name="Changed").first_name == "Changed"


def test_delete_anonymises_and_keeps_the_record(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Gone", email="gone@example.com")
    fresh_client.create_customer_address(guest.id, name="Home", address_line_1="1 High St")
    fresh_client.delete_customer(guest.id)
    kept = fresh_client.get_customer(guest.id)
    assert kept.is_anonymised
    assert (kept.first_name, kept.email, kept.phone) == (None, None, None)
    assert fresh_client.list_customer_addresses(guest.id).data == []


def test_unknown_customer_is_not_found_everywhere(client: TrybeClient) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    for call in (
        client.get_customer,
        client.get_customer_stats,
        client.list_customer_payment_methods,
        client.list_customer_associated_barcodes,
        client.action_lock_customer,
    ):
        with pytest.raises(NotFound):
            call(missing)


def test_stats_add_up_in_minor_units_with_the_site_currency(client: TrybeClient) -> None:
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    stats = client.get_customer_stats(guest.id)
    assert stats.currency == "gbp"
    assert stats.totals.num_orders >= 1
    assert (
        stats.totals.average_order_value
        == stats.totals.total_order_value // stats.totals.num_orders
    )
    assert stats.recent_orders
    assert all(order.site is not None for order in stats.recent_orders)


def test_quick_search_returns_slim_results_with_search_shaped_labels(client: TrybeClient) -> None:
    results = client.action_customer_search(query="amelia hart")
    amelia = next(r for r in results if r.display_name == "Amelia Hart")
    assert amelia.sources == ["trybe"]
    assert {label.name: label.colour for label in amelia.labels}["VIP"] == "#ff6634"


def test_payment_methods_show_revoked_and_expired_cards(client: TrybeClient) -> None:
    priya = client.get_customer_by_barcode(code_of("Priya Shah"))
    methods = client.list_customer_payment_methods(priya.id)
    assert any(m.is_revoked for m in methods)
    assert any(not m.is_revoked for m in methods)
    liam = client.get_customer_by_barcode(code_of("Liam Walsh"))
    (expired,) = client.list_customer_payment_methods(liam.id)
    assert expired.expiry_month() is not None


def test_password_and_verification_emails_go_to_the_outbox(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest = fresh_client.create_customer(first_name="Mail", email="mail@example.com")
    fresh_client.action_trigger_customer_password_reset(guest.id)
    fresh_client.action_resend_customer_verification(guest.id)
    sent = fresh_admin.outbox(guest.id)
    assert [(m["kind"], m["recipient"]) for m in sent] == [
        ("reset-password", "mail@example.com"),
        ("verify-email", "mail@example.com"),
    ]
    link = fresh_client.create_set_password_url(guest.id)
    assert link.url.startswith("http")


def test_no_email_no_reset_link(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="NoMail")
    with pytest.raises(ValidationFailed):
        fresh_client.action_trigger_customer_password_reset(guest.id)


def test_addresses_round_trip_and_validate(fresh_client: TrybeClient) -> None:
    guest = fresh_client.create_customer(first_name="Addy")
    home = fresh_client.create_customer_address(
        guest.id, name="Home", address_line_1="1 High St", city="Bath", postcode="BA1 1AA"
    )
    assert fresh_client.get_customer_address(guest.id, home.id).city == "Bath"
    moved = fresh_client.update_customer_address(guest.id, home.id, city="Wells", postcode=None)
    assert (moved.city, moved.postcode) == ("Wells", None)
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.update_customer_address(guest.id, home.id, name="")
    assert "name" in caught.value.errors
    fresh_client.delete_customer_address(guest.id, home.id)
    with pytest.raises(NotFound):
        fresh_client.get_customer_address(guest.id, home.id)


def test_check_in_then_out_updates_the_guest_and_refuses_a_second_check_out(
    fresh_client: TrybeClient,
) -> None:
    guest = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    membership = fresh_client.get_customer_memberships(guest.id).data[0]
    visit = fresh_client.create_check_in(guest.id, method="Kiosk", membership_id=membership.id)
    assert (visit.method, visit.checked_out_at) == ("Kiosk", None)
    after = fresh_client.get_customer(guest.id)
    assert after.last_check_in is not None
    assert after.last_check_in.method == "Kiosk"

    listed = fresh_client.list_check_ins(customer_ids=[guest.id]).data
    assert [c.id for c in listed] == [visit.id]
    assert fresh_client.check_out(visit.id).checked_out_at is not None
    with pytest.raises(Conflict):
        fresh_client.check_out(visit.id)


def test_a_check_in_needs_a_real_customer_and_method(fresh_client: TrybeClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        fresh_client.create_check_in("00000000-0000-4000-8000-000000000000", method="Teleport")
    assert {"customer_id", "method"} <= set(caught.value.errors)


def test_a_read_only_token_may_read_but_not_write(
    sandbox: SandboxServer, admin: SandboxAdmin
) -> None:
    with TrybeClient(sandbox.url, READ_ONLY_TOKEN, SITE_ID) as read_only:
        guest = read_only.get_customer_by_barcode(code_of("Amelia Hart"))
        with pytest.raises(Forbidden):
            read_only.create_check_in(guest.id)
        with pytest.raises(Forbidden):
            read_only.update_customer(guest.id, first_name="X")
    assert all(r["method"] in ("GET", "POST", "PUT") for r in admin.requests())


def test_a_customer_report_is_queued_polled_and_only_for_its_owner(
    fresh_sandbox: SandboxServer, fresh_client: TrybeClient
) -> None:
    job = fresh_client.queue_list_customers(membership="needs_attention")
    assert not job.is_finished
    deadline = time.monotonic() + 5
    while not job.is_finished and time.monotonic() < deadline:
        time.sleep(0.1)
        job = fresh_client.get_customer_queued_job(job.id)
    assert job.status == "complete"
    assert job.output["rows"] > 0

    with (
        TrybeClient(fresh_sandbox.url, READ_ONLY_TOKEN, SITE_ID) as someone_else,
        pytest.raises(Forbidden),
    ):
        someone_else.get_customer_queued_job(job.id)
