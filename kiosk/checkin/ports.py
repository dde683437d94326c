"""The domain's port to a guest system: exactly as wide as the domain calls, and no wider.

A backend implements :class:`Backend` and declares what it can do (:class:`Capability`); the
screens offer only what is declared, so a backend without wristbands shows no dead "Expiry"
button. Reads take an optional ``deadline`` (a ``time.monotonic()`` instant) so one lookup can
bound all of its parts at once. Every write takes ``key``: one idempotency key per user action,
kept across retries of that action, so a backend that honours keys can drop a repeat (the domain
does not rely on it: it reconciles by reading). Errors are the vendor-neutral ones in
``kiosk.checkin.errors``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol

from kiosk.checkin.model import (
    Address,
    Band,
    Card,
    Guest,
    GuestDetails,
    LinkStatus,
    Membership,
    OnSiteList,
    QueuedWrite,
    RecentEntry,
    ReportJob,
    SearchHit,
    Site,
    Spend,
    Visit,
)


class Capability(StrEnum):
    """What a backend can do; the screens show a control only if its capability is declared."""

    WRISTBANDS = "wristbands"
    """Guests carry bands (codes) that the backend can list, add and remove."""
    BAND_EXPIRY = "band_expiry"
    BAND_CARDS = "band_cards"
    """A stored card can be put on a band (charge-to-wristband)."""
    CARDS = "cards"
    """The guest's stored payment methods can be listed."""
    MEMBERSHIPS = "memberships"
    CHECK_INS = "check_ins"
    """Visits can be recorded, checked out and listed."""
    SPEND = "spend"
    PHOTOS = "photos"
    SEARCH = "search"
    REGISTER = "register"
    EDIT = "edit"
    LOCK = "lock"
    PASSWORD_EMAILS = "password_emails"
    SET_PASSWORD_LINK = "set_password_link"
    SYNC = "sync"
    """Guests changed since a time, and today's visits, can be listed (to sync ahead)."""
    ADDRESSES = "addresses"
    """A guest's postal addresses can be listed, added, changed and removed."""
    REPORTS = "reports"
    ON_SITE = "on_site"
    """Open visits at this site can be listed (who is in now)."""
    """The guest list can be prepared as a CSV report in the background."""
    ANONYMISE = "anonymise"
    """A guest's personal data can be erased on request (their visits and orders stay)."""
    GUEST_LANGUAGE = "guest_language"
    """A guest's preferred language is kept (the self check-in screen speaks it)."""
    EMAIL_CHANGE = "email_change"
    """A guest's email can be changed from the desk."""
    NOTES = "notes"
    """Staff's notes on a guest can be read and added to."""
    LABELS = "labels"
    """A label can be put on a guest from the desk."""


class Reader(Protocol):
    """What deciding a scan reads: a guest system, or (provisionally) the local copy alone."""

    @property
    def name(self) -> str:
        """The system's name as staff know it ("Trybe"), for messages like "Can't reach X"."""
        ...

    @property
    def capabilities(self) -> frozenset[Capability]: ...

    # ------------------------------------------------------------------ reads

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        """The guest whose band or card carries ``code`` (or whose id it is); NotFound if none."""
        ...

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest: ...

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]: ...

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]: ...

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band: ...

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]: ...

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend: ...

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        """The guest's photo bytes, None if they have none; raises if it could not be fetched."""
        ...

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        """The guest's most recent visits at this site, newest first."""
        ...

    def site(self, *, deadline: float | None = None) -> Site | None:
        """This kiosk's site (name, timezone, currency), or None if none is configured."""
        ...

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]: ...


class Backend(Reader, Protocol):
    """A guest system the desk and the self check-in screen work against."""

    def ping(self, *, deadline: float | None = None) -> None:
        """Raises if the guest system cannot be reached (a cheap call, never cached)."""
        ...

    def status(self) -> LinkStatus:
        """Online or offline, and what is waiting (a backend without a local copy: online)."""
        ...

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        """What was saved offline: waiting to be sent, or refused when sent (none without a
        local copy)."""
        ...

    def guests_page(self, *, page: int, per_page: int) -> tuple[tuple[Guest, ...], bool]:
        """One page of this site's guests (in a stable order), and whether more follow.
        Needs Capability.SYNC."""
        ...

    def guests_checked_in_since(
        self, since: datetime, *, page: int
    ) -> tuple[tuple[str, ...], bool]:
        """Ids of guests with a visit since ``since`` at this site (one page), and whether more
        follow. Needs Capability.SYNC."""
        ...

    def on_site(self, since: datetime, *, deadline: float | None = None) -> OnSiteList:
        """Open visits at this site that began after ``since``, newest first, every page of
        them. Needs Capability.ON_SITE."""
        ...

    # ------------------------------------------------------------------ writes

    def check_in(
        self, guest_id: str, *, method: str, membership_id: str | None, key: str
    ) -> Visit: ...

    def check_out(self, guest_id: str, visit_id: str, *, key: str) -> Visit: ...

    def set_band_expiry(
        self, guest_id: str, band_id: str, until: datetime | None, *, key: str
    ) -> Band: ...

    def set_band_card(self, guest_id: str, band_id: str, card_id: str | None, *, key: str) -> Band:
        """Put a stored card on the band, or take it off (None)."""
        ...

    def set_band_order(
        self, guest_id: str, band_id: str, order_id: str | None, *, key: str
    ) -> Band:
        """Keep an open order (a tab) on the band, or none: a lost band's tab moves to the
        band that replaces it."""
        ...

    def add_band(
        self, guest_id: str, code: str, *, expires_at: datetime | None, key: str
    ) -> Band: ...

    def remove_band(self, guest_id: str, band_id: str, *, key: str) -> None: ...

    def set_locked(self, guest_id: str, locked: bool, *, key: str) -> Guest: ...

    def addresses(self, guest_id: str, *, deadline: float | None = None) -> tuple[Address, ...]: ...

    def save_address(self, guest_id: str, address: Address, *, key: str) -> Address:
        """Add ``address`` (no id) or change the one with its id; the saved one back."""
        ...

    def delete_address(self, guest_id: str, address_id: str, *, key: str) -> None: ...

    def start_guest_report(self) -> ReportJob:
        """Ask for the guest list as a CSV report (prepared in the background; with Trybe,
        the whole brand's customers)."""
        ...

    def report_job(self, job_id: str) -> ReportJob: ...

    def report_file(self, job: ReportJob) -> bytes:
        """The finished report's bytes."""
        ...

    def anonymise(self, guest_id: str, *, key: str) -> None:
        """Erase the guest's personal data (a right-to-erasure request); refused if locked."""
        ...

    def send_password_reset(self, guest_id: str, *, key: str) -> None: ...

    def resend_verification(self, guest_id: str, *, key: str) -> None: ...

    def set_password_link(self, guest_id: str, *, key: str) -> str: ...

    def register(self, details: GuestDetails, *, key: str) -> Guest: ...

    def add_note(self, guest_id: str, text: str, *, key: str) -> Guest:
        """Add ``text`` to the guest's notes (Capability.NOTES); the guest as now saved."""
        ...

    def add_label(self, guest_id: str, label: str, *, key: str) -> Guest:
        """Put the label named ``label`` on the guest (Capability.LABELS)."""
        ...

    def update(self, guest_id: str, details: GuestDetails, *, key: str) -> Guest: ...

    def close(self) -> None: ...


class RecentKeeper(Protocol):
    """Where the desk keeps the shift's recent scans across a restart (the local copy,
    encrypted, with its retention)."""

    def load(self) -> tuple[RecentEntry, ...]: ...

    def save(self, entries: tuple[RecentEntry, ...]) -> None: ...
