"""Times as a receptionist says them: "in 3 h", "in 45 min", "expired yesterday at 18:00",
in the site's timezone (API timestamps are UTC; Site.timezone says where the desk is)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def site_zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def local_day(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "today", "yesterday", "tomorrow", a weekday within a week, else "12 Dec"."""
    days = (moment.astimezone(zone).date() - now.astimezone(zone).date()).days
    if days == 0:
        return "today"
    if days == -1:
        return "yesterday"
    if days == 1:
        return "tomorrow"
    if 1 < days < 7:
        return moment.astimezone(zone).strftime("%A")
    local = moment.astimezone(zone)
    return f"{local.day} {local.strftime('%b')}" + (
        f" {local.year}" if local.year != now.astimezone(zone).year else ""
    )


def span(delta: timedelta) -> str:
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 1:
        return "less than a minute"
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h" + (f" {minutes % 60} min" if hours < 3 and minutes % 60 else "")
    return f"{hours // 24} days"


def expiry_words(expires_at: datetime | None, zone: ZoneInfo, now: datetime) -> str:
    """A band's expiry: "never expires", "expires in 45 min (today 18:00)", "expired yesterday
    at 18:00"."""
    if expires_at is None:
        return "never expires"
    if expires_at <= now:
        return f"expired {local_day(expires_at, zone, now)} at {clock(expires_at, zone)}"
    when = local_day(expires_at, zone, now)
    at = clock(expires_at, zone)
    return (
        f"expires in {span(expires_at - now)} ({when} {at})"
        if when != "today"
        else (f"expires in {span(expires_at - now)} (today {at})")
    )


def ago(moment: datetime, now: datetime) -> str:
    return f"{span(now - moment)} ago"
