"""Times as a receptionist says them: "in 3 h", "in 45 min", "expired yesterday at 18:00",
in the site's timezone (API timestamps are UTC; Site.timezone says where the desk is)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.checkin import i18n
from kiosk.checkin.i18n import N_, tr, trn


def site_zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def clock(moment: datetime, zone: ZoneInfo) -> str:
    return i18n.clock(moment.astimezone(zone))


def local_day(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "today", "yesterday", "tomorrow", a weekday within a week, else "12 Dec"."""
    local = moment.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    if days == 0:
        return tr("today")
    if days == -1:
        return tr("yesterday")
    if days == 1:
        return tr("tomorrow")
    if 1 < days < 7:
        return i18n.weekday(local)
    return i18n.day(local, year=local.year != now.astimezone(zone).year)


def _measure(delta: timedelta) -> tuple[str, dict[str, int]]:
    """How a receptionist rounds a length of time: which words, and their numbers."""
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 1:
        return "moment", {}
    if minutes < 60:
        return "minutes", {"minutes": minutes}
    hours = minutes // 60
    if hours < 48:
        if hours < 3 and minutes % 60:
            return "hours and minutes", {"hours": hours, "minutes": minutes % 60}
        return "hours", {"hours": hours}
    return "days", {"days": hours // 24}


_SPAN = {
    "moment": N_("less than a minute"),
    "minutes": N_("{minutes} min"),
    "hours and minutes": N_("{hours} h {minutes} min"),
    "hours": N_("{hours} h"),
}
_AGO = {
    "moment": N_("less than a minute ago"),
    "minutes": N_("{minutes} min ago"),
    "hours and minutes": N_("{hours} h {minutes} min ago"),
    "hours": N_("{hours} h ago"),
}
"""Its own sentences, not "{span} ago": a language may bend the words after "ago", as German
does after "vor" ("vor 3 Tagen")."""


def span(delta: timedelta) -> str:
    kind, values = _measure(delta)
    if kind == "days":
        return trn("%n day", "%n days", values["days"])
    return tr(_SPAN[kind], **values)


def expiry_words(expires_at: datetime | None, zone: ZoneInfo, now: datetime) -> str:
    """A band's expiry: "never expires", "expires in 45 min (today 18:00)", "expired yesterday
    at 18:00"."""
    if expires_at is None:
        return tr("never expires")
    at = clock(expires_at, zone)
    when = local_day(expires_at, zone, now)
    if expires_at <= now:
        return tr("expired {day} at {time}", day=when, time=at)
    return tr("expires in {span} ({day} {time})", span=span(expires_at - now), day=when, time=at)


def ago(moment: datetime, now: datetime) -> str:
    """ "3 h ago", "2 days ago"."""
    kind, values = _measure(now - moment)
    if kind == "days":
        return trn("%n day ago", "%n days ago", values["days"])
    return tr(_AGO[kind], **values)
