"""The Trybe HTTP client: one method per documented operation, named after its operationId.

Shape borrowed from well-kept httpx SDKs (anthropic-sdk-python, githubkit): named defaults in
``_constants``, one status -> error switch in ``errors``, a single request loop here that owns
timeouts, the overall deadline, retries with backoff and ``Retry-After``.

Thread-safety: one ``TrybeClient`` is shared by the app's worker threads; httpx's sync client
and its connection pool are thread-safe, and the client keeps no per-call state.
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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Final, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.backends.trybe import _constants as C
from kiosk.backends.trybe.errors import (
    ConnectionFailed,
    NotSent,
    RateLimited,
    RequestTimeout,
    TrybeError,
    UnexpectedResponse,
    error_for_status,
)
from kiosk.backends.trybe.models import (
    Address,
    AssociatedBarcode,
    CheckIn,
    Customer,
    CustomerSearchResult,
    CustomerStats,
    Membership,
    Page,
    PaymentMethod,
    QueuedJob,
    SetPasswordUrl,
    Site,
)
from kiosk.backends.trybe.paths import BARCODE_SEARCH_PREFIX, path, segment
from kiosk.config.settings import BarcodeSearchForm

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Params = Mapping[str, str | int | list[str] | None]


@dataclass(frozen=True)
class RateLimitInfo:
    """The optional ``X-Ratelimit-*`` headers of the last answer that carried them."""

    limit: int | None
    remaining: int | None


class _Unset(Enum):
    UNSET = "UNSET"


UNSET: Final = _Unset.UNSET
"""For fields where ``None`` means "clear it": leave a field out of the request entirely."""


def _iso(moment: datetime | None) -> str | None:
    """Datetimes are sent as ISO-8601 UTC with an offset (decisions.md)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("datetimes sent to Trybe must be timezone-aware")
    return moment.astimezone(UTC).isoformat()


class InsecureURL(ValueError):
    """Plain http:// to anything but this machine would send the token in clear."""


def _require_safe_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(f"not an http(s) URL: {base_url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureURL("https:// is required except for this machine (loopback)")
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header in either form (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    raw = headers.get(name)
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Probe:
    """What one plain read of the API showed (see :meth:`TrybeClient.probe`)."""

    elapsed_s: float
    server_time: datetime | None


class TrybeClient:
    """A synchronous client for the Trybe Customers API.

    ``site_id`` scopes barcode search and lists. ``deadline_s`` bounds a whole call, retries
    included. Plain ``http://`` is refused except to loopback (the stand-in server). The
    environment's proxy variables are ignored; ``proxy`` (the ``proxy`` setting) is the only
    proxy used.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        site_id: str | None = None,
        *,
        connect_timeout_s: float = C.DEFAULT_CONNECT_TIMEOUT_S,
        read_timeout_s: float = C.DEFAULT_READ_TIMEOUT_S,
        deadline_s: float = C.DEFAULT_DEADLINE_S,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        barcode_search_form: BarcodeSearchForm = "customers",
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        proxy: str | None = None,
    ) -> None:
        if not token:
            raise ValueError("an API token is required")
        self.base_url = _require_safe_base_url(base_url)
        self.site_id = site_id
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s
        self.deadline_s = deadline_s
        self.max_retries = max_retries
        self.barcode_search_form = barcode_search_form
        self._sleep = sleep
        self._rate_limit_lock = threading.Lock()
        self._rate_limit: RateLimitInfo | None = None
        self._call_deadline = threading.local()
        self._paused_until = 0.0
        """After a 429, every call from every thread waits this out (monotonic): the whole app
        backs off, not just the call that was throttled."""
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": C.USER_AGENT,
            },
            timeout=httpx.Timeout(read_timeout_s, connect=connect_timeout_s),
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
            transport=transport,
            follow_redirects=False,
            # Only the proxy the settings name: one from the environment (HTTP_PROXY...) is
            # not trusted with the token, nor is a CA bundle or .netrc picked up from there.
            trust_env=False,
            proxy=proxy,
        )

    def __repr__(self) -> str:
        return f"TrybeClient(base_url={self.base_url!r}, site_id={self.site_id!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TrybeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def deadline_at(self, at: float | None) -> Iterator[None]:
        """Within this block, calls on this thread end by ``at`` (a ``time.monotonic()``
        instant) if that is sooner than their own deadline: one lookup bounds all its parts."""
        previous = getattr(self._call_deadline, "at", None)
        self._call_deadline.at = at if previous is None or at is None else min(at, previous)
        try:
            yield
        finally:
            self._call_deadline.at = previous

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The last ``X-Ratelimit-*`` values seen, if the server sends them at all."""
        with self._rate_limit_lock:
            return self._rate_limit

    # ------------------------------------------------------------------ customers

    def get_customer_by_barcode(self, code: str, *, site_id: str | None = None) -> Customer:
        """getCustomerByBarcode: the customer whose wristband/card payload (or id) is ``code``."""
        prefix = BARCODE_SEARCH_PREFIX[self.barcode_search_form]
        params = {"site_id": self._site(site_id)}
        return self._get_data(prefix + segment(code), Customer, params=params)

    def get_customer(self, customer_id: str) -> Customer:
        """getCustomer."""
        return self._get_data(path("/customers/customers/{}", customer_id), Customer)

    def list_customers(
        self,
        *,
        query: str | None = None,
        email: str | None = None,
        site_id: str | None = None,
        brand_id: str | None = None,
        membership: str | None = None,
        label_ids: list[str] | None = None,
        ids: list[str] | None = None,
        page: int = 1,
        per_page: int | None = None,
        any_site: bool = False,
    ) -> Page[Customer]:
        """listCustomers: one page; see :meth:`iter_customers` for all of them. This site's
        customers unless ``any_site`` (every site the token sees: a search's rows)."""
        params: dict[str, Any] = {
            "query": query,
            "email": email,
            "site_id": None if any_site else site_id or self.site_id,
            "brand_id": brand_id,
            "membership": membership,
            "label_ids[]": label_ids,
            "id": ",".join(ids) if ids else None,
            "page": page,
            "per_page": per_page,
        }
        return self._get_page("/customers/customers", Customer, params)

    def iter_customers(self, **filters: Any) -> Iterator[Customer]:
        """Every customer matching ``filters``, across all pages, fetched lazily."""
        return self._iterate(self.list_customers, filters)

    def get_customer_memberships(self, customer_id: str, *, page: int = 1) -> Page[Membership]:
        """getCustomerMemberships (the only call that fills ``next_charge``)."""
        url = path("/customers/customers/{}/memberships", customer_id)
        return self._get_page(url, Membership, {"page": page})

    def action_customer_search(
        self,
        *,
        query: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        sources: list[str] | None = None,
        site_id: str | None = None,
    ) -> list[CustomerSearchResult]:
        """actionCustomerSearch: the quick search behind a desk's search box (slim results)."""
        params = {
            "site_id": self._site(site_id),
            "query": query,
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "source[]": sources,
        }
        body = self._request_json("GET", "/shop/customers/search", params=params)
        return self._parse_list(CustomerSearchResult, body, "/shop/customers/search")

    def create_customer(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        phone: str | None = None,
        dob: str | None = None,
        password: str | None = None,
        preferred_locale: str | None = None,
        marketing_preference_ids: list[str] | None = None,
        external_ref: str | None = None,
        site_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Customer:
        """createCustomer (201). At least one of email, first or last name is required."""
        body = _without_none(
            site_id=self._site(site_id),
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            dob=dob,
            password=password,
            preferred_locale=preferred_locale,
            marketing_preference_ids=marketing_preference_ids,
            external_ref=external_ref,
        )
        return self._write_data("POST", "/customers/customers", Customer, body, key=idempotency_key)

    def update_customer(
        self,
        customer_id: str,
        *,
        first_name: str | _Unset | None = UNSET,
        last_name: str | _Unset | None = UNSET,
        phone: str | _Unset | None = UNSET,
        dob: str | _Unset | None = UNSET,
        password: str | _Unset = UNSET,
        preferred_locale: str | _Unset = UNSET,
        external_ref: str | _Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> Customer:
        """updateCustomer (documented as 201; any 2xx is success). Email is not updatable.

        A field left out is unchanged; ``None`` clears a nullable one. A locked customer is a
        BadRequest.
        """
        body = _without_unset(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            dob=dob,
            password=password,
            preferred_locale=preferred_locale,
            external_ref=external_ref,
        )
        url = path("/customers/customers/{}", customer_id)
        return self._write_data("PUT", url, Customer, body, key=idempotency_key)

    def delete_customer(self, customer_id: str, *, idempotency_key: str | None = None) -> None:
        """deleteCustomer: anonymises (personal data scrubbed, ``deleted_at`` set)."""
        self._send(
            "DELETE", path("/customers/customers/{}", customer_id), idempotency_key=idempotency_key
        )

    def get_customer_stats(self, customer_id: str) -> CustomerStats:
        """getCustomerStats: spend across the organisation, and recent orders."""
        url = path("/shop/customers/{}/stats", customer_id)
        body = self._request_json("GET", url)
        data = body.get("data") if isinstance(body, dict) else None
        meta = body.get("meta") if isinstance(body, dict) else None
        if isinstance(data, dict) and isinstance(meta, dict) and "currency" not in data:
            data = {**data, "currency": meta.get("currency")}
        return self._parse(CustomerStats, data, url)

    def list_customer_payment_methods(self, customer_id: str) -> list[PaymentMethod]:
        """The customer's stored cards and mandates (path: an assumption, decisions.md)."""
        url = path("/customers/customers/{}/payment-methods", customer_id)
        return self._parse_list(PaymentMethod, self._request_json("GET", url), url)

    def action_lock_customer(
        self, customer_id: str, *, idempotency_key: str | None = None
    ) -> Customer:
        """Lock: the customer's details can't be changed (or anonymised) until unlocked."""
        return self._action(customer_id, "lock", idempotency_key)

    def action_unlock_customer(
        self, customer_id: str, *, idempotency_key: str | None = None
    ) -> Customer:
        return self._action(customer_id, "unlock", idempotency_key)

    def action_trigger_customer_password_reset(
        self, customer_id: str, *, idempotency_key: str | None = None
    ) -> Customer:
        """Emails the customer a reset link, valid for one hour."""
        return self._action(customer_id, "reset-password", idempotency_key)

    def action_resend_customer_verification(
        self, customer_id: str, *, idempotency_key: str | None = None
    ) -> Customer:
        return self._action(customer_id, "resend-verification", idempotency_key)

    def create_set_password_url(
        self, customer_id: str, *, idempotency_key: str | None = None
    ) -> SetPasswordUrl:
        """A one-time URL for the customer to set a password (to hand over, not emailed)."""
        url = path("/customers/customers/{}/set-password-url", customer_id)
        return self._write_data("POST", url, SetPasswordUrl, None, key=idempotency_key)

    def _action(self, customer_id: str, action: str, idempotency_key: str | None) -> Customer:
        url = path("/customers/customers/{}/", customer_id) + action
        return self._write_data("POST", url, Customer, None, key=idempotency_key)

    # ------------------------------------------------------------------ addresses

    def list_customer_addresses(self, customer_id: str, *, page: int = 1) -> Page[Address]:
        url = path("/customers/customers/{}/addresses", customer_id)
        return self._get_page(url, Address, {"page": page})

    def create_customer_address(
        self,
        customer_id: str,
        *,
        name: str,
        address_line_1: str,
        address_line_2: str | None = None,
        city: str | None = None,
        county: str | None = None,
        country: str | None = None,
        postcode: str | None = None,
        idempotency_key: str | None = None,
    ) -> Address:
        body = _without_none(
            name=name,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            county=county,
            country=country,
            postcode=postcode,
        )
        url = path("/customers/customers/{}/addresses", customer_id)
        return self._write_data("POST", url, Address, body, key=idempotency_key)

    def get_customer_address(self, customer_id: str, address_id: str) -> Address:
        url = path("/customers/customers/{}/addresses/{}", customer_id, address_id)
        return self._get_data(url, Address)

    def update_customer_address(
        self,
        customer_id: str,
        address_id: str,
        *,
        idempotency_key: str | None = None,
        **fields: str | None,
    ) -> Address:
        """Fields as in create; ``None`` clears a nullable one."""
        url = path("/customers/customers/{}/addresses/{}", customer_id, address_id)
        return self._write_data("PUT", url, Address, dict(fields), key=idempotency_key)

    def delete_customer_address(
        self, customer_id: str, address_id: str, *, idempotency_key: str | None = None
    ) -> None:
        url = path("/customers/customers/{}/addresses/{}", customer_id, address_id)
        self._send("DELETE", url, idempotency_key=idempotency_key)

    # ------------------------------------------------------------------ wristbands

    def list_customer_associated_barcodes(self, customer_id: str) -> list[AssociatedBarcode]:
        """The customer's wristbands and cards (unpaginated)."""
        url = path("/customers/customers/{}/barcodes", customer_id)
        return self._parse_list(AssociatedBarcode, self._request_json("GET", url), url)

    def get_customer_associated_barcode(
        self, customer_id: str, barcode_id: str
    ) -> AssociatedBarcode:
        url = path("/customers/customers/{}/barcodes/{}", customer_id, barcode_id)
        return self._get_data(url, AssociatedBarcode)

    def create_customer_barcode(
        self,
        customer_id: str,
        barcode: str,
        *,
        expires_at: datetime | None = None,
        site_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AssociatedBarcode:
        """Associate a wristband payload with the customer (documented 200, not 201).

        The body's ``data`` wrapper fields are an assumption (decisions.md).
        """
        data: dict[str, Any] = {"barcode": barcode, "expires_at": _iso(expires_at)}
        if site_id or self.site_id:
            data["site_id"] = site_id or self.site_id
        url = path("/customers/customers/{}/barcodes", customer_id)
        return self._write_data("POST", url, AssociatedBarcode, {"data": data}, key=idempotency_key)

    def delete_customer_barcode(
        self, customer_id: str, barcode_id: str, *, idempotency_key: str | None = None
    ) -> None:
        """Dissociate a wristband from the customer."""
        self._send(
            "DELETE",
            path("/customers/customers/{}/barcodes/{}", customer_id, barcode_id),
            idempotency_key=idempotency_key,
        )

    def update_barcode_expiry_date(
        self,
        customer_id: str,
        barcode_id: str,
        expires_at: datetime | None,
        *,
        idempotency_key: str | None = None,
    ) -> AssociatedBarcode:
        """Set or extend the band's expiry (must be in the future), or clear it with None."""
        url = path("/customers/customers/{}/barcodes/{}/expiry-date", customer_id, barcode_id)
        return self._write_data(
            "PUT", url, AssociatedBarcode, {"expires_at": _iso(expires_at)}, key=idempotency_key
        )

    def update_barcode_payment_method(
        self,
        customer_id: str,
        barcode_id: str,
        payment_method_id: str | None,
        *,
        idempotency_key: str | None = None,
    ) -> AssociatedBarcode:
        """Attach a stored payment method (same customer, usable) to the band, or detach (None)."""
        url = path("/customers/customers/{}/barcodes/{}/payment-method", customer_id, barcode_id)
        body = {"payment_method_id": payment_method_id}
        return self._write_data("PUT", url, AssociatedBarcode, body, key=idempotency_key)

    def list_associated_barcodes(
        self, customer_id: str, *, page: int = 1, per_page: int | None = None
    ) -> Page[AssociatedBarcode]:
        """listAssociatedBarcodes (the /shop/ family, paginated)."""
        url = path("/shop/customers/{}/barcodes", customer_id)
        return self._get_page(url, AssociatedBarcode, {"page": page, "per_page": per_page})

    def update_associated_barcode(
        self,
        customer_id: str,
        barcode_id: str,
        *,
        order_id: str | _Unset | None = UNSET,
        payment_method_id: str | _Unset | None = UNSET,
        expires_at: datetime | _Unset | None = UNSET,
        idempotency_key: str | None = None,
    ) -> AssociatedBarcode:
        """updateAssociatedBarcode (/shop/): used to link an in-progress order to the band."""
        body = _without_unset(order_id=order_id, payment_method_id=payment_method_id)
        if not isinstance(expires_at, _Unset):
            body["expires_at"] = _iso(expires_at)
        url = path("/shop/customers/{}/barcodes/{}", customer_id, barcode_id)
        return self._write_data("PUT", url, AssociatedBarcode, body, key=idempotency_key)

    def delete_associated_barcode(
        self, customer_id: str, barcode_id: str, *, idempotency_key: str | None = None
    ) -> None:
        self._send(
            "DELETE",
            path("/shop/customers/{}/barcodes/{}", customer_id, barcode_id),
            idempotency_key=idempotency_key,
        )

    # ------------------------------------------------------------------ check-ins

    def create_check_in(
        self,
        customer_id: str,
        *,
        method: str = "Scanned",
        membership_id: str | None = None,
        site_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> CheckIn:
        """Record a visit (path and body: an assumption, decisions.md). Never retried once sent."""
        body = _without_none(
            customer_id=customer_id,
            site_id=self._site(site_id),
            method=method,
            membership_id=membership_id,
        )
        return self._write_data("POST", "/customers/check-ins", CheckIn, body, key=idempotency_key)

    def check_out(self, check_in_id: str, *, idempotency_key: str | None = None) -> CheckIn:
        url = path("/customers/check-ins/{}/check-out", check_in_id)
        return self._write_data("POST", url, CheckIn, None, key=idempotency_key)

    def list_check_ins(
        self,
        *,
        customer_ids: list[str] | None = None,
        site_id: str | None = None,
        date_from: datetime | None = None,
        date_to: datetime | None = None,
        checked_in_at_from: datetime | None = None,
        checked_in_at_to: datetime | None = None,
        page: int = 1,
        per_page: int | None = None,
    ) -> Page[CheckIn]:
        params: dict[str, Any] = {
            "customer_id[]": customer_ids,
            "site_id": site_id or self.site_id,
            "date_from": _iso(date_from),
            "date_to": _iso(date_to),
            "checked_in_at_from": _iso(checked_in_at_from),
            "checked_in_at_to": _iso(checked_in_at_to),
            "page": page,
            "per_page": per_page,
        }
        return self._get_page("/customers/check-ins", CheckIn, params)

    def iter_check_ins(self, **filters: Any) -> Iterator[CheckIn]:
        return self._iterate(self.list_check_ins, filters)

    # ------------------------------------------------------------------ reports

    def queue_list_customers(self, **filters: str | list[str]) -> QueuedJob:
        """queueListCustomers: start a CSV report (a GET with a side effect, as documented)."""
        params = {("label_ids[]" if k == "label_ids" else k): v for k, v in filters.items()}
        return self._get_data("/customers/customers/queue", QueuedJob, params=params)

    def get_customer_queued_job(self, queued_job_id: str) -> QueuedJob:
        """Poll a queued job until ``is_finished``; only the token that queued it may."""
        return self._get_data(path("/customers/queued-jobs/{}", queued_job_id), QueuedJob)

    # ------------------------------------------------------------------ sites

    def probe(self) -> Probe:
        """One read of ``/sites`` (no retries, the normal deadline): how long the API takes to
        answer and what time it says it is (its ``Date`` header), for ``kiosk doctor``.
        Raises as any call does (no token, refused token, no network...)."""
        started = time.monotonic()
        with self.deadline_at(time.monotonic() + self.deadline_s):
            answer = self._send("GET", "/sites", params={"page": 1, "per_page": 1})
        elapsed = time.monotonic() - started
        date = answer.headers.get("Date")
        server_time = None
        if date:
            with contextlib.suppress(TypeError, ValueError):
                server_time = email.utils.parsedate_to_datetime(date)
        return Probe(elapsed_s=elapsed, server_time=server_time)

    def list_sites(self, *, page: int = 1) -> Page[Site]:
        """listSites: the sites this token can see (name, timezone, currency)."""
        return self._get_page("/sites", Site, {"page": page})

    def iter_sites(self) -> Iterator[Site]:
        """Every site this token can see, across all pages (pairing lists them to pick one)."""
        return self._iterate(self.list_sites, {})

    # ------------------------------------------------------------------ media

    def fetch_media(self, url: str, *, max_bytes: int = 5_000_000) -> bytes:
        """Download an avatar. The token is sent only to the API's own origin, never to a CDN."""
        target = httpx.URL(url) if "://" in url else httpx.URL(self.base_url + url)
        same_origin = (target.scheme, target.host, target.port) == (
            self._http.base_url.scheme,
            self._http.base_url.host,
            self._http.base_url.port,
        )
        if target.scheme != "https" and not (same_origin or _is_loopback(target.host)):
            raise InsecureURL("media must come over https")
        headers = None if same_origin else {"Authorization": ""}
        response = self._send("GET", target, headers=headers)
        if len(response.content) > max_bytes:
            raise UnexpectedResponse(
                "image too large",
                status_code=response.status_code,
                method="GET",
                path=str(target.path),
            )
        return response.content

    # ------------------------------------------------------------------ plumbing

    def _site(self, site_id: str | None) -> str:
        chosen = site_id or self.site_id
        if not chosen:
            raise ValueError("a site_id is required (set it on the client or pass it)")
        return chosen

    def _get_data(self, url: str, model: type[M], *, params: Params | None = None) -> M:
        body = self._request_json("GET", url, params=params)
        return self._parse(model, body.get("data") if isinstance(body, dict) else None, url)

    def _write_data(
        self, method: str, url: str, model: type[M], body: Any, *, key: str | None = None
    ) -> M:
        answer = self._request_json(method, url, json_body=body, idempotency_key=key)
        data = answer.get("data") if isinstance(answer, dict) else None
        return self._parse(model, data, url)

    def _parse_list(self, model: type[M], body: Any, url: str) -> list[M]:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list):
            raise UnexpectedResponse(
                "expected a list under data", status_code=200, method="GET", path=url
            )
        return [self._parse(model, item, url) for item in data]

    def _get_page(self, url: str, model: type[M], params: Params) -> Page[M]:
        body = self._request_json("GET", url, params=params)
        return self._parse(Page[model], body, url)  # type: ignore[valid-type]

    def _iterate(self, fetch: Callable[..., Page[M]], filters: dict[str, Any]) -> Iterator[M]:
        page_number: int | None = 1
        while page_number is not None:
            page = fetch(**filters, page=page_number)
            yield from page.data
            page_number = page.next_page_number

    @staticmethod
    def _parse(model: type[M], data: Any, url: str) -> M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise UnexpectedResponse(
                f"unexpected response shape ({exc.error_count()} problems)",
                status_code=200,
                method="GET",
                path=url,
                body=None,
            ) from None

    def _request_json(
        self,
        method: str,
        url: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        idempotency_key: str | None = None,
    ) -> Any:
        response = self._send(
            method, url, params=params, json_body=json_body, idempotency_key=idempotency_key
        )
        if response.status_code == 204 or not response.content:
            return None
        try:
            return json.loads(response.content)
        except ValueError:
            raise UnexpectedResponse(
                "the server's answer is not JSON",
                status_code=response.status_code,
                method=method,
                path=url,
            ) from None

    def _send(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Params | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> _Answer:
        """Send with retries, inside one overall deadline; return a 2xx response or raise.

        A write carries one ``Idempotency-Key`` on every attempt (the caller's, so that the
        staff's own retry of the same action sends the same key; else a fresh one per call).
        """
        deadline = time.monotonic() + self.deadline_s
        tighter = getattr(self._call_deadline, "at", None)
        if tighter is not None:
            deadline = min(deadline, tighter)
        clean_params = _clean_params(params)
        display_path = url.path if isinstance(url, httpx.URL) else url
        request_headers = dict(headers or {})
        if method not in C.READ_METHODS:
            request_headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        attempt = 0
        while True:
            self._wait_out_pause(deadline, method, display_path)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RequestTimeout("deadline exceeded", method=method, path=display_path)
            try:
                response = self._attempt(
                    method, url, clean_params, json_body, request_headers, deadline
                )
            except (ConnectionFailed, RequestTimeout) as exc:
                if not self._may_retry_transport(exc, method, attempt):
                    raise
                self._backoff(attempt, None, deadline, exc)
                attempt += 1
                continue
            self._note_rate_limit(response.headers)
            if response.is_success:
                return response
            retry_after = _parse_retry_after(response.headers.get("Retry-After"))
            if response.status_code == 429:
                self._pause(retry_after if retry_after is not None else C.INITIAL_RETRY_DELAY_S)
            error = error_for_status(
                response.status_code,
                _json_or_none(response.content),
                method=method,
                path=display_path,
                retry_after_s=retry_after,
            )
            if not self._may_retry_status(response.status_code, method, attempt, retry_after):
                raise error
            self._backoff(attempt, retry_after, deadline, error)
            attempt += 1

    def _attempt(
        self,
        method: str,
        url: str | httpx.URL,
        params: dict[str, Any],
        json_body: Any,
        headers: dict[str, str],
        deadline: float,
    ) -> _Answer:
        display_path = url.path if isinstance(url, httpx.URL) else url
        remaining = max(0.001, deadline - time.monotonic())
        timeout = httpx.Timeout(
            min(self.read_timeout_s, remaining), connect=min(self.connect_timeout_s, remaining)
        )
        request = self._http.build_request(
            method, url, params=params, json=json_body, headers=headers, timeout=timeout
        )
        # Remove a header set to "" (used to withhold the token from another origin).
        for name in [k for k, v in request.headers.items() if v == ""]:
            del request.headers[name]
        try:
            response = self._http.send(request, stream=True)
            try:
                chunks = []
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise RequestTimeout(
                            "the answer arrived too slowly", method=method, path=display_path
                        )
            finally:
                response.close()
        except httpx.ConnectTimeout:
            raise NotSent("connect timed out", method=method, path=display_path) from None
        except httpx.ConnectError:
            raise NotSent("could not connect", method=method, path=display_path) from None
        except httpx.PoolTimeout:
            raise NotSent("no free connection", method=method, path=display_path) from None
        except httpx.TimeoutException:
            raise RequestTimeout("timed out", method=method, path=display_path) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise ConnectionFailed(
                "the connection was dropped", method=method, path=display_path
            ) from None
        except httpx.HTTPError as exc:
            raise ConnectionFailed(
                f"network error ({type(exc).__name__})", method=method, path=display_path
            ) from None
        return _Answer(response.status_code, response.headers, b"".join(chunks))

    def _pause(self, seconds: float) -> None:
        with self._rate_limit_lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def _wait_out_pause(self, deadline: float, method: str, display_path: str) -> None:
        """Wait for an app-wide pause to end, or fail at once (nothing sent) if it outlasts
        this call's deadline."""
        with self._rate_limit_lock:
            wait = self._paused_until - time.monotonic()
        if wait <= 0:
            return
        if time.monotonic() + wait >= deadline:
            raise RateLimited(
                "Too Many Attempts.",
                retry_after_s=wait,
                status_code=429,
                method=method,
                path=display_path,
            )
        self._sleep(wait)

    def _may_retry_transport(self, exc: TrybeError, method: str, attempt: int) -> bool:
        """Reads are retried after any network failure; a write only if it provably never
        reached the server. A write that may have arrived is not resent blindly: its caller
        reads back what happened first (kiosk.checkin.actions)."""
        if attempt >= self.max_retries:
            return False
        if isinstance(exc, NotSent):
            return True
        return method in C.READ_METHODS

    def _may_retry_status(
        self, status: int, method: str, attempt: int, retry_after: float | None
    ) -> bool:
        """Reads are retried on 408/429/5xx; a write only on 429 (refused before any work).
        A 5xx on a write may have been applied, so the caller reads back instead."""
        if attempt >= self.max_retries or status not in C.RETRYABLE_STATUSES:
            return False
        if method not in C.READ_METHODS and status != 429:
            return False
        return not (retry_after is not None and retry_after > C.MAX_RETRY_AFTER_S)

    def _backoff(
        self, attempt: int, retry_after: float | None, deadline: float, cause: TrybeError
    ) -> None:
        if retry_after is not None:
            delay = min(retry_after, C.MAX_RETRY_AFTER_S)
        else:
            base = min(C.INITIAL_RETRY_DELAY_S * (2**attempt), C.MAX_RETRY_DELAY_S)
            delay = base * (1 - 0.25 * random.random())
        if time.monotonic() + delay >= deadline:
            raise cause  # waiting would overrun the deadline: say what went wrong now
        log.info("retrying after %.2fs (%s)", delay, type(cause).__name__)
        self._sleep(delay)

    def _note_rate_limit(self, headers: httpx.Headers) -> None:
        limit = _int_header(headers, "X-Ratelimit-Limit")
        remaining = _int_header(headers, "X-Ratelimit-Remaining")
        if limit is None and remaining is None:
            return
        with self._rate_limit_lock:
            self._rate_limit = RateLimitInfo(limit=limit, remaining=remaining)


@dataclass(frozen=True)
class _Answer:
    """A complete HTTP answer, its body read (and decoded) within the call's deadline."""

    status_code: int
    headers: httpx.Headers
    content: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300


def _without_none(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _without_unset(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if not isinstance(value, _Unset)}


def _clean_params(params: Params | None) -> dict[str, Any]:
    if not params:
        return {}
    return {key: value for key, value in params.items() if value not in (None, [], "")}


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None
