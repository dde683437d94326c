"""The Collins customers API behind the domain's ``Backend`` port.

What it can do (its capabilities): find a guest by name, email, phone or company; open a guest
by scanning a card that carries their customer id; show labels, notes, company, venues and
marketing choices; register a walk-in, edit a guest, add a note, add a label. It has no
wristbands, memberships, cards on file, photos or check-ins: those calls raise NotSupported
and the screens, reading the capabilities, never offer them.

Assumption (seed 002 says nothing of cards): a guest's card carries their 24-hex customer id,
alone. ``card_pattern`` (a regular expression with an ``id`` group) says otherwise for a site
whose cards carry more (a prefix, a check digit); a scan that does not match is "not
recognised" without a request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.backends.collins.client import CollinsClient
from kiosk.backends.collins.models import CollinsCustomer
from kiosk.backends.http.domain import translated
from kiosk.checkin import errors
from kiosk.checkin.model import (
    Address,
    Band,
    Card,
    Guest,
    GuestDetails,
    Label,
    LinkStatus,
    Membership,
    OnSiteList,
    QueuedWrite,
    ReportJob,
    SearchHit,
    Site,
    Spend,
    Visit,
)
from kiosk.checkin.ports import Capability
from kiosk.config import clock as wallclock

T = TypeVar("T")

DEFAULT_CARD_PATTERN = r"^\s*(?P<id>[0-9a-fA-F]{24})\s*$"
NOTES_MAX = 1000
"""The seed: notes are at most 1,000 characters."""
SEARCH_ROWS = 12
CAPABILITIES = frozenset(
    {
        Capability.SEARCH,
        Capability.REGISTER,
        Capability.EDIT,
        Capability.EMAIL_CHANGE,
        Capability.NOTES,
        Capability.LABELS,
    }
)


class CollinsBackend:
    """``venues``: venue id -> name (the API has no venues endpoint); ``venue_id``: this
    kiosk's venue (its name heads the screen); ``timezone``: the venue's (the API's times carry
    no zone); ``preferences``: marketing preference id -> name."""

    name = "Collins"

    def __init__(
        self,
        client: CollinsClient,
        *,
        venue_id: str | None = None,
        venues: Mapping[str, str] | None = None,
        preferences: Mapping[str, str] | None = None,
        timezone: str = "Europe/London",
        currency: str | None = None,
        country_code: str | None = "GB",
        card_pattern: str = DEFAULT_CARD_PATTERN,
        today: Callable[[], date] = wallclock.today,
    ) -> None:
        self._client = client
        self._venue_id = venue_id
        self._venues = dict(venues or {})
        self._preferences = dict(preferences or {})
        self._timezone = timezone
        self._currency = currency
        self._country = country_code
        self._card = re.compile(card_pattern)
        self._today = today
        try:
            self._zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            self._zone = ZoneInfo("UTC")

    @property
    def capabilities(self) -> frozenset[Capability]:
        return CAPABILITIES

    # ------------------------------------------------------------------ reads

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        match = self._card.match(code)
        if match is None or not match.groupdict().get("id"):
            raise errors.NotFound("Not a card this kiosk reads.")
        return self.guest(match.group("id").lower(), deadline=deadline)

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        return self._guest(self._read(deadline, lambda: self._client.get_customer(guest_id)))

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]:
        found = self._read(
            deadline, lambda: self._client.list_customers(query=text.strip(), limit=SEARCH_ROWS)
        )
        here = self._venue_id
        hits = []
        for customer in found.data:
            venues = customer.associated_venues
            elsewhere = bool(here and venues and here not in venues)
            hits.append(
                SearchHit(
                    id=customer.id,
                    name=customer.display_name,
                    email=customer.email,
                    labels=tuple(Label(name) for name in customer.labels),
                    phone_tail=_tail(customer.phone),
                    site_id=here if not elsewhere else (venues[0] if venues else None),
                    site_name=", ".join(self._venue_names(venues)) or customer.company,
                    other_site=elsewhere,
                    initials=_initials(customer),
                )
            )
        return tuple(hits)

    def site(self, *, deadline: float | None = None) -> Site | None:
        if not self._venue_id:
            return None
        return Site(
            id=self._venue_id,
            name=self._venues.get(self._venue_id),
            timezone=self._timezone,
            currency=self._currency,
            country_code=self._country,
        )

    def ping(self, *, deadline: float | None = None) -> None:
        self._read(deadline, lambda: self._client.list_customers(limit=1))

    def status(self) -> LinkStatus:
        return LinkStatus(online=True)

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        return ()

    # What this guest system does not have: never asked (the capabilities say so), and
    # refused in words if asked anyway.

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]:
        raise errors.NotSupported("No memberships in Collins.")

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]:
        raise errors.NotSupported("No wristbands in Collins.")

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band:
        raise errors.NotSupported("No wristbands in Collins.")

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]:
        raise errors.NotSupported("No stored cards in Collins.")

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend:
        raise errors.NotSupported("No spend in the Collins customers API.")

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        return None

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        raise errors.NotSupported("No check-ins in Collins.")

    def addresses(self, guest_id: str, *, deadline: float | None = None) -> tuple[Address, ...]:
        raise errors.NotSupported("No addresses in the Collins customers API.")

    def guests_page(self, *, page: int, per_page: int) -> tuple[tuple[Guest, ...], bool]:
        raise errors.NotSupported("No sync ahead with Collins.")

    def guests_checked_in_since(
        self, since: datetime, *, page: int
    ) -> tuple[tuple[str, ...], bool]:
        raise errors.NotSupported("No check-ins in Collins.")

    def on_site(self, since: datetime, *, deadline: float | None = None) -> OnSiteList:
        raise errors.NotSupported("No check-ins in Collins.")

    def check_in(self, guest_id: str, *, method: str, membership_id: str | None, key: str) -> Visit:
        raise errors.NotSupported("No check-ins in Collins.")

    def check_out(self, guest_id: str, visit_id: str, *, key: str) -> Visit:
        raise errors.NotSupported("No check-ins in Collins.")

    def set_band_expiry(
        self, guest_id: str, band_id: str, until: datetime | None, *, key: str
    ) -> Band:
        raise errors.NotSupported("No wristbands in Collins.")

    def set_band_card(self, guest_id: str, band_id: str, card_id: str | None, *, key: str) -> Band:
        raise errors.NotSupported("No wristbands in Collins.")

    def set_band_order(
        self, guest_id: str, band_id: str, order_id: str | None, *, key: str
    ) -> Band:
        raise errors.NotSupported("No wristbands in Collins.")

    def add_band(self, guest_id: str, code: str, *, expires_at: datetime | None, key: str) -> Band:
        raise errors.NotSupported("No wristbands in Collins.")

    def remove_band(self, guest_id: str, band_id: str, *, key: str) -> None:
        raise errors.NotSupported("No wristbands in Collins.")

    def set_locked(self, guest_id: str, locked: bool, *, key: str) -> Guest:
        raise errors.NotSupported("No account locks in Collins.")

    def save_address(self, guest_id: str, address: Address, *, key: str) -> Address:
        raise errors.NotSupported("No addresses in the Collins customers API.")

    def delete_address(self, guest_id: str, address_id: str, *, key: str) -> None:
        raise errors.NotSupported("No addresses in the Collins customers API.")

    def start_guest_report(self) -> ReportJob:
        raise errors.NotSupported("No reports in the Collins customers API.")

    def report_job(self, job_id: str) -> ReportJob:
        raise errors.NotSupported("No reports in the Collins customers API.")

    def report_file(self, job: ReportJob) -> bytes:
        raise errors.NotSupported("No reports in the Collins customers API.")

    def anonymise(self, guest_id: str, *, key: str) -> None:
        raise errors.NotSupported("Collins deletes customers outright; not from the desk.")

    def send_password_reset(self, guest_id: str, *, key: str) -> None:
        raise errors.NotSupported("No guest accounts in Collins.")

    def resend_verification(self, guest_id: str, *, key: str) -> None:
        raise errors.NotSupported("No guest accounts in Collins.")

    def set_password_link(self, guest_id: str, *, key: str) -> str:
        raise errors.NotSupported("No guest accounts in Collins.")

    # ------------------------------------------------------------------ writes

    def register(self, details: GuestDetails, *, key: str) -> Guest:
        given = details.given()
        fields: dict[str, Any] = {
            k: v for k, v in given.items() if k in ("first_name", "last_name", "email", "phone")
        }
        if "dob" in given:
            fields["dob"] = given["dob"]
        if self._venue_id:
            fields["associated_venues"] = [self._venue_id]
        if details.marketing_opt_in and self._preferences:
            fields["marketing_preference_ids"] = list(self._preferences)
        made = self._write(lambda: self._client.create_customer(idempotency_key=key, **fields))
        return self._guest(made)

    def update(self, guest_id: str, details: GuestDetails, *, key: str) -> Guest:
        changes: dict[str, Any] = {}
        for name in ("first_name", "last_name", "email", "phone", "dob"):
            value = getattr(details, name)
            if value is not None:
                changes[name] = value.strip() or None
        if changes.get("email") is None:
            changes.pop("email", None)  # an email is changed, never cleared from the desk
        updated = self._write(
            lambda: self._client.update_customer(guest_id, idempotency_key=key, **changes)
        )
        return self._guest(updated)

    def add_note(self, guest_id: str, text: str, *, key: str) -> Guest:
        """Collins keeps one notes text: the new note goes on a line of its own, dated."""
        current = self._write(lambda: self._client.get_customer(guest_id))
        line = f"{self._today():%d %b %Y}: {text.strip()}"
        notes = f"{current.notes.rstrip()}\n{line}" if current.notes else line
        if len(notes) > NOTES_MAX:
            room = NOTES_MAX - len(notes) + len(line)
            raise errors.Invalid(
                "The notes are full.",
                field_errors={
                    "notes": [
                        f"The guest's notes are full: this note fits in {max(0, room)} characters."
                    ]
                },
            )
        updated = self._write(
            lambda: self._client.update_customer(guest_id, idempotency_key=key, notes=notes)
        )
        return self._guest(updated)

    def add_label(self, guest_id: str, label: str, *, key: str) -> Guest:
        current = self._write(lambda: self._client.get_customer(guest_id))
        if any(x.casefold() == label.casefold() for x in current.labels):
            return self._guest(current)  # already there (a resend, or someone else's)
        labels = [*current.labels, label]
        updated = self._write(
            lambda: self._client.update_customer(guest_id, idempotency_key=key, labels=labels)
        )
        return self._guest(updated)

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------------ plumbing

    def _venue_names(self, ids: tuple[str, ...]) -> list[str]:
        return [self._venues.get(venue, f"venue …{venue[-6:]}") for venue in ids]

    def _guest(self, customer: CollinsCustomer) -> Guest:
        opted = tuple(
            self._preferences.get(pref, "a marketing preference")
            for pref, chosen in customer.marketing_preferences.items()
            if chosen
        )
        updated = (
            customer.last_updated.replace(tzinfo=self._zone) if customer.last_updated else None
        )
        return Guest(
            id=customer.id,
            first_name=customer.first_name,
            last_name=customer.last_name,
            full_name=customer.full_name,
            email=customer.email,
            phone=customer.phone,
            dob=customer.dob,
            labels=tuple(Label(name) for name in customer.labels),
            company=customer.company,
            notes=customer.notes,
            venues=tuple(self._venue_names(customer.associated_venues)),
            marketing=opted,
            site_id=self._venue_id
            if not customer.associated_venues or self._venue_id in customer.associated_venues
            else customer.associated_venues[0],
            updated_at=updated.astimezone(UTC) if updated else None,
        )

    def _read(self, deadline: float | None, call: Callable[[], T]) -> T:
        with translated(write=False), self._client.deadline_at(deadline):
            return call()

    def _write(self, call: Callable[[], T]) -> T:
        with translated(write=True):
            return call()


def _tail(phone: str | None) -> str | None:
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[-3:] if len(digits) >= 6 else None


def _initials(customer: CollinsCustomer) -> str:
    parts = [p for p in (customer.first_name, customer.last_name) if p]
    return "".join(p[0].upper() for p in parts)[:2] or "?"
