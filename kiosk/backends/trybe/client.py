"""The Trybe HTTP client: one method per documented operation, named after its operationId.

Shape borrowed from well-kept httpx SDKs (anthropic-sdk-python, githubkit): named defaults in
``_constants``, one status -> error switch in ``errors``, a single request loop here that owns
timeouts, the overall deadline, retries with backoff and ``Retry-After``.

Thread-safety: one ``TrybeClient`` is shared by the app's worker threads; httpx's sync client
and its connection pool are thread-safe, and the client keeps no per-call state.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Final, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from kiosk.backends.http.transport import (
    InsecureURL,
    Params,
    Probe,
    RateLimitInfo,
    Transport,
    is_loopback,
)
from kiosk.backends.trybe import _constants as C
from kiosk.backends.trybe.errors import (
    UnexpectedResponse,
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
__all__ = ["InsecureURL", "Probe", "RateLimitInfo", "TrybeClient"]


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
        self.site_id = site_id
        self.barcode_search_form = barcode_search_form
        self._transport = Transport(
            base_url,
            token,
            user_agent=C.USER_AGENT,
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
        return f"TrybeClient(base_url={self.base_url!r}, site_id={self.site_id!r})"

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> TrybeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The last ``X-Ratelimit-*`` values seen, if the server sends them at all."""
        return self._transport.rate_limit

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
        self._transport.send(
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
        self._transport.send("DELETE", url, idempotency_key=idempotency_key)

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
        self._transport.send(
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
        self._transport.send(
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
        device: tuple[str, str] | None = None,
    ) -> CheckIn:
        """Record a visit (path and body: an assumption, decisions.md). Never retried once sent.
        ``device``: this desk's (id, name), sent as ``device`` (an assumption too)."""
        body = _without_none(
            customer_id=customer_id,
            site_id=self._site(site_id),
            method=method,
            membership_id=membership_id,
            device={"id": device[0], "name": device[1]} if device else None,
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
        answer and what time it says it is, for ``kiosk doctor``. Raises as any call does."""
        return self._transport.probe("/sites", {"page": 1, "per_page": 1})

    def list_sites(self, *, page: int = 1) -> Page[Site]:
        """listSites: the sites this token can see (name, timezone, currency)."""
        return self._get_page("/sites", Site, {"page": page})

    def iter_sites(self) -> Iterator[Site]:
        """Every site this token can see, across all pages (pairing lists them to pick one)."""
        return self._iterate(self.list_sites, {})

    # ------------------------------------------------------------------ media

    def fetch_media(self, url: str, *, max_bytes: int = 5_000_000) -> bytes:
        """Download an avatar. The token is sent only to the API's own origin, never to a CDN."""
        target = self._transport.url(url)
        same_origin = self._transport.own_origin(target)
        if target.scheme != "https" and not (same_origin or is_loopback(target.host)):
            raise InsecureURL("media must come over https")
        headers = None if same_origin else {"Authorization": ""}
        response = self._transport.send("GET", target, headers=headers)
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
        return self._transport.request_json(
            method, url, params=params, json_body=json_body, idempotency_key=idempotency_key
        )


def _without_none(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _without_unset(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if not isinstance(value, _Unset)}
