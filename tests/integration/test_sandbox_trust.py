"""The stand-in server's own trustworthiness: idempotency keys kept as Stripe keeps them, a
body limit before authentication, no bodies kept from strangers, and the documented types."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid

import httpx

from kiosk.backends.trybe import TrybeClient
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of


def _raw(server: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {TOKEN}"})


def test_a_repeated_key_replays_the_first_answer_and_writes_once(
    fresh_sandbox: SandboxServer, fresh_client: TrybeClient
) -> None:
    guest = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    body = {"customer_id": guest.id, "site_id": SITE_ID, "method": "Scanned"}
    key = str(uuid.uuid4())
    with _raw(fresh_sandbox) as http:
        first = http.post("/customers/check-ins", json=body, headers={"Idempotency-Key": key})
        again = http.post("/customers/check-ins", json=body, headers={"Idempotency-Key": key})
        other = http.post(
            "/customers/check-ins",
            json={**body, "method": "Manual"},
            headers={"Idempotency-Key": key},
        )
    assert first.status_code == 201
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert other.status_code == 422  # the same key for another request
    assert "Idempotency-Key" in other.json()["errors"]
    assert len(fresh_client.list_check_ins(customer_ids=[guest.id]).data) == 1


def test_a_key_kept_after_a_lost_answer_makes_the_resend_harmless(
    fresh_sandbox: SandboxServer, fresh_client: TrybeClient, fresh_admin: SandboxAdmin
) -> None:
    guest = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", after=True, reset=True, times=1
    )
    body = {"customer_id": guest.id, "site_id": SITE_ID, "method": "Scanned"}
    with _raw(fresh_sandbox) as http:
        with contextlib.suppress(httpx.HTTPError):  # reset after the server committed
            http.post("/customers/check-ins", json=body, headers={"Idempotency-Key": "k-1"})
        resent = http.post("/customers/check-ins", json=body, headers={"Idempotency-Key": "k-1"})
    assert resent.status_code == 201
    assert len(fresh_client.list_check_ins(customer_ids=[guest.id]).data) == 1


def test_a_large_body_is_refused_before_authentication_and_not_kept(
    sandbox: SandboxServer, admin: SandboxAdmin
) -> None:
    big = b"x" * (1024 * 1024 + 1)
    with httpx.Client(base_url=sandbox.url) as http:
        too_large = http.post("/customers/customers", content=big)
        stranger = http.post(
            "/customers/customers",
            json={"first_name": "Not kept"},
            headers={"Authorization": "Bearer wrong"},
        )
    assert too_large.status_code == 413
    assert stranger.status_code == 401
    logged = admin.requests("/customers/customers")
    assert all("Not kept" not in entry["body"] for entry in logged)
    assert all(len(entry["body"]) < 1000 for entry in logged)


def test_documented_types_avatar_size_and_billing_period(client: TrybeClient) -> None:
    amelia = client.get_customer_by_barcode(code_of("Amelia Hart"))
    assert amelia.avatar is not None
    assert isinstance(amelia.avatar.size, int)
    assert amelia.avatar.size > 0
    charges = [m.next_charge for m in client.get_customer_memberships(amelia.id).data]
    periods = [c.billing_period_to for c in charges if c is not None]
    assert periods
    assert all(isinstance(p, dt.date) and not isinstance(p, dt.datetime) for p in periods)
