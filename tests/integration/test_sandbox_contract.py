"""The stand-in server's own contract over raw HTTP: the error bodies, envelopes and gates a
real Trybe client can notice, independent of kiosk.api."""

from __future__ import annotations

import threading

import httpx
import pytest

from kiosk.sandbox import SandboxServer
from tests.conftest import READ_ONLY_TOKEN, TOKEN
from tests.sandbox_helpers import SITE_ID, code_of

NOT_FOUND = {"message": "The requested resource could not be found"}


@pytest.fixture
def http(sandbox: SandboxServer) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {TOKEN}"})


@pytest.mark.parametrize(
    "path",
    [
        "/customers/customers/00000000-0000-4000-8000-000000000000",
        "/customers/customers/00000000-0000-4000-8000-000000000000/memberships",
        "/no/such/route",
        "/customers/customers/barcode-search/a/b",
    ],
)
def test_not_found_has_exactly_the_documented_body(http: httpx.Client, path: str) -> None:
    response = http.get(path, params={"site_id": SITE_ID})
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_no_token_or_a_bad_one_is_401_before_anything_else(sandbox: SandboxServer) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": TOKEN}):
        response = httpx.get(f"{sandbox.url}/no/such/route", headers=headers)
        assert response.status_code == 401
        assert isinstance(response.json()["message"], str)


def test_a_read_only_token_gets_403_on_every_write(sandbox: SandboxServer) -> None:
    ro = httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {READ_ONLY_TOKEN}"})
    assert ro.get("/sites").status_code == 200
    for method, path in (
        ("POST", "/customers/customers"),
        ("PUT", "/customers/customers/x"),
        ("DELETE", "/customers/customers/x"),
        ("POST", "/customers/check-ins"),
    ):
        assert ro.request(method, path, json={}).status_code == 403


def test_malformed_json_is_400_and_a_validation_failure_422(http: httpx.Client) -> None:
    broken = http.post(
        "/customers/customers", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400
    assert "message" in broken.json()
    invalid = http.post("/customers/customers", json={"first_name": "X"})
    assert invalid.status_code == 422
    assert invalid.json()["message"] == "The request didn't pass validation"
    assert invalid.json()["errors"] == {"site_id": ["The site id field is required."]}


def test_list_envelopes_have_data_links_and_meta(http: httpx.Client) -> None:
    body = http.get("/customers/customers", params={"per_page": 5, "page": 2}).json()
    assert set(body) == {"data", "links", "meta"}
    assert len(body["data"]) == 5
    assert body["meta"]["current_page"] == 2
    assert body["meta"]["from"] == 6
    assert body["links"]["prev"].endswith("page=1&per_page=5")
    assert set(body["meta"]) >= {
        "current_page",
        "from",
        "to",
        "total",
        "per_page",
        "last_page",
        "path",
    }


def test_the_three_datetime_forms_are_all_served(http: httpx.Client) -> None:
    guest = http.get(
        f"/customers/customers/barcode-search/{code_of('Amelia Hart')}", params={"site_id": SITE_ID}
    ).json()["data"]
    assert guest["created_at"].endswith(".0Z")
    methods = http.get(f"/customers/customers/{guest['id']}/payment-methods").json()["data"]
    assert methods[0]["created_at"].endswith("+00:00")


def test_openapi_document_is_served_and_names_the_operations(sandbox: SandboxServer) -> None:
    schema = httpx.get(f"{sandbox.url}/openapi.json").json()
    operations = {op["operationId"] for item in schema["paths"].values() for op in item.values()}
    assert {
        "getCustomerByBarcode",
        "listCustomers",
        "updateBarcodeExpiryDate",
        "updateBarcodePaymentMethod",
        "createCheckIn",
        "queueListCustomers",
    } <= operations


def test_the_admin_api_needs_its_own_token(sandbox: SandboxServer) -> None:
    assert httpx.get(f"{sandbox.url}/_sandbox/requests").status_code == 401
    as_api_user = httpx.get(
        f"{sandbox.url}/_sandbox/requests", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert as_api_user.status_code == 401


def test_avatars_are_public_like_a_cdn_and_unknown_ones_404(
    http: httpx.Client, sandbox: SandboxServer
) -> None:
    guest = http.get(
        f"/customers/customers/barcode-search/{code_of('Amelia Hart')}", params={"site_id": SITE_ID}
    ).json()["data"]
    photo = httpx.get(guest["avatar"]["url"])
    assert photo.status_code == 200
    assert photo.headers["content-type"] == "image/png"
    assert httpx.get(f"{sandbox.url}/_media/avatars/nobody.png").status_code == 404


def test_concurrent_writes_are_all_kept(fresh_sandbox: SandboxServer) -> None:
    results: list[int] = []

    def create(n: int) -> None:
        with httpx.Client(
            base_url=fresh_sandbox.url, headers={"Authorization": f"Bearer {TOKEN}"}
        ) as own:
            for i in range(10):
                response = own.post(
                    "/customers/customers",
                    json={"site_id": SITE_ID, "email": f"t{n}-{i}@example.com"},
                )
                results.append(response.status_code)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [201] * 80
    total = httpx.get(
        f"{fresh_sandbox.url}/customers/customers",
        params={"query": "@example.com", "per_page": 1, "email": None},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert total.status_code == 200
