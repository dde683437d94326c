"""A scan -> one :class:`CustomerContext`, in the fewest round trips.

The floor is two round trips: the barcode search, then everything that needs the customer id
in parallel (memberships, the guest's bands, their payment methods, spend stats, the photo).
The site (name, timezone, currency) is fetched once and cached. This runs on a worker thread,
never the GUI thread; it raises the client's typed errors, which
:mod:`kiosk.checkin.failures` turns into words. Stats and the photo are nice to have: if they
fail, the lookup still succeeds without them.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, TypeVar

from kiosk.api import (
    AssociatedBarcode,
    CheckIn,
    Customer,
    CustomerStats,
    Membership,
    PaymentMethod,
    Site,
    TrybeClient,
    TrybeError,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class CustomerContext:
    """Everything the screen needs to say who this is and what is on their band."""

    code: str
    customer: Customer
    memberships: tuple[Membership, ...]
    matched_by: Literal["barcode", "customer_id"]
    photo: bytes | None = None
    bands: tuple[AssociatedBarcode, ...] = ()
    payment_methods: tuple[PaymentMethod, ...] = ()
    stats: CustomerStats | None = None
    site: Site | None = None
    open_visit: CheckIn | None = None
    """The guest's check-in without a check-out, if any (then the desk offers Check out)."""
    looked_up_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def band(self) -> AssociatedBarcode | None:
        """The wristband that was scanned (None when the code was a customer id)."""
        return next((b for b in self.bands if b.barcode == self.code), None)

    @property
    def other_bands(self) -> tuple[AssociatedBarcode, ...]:
        return tuple(b for b in self.bands if b.barcode != self.code)

    @property
    def primary_membership(self) -> Membership | None:
        """The membership to lead with: an active one if any, else the most recent."""
        for membership in self.memberships:
            if membership.status == "active":
                return membership
        return self.memberships[0] if self.memberships else None


class Lookup:
    """Resolves codes through ``client``; its small pool runs one lookup's reads in parallel."""

    def __init__(self, client: TrybeClient, *, parallel_reads: int = 6) -> None:
        self._client = client
        self._pool = ThreadPoolExecutor(max_workers=parallel_reads, thread_name_prefix="lookup")
        self._sites: dict[str, Site] = {}
        self._sites_lock = threading.Lock()

    @property
    def client(self) -> TrybeClient:
        return self._client

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def by_code(self, code: str) -> CustomerContext:
        customer = self._client.get_customer_by_barcode(code)
        return self._gather(code, customer, "customer_id" if code == customer.id else "barcode")

    def refresh(self, context: CustomerContext) -> CustomerContext:
        """The same guest again after an action (by id: the band may have changed)."""
        customer = self._client.get_customer(context.customer.id)
        return self._gather(context.code, customer, context.matched_by)

    def _gather(
        self, code: str, customer: Customer, matched_by: Literal["barcode", "customer_id"]
    ) -> CustomerContext:
        c = self._client
        memberships = self._pool.submit(lambda: tuple(c.get_customer_memberships(customer.id)))
        bands = self._pool.submit(lambda: tuple(c.list_customer_associated_barcodes(customer.id)))
        methods = self._pool.submit(lambda: tuple(c.list_customer_payment_methods(customer.id)))
        stats = self._pool.submit(c.get_customer_stats, customer.id)
        photo = self._pool.submit(self._photo, customer)
        site = self._pool.submit(self.site)
        visits = self._pool.submit(
            lambda: c.list_check_ins(customer_ids=[customer.id], per_page=5).data
        )
        return CustomerContext(
            code=code,
            customer=customer,
            memberships=memberships.result(),
            matched_by=matched_by,
            bands=bands.result(),
            payment_methods=methods.result(),
            stats=_optional(stats, "stats"),
            photo=photo.result(),
            site=_optional(site, "site"),
            open_visit=next(
                (v for v in (_optional(visits, "check-ins") or []) if v.checked_out_at is None),
                None,
            ),
        )

    def site(self) -> Site | None:
        """This kiosk's site (name, timezone, currency), fetched once and then cached."""
        site_id = self._client.site_id
        if site_id is None:
            return None
        with self._sites_lock:
            if site_id in self._sites:
                return self._sites[site_id]
        for site in self._client.list_sites().data:
            with self._sites_lock:
                self._sites[site.id] = site
        with self._sites_lock:
            return self._sites.get(site_id)

    def _photo(self, customer: Customer) -> bytes | None:
        """The guest's photo, or None: a missing photo must never fail a lookup."""
        if not customer.photo_url:
            return None
        try:
            return self._client.fetch_media(customer.photo_url)
        except (TrybeError, ValueError) as exc:
            log.info("photo unavailable for customer %s: %s", customer.id, type(exc).__name__)
            return None


def _optional(future: Future[T], what: str) -> T | None:
    try:
        return future.result()
    except TrybeError as exc:
        log.info("%s unavailable: %s", what, type(exc).__name__)
        return None
