"""The client on a bad network (faults injected by the stand-in server): nothing hangs past
its deadline, reads are retried, and a write that reached the server is never sent twice."""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
import pytest

from kiosk.backends.trybe import ConnectionFailed, RequestTimeout, ServerError, TrybeClient
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of

SEARCH = "/customers/customers/barcode-search/"


def test_a_reset_connection_on_a_read_is_retried(client: TrybeClient, admin: SandboxAdmin) -> None:
    admin.add_fault(path_prefix=SEARCH, reset=True, times=1)
    assert client.get_customer_by_barcode(code_of("Amelia Hart")).first_name == "Amelia"
    assert len(admin.requests(SEARCH)) == 2


def test_a_reset_on_a_check_in_is_not_repeated(client: TrybeClient, admin: SandboxAdmin) -> None:
    guest = client.get_customer_by_barcode(code_of("Oliver Price"))
    admin.add_fault(path_prefix="/customers/check-ins", method="POST", reset=True, times=1)
    with pytest.raises(ConnectionFailed):
        client.create_check_in(guest.id)
    sent = admin.requests("/customers/check-ins")
    assert len(sent) == 1  # it reached the server: a retry could check the guest in twice
    assert sent[0]["idempotency_key"]


def test_a_503_on_a_check_in_is_not_repeated_either(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    guest = client.get_customer_by_barcode(code_of("Oliver Price"))
    admin.add_fault(path_prefix="/customers/check-ins", method="POST", status=503, times=1)
    with pytest.raises(Exception, match="503"):
        client.create_check_in(guest.id)
    assert len(admin.requests("/customers/check-ins")) == 1


def test_a_put_answered_502_is_not_resent_blindly(client: TrybeClient, admin: SandboxAdmin) -> None:
    """A 5xx on a write may have been applied behind the gateway: the caller reads back
    before deciding (kiosk.checkin.actions), the client does not resend it."""
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    admin.add_fault(path_prefix="/customers/customers/", method="PUT", status=502, times=1)
    with pytest.raises(ServerError):
        client.update_customer(guest.id, first_name="Amelia")
    assert len([r for r in admin.requests() if r["method"] == "PUT"]) == 1


def test_a_write_refused_with_429_is_resent_with_the_same_key(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    admin.add_fault(
        path_prefix="/customers/customers/", method="PUT", status=429, retry_after="0", times=1
    )
    updated = client.update_customer(guest.id, first_name="Amelia", idempotency_key="action-1")
    assert updated.first_name == "Amelia"
    puts = [r for r in admin.requests() if r["method"] == "PUT"]
    assert len(puts) == 2
    assert puts[0]["body"] == puts[1]["body"]
    assert [p["idempotency_key"] for p in puts] == ["action-1", "action-1"]


def test_every_write_carries_an_idempotency_key(client: TrybeClient, admin: SandboxAdmin) -> None:
    guest = client.get_customer_by_barcode(code_of("Oliver Price"))
    client.action_lock_customer(guest.id)
    client.action_unlock_customer(guest.id, idempotency_key="unlock-7")
    writes = [r for r in admin.requests() if r["method"] != "GET"]
    assert len(writes) == 2
    assert writes[0]["idempotency_key"]
    assert writes[1]["idempotency_key"] == "unlock-7"


def test_a_post_that_could_not_connect_is_retried(fresh_sandbox: SandboxServer) -> None:
    """Nothing listening: the request provably never reached a server, so a retry is safe."""
    with TrybeClient("http://127.0.0.1:9", TOKEN, SITE_ID, deadline_s=2, max_retries=2) as client:
        started = time.monotonic()
        with pytest.raises(ConnectionFailed):
            client.create_check_in("someone")
        assert time.monotonic() - started < 2.5


def test_a_slow_body_past_the_deadline_fails_in_time(
    sandbox: SandboxServer, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix="/sites", slow_body_ms=3000)
    with TrybeClient(sandbox.url, TOKEN, SITE_ID, read_timeout_s=2, deadline_s=1.0) as client:
        started = time.monotonic()
        with pytest.raises(RequestTimeout):
            client.list_sites()
        assert time.monotonic() - started < 1.6


def test_random_latency_within_the_deadline_is_only_slower(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix=SEARCH, latency_ms=50, latency_jitter_ms=100)
    started = time.monotonic()
    for _ in range(5):
        client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert time.monotonic() - started >= 0.25


def test_rate_limit_headers_are_surfaced_when_present(
    client: TrybeClient, admin: SandboxAdmin
) -> None:
    client.list_sites()
    assert client.rate_limit is None  # Trybe sends none today (RL); nothing is invented
    admin.add_fault(
        path_prefix="/sites", headers={"X-Ratelimit-Limit": "60", "X-Ratelimit-Remaining": "7"}
    )
    client.list_sites()
    assert client.rate_limit is not None
    assert (client.rate_limit.limit, client.rate_limit.remaining) == (60, 7)


def test_faults_fire_with_their_probability(sandbox: SandboxServer, admin: SandboxAdmin) -> None:
    admin.add_fault(path_prefix="/sites", status=503, probability=0.5)
    with httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        statuses = [http.get("/sites").status_code for _ in range(60)]
    assert 10 <= statuses.count(503) <= 50
    assert statuses.count(200) == 60 - statuses.count(503)


def test_the_token_never_reaches_the_logs(
    sandbox: SandboxServer, admin: SandboxAdmin, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "tok-" + "s3cr3t" * 4
    admin.add_fault(path_prefix=SEARCH, status=503, times=1)
    caplog.set_level(logging.DEBUG)
    with TrybeClient(sandbox.url, secret, SITE_ID, deadline_s=2) as client:
        with pytest.raises(Exception, match="401"):
            client.get_customer_by_barcode("100200300")
        with pytest.raises(Exception, match="Unauth"):
            client.create_check_in("x")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "HTTP Request" in logged  # the logs were captured at all
    assert secret not in logged


@pytest.mark.parametrize("vendor", ["trybe", "collins"])
def test_every_vendor_keeps_the_same_deadline_on_a_body_that_trickles_in(
    vendor: str,
    sandbox: SandboxServer,
    admin: SandboxAdmin,
    collins_sandbox: SandboxServer,
    collins_admin: SandboxAdmin,
) -> None:
    """One transport for both: with a 1 s deadline and a body sent in pieces over 3 s, each
    client gives up in about the deadline (Collins' own copy used to wait for the whole body,
    2.8 s) and says it timed out."""
    from kiosk.backends.collins import CollinsClient
    from kiosk.backends.http.errors import RequestTimeout as SharedTimeout

    if vendor == "trybe":
        admin.add_fault(path_prefix="/sites", slow_body_ms=3000)
        client: Any = TrybeClient(sandbox.url, TOKEN, SITE_ID, read_timeout_s=2, deadline_s=1.0)
        call = client.list_sites
    else:
        collins_admin.add_fault(path_prefix="/customers", slow_body_ms=3000)
        client = CollinsClient(collins_sandbox.url, TOKEN, read_timeout_s=2, deadline_s=1.0)
        call = client.list_customers
    with client:
        started = time.monotonic()
        with pytest.raises(SharedTimeout):
            call()
        assert time.monotonic() - started < 1.6
