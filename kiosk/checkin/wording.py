"""Words for what the API encodes: membership states, attention reasons, money.

Kept Qt-free and in one place so the desk and the self check-in screen say the same thing.
The attention-reason wording follows Trybe's own back-office labels (help.try.be).
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.checkin import i18n
from kiosk.checkin.i18n import N_, tr

MEMBERSHIP_STATUS = {
    "active": N_("Active"),
    "needs_dd_mandate": N_("Waiting for a direct-debit mandate"),
    "needs_attention": N_("Needs attention"),
    "reserved": N_("Reserved, not yet confirmed"),
    "inactive": N_("Cancelled"),
    "expired": N_("Expired"),
    "upcoming": N_("Starts soon"),
}

ATTENTION_REASON = {
    "no_mandate": N_("No mandate has been provided"),
    "setup_unpaid": N_("Setup fee is unpaid"),
    "mandate_revoked": N_("Mandate has been revoked"),
    "payment_failed": N_("Payment failed"),
    "payment_disputed": N_("A payment was disputed"),
    "payment_outstanding": N_("Manual payment outstanding"),
}

STATUS_TONE = {
    "active": "good",
    "upcoming": "warn",
    "reserved": "warn",
    "needs_dd_mandate": "warn",
    "needs_attention": "warn",
    "inactive": "bad",
    "expired": "bad",
}


def membership_status(status: str | None) -> str:
    if not status:
        return tr("Unknown status")
    known = MEMBERSHIP_STATUS.get(status)
    return tr(known) if known else status.replace("_", " ").capitalize()


def attention_reason(reason: str | None) -> str | None:
    if not reason:
        return None
    known = ATTENTION_REASON.get(reason)
    return tr(known) if known else reason.replace("_", " ").capitalize()


def status_tone(status: str | None) -> str:
    return STATUS_TONE.get(status or "", "warn")


def money(amount_minor: int | None, currency: str | None) -> str:
    """``9900, "GBP"`` -> ``£99.00`` (``99,00 £`` on a German desk)."""
    if amount_minor is None:
        return ""
    return i18n.money(amount_minor, currency)


def short_date(value: date | datetime | None) -> str:
    """``29 Nov 2026`` (``29. Nov. 2026`` on a German desk)."""
    if value is None:
        return ""
    return i18n.day(value)
