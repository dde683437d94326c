"""A synchronous client for the Collins customers API (seed 002, The Access Group).

It sends through the one transport every vendor shares (``kiosk.backends.http``): one overall
deadline per call, retries included; reads retried after a network failure, a 408/429/5xx; a
write retried only when it provably never reached the server (or on a 429, refused before any
work); a 429 pauses every call of this client for its Retry-After; plain ``http://`` refused
except to this machine; the environment's proxies ignored unless ``proxy`` names one. Every write
carries an ``Idempotency-Key`` (the caller's): the seed does not say the API honours it, so the
domain never relies on it.

Pagination is by ``page`` and ``limit`` (at most 30); the answer's ``X-Pagination-*`` headers
say how many pages there are. The list's body is read as a JSON array, or as an object holding
one under ``data``, ``payload`` or ``customers`` (the seed shows no body; see the stand-in).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from kiosk.backends.collins.errors import UnexpectedResponse
from kiosk.backends.collins.models import CollinsCustomer, CustomerPage
from kiosk.backends.http.transport import Answer, InsecureURL, Probe, Transport

log = logging.getLogger(__name__)

__all__ = ["CollinsClient", "InsecureURL", "Probe", "segment"]

LIMIT_MAX = 30
USER_AGENT = "kiosk (front desk; Collins customers)"
FIELDS = (
    "email",
    "first_name",
    "last_name",
    "phone",
    "company",
    "dob",
    "custom_field_value",
    "associated_venues",
    "labels",
    "notes",
)
"""What create and update may set (the seed's bodies); create also takes marketing choices."""


def segment(value: str) -> str:
    """One path segment, escaped: a customer id typed or scanned never changes the path."""
    return quote(value, safe="")


class CollinsClient:
    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 5.0,
        deadline_s: float = 8.0,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        proxy: str | None = None,
    ) -> None:
        self._transport = Transport(
            base_url,
            token,
            user_agent=USER_AGENT,
            connect_timeout_s=connect_timeout_s,
            read_timeout_s=read_timeout_s,
            deadline_s=deadline_s,
            max_retries=max_retries,
            transport=transport,
            sleep=sleep,
            proxy=proxy,
        )
        self.base_url = self._transport.base_url
        self.deadline_s = deadline_s
        self.max_retries = max_retries
        self.deadline_at = self._transport.deadline_at
        """Within this block, calls on this thread end by ``at`` (``time.monotonic()``)."""

    def __repr__(self) -> str:
        return f"CollinsClient(base_url={self.base_url!r})"

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> CollinsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ customers

    def list_customers(
        self,
        *,
        query: str | None = None,
        email: list[str] | None = None,
        full_name: str | None = None,
        labels: list[str] | None = None,
        associated_venues: list[str] | None = None,
        created_date_from: str | None = None,
        created_date_to: str | None = None,
        last_updated_from: str | None = None,
        last_updated_to: str | None = None,
        sort: list[str] | None = None,
        page: int = 1,
        limit: int = LIMIT_MAX,
    ) -> CustomerPage:
        """One page of customers (``limit`` at most 30); lists as comma-separated values."""
        if not 1 <= limit <= LIMIT_MAX:
            raise ValueError(f"limit is 1 to {LIMIT_MAX}")
        params: dict[str, Any] = {
            "query": query,
            "email": ",".join(email) if email else None,
            "full_name": full_name,
            "labels": ",".join(labels) if labels else None,
            "associated_venues": ",".join(associated_venues) if associated_venues else None,
            "created_date_from": created_date_from,
            "created_date_to": created_date_to,
            "last_updated_from": last_updated_from,
            "last_updated_to": last_updated_to,
            "sort": ",".join(sort) if sort else None,
            "page": page,
            "limit": limit,
        }
        answer = self._transport.send("GET", "/customers", params=params)
        items = _items(_json(answer, "/customers"), "/customers")
        return CustomerPage(
            data=tuple(self._customer(item, "/customers") for item in items),
            page=_header_int(answer.headers, "X-Pagination-Page") or page,
            per_page=_header_int(answer.headers, "X-Pagination-Per-Page") or limit,
            total_pages=_header_int(answer.headers, "X-Pagination-Total-Pages"),
            total_results=_header_int(answer.headers, "X-Pagination-Total-Results"),
        )

    def iter_customers(self, **filters: Any) -> Iterator[CollinsCustomer]:
        page = 1
        while True:
            found = self.list_customers(**filters, page=page)
            yield from found.data
            if not found.has_next_page or not found.data:
                return
            page += 1

    def get_customer(self, customer_id: str) -> CollinsCustomer:
        path = f"/customers/{segment(customer_id)}"
        return self._customer(_json(self._transport.send("GET", path), path), path)

    def create_customer(
        self, *, idempotency_key: str | None = None, **fields: Any
    ) -> CollinsCustomer:
        body = _body(fields, allowed=(*FIELDS, "marketing_preference_ids", "marketing_preferences"))
        answer = self._transport.send(
            "POST", "/customers", json_body=body, idempotency_key=idempotency_key
        )
        return self._customer(_json(answer, "/customers"), "/customers")

    def update_customer(
        self, customer_id: str, *, idempotency_key: str | None = None, **fields: Any
    ) -> CollinsCustomer:
        path = f"/customers/{segment(customer_id)}"
        body = _body(fields, allowed=FIELDS)
        answer = self._transport.send("PUT", path, json_body=body, idempotency_key=idempotency_key)
        return self._customer(_json(answer, path), path)

    def delete_customer(self, customer_id: str, *, idempotency_key: str | None = None) -> None:
        self._transport.send(
            "DELETE", f"/customers/{segment(customer_id)}", idempotency_key=idempotency_key
        )

    def probe(self) -> Probe:
        """One small read (no retries): how long the API takes, and its ``Date``."""
        return self._transport.probe("/customers", {"limit": 1})

    # ------------------------------------------------------------------ plumbing

    @staticmethod
    def _customer(data: Any, path: str) -> CollinsCustomer:
        try:
            return CollinsCustomer.model_validate(data)
        except ValidationError as exc:
            raise UnexpectedResponse(
                f"a customer this client cannot read ({exc.error_count()} problems)",
                status_code=200,
                body=None,
                path=path,
            ) from None


def _body(fields: dict[str, Any], *, allowed: tuple[str, ...]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValueError(f"not a field of this API: {', '.join(unknown)}")
    return {k: v for k, v in fields.items() if v is not None}


def _json(answer: Answer, path: str) -> Any:
    try:
        return json.loads(answer.content)
    except ValueError:
        raise UnexpectedResponse(
            "the answer is not JSON", status_code=answer.status_code, path=path
        ) from None


def _items(body: Any, path: str) -> list[Any]:
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in ("data", "payload", "customers"):
            inner = body.get(key)
            if isinstance(inner, list):
                return inner
            if isinstance(inner, dict):
                return _items(inner, path)
    raise UnexpectedResponse("the list is not an array", status_code=200, path=path)


def _header_int(headers: httpx.Headers, name: str) -> int | None:
    try:
        return int(headers.get(name, ""))
    except ValueError:
        return None
