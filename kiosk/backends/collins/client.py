"""A synchronous client for the Collins customers API (seed 002, The Access Group).

The same rules as the Trybe client: one overall deadline per call, retries included; reads
retried after a network failure, a 408/429/5xx; a write retried only when it provably never
reached the server (or on a 429, refused before any work); a 429 pauses every call of this
client for its Retry-After; plain ``http://`` refused except to this machine; the environment's
proxies ignored unless ``proxy`` names one. Every write carries an ``Idempotency-Key`` (the
caller's): the seed does not say the API honours it, so the domain never relies on it.

Pagination is by ``page`` and ``limit`` (at most 30); the answer's ``X-Pagination-*`` headers
say how many pages there are. The list's body is read as a JSON array, or as an object holding
one under ``data``, ``payload`` or ``customers`` (the seed shows no body; see the stand-in).
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
from pydantic import ValidationError

from kiosk.backends.collins.errors import (
    CollinsError,
    ConnectionFailed,
    NotSent,
    RateLimited,
    RequestTimeout,
    UnexpectedResponse,
    error_for_status,
)
from kiosk.backends.collins.models import CollinsCustomer, CustomerPage

log = logging.getLogger(__name__)

LIMIT_MAX = 30
READS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
FIRST_DELAY_S = 0.25
MAX_DELAY_S = 2.0
MAX_RETRY_AFTER_S = 10.0
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


class InsecureURL(ValueError):
    """Plain http:// to anything but this machine would send the token in clear."""


def _safe_base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return url.rstrip("/")
    host = parts.hostname or ""
    loopback = host == "localhost"
    with contextlib.suppress(ValueError):
        loopback = loopback or ipaddress.ip_address(host).is_loopback
    if parts.scheme == "http" and loopback:
        return url.rstrip("/")
    raise InsecureURL(f"refusing {parts.scheme or 'a'} URL to {host or url}: use https")


def segment(value: str) -> str:
    """One path segment, escaped: a customer id typed or scanned never changes the path."""
    return quote(value, safe="")


@dataclass(frozen=True)
class Probe:
    elapsed_s: float
    server_time: datetime | None


@dataclass(frozen=True)
class _Answer:
    status_code: int
    headers: httpx.Headers
    content: bytes


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
        if not token:
            raise ValueError("an API token is required")
        self.base_url = _safe_base_url(base_url)
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s
        self.deadline_s = deadline_s
        self.max_retries = max_retries
        self._sleep = sleep
        self._pause_lock = threading.Lock()
        self._paused_until = 0.0
        self._call_deadline = threading.local()
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
            },
            timeout=httpx.Timeout(read_timeout_s, connect=connect_timeout_s),
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            proxy=proxy,
        )

    def __repr__(self) -> str:
        return f"CollinsClient(base_url={self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CollinsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def deadline_at(self, at: float | None) -> _Deadline:
        """Within this block, calls on this thread end by ``at`` (``time.monotonic()``)."""
        return _Deadline(self._call_deadline, at)

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
        answer = self._send("GET", "/customers", params=params)
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
        return self._customer(_json(self._send("GET", path), path), path)

    def create_customer(
        self, *, idempotency_key: str | None = None, **fields: Any
    ) -> CollinsCustomer:
        body = _body(fields, allowed=(*FIELDS, "marketing_preference_ids", "marketing_preferences"))
        answer = self._send("POST", "/customers", json_body=body, idempotency_key=idempotency_key)
        return self._customer(_json(answer, "/customers"), "/customers")

    def update_customer(
        self, customer_id: str, *, idempotency_key: str | None = None, **fields: Any
    ) -> CollinsCustomer:
        path = f"/customers/{segment(customer_id)}"
        body = _body(fields, allowed=FIELDS)
        answer = self._send("PUT", path, json_body=body, idempotency_key=idempotency_key)
        return self._customer(_json(answer, path), path)

    def delete_customer(self, customer_id: str, *, idempotency_key: str | None = None) -> None:
        self._send("DELETE", f"/customers/{segment(customer_id)}", idempotency_key=idempotency_key)

    def probe(self) -> Probe:
        """One small read (no retries): how long the API takes, and its ``Date``."""
        started = time.monotonic()
        with self.deadline_at(time.monotonic() + self.deadline_s):
            answer = self._send("GET", "/customers", params={"limit": 1})
        server_time = None
        date = answer.headers.get("Date")
        if date:
            with contextlib.suppress(TypeError, ValueError):
                server_time = email.utils.parsedate_to_datetime(date)
        return Probe(elapsed_s=time.monotonic() - started, server_time=server_time)

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

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        idempotency_key: str | None = None,
    ) -> _Answer:
        deadline = time.monotonic() + self.deadline_s
        tighter = getattr(self._call_deadline, "at", None)
        if tighter is not None:
            deadline = min(deadline, tighter)
        clean = {k: v for k, v in (params or {}).items() if v not in (None, "", [])}
        headers = {}
        if method not in READS:
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        attempt = 0
        while True:
            self._wait_out_pause(deadline, method, path)
            if deadline - time.monotonic() <= 0:
                raise RequestTimeout("deadline exceeded", method=method, path=path)
            try:
                answer = self._attempt(method, path, clean, json_body, headers, deadline)
            except (ConnectionFailed, RequestTimeout) as exc:
                retry = attempt < self.max_retries and (isinstance(exc, NotSent) or method in READS)
                if not retry:
                    raise
                self._backoff(attempt, None, deadline, exc)
                attempt += 1
                continue
            if 200 <= answer.status_code < 300:
                return answer
            retry_after = _retry_after(answer.headers.get("Retry-After"))
            if answer.status_code == 429:
                self._pause(retry_after if retry_after is not None else FIRST_DELAY_S)
            error = error_for_status(
                answer.status_code,
                _json_or_none(answer.content),
                method=method,
                path=path,
                retry_after_s=retry_after,
            )
            retry = (
                attempt < self.max_retries
                and answer.status_code in RETRYABLE
                and (method in READS or answer.status_code == 429)
                and not (retry_after is not None and retry_after > MAX_RETRY_AFTER_S)
            )
            if not retry:
                raise error
            self._backoff(attempt, retry_after, deadline, error)
            attempt += 1

    def _attempt(
        self,
        method: str,
        path: str,
        params: dict[str, Any],
        json_body: Any,
        headers: dict[str, str],
        deadline: float,
    ) -> _Answer:
        remaining = max(0.001, deadline - time.monotonic())
        timeout = httpx.Timeout(
            min(self.read_timeout_s, remaining), connect=min(self.connect_timeout_s, remaining)
        )
        try:
            response = self._http.request(
                method, path, params=params, json=json_body, headers=headers, timeout=timeout
            )
        except httpx.ConnectTimeout:
            raise NotSent("connect timed out", method=method, path=path) from None
        except httpx.ConnectError:
            raise NotSent("could not connect", method=method, path=path) from None
        except httpx.PoolTimeout:
            raise NotSent("no free connection", method=method, path=path) from None
        except httpx.TimeoutException:
            raise RequestTimeout("timed out", method=method, path=path) from None
        except httpx.HTTPError as exc:
            raise ConnectionFailed(
                f"network error ({type(exc).__name__})", method=method, path=path
            ) from None
        return _Answer(response.status_code, response.headers, response.content)

    def _pause(self, seconds: float) -> None:
        with self._pause_lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def _wait_out_pause(self, deadline: float, method: str, path: str) -> None:
        with self._pause_lock:
            wait = self._paused_until - time.monotonic()
        if wait <= 0:
            return
        if time.monotonic() + wait >= deadline:
            raise RateLimited(
                "Too Many Attempts.", status_code=429, method=method, path=path, retry_after_s=wait
            )
        self._sleep(wait)

    def _backoff(
        self, attempt: int, retry_after: float | None, deadline: float, cause: CollinsError
    ) -> None:
        if retry_after is not None:
            delay = min(retry_after, MAX_RETRY_AFTER_S)
        else:
            delay = min(FIRST_DELAY_S * (2**attempt), MAX_DELAY_S) * (1 - 0.25 * random.random())
        if time.monotonic() + delay >= deadline:
            raise cause
        log.info("retrying after %.2fs (%s)", delay, type(cause).__name__)
        self._sleep(delay)


class _Deadline:
    def __init__(self, local: threading.local, at: float | None) -> None:
        self._local = local
        self._at = at
        self._before: float | None = None

    def __enter__(self) -> None:
        self._before = getattr(self._local, "at", None)
        if self._at is not None:
            self._local.at = self._at if self._before is None else min(self._at, self._before)

    def __exit__(self, *exc_info: object) -> None:
        self._local.at = self._before


def _body(fields: dict[str, Any], *, allowed: tuple[str, ...]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValueError(f"not a field of this API: {', '.join(unknown)}")
    return {k: v for k, v in fields.items() if v is not None}


def _json(answer: _Answer, path: str) -> Any:
    try:
        return json.loads(answer.content)
    except ValueError:
        raise UnexpectedResponse(
            "the answer is not JSON", status_code=answer.status_code, path=path
        ) from None


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


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


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
