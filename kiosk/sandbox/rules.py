"""The validation rules the Trybe docs state, each with a Laravel-style message.

Sources: S0/S1 (createCustomer, updateCustomer, expiry-date, payment-method) and
``shared/api/decisions.md`` where the docs are silent (each such rule says so).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from kiosk.config import clock as wallclock
from kiosk.sandbox.http import FieldErrors
from kiosk.sandbox.store import Row
from kiosk.sandbox.timefmt import parse

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
SUPPORTED_LOCALES = frozenset({"en", "en-US", "de", "fr", "es", "it", "nl", "pt"})
CHECK_IN_METHODS = frozenset({"Scanned", "Manual", "Kiosk"})  # assumption: decisions.md


def text_field(
    errors: FieldErrors, body: dict[str, Any], field: str, *, max_length: int = 255
) -> str | None:
    """A nullable string field: present and a string of sensible length, or absent/null."""
    value = body.get(field)
    if value is None:
        return None
    label = field.replace("_", " ")
    if not isinstance(value, str):
        errors.add(field, f"The {label} must be a string.")
        return None
    if len(value) > max_length:
        errors.add(field, f"The {label} may not be greater than {max_length} characters.")
        return None
    return value.strip() or None


def email_field(errors: FieldErrors, body: dict[str, Any]) -> str | None:
    """Emails are stored lowercase (S1: "Always lowercase")."""
    value = text_field(errors, body, "email")
    if value is None:
        return None
    if not EMAIL.match(value):
        errors.add("email", "The email must be a valid email address.")
        return None
    return value.lower()


def phone_field(errors: FieldErrors, body: dict[str, Any]) -> str | None:
    value = text_field(errors, body, "phone", max_length=20)
    if value is not None and not E164.match(value):
        errors.add("phone", "The phone must be a valid phone number in E.164 format.")
        return None
    return value


def dob_field(errors: FieldErrors, body: dict[str, Any]) -> str | None:
    value = text_field(errors, body, "dob", max_length=10)
    if value is None:
        return None
    try:
        born = date.fromisoformat(value)
    except ValueError:
        errors.add("dob", "The dob does not match the format Y-m-d.")
        return None
    if born >= wallclock.now().date():
        errors.add("dob", "The dob must be a date before today.")
        return None
    return born.isoformat()


def password_field(errors: FieldErrors, body: dict[str, Any]) -> str | None:
    value = body.get("password")
    if value is None:
        return None
    if not isinstance(value, str) or len(value) < 8:
        errors.add("password", "The password must be at least 8 characters.")
        return None
    return value


def locale_field(errors: FieldErrors, body: dict[str, Any]) -> str | None:
    value = body.get("preferred_locale")
    if value is None:
        return None
    if not isinstance(value, str) or value not in SUPPORTED_LOCALES:
        errors.add("preferred_locale", "The selected preferred locale is invalid.")
        return None
    return value


def string_list_field(errors: FieldErrors, body: dict[str, Any], field: str) -> list[str]:
    value = body.get(field)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        errors.add(field, f"The {field.replace('_', ' ')} must be an array of strings.")
        return []
    return list(dict.fromkeys(value))


def future_datetime_field(
    errors: FieldErrors, body: dict[str, Any], field: str, *, required_key: bool
) -> tuple[bool, str | None]:
    """(present, ISO value) for a nullable datetime that must be in the future.

    ``expires_at`` on the expiry-date endpoint is required but nullable: the key must be there,
    ``null`` clears the expiry, and a value must be after now (no back-dating).
    """
    label = field.replace("_", " ")
    if field not in body:
        if required_key:
            errors.add(field, f"The {label} field must be present.")
        return False, None
    value = body[field]
    if value is None:
        return True, None
    if not isinstance(value, str):
        errors.add(field, f"The {label} is not a valid date.")
        return True, None
    try:
        moment = parse(value)
    except ValueError:
        errors.add(field, f"The {label} is not a valid date.")
        return True, None
    if moment <= wallclock.now():
        errors.add(field, f"The {label} must be a date after now.")
        return True, None
    return True, moment.astimezone(UTC).replace(microsecond=0).isoformat()


def card_usable(pm: Row, now: datetime | None = None) -> str | None:
    """Why a stored payment method can't fund a wristband, or None if it can.

    Assumption (decisions.md): usable = not revoked and, for cards, ``card_expiry`` (MM/YY)
    not past; a card is valid through the last day of its expiry month.
    """
    if pm["revoked_at"] is not None or pm["status"] == "revoked":
        return "The selected payment method has been revoked."
    if pm["type"] == "card" and pm["card_expiry"]:
        try:
            month, year = (int(part) for part in pm["card_expiry"].split("/"))
        except ValueError:
            return "The selected payment method has an invalid expiry date."
        today = (now or wallclock.now()).date()
        if (2000 + year, month) < (today.year, today.month):
            return "The selected card has expired."
    return None
