"""The domain's own types: a guest, their bands, cards, memberships, visits, and the site.

Vendor-free on purpose. A backend (``kiosk.backends.*``) turns its wire models into these, so
the verdict, the actions and the screens never depend on one vendor's field names, and a second
vendor (or the offline store) only has to fill the same shapes. Everything here is frozen: a
looked-up guest is a snapshot, replaced as a whole when the guest is looked up again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Literal

from kiosk.checkin.i18n import tr

CardKind = Literal["card", "direct_debit", "other"]


@dataclass(frozen=True)
class Label:
    name: str
    colour: str | None = None
    """"#rrggbb", or None for the neutral chip colour."""


@dataclass(frozen=True)
class Card:
    """A stored payment method (a card or a direct-debit mandate). Never the full number."""

    id: str
    kind: CardKind = "card"
    brand: str | None = None
    last4: str | None = None
    expiry: str | None = None
    """"MM/YY" as printed on the card, when known."""
    revoked: bool = False

    def expiry_month(self) -> tuple[int, int] | None:
        """(year, month) from ``expiry``, or None when absent or unreadable."""
        if not self.expiry:
            return None
        try:
            month, year = (int(part) for part in self.expiry.split("/"))
        except ValueError:
            return None
        if not 1 <= month <= 12:
            return None
        return (2000 + year if year < 100 else year, month)

    def problem(self, now: datetime) -> str | None:
        """Why this card can't fund a wristband ("revoked", "expired 08/25"), or None."""
        if self.revoked:
            return tr("revoked")
        month = self.expiry_month()
        if self.kind == "card" and month is not None and month < (now.year, now.month):
            return tr("expired {month}", month=self.expiry)
        return None

    @property
    def label(self) -> str:
        """ "Visa •••• 4242 (exp 08/27)" or "Direct debit •••• 1234"."""
        if self.kind == "direct_debit":
            return tr("Direct debit •••• {last4}", last4=self.last4 or "????")
        brand = self.brand.title() if self.brand else tr("Card")
        if self.expiry:
            return tr(
                "{brand} •••• {last4} (exp {month})",
                brand=brand,
                last4=self.last4 or "????",
                month=self.expiry,
            )
        return f"{brand} •••• {self.last4 or '????'}"


@dataclass(frozen=True)
class Band:
    """A wristband or card associated with a guest: the code printed on it, its own expiry, the
    stored card it charges to, and an order kept open on it."""

    id: str
    code: str
    expires_at: datetime | None = None
    card: Card | None = None
    order_ref: str | None = None
    order_id: str | None = None
    """The order's own id (a lost band's tab moves to its replacement by it)."""
    order_total: Money | None = None
    """The order kept on the band: its running total so far (the till adds to it)."""
    order_open: bool = False
    """Still being added to (not settled, cancelled or refunded): a tab."""


@dataclass(frozen=True)
class Money:
    amount: int
    """In minor units (pence, cents)."""
    currency: str | None = None


@dataclass(frozen=True)
class Membership:
    id: str
    name: str = "Membership"
    status: str | None = None
    """active, needs_attention, needs_dd_mandate, upcoming, reserved, expired, inactive..."""
    attention_reason: str | None = None
    starts: date | None = None
    ends: date | None = None
    rate_name: str | None = None
    rate_price: Money | None = None
    next_charge: Money | None = None
    next_charge_on: date | None = None

    @property
    def is_active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class Device:
    """A desk or kiosk of the site: a stable id (made once, kept in the data folder) and the
    name staff gave it ("Desk 1"). Every write says which device made it, so two desks checking
    the same guest in can tell their visits apart."""

    id: str
    name: str = ""

    @property
    def label(self) -> str:
        """What staff call it: its name, or (none given) the start of its id."""
        return self.name or f"device {self.id[:6]}"


@dataclass(frozen=True)
class Visit:
    """One check-in at a site, open until checked out."""

    id: str
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    method: str | None = None
    membership_id: str | None = None
    queued: bool = False
    """Recorded here while offline, waiting in the outbox to be sent (its id is local)."""
    device: Device | None = None
    """The desk that made it, where the guest system says (None: not said, e.g. a visit made
    in the guest system's own app, or by a version of this app before devices)."""

    @property
    def is_open(self) -> bool:
        return self.checked_out_at is None

    def made_elsewhere(self, device: Device | None) -> bool:
        """Made by another desk than ``device`` (as far as the guest system says)."""
        return device is not None and self.device is not None and self.device.id != device.id


@dataclass(frozen=True)
class Site:
    id: str
    name: str | None = None
    timezone: str | None = None
    currency: str | None = None
    locale: str | None = None
    country_code: str | None = None


@dataclass(frozen=True)
class Spend:
    """Money spent across the organisation, and the most recent order."""

    total: int = 0
    orders: int = 0
    currency: str | None = None
    last_order_ref: str | None = None
    last_order_total: int | None = None
    last_order_cancelled: bool = False
    recent: tuple[OrderLine, ...] = ()
    """The latest orders the guest system lists with the stats (a few, newest first)."""

    def spent_on(self, day: date, zone: tzinfo, site_id: str | None = None) -> int | None:
        """What the recent orders add up to on ``day`` (local to ``zone``) at ``site_id``,
        cancelled ones left out; None when nothing recent says (not the same as nothing)."""
        if not self.recent:
            return None
        return sum(
            line.total
            for line in self.recent
            if not line.cancelled
            and line.submitted_at is not None
            and line.submitted_at.astimezone(zone).date() == day
            and (site_id is None or line.site_id in (None, site_id))
        )


@dataclass(frozen=True)
class OrderLine:
    """One recent order, as much as the spend today needs."""

    total: int
    submitted_at: datetime | None = None
    cancelled: bool = False
    site_id: str | None = None


@dataclass(frozen=True)
class Guest:
    id: str
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    dob: date | None = None
    labels: tuple[Label, ...] = ()
    preferred_locale: str | None = None
    locked: bool = False
    anonymised: bool = False
    last_check_in_at: datetime | None = None
    last_check_in_method: str | None = None
    photo_url: str | None = None
    site_id: str | None = None
    company: str | None = None
    notes: str | None = None
    """Staff's notes about the guest (a backend with Capability.NOTES)."""
    venues: tuple[str, ...] = ()
    """The venues the guest is associated with, by name where the kiosk knows it."""
    marketing: tuple[str, ...] = ()
    """The marketing preferences the guest opted into, by name."""
    updated_at: datetime | None = None
    """When the guest system last changed this record (tells a sync which guests changed)."""
    as_of: datetime | None = None
    """When the guest system last confirmed this record: None when it was just read live, a
    time when it comes from the local copy (offline, or shown before the live answer)."""

    @property
    def display_name(self) -> str:
        """The name to show: full name, else first + last, else a neutral placeholder."""
        if self.full_name and self.full_name.strip():
            return self.full_name.strip()
        parts = [p for p in (self.first_name, self.last_name) if p and p.strip()]
        return " ".join(p.strip() for p in parts) or tr("Unnamed guest")

    @property
    def initials(self) -> str:
        parts = [p for p in (self.first_name, self.last_name) if p and p.strip()]
        if not parts and self.full_name:
            parts = self.full_name.split()
        return "".join(p.strip()[0].upper() for p in parts[:2]) or "?"


@dataclass(frozen=True)
class SearchHit:
    """One line of a name/email/phone search: enough to pick the right guest (two guests of
    one name told apart by photo, membership, phone and site)."""

    id: str
    name: str
    email: str | None = None
    labels: tuple[Label, ...] = ()
    phone_tail: str | None = None
    """The phone's last three digits: enough to ask "ending 123?", not enough to leak it."""
    membership: Membership | None = None
    """The membership to lead with (active first), if any was found."""
    site_id: str | None = None
    site_name: str | None = None
    other_site: bool = False
    """A guest of another of the brand's sites (never green here)."""
    photo: bytes | None = None
    initials: str = "?"


@dataclass(frozen=True)
class Address:
    """One of a guest's postal addresses (``id`` None: not saved yet)."""

    id: str | None = None
    label: str = "Home"
    """What the guest calls it ("Home", "Work"): Trybe's ``name``."""
    line_1: str = ""
    line_2: str | None = None
    city: str | None = None
    county: str | None = None
    postcode: str | None = None
    country: str | None = None

    def one_line(self) -> str:
        parts = (self.line_1, self.line_2, self.city, self.postcode, self.country)
        return ", ".join(p for p in parts if p)

    def same_place(self, other: Address) -> bool:
        """The same lines (ids aside, spaces and case aside): how a lost save is read back."""

        def norm(value: str | None) -> str:
            return " ".join((value or "").split()).casefold()

        fields = ("label", "line_1", "line_2", "city", "county", "postcode", "country")
        return all(norm(getattr(self, f)) == norm(getattr(other, f)) for f in fields)


@dataclass(frozen=True)
class ReportJob:
    """A report the guest system prepares in the background (the customers CSV)."""

    id: str
    finished: bool = False
    failed: bool = False
    rows: int | None = None
    url: str | None = None


@dataclass(frozen=True)
class GuestDetails:
    """What the desk may set on a guest (register a walk-in, or edit). ``None`` leaves a field
    out of a new guest; on an edit, an empty string clears it."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    dob: str | None = None
    """"YYYY-MM-DD" as typed; the backend validates it."""
    preferred_locale: str | None = None
    marketing_opt_in: bool = False

    def given(self) -> dict[str, str]:
        """The text fields that were filled in, trimmed."""
        values = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "dob": self.dob,
            "preferred_locale": self.preferred_locale,
        }
        return {k: v.strip() for k, v in values.items() if v is not None and v.strip()}


@dataclass(frozen=True)
class LinkStatus:
    """Whether the guest system can be reached, and what is waiting for it (the status chip)."""

    online: bool = True
    since: datetime | None = None
    """When the link last changed (offline since...)."""
    data_as_of: datetime | None = None
    """The oldest of the local copy's last full sync (None: never synced ahead)."""
    waiting: int = 0
    """Check-ins and check-outs saved offline, not yet sent."""
    oldest_waiting: datetime | None = None
    """When the oldest of those was saved (the fleet's alert: one waiting over 15 minutes)."""
    needs_attention: int = 0
    """Saved writes the guest system refused when they were sent: staff must look."""
    local_copy: bool = False
    """Whether there is a local copy at all (an offline store is configured)."""
    slow: bool = False
    """Lookups keep coming back after their deadline (online, but too slow to rely on)."""
    why: str | None = None
    """Why it is offline: "slow" (answers past the deadline), "unreachable", "trouble" (the
    guest system's errors) or "busy" (it asked us to wait); None when online or not known."""
    copy_off: bool = False
    """The settings want a local copy but there is no key to protect it (no keyring, no
    systemd credential): the desk works online only, and the chip says so."""


@dataclass(frozen=True)
class RecentEntry:
    """One of the shift's scans or opened guests (the Recent menu), newest first."""

    at: datetime
    guest_id: str
    name: str
    outcome: str
    code: str
    """What opened them: the band's code, so reopening shows the band again."""


@dataclass(frozen=True)
class OnSite:
    """A guest on site now: an open visit, with what the desk knows of them. The list's own
    answer carries the visit and a name; the rest (photo, membership, band) comes from the
    local copy where there is one, and is None where it isn't known."""

    visit: Visit
    guest_id: str
    name: str
    initials: str = "?"
    photo: bytes | None = None
    membership: Membership | None = None
    band: Band | None = None
    """The guest's band with the latest expiry (the one that says whether they may stay)."""


def lead_membership(memberships: tuple[Membership, ...]) -> Membership | None:
    """The membership a row shows: an active one, else the first."""
    return next((m for m in memberships if m.is_active), None) or (
        memberships[0] if memberships else None
    )


def latest_band(bands: tuple[Band, ...]) -> Band | None:
    """The band that says how long a guest may stay: the one expiring last (never = last)."""
    if not bands:
        return None
    never = next((b for b in bands if b.expires_at is None), None)
    if never is not None:
        return never
    return max(bands, key=lambda b: b.expires_at or datetime.min.replace(tzinfo=UTC))


@dataclass(frozen=True)
class OnSiteList:
    """Who is in now, newest first; ``as_of`` set when it comes from the local copy (offline)."""

    visits: tuple[OnSite, ...] = ()
    as_of: datetime | None = None


@dataclass(frozen=True)
class QueuedWrite:
    """A check-in or check-out saved while offline (the list staff can open)."""

    key: str
    kind: str
    """"check_in" or "check_out"."""
    guest_id: str
    created_at: datetime
    state: str
    """"waiting" (to be sent), "sent", or "needs attention" (refused when sent)."""
    reason: str | None = None
    """Why it needs attention, in the guest system's words."""
    guest_name: str = ""
    """How the list names the guest ("Amelia H.", from the local copy); "" if not known."""
