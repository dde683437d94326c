"""The Collins client against its stand-in over loopback: every documented filter, paging by
page and limit (30 at most) with the X-Pagination headers, the customer's every field, writes
with field errors, and the network's failures (the same rules as the Trybe client)."""

from __future__ import annotations

import pytest

from kiosk.backends.collins import CollinsClient
from kiosk.backends.collins.errors import (
    ConnectionFailed,
    NotFound,
    ServerError,
    Unauthorized,
    ValidationFailed,
)
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.collins.demo import FEATURED, GUEST_COUNT, VENUES
from tests.sandbox_helpers import SandboxAdmin

MARTA = FEATURED[0]
TOM = FEATURED[1]


def test_every_guest_once_over_pages_of_thirty(collins_client: CollinsClient) -> None:
    first = collins_client.list_customers(limit=30)
    assert first.per_page == 30
    assert first.total_results == GUEST_COUNT
    assert first.total_pages == 10
    everyone = list(collins_client.iter_customers())
    assert len(everyone) == GUEST_COUNT
    assert len({c.id for c in everyone}) == GUEST_COUNT


def test_a_limit_over_thirty_is_refused_before_anything_is_sent(
    collins_client: CollinsClient, collins_admin: SandboxAdmin
) -> None:
    with pytest.raises(ValueError, match="limit is 1 to 30"):
        collins_client.list_customers(limit=31)
    assert collins_admin.requests("/customers") == []


def test_query_finds_by_name_email_company_and_phone(collins_client: CollinsClient) -> None:
    marta = collins_client.get_customer(MARTA.id)
    for text in ("Marta Silva", "marta.silva@example.com", "Silva & Co", marta.phone):
        assert text
        found = collins_client.list_customers(query=text)
        assert MARTA.id in [c.id for c in found.data], text
    assert found.data[0].id == MARTA.id  # by relevance


def test_the_customer_carries_every_documented_field(collins_client: CollinsClient) -> None:
    marta = collins_client.get_customer(MARTA.id)
    assert marta.display_name == "Marta Silva"
    assert marta.labels == ("VIP", "Regular Customer")
    assert marta.notes == "Prefers the window table."
    assert marta.company == "Silva & Co"
    assert marta.associated_venues == (VENUES[0][0],)
    assert marta.dob is not None
    assert marta.last_updated is not None
    assert isinstance(marta.marketing_preferences, dict)


def test_filters_by_label_venue_and_sort(collins_client: CollinsClient) -> None:
    banned = list(collins_client.iter_customers(labels=["Banned"]))
    assert TOM.id in [c.id for c in banned]
    assert all("Banned" in c.labels for c in banned)
    either = collins_client.list_customers(labels=["Banned", "VIP"]).total_results or 0
    assert either > len(banned)  # any-of
    at_lido = list(collins_client.iter_customers(associated_venues=[VENUES[1][0]]))
    assert at_lido
    assert all(VENUES[1][0] in c.associated_venues for c in at_lido)
    newest = collins_client.list_customers(sort=["-last_updated"]).data
    stamps = [c.last_updated for c in newest]
    assert stamps == sorted(stamps, reverse=True)  # type: ignore[type-var]


def test_an_id_that_is_not_one_is_a_404_and_never_changes_the_path(
    collins_client: CollinsClient, collins_admin: SandboxAdmin
) -> None:
    with pytest.raises(NotFound):
        collins_client.get_customer("../customers?limit=1")
    sent = collins_admin.requests("/customers")[-1]
    assert sent["raw_path"] == "/customers/..%2Fcustomers%3Flimit%3D1"


def test_a_walk_in_is_created_changed_and_deleted(collins_client: CollinsClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        collins_client.create_customer(first_name="Walk", email="not-an-email", dob="31/12/1990")
    assert set(caught.value.field_errors) == {"email", "dob"}

    made = collins_client.create_customer(
        first_name="Walk", last_name="In", phone="+447700900999", labels=["Regular Customer"]
    )
    assert made.created_date is not None
    changed = collins_client.update_customer(made.id, notes="Asked for a high chair.")
    assert changed.notes == "Asked for a high chair."
    assert changed.labels == ("Regular Customer",)  # what was not sent is kept
    collins_client.delete_customer(made.id)
    with pytest.raises(NotFound):
        collins_client.get_customer(made.id)


def test_a_list_where_an_id_belongs_is_a_422_not_a_crash(collins_sandbox: SandboxServer) -> None:
    """Found by the fuzzer: ``marketing_preference_ids: [[]]`` made the stand-in answer 500."""
    import httpx

    from tests.conftest import TOKEN

    answer = httpx.post(
        collins_sandbox.url + "/customers",
        json={"email": "x@example.com", "marketing_preference_ids": [[]]},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert answer.status_code == 422
    assert "marketing_preference_ids" in answer.text


def test_a_wrong_token_is_unauthorized(collins_sandbox: SandboxServer) -> None:
    with CollinsClient(collins_sandbox.url, "wrong") as client, pytest.raises(Unauthorized):
        client.list_customers()


def test_reads_are_retried_and_a_lost_write_is_not_resent(
    collins_client: CollinsClient, collins_admin: SandboxAdmin
) -> None:
    collins_admin.add_fault(path_prefix="/customers", method="GET", status=503, times=2)
    assert collins_client.get_customer(MARTA.id).id == MARTA.id  # third try answers

    collins_admin.add_fault(path_prefix="/customers", method="GET", status=503)
    with pytest.raises(ServerError):
        collins_client.get_customer(MARTA.id)
    collins_admin.clear()

    collins_admin.add_fault(path_prefix="/customers", method="POST", reset=True, after=True)
    with pytest.raises(ConnectionFailed):
        collins_client.create_customer(first_name="Lost", last_name="Answer")
    posts = [r for r in collins_admin.requests("/customers") if r["method"] == "POST"]
    assert len(posts) == 1  # the answer was lost after the write: not resent blindly
    collins_admin.clear()
    found = collins_client.list_customers(query="Lost Answer").data
    assert len(found) == 1  # committed once: the caller reads back, never resends blindly
