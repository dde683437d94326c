"""Timestamps as the documented API writes them.

The docs use three datetime forms (``.0Z`` on customers, ``.000Z`` on check-ins and labels,
``+00:00`` on payment methods); the stand-in server writes each object in its documented form
so the client is exercised on all three.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.config import clock as wallclock


def iso(moment: datetime) -> str:
    """Storage form: ISO-8601 UTC with offset, second precision."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def parse(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def now_utc() -> datetime:
    return wallclock.now().replace(microsecond=0)


def dot_zero_z(text: str | None) -> str | None:
    """``1958-06-17T20:05:17.0Z`` (customers, memberships, barcodes in S0/S3)."""
    if text is None:
        return None
    return parse(text).strftime("%Y-%m-%dT%H:%M:%S") + ".0Z"


def millis_z(text: str | None) -> str | None:
    """``2021-01-01T00:00:00.000Z`` (check-ins, labels)."""
    if text is None:
        return None
    return parse(text).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def offset(text: str | None) -> str | None:
    """``2026-01-15T09:30:00+00:00`` (payment methods, sites)."""
    if text is None:
        return None
    return parse(text).isoformat()
