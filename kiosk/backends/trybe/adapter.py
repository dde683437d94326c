"""Trybe behind the domain's ``Backend`` port.

The only place that knows both sides: it calls :class:`TrybeClient`, turns Trybe's wire models
into the domain's types (``kiosk.checkin.model``) and Trybe's errors into the domain's
(``kiosk.checkin.errors``). On a write, it also says whether a failure may have been applied:
a dropped connection after sending, a timeout or a 5xx may have been; a refusal with a 4xx, or a
connection that was never made, was not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any, TypeVar

from kiosk.backends.http.domain import translated
from kiosk.backends.trybe import models as wire
from kiosk.backends.trybe.client import TrybeClient
from kiosk.checkin import errors
from kiosk.checkin.model import (
    Address,
    Band,
    Card,
    Device,
    Guest,
    GuestDetails,
    Label,
    LinkStatus,
    Membership,
    Money,
    OnSite,
    OnSiteList,
    OrderLine,
    QueuedWrite,
    ReportJob,
    SearchHit,
    Site,
    Spend,
    Visit,
)
from kiosk.checkin.ports import Capability

log = logging.getLogger(__name__)
T = TypeVar("T")

TRYBE_CAPABILITIES = frozenset(Capability) - {
    Capability.NOTES,
    Capability.LABELS,
    Capability.EMAIL_CHANGE,
}
"""Everything the desk knows how to do, but notes and setting labels (not in the documents
this client was built from)."""

MARKETING_OPT_IN_IDS = ["newsletter"]
ON_SITE_PAGE = 100
ON_SITE_MAX_PAGES = 100
"""Who is in now reads at most 10,000 visits of a day: a bound on a runaway loop, far above any
site's capacity."""
"""Assumption (decisions.md style): the demo site's marketing preference id for "offers and
events"; a real site's ids come from its own settings."""


class TrybeBackend:
    """The domain's ``Backend`` for one Trybe site, through one shared :class:`TrybeClient`."""

    name = "Trybe"
    capabilities = TRYBE_CAPABILITIES

    def __init__(self, client: TrybeClient, *, device: Device | None = None) -> None:
        self._client = client
        self.device = device
        """This desk: sent with every check-in, so another desk's read-back never claims it."""
        self._site: Site | None = None
        self._sites: dict[str, str] | None = None
        self._site_lock = threading.Lock()

    @property
    def client(self) -> TrybeClient:
        return self._client

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ reads

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        return _guest(self._read(deadline, lambda: self._client.get_customer_by_barcode(code)))

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        return _guest(self._read(deadline, lambda: self._client.get_customer(guest_id)))

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]:
        page = self._read(deadline, lambda: self._client.get_customer_memberships(guest_id))
        return tuple(_membership(m) for m in page.data)

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]:
        found = self._read(
            deadline, lambda: self._client.list_customer_associated_barcodes(guest_id)
        )
        return tuple(_band(b) for b in found)

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band:
        found = self._read(
            deadline, lambda: self._client.get_customer_associated_barcode(guest_id, band_id)
        )
        return _band(found)

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]:
        found = self._read(deadline, lambda: self._client.list_customer_payment_methods(guest_id))
        return tuple(_card(m) for m in found)

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend:
        return _spend(self._read(deadline, lambda: self._client.get_customer_stats(guest_id)))

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        if not guest.photo_url:
            return None
        url = guest.photo_url
        return self._read(deadline, lambda: self._client.fetch_media(url))

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        page = self._read(
            deadline,
            lambda: self._client.list_check_ins(
                customer_ids=[guest_id], checked_in_at_from=since, per_page=limit
            ),
        )
        return tuple(_visit(v) for v in page.data)

    def site(self, *, deadline: float | None = None) -> Site | None:
        """Fetched once, then kept: a site's name and timezone do not change under a shift."""
        site_id = self._client.site_id
        if site_id is None:
            return None
        with self._site_lock:
            if self._site is not None:
                return self._site
        sites = self._read(deadline, lambda: list(self._client.list_sites().data))
        found = next((s for s in sites if s.id == site_id), None)
        site = _site(found) if found else Site(id=site_id)
        with self._site_lock:
            self._site = site
        return site

    def ping(self, *, deadline: float | None = None) -> None:
        self._read(deadline, lambda: self._client.list_sites(page=1))

    def status(self) -> LinkStatus:
        return LinkStatus(online=True)

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        return ()

    def guests_page(self, *, page: int, per_page: int) -> tuple[tuple[Guest, ...], bool]:
        # listCustomers has no "changed since" filter (only the CSV report queue has one), so a
        # sync walks every page and tells changed guests by their updated_at.
        found = self._read(None, lambda: self._client.list_customers(page=page, per_page=per_page))
        return tuple(_guest(c) for c in found.data), found.has_next_page

    def guests_checked_in_since(
        self, since: datetime, *, page: int
    ) -> tuple[tuple[str, ...], bool]:
        found = self._read(
            None,
            lambda: self._client.list_check_ins(checked_in_at_from=since, page=page, per_page=100),
        )
        ids = tuple(dict.fromkeys(v.customer.id for v in found.data if v.customer))
        return ids, found.has_next_page

    def on_site(self, since: datetime, *, deadline: float | None = None) -> OnSiteList:
        """Every page of the site's check-ins since ``since`` (100 a page), the open ones kept:
        the list names each guest, so the rows need no further request."""
        found: list[OnSite] = []
        page = 1
        while True:
            batch = self._read(
                deadline,
                lambda number=page: self._client.list_check_ins(  # type: ignore[misc]
                    checked_in_at_from=since, page=number, per_page=ON_SITE_PAGE
                ),
            )
            for visit in batch.data:
                if visit.checked_out_at is not None or visit.customer is None:
                    continue
                who = visit.customer
                guest = Guest(
                    id=who.id,
                    first_name=who.first_name,
                    last_name=who.last_name,
                    full_name=who.full_name,
                )
                found.append(
                    OnSite(_visit(visit), who.id, guest.display_name, initials=guest.initials)
                )
            if not batch.has_next_page or page >= ON_SITE_MAX_PAGES:
                break
            page += 1
        found.sort(key=lambda row: row.visit.checked_in_at or since, reverse=True)
        return OnSiteList(tuple(found))

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]:
        """The quick search, then each hit's record (phone, site, photo) in one listCustomers
        request and its memberships in parallel: rows that tell two guests of one name apart."""
        found = self._read(deadline, lambda: self._client.action_customer_search(query=text))
        hits = found[:SEARCH_ROWS]
        ids = [hit.id for hit in hits]
        records: dict[str, wire.Customer] = {}
        if ids:
            page = self._read(
                deadline,
                lambda: self._client.list_customers(ids=ids, per_page=len(ids), any_site=True),
            )
            records = {c.id: c for c in page.data}
        sites = self._site_names(deadline)

        def extras(hit_id: str) -> tuple[Membership | None, bytes | None]:
            try:
                memberships = self.memberships(hit_id, deadline=deadline)
            except errors.BackendError:
                memberships = ()
            lead = next((m for m in memberships if m.is_active), None) or (
                memberships[0] if memberships else None
            )
            record = records.get(hit_id)
            photo = None
            if record is not None and record.photo_url:
                try:
                    photo = self.photo(_guest(record), deadline=deadline)
                except errors.BackendError:
                    photo = None
            return lead, photo

        with ThreadPoolExecutor(max_workers=4, thread_name_prefix="search-rows") as pool:
            details = list(pool.map(extras, ids))
        here = self._client.site_id
        rows = []
        for hit, (membership, photo) in zip(hits, details, strict=True):
            record = records.get(hit.id)
            phone = record.phone if record is not None else None
            site_id = record.site_id if record is not None else None
            rows.append(
                SearchHit(
                    id=hit.id,
                    name=hit.display_name,
                    email=hit.email,
                    labels=tuple(_label(label) for label in hit.labels),
                    phone_tail=_tail(phone),
                    membership=membership,
                    site_id=site_id,
                    site_name=sites.get(site_id or ""),
                    other_site=bool(here and site_id and site_id != here),
                    photo=photo,
                    initials=record.initials if record is not None else "?",
                )
            )
        return tuple(rows)

    def _site_names(self, deadline: float | None) -> dict[str, str]:
        """Every site the token sees, by id (fetched once: sites do not change under a shift)."""
        with self._site_lock:
            if self._sites is not None:
                return self._sites
        try:
            listed = self._read(deadline, lambda: list(self._client.list_sites().data))
        except errors.BackendError:
            return {}
        names = {s.id: s.name for s in listed if s.name}
        with self._site_lock:
            self._sites = names
        return names

    # ------------------------------------------------------------------ writes

    def check_in(self, guest_id: str, *, method: str, membership_id: str | None, key: str) -> Visit:
        visit = self._write(
            lambda: self._client.create_check_in(
                guest_id,
                method=method,
                membership_id=membership_id,
                idempotency_key=key,
                device=(self.device.id, self.device.name) if self.device else None,
            )
        )
        return _visit(visit)

    def check_out(self, guest_id: str, visit_id: str, *, key: str) -> Visit:
        return _visit(self._write(lambda: self._client.check_out(visit_id, idempotency_key=key)))

    def set_band_expiry(
        self, guest_id: str, band_id: str, until: datetime | None, *, key: str
    ) -> Band:
        band = self._write(
            lambda: self._client.update_barcode_expiry_date(
                guest_id, band_id, until, idempotency_key=key
            )
        )
        return _band(band)

    def set_band_card(self, guest_id: str, band_id: str, card_id: str | None, *, key: str) -> Band:
        band = self._write(
            lambda: self._client.update_barcode_payment_method(
                guest_id, band_id, card_id, idempotency_key=key
            )
        )
        return _band(band)

    def set_band_order(
        self, guest_id: str, band_id: str, order_id: str | None, *, key: str
    ) -> Band:
        band = self._write(
            lambda: self._client.update_associated_barcode(
                guest_id, band_id, order_id=order_id, idempotency_key=key
            )
        )
        return _band(band)

    def add_band(self, guest_id: str, code: str, *, expires_at: datetime | None, key: str) -> Band:
        band = self._write(
            lambda: self._client.create_customer_barcode(
                guest_id, code, expires_at=expires_at, idempotency_key=key
            )
        )
        return _band(band)

    def remove_band(self, guest_id: str, band_id: str, *, key: str) -> None:
        self._write(
            lambda: self._client.delete_customer_barcode(guest_id, band_id, idempotency_key=key)
        )

    def addresses(self, guest_id: str, *, deadline: float | None = None) -> tuple[Address, ...]:
        page = self._read(deadline, lambda: self._client.list_customer_addresses(guest_id))
        return tuple(_address(a) for a in page.data)

    def save_address(self, guest_id: str, address: Address, *, key: str) -> Address:
        fields = {
            "name": address.label,
            "address_line_1": address.line_1,
            "address_line_2": address.line_2,
            "city": address.city,
            "county": address.county,
            "country": address.country,
            "postcode": address.postcode,
        }
        if address.id is None:
            saved = self._write(
                lambda: self._client.create_customer_address(
                    guest_id,
                    name=address.label,
                    address_line_1=address.line_1,
                    address_line_2=address.line_2,
                    city=address.city,
                    county=address.county,
                    country=address.country,
                    postcode=address.postcode,
                    idempotency_key=key,
                )
            )
        else:
            address_id = address.id
            saved = self._write(
                lambda: self._client.update_customer_address(
                    guest_id, address_id, idempotency_key=key, **fields
                )
            )
        return _address(saved)

    def delete_address(self, guest_id: str, address_id: str, *, key: str) -> None:
        self._write(
            lambda: self._client.delete_customer_address(guest_id, address_id, idempotency_key=key)
        )

    def start_guest_report(self) -> ReportJob:
        """The brand's customers: queueListCustomers takes listCustomers' filters except
        ``site_id`` (documented), so the report is not limited to this site."""
        return _report(self._read(None, lambda: self._client.queue_list_customers()))

    def report_job(self, job_id: str) -> ReportJob:
        return _report(self._read(None, lambda: self._client.get_customer_queued_job(job_id)))

    def report_file(self, job: ReportJob) -> bytes:
        if not job.url:
            raise errors.NotFound("the report has no file")
        url = job.url
        return self._read(None, lambda: self._client.fetch_media(url, max_bytes=REPORT_MAX_BYTES))

    def anonymise(self, guest_id: str, *, key: str) -> None:
        self._write(lambda: self._client.delete_customer(guest_id, idempotency_key=key))

    def set_locked(self, guest_id: str, locked: bool, *, key: str) -> Guest:
        call = self._client.action_lock_customer if locked else self._client.action_unlock_customer
        return _guest(self._write(lambda: call(guest_id, idempotency_key=key)))

    def send_password_reset(self, guest_id: str, *, key: str) -> None:
        self._write(
            lambda: self._client.action_trigger_customer_password_reset(
                guest_id, idempotency_key=key
            )
        )

    def resend_verification(self, guest_id: str, *, key: str) -> None:
        self._write(
            lambda: self._client.action_resend_customer_verification(guest_id, idempotency_key=key)
        )

    def set_password_link(self, guest_id: str, *, key: str) -> str:
        link = self._write(
            lambda: self._client.create_set_password_url(guest_id, idempotency_key=key)
        )
        return str(link.url)

    def register(self, details: GuestDetails, *, key: str) -> Guest:
        given = details.given()
        marketing = MARKETING_OPT_IN_IDS if details.marketing_opt_in else None
        created = self._write(
            lambda: self._client.create_customer(
                first_name=given.get("first_name"),
                last_name=given.get("last_name"),
                email=given.get("email"),
                phone=given.get("phone"),
                dob=given.get("dob"),
                preferred_locale=given.get("preferred_locale"),
                marketing_preference_ids=marketing,
                idempotency_key=key,
            )
        )
        return _guest(created)

    def update(self, guest_id: str, details: GuestDetails, *, key: str) -> Guest:
        """Fields left as None are unchanged; an empty string clears a field (email stays)."""
        changes: dict[str, Any] = {}
        for name in ("first_name", "last_name", "phone", "dob", "preferred_locale"):
            value = getattr(details, name)
            if value is not None:
                changes[name] = value.strip() or None
        if changes.get("preferred_locale") is None:
            changes.pop("preferred_locale", None)  # a language cannot be cleared, only changed
        updated = self._write(
            lambda: self._client.update_customer(guest_id, idempotency_key=key, **changes)
        )
        return _guest(updated)

    def add_note(self, guest_id: str, text: str, *, key: str) -> Guest:
        # Trybe's customer notes are not in the documents this client was built from
        raise errors.NotSupported("Notes are not available with Trybe here.")

    def add_label(self, guest_id: str, label: str, *, key: str) -> Guest:
        # labels exist in Trybe, but setting them is not in the documents either
        raise errors.NotSupported("Adding labels is not available with Trybe here.")

    # ------------------------------------------------------------------ plumbing

    def _read(self, deadline: float | None, call: Callable[[], T]) -> T:
        with translated(write=False), self._client.deadline_at(deadline):
            return call()

    def _write(self, call: Callable[[], T]) -> T:
        with translated(write=True):
            return call()


# ---------------------------------------------------------------------- wire -> domain


def _label(label: wire.Label) -> Label:
    return Label(name=label.name, colour=label.colour)


REPORT_MAX_BYTES = 200_000_000
"""A customers CSV of a very large brand is tens of MB; this bounds a runaway answer."""
SEARCH_ROWS = 12
"""Rows a search shows (each costs a memberships read): more is a sign to type more."""


def _tail(phone: str | None) -> str | None:
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-3:] if len(digits) >= 6 else None


def _report(job: wire.QueuedJob) -> ReportJob:
    """The job's ``output`` is undocumented: a URL and a row count are taken where present."""
    output = job.output if isinstance(job.output, dict) else {}
    rows = output.get("rows")
    url = output.get("url")
    return ReportJob(
        id=job.id,
        finished=job.is_finished,
        failed=job.status == "failed",
        rows=rows if isinstance(rows, int) else None,
        url=url if isinstance(url, str) else None,
    )


def _address(found: wire.Address) -> Address:
    return Address(
        id=found.id,
        label=found.name or "Address",
        line_1=found.address_line_1 or "",
        line_2=found.address_line_2,
        city=found.city,
        county=found.county,
        postcode=found.postcode,
        country=found.country,
    )


def _guest(customer: wire.Customer) -> Guest:
    last = customer.last_check_in
    return Guest(
        id=customer.id,
        first_name=customer.first_name,
        last_name=customer.last_name,
        full_name=customer.full_name,
        email=customer.email,
        phone=customer.phone,
        dob=customer.dob,
        labels=tuple(_label(label) for label in customer.labels),
        preferred_locale=customer.preferred_locale,
        locked=customer.is_locked,
        anonymised=customer.is_anonymised,
        last_check_in_at=last.checked_in_at if last else None,
        last_check_in_method=last.method if last else None,
        photo_url=customer.photo_url,
        site_id=customer.site_id,
        updated_at=customer.updated_at,
    )


def _card(method: wire.PaymentMethod) -> Card:
    kind = method.type if method.type in ("card", "direct_debit") else "other"
    return Card(
        id=method.id,
        kind=kind,  # type: ignore[arg-type]
        brand=method.card_brand,
        last4=method.last_4,
        expiry=method.card_expiry,
        revoked=method.is_revoked,
    )


def _band(band: wire.AssociatedBarcode) -> Band:
    return Band(
        id=band.id,
        code=band.barcode,
        expires_at=band.expires_at,
        card=_card(band.payment_method) if band.payment_method else None,
        order_ref=band.order.order_ref if band.order else None,
        order_id=band.order.id if band.order else None,
        order_total=_order_total(band.order),
        order_open=bool(band.order and (band.order.status or "") not in CLOSED_ORDERS),
    )


CLOSED_ORDERS = frozenset({"settled", "cancelled", "refunded", "void", "voided"})
"""Order statuses that are no longer a running tab (Trybe's list is not documented in full;
anything else is taken as still open)."""


def _order_total(order: wire.Order | None) -> Money | None:
    if order is None or order.totals is None or order.totals.total is None:
        return None
    return Money(order.totals.total, order.currency)


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _membership(membership: wire.Membership) -> Membership:
    rate = membership.rate
    charge = membership.next_charge
    return Membership(
        id=membership.id,
        name=membership.type_name,
        status=membership.status,
        attention_reason=membership.attention_reason,
        starts=_day(membership.start_date),
        ends=_day(membership.end_date),
        rate_name=rate.name if rate else None,
        rate_price=Money(rate.price, rate.currency) if rate and rate.price is not None else None,
        next_charge=(
            Money(charge.amount, charge.currency) if charge and charge.amount is not None else None
        ),
        next_charge_on=_day(
            membership.next_billing_date or (charge.billing_period_from if charge else None)
        ),
    )


def _visit(visit: wire.CheckIn) -> Visit:
    return Visit(
        id=visit.id,
        checked_in_at=visit.checked_in_at,
        checked_out_at=visit.checked_out_at,
        method=visit.method,
        membership_id=visit.membership_id,
        device=Device(visit.device.id, visit.device.name or "") if visit.device else None,
    )


def _site(site: wire.Site) -> Site:
    return Site(
        id=site.id,
        name=site.name,
        timezone=site.timezone,
        currency=site.currency,
        locale=site.locale,
        country_code=site.country_code,
    )


def _spend(stats: wire.CustomerStats) -> Spend:
    last = stats.recent_orders[0] if stats.recent_orders else None
    return Spend(
        total=stats.totals.total_order_value,
        orders=stats.totals.num_orders,
        currency=stats.currency,
        last_order_ref=last.order_ref if last else None,
        last_order_total=last.totals.total if last and last.totals else None,
        last_order_cancelled=bool(last and last.status == "cancelled"),
        recent=tuple(
            OrderLine(
                total=order.totals.total if order.totals and order.totals.total else 0,
                submitted_at=order.submitted_at,
                cancelled=order.status == "cancelled",
                site_id=order.site.id if order.site else None,
            )
            for order in stats.recent_orders
        ),
    )
