"""A scan -> one :class:`CustomerContext`, in the fewest round trips.

The floor is two round trips: the barcode search, then everything that needs the customer id
(memberships, the photo) in parallel. This runs on a worker thread, never the GUI thread; it
raises the client's typed errors, which :mod:`kiosk.checkin.failures` turns into words.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal

from kiosk.api import Customer, Membership, TrybeClient, TrybeError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CustomerContext:
    """Everything the screen needs to say who this is."""

    code: str
    customer: Customer
    memberships: tuple[Membership, ...]
    matched_by: Literal["barcode", "customer_id"]
    photo: bytes | None = None

    @property
    def primary_membership(self) -> Membership | None:
        """The membership to lead with: an active one if any, else the most recent."""
        for membership in self.memberships:
            if membership.status == "active":
                return membership
        return self.memberships[0] if self.memberships else None


class Lookup:
    """Resolves codes through ``client``; its small pool runs one lookup's reads in parallel."""

    def __init__(self, client: TrybeClient, *, parallel_reads: int = 4) -> None:
        self._client = client
        self._pool = ThreadPoolExecutor(max_workers=parallel_reads, thread_name_prefix="lookup")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def by_code(self, code: str) -> CustomerContext:
        customer = self._client.get_customer_by_barcode(code)
        memberships = self._pool.submit(self._client.get_customer_memberships, customer.id)
        photo = self._pool.submit(self._photo, customer)
        return CustomerContext(
            code=code,
            customer=customer,
            memberships=tuple(memberships.result().data),
            matched_by="customer_id" if code == customer.id else "barcode",
            photo=photo.result(),
        )

    def _photo(self, customer: Customer) -> bytes | None:
        """The guest's photo, or None: a missing photo must never fail a lookup."""
        if not customer.photo_url:
            return None
        try:
            return self._client.fetch_media(customer.photo_url)
        except (TrybeError, ValueError) as exc:
            log.info("photo unavailable for customer %s: %s", customer.id, type(exc).__name__)
            return None
