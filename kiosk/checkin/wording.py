"""Words for what the API encodes: membership states, attention reasons, money.

Kept Qt-free and in one place so the desk and the self check-in screen say the same thing.
The attention-reason wording follows Trybe's own back-office labels (help.try.be).
"""

from __future__ import annotations

from datetime import date, datetime

MEMBERSHIP_STATUS = {
    "active": "Active",
    "needs_dd_mandate": "Waiting for a direct-debit mandate",
    "needs_attention": "Needs attention",
    "reserved": "Reserved, not yet confirmed",
    "inactive": "Cancelled",
    "expired": "Expired",
    "upcoming": "Starts soon",
}

ATTENTION_REASON = {
    "no_mandate": "No mandate has been provided",
    "setup_unpaid": "Setup fee is unpaid",
    "mandate_revoked": "Mandate has been revoked",
    "payment_failed": "Payment failed",
    "payment_disputed": "A payment was disputed",
    "payment_outstanding": "Manual payment outstanding",
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

_CURRENCY_SYMBOL = {"gbp": "£", "eur": "€", "usd": "$", "aud": "A$", "cad": "C$"}


def membership_status(status: str | None) -> str:
    if not status:
        return "Unknown status"
    return MEMBERSHIP_STATUS.get(status, status.replace("_", " ").capitalize())


def attention_reason(reason: str | None) -> str | None:
    if not reason:
        return None
    return ATTENTION_REASON.get(reason, reason.replace("_", " ").capitalize())


def status_tone(status: str | None) -> str:
    return STATUS_TONE.get(status or "", "warn")


def money(amount_minor: int | None, currency: str | None) -> str:
    """``9900, "GBP"`` -> ``£99.00``; currency compared case-insensitively."""
    if amount_minor is None:
        return ""
    code = (currency or "").casefold()
    symbol = _CURRENCY_SYMBOL.get(code)
    value = f"{amount_minor / 100:,.2f}"
    return f"{symbol}{value}" if symbol else f"{value} {code.upper()}".strip()


def short_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value.strftime('%b %Y')}"
