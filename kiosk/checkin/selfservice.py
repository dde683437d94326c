"""Self check-in, Qt-free: what an unattended screen may say to a guest, and in which language.

It reuses the desk's lookup and verdict; what differs is what may be shown in public: a first
name (the surname only if the site allows it), the membership's name, the band's expiry, and
a reason from the verdict's public wording, never amounts, card digits, email, phone or date of
birth.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.policy import Outcome, Verdict

SUPPORTED_LOCALES = ("en", "de", "fr", "es")


@dataclass(frozen=True)
class GuestAnswer:
    outcome: Outcome
    name: str | None
    """How to greet: the first name (and surname when the site shows it), or None."""
    membership: str | None
    band_expires_at: datetime | None
    band_never_expires: bool
    reason: str | None
    """The public reason (English source text, translated on screen), for warn and deny."""
    locale: str
    region: str | None
    """The site's country (e.g. "GB"), so dates read the local way ("23/11/2026")."""
    checked_in: bool


def guest_locale(context: GuestContext | None, site_locale: str | None) -> str:
    """The guest's preferred language if we have it, else the site's, else English."""
    for candidate in (
        context.guest.preferred_locale if context else None,
        site_locale,
        context.site.locale if context and context.site else None,
    ):
        if candidate:
            short = candidate.split("-")[0].split("_")[0].lower()
            if short in SUPPORTED_LOCALES:
                return short
    return "en"


def answer_for(
    context: GuestContext,
    verdict: Verdict,
    *,
    checked_in: bool,
    show_surname: bool = False,
    site_locale: str | None = None,
) -> GuestAnswer:
    guest = context.guest
    name = None
    if not guest.anonymised and guest.first_name:
        name = guest.first_name.strip()
        if show_surname and guest.last_name:
            name += " " + guest.last_name.strip()
    membership = context.primary_membership
    band = context.band
    reason = verdict.reasons[0].public if verdict.reasons and verdict.outcome != "admit" else None
    return GuestAnswer(
        outcome=verdict.outcome,
        name=name,
        membership=membership.name if membership and membership.is_active else None,
        band_expires_at=band.expires_at if band else None,
        band_never_expires=band is not None and band.expires_at is None,
        reason=reason,
        locale=guest_locale(context, site_locale),
        region=(context.site.country_code or "").upper() or None if context.site else None,
        checked_in=checked_in,
    )
