"""The client against the stand-in server over real loopback HTTP: what a kiosk relies on."""

from __future__ import annotations

import time
from datetime import timedelta
from email.utils import format_datetime

import pytest

from kiosk.backends.trybe import (
    InsecureURL,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TrybeClient,
    Unauthorized,
    ValidationFailed,
)
from kiosk.config import clock as wallclock
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import OTHER_SITE_ID, SITE_ID, SandboxAdmin, code_of

BARCODE_SEARCH = "/customers/customers/barcode-search/"


def test_barcode_search_finds_the_guest_with_labels_and_photo(client: TrybeClient) -> None:
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))

    assert guest.display_name == "Amelia Hart"
    assert {label.name: label.colour for label in guest.labels} == {
        "VIP": "#ff6634",
        "Spa day": "#2a9d8f",
    }
    assert guest.photo_url is not None
    photo = client.fetch_media(guest.photo_url)
    assert photo.startswith(b"\x89PNG")


def test_barcode_search_accepts_a_customer_id(client: TrybeClient) -> None:
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert client.get_customer_by_barcode(guest.id).id == guest.id


def test_unknown_code_is_not_found_with_the_documented_message(client: TrybeClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.get_customer_by_barcode("NO-SUCH-BAND")
    assert caught.value.message == "The requested resource could not be found"


def test_barcode_search_is_scoped_to_the_site(client: TrybeClient) -> None:
    other_site_band = code_of("Klara Brandt")
    with pytest.raises(NotFound):
        client.get_customer_by_barcode(other_site_band)
    assert (
        client.get_customer_by_barcode(other_site_band, site_id=OTHER_SITE_ID).first_name == "Klara"
    )


def test_search_without_site_id_is_a_validation_error(sandbox: SandboxServer) -> None:
    with TrybeClient(sandbox.url, TOKEN) as no_site:
        with pytest.raises(ValueError, match="site_id"):
            no_site.get_customer_by_barcode("100200300")
        # The server enforces it too: the request the client refuses to build is a 422.
        with pytest.raises(ValidationFailed) as caught:
            no_site._get_data(BARCODE_SEARCH + "100200300", dict)  # type: ignore[arg-type]
    assert "site_id" in caught.value.errors


def test_wrong_token_is_unauthorized_and_the_token_is_never_shown(sandbox: SandboxServer) -> None:
    secret = "wrong-token-do-not-print"
    with TrybeClient(sandbox.url, secret, SITE_ID) as wrong:
        with pytest.raises(Unauthorized) as caught:
            wrong.get_customer_by_barcode("100200300")
        assert secret not in repr(wrong)
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


def test_memberships_carry_status_rate_and_next_charge(client: TrybeClient) -> None:
    guest = client.get_customer_by_barcode(code_of("Jonas Becker"))
    memberships = client.get_customer_memberships(guest.id).data

    assert len(memberships) == 1
    membership = memberships[0]
    assert (membership.status, membership.attention_reason) == ("needs_attention", "payment_failed")
    assert membership.type_name == "Silver tier"
    assert membership.rate is not None
    assert membership.rate.price == 5900
    assert membership.next_charge is not None
    assert membership.next_charge.amount == 5900


def test_list_customers_searches_names_and_pages_through_everyone(client: TrybeClient) -> None:
    beckers = client.list_customers(query="becker")
    assert beckers.data
    assert all("Becker" in c.display_name for c in beckers)

    first = client.list_customers(per_page=25)
    assert first.meta is not None
    assert first.meta.per_page == 25
    everyone = list(client.iter_customers(per_page=25))
    assert len(everyone) == first.meta.total
    assert len({c.id for c in everyone}) == len(everyone)


def test_per_page_is_silently_capped(client: TrybeClient) -> None:
    page = client.list_customers(per_page=10_000)
    assert page.meta is not None
    assert page.meta.per_page == 100
    assert len(page.data) == 100


def test_list_sites_gives_names_and_timezones(client: TrybeClient) -> None:
    sites = {site.id: site for site in client.list_sites().data}
    assert sites[SITE_ID].name == "Palm Tree Spa"
    assert sites[SITE_ID].timezone == "Europe/London"
    assert sites[OTHER_SITE_ID].currency == "eur"


@pytest.mark.parametrize(
    "hostile",
    [".", "..", "../x", "a/b", "%2F", "#frag", "?site_id=x", "a b", "ünï/cödé", "..%2f.."],
)
def test_any_scanned_text_reaches_barcode_search_and_nothing_else(
    client: TrybeClient, admin: SandboxAdmin, hostile: str
) -> None:
    with pytest.raises(NotFound):
        client.get_customer_by_barcode(hostile)

    sent = admin.requests()
    assert len(sent) == 1
    raw_path = sent[0]["raw_path"]
    assert raw_path.startswith(BARCODE_SEARCH)
    segment = raw_path[len(BARCODE_SEARCH) :]
    assert "/" not in segment
    assert "?" not in segment
    assert "#" not in segment
    assert sent[0]["query"] == f"site_id={SITE_ID}"


def test_plain_http_is_refused_except_to_loopback() -> None:
    with pytest.raises(InsecureURL):
        TrybeClient("http://api.try.be", "t")
    TrybeClient("https://api.try.be", "t").close()
    TrybeClient("http://127.0.0.1:9", "t").close()
    TrybeClient("http://[::1]:9", "t").close()


def test_a_503_then_success_is_retried(client: TrybeClient, admin: SandboxAdmin) -> None:
    admin.add_fault(path_prefix=BARCODE_SEARCH, status=503, times=1)
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert guest.first_name == "Amelia"
    assert len(admin.requests(BARCODE_SEARCH)) == 2


def test_persistent_5xx_becomes_a_server_error_within_the_retry_budget(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix=BARCODE_SEARCH, status=500)
    with pytest.raises(ServerError):
        client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert len(admin.requests(BARCODE_SEARCH)) == client.max_retries + 1


@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_429_retry_after_is_honoured_in_both_forms(
    client: TrybeClient, admin: SandboxAdmin, form: str
) -> None:
    if form == "seconds":
        retry_after = "1"
    else:
        retry_after = format_datetime(wallclock.now() + timedelta(seconds=2), usegmt=True)
    admin.add_fault(path_prefix=BARCODE_SEARCH, status=429, retry_after=retry_after, times=1)

    started = time.monotonic()
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    waited = time.monotonic() - started

    assert guest.first_name == "Amelia"
    assert waited >= 0.5  # it waited for the server, rather than hammering it
    assert len(admin.requests(BARCODE_SEARCH)) == 2


def test_a_long_retry_after_surfaces_as_rate_limited_at_once(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix=BARCODE_SEARCH, status=429, retry_after="120")
    started = time.monotonic()
    with pytest.raises(RateLimited) as caught:
        client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert caught.value.retry_after_s == pytest.approx(120, abs=1)
    assert time.monotonic() - started < 1


def test_latency_past_the_deadline_fails_fast_and_typed(
    sandbox: SandboxServer, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix=BARCODE_SEARCH, latency_ms=3000)
    with TrybeClient(sandbox.url, TOKEN, SITE_ID, read_timeout_s=0.3, deadline_s=1.0) as impatient:
        started = time.monotonic()
        with pytest.raises(RequestTimeout):
            impatient.get_customer_by_barcode(code_of("Amelia Hart"))
        elapsed = time.monotonic() - started
    assert elapsed < 1.5


def test_expired_bands_match_or_not_as_the_server_is_set(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    expired_band = code_of("Chloé Martin")
    assert client.get_customer_by_barcode(expired_band).first_name == "Chloé"
    admin.settings(match_expired_bands=False)
    with pytest.raises(NotFound):
        client.get_customer_by_barcode(expired_band)


def test_every_featured_band_but_the_other_sites_is_found_at_the_demo_site(
    client: TrybeClient,
) -> None:
    from kiosk.sandbox.demo_data import FEATURED

    for featured in FEATURED:
        if featured.site == 0:
            assert client.get_customer_by_barcode(featured.code).id
        else:
            with pytest.raises(NotFound):
                client.get_customer_by_barcode(featured.code)
