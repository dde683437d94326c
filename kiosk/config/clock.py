"""The clock port: the one place the app (and its stand-in servers) read the time of day, the
date and the machine's timezone.

Everything that asks "what time is it" asks here: the verdicts, the writes, the audit, the local
copy, the demo's data and the stand-in servers. So a test can put the whole app at 23:58 or on
the night the clocks change, and anyone can try the app at another hour without touching the
machine's clock: ``KIOSK_CLOCK_AT=2026-12-07T23:58:00Z`` starts this process's clock (and its
children's: the variable is inherited) at that instant, from where it runs on at the normal
pace. Durations (timeouts, idle timers) are measured with ``time.monotonic`` and are not the
clock's business.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo

CLOCK_AT_ENV = "KIOSK_CLOCK_AT"


class Clock:
    """The machine's clock, shifted by ``offset_s`` (0: the true time)."""

    def __init__(self, offset_s: float = 0.0, zone: tzinfo | None = None) -> None:
        self.offset_s = offset_s
        self._zone = zone
        """The local timezone (None: the machine's, as the OS says)."""

    def wall(self) -> float:
        """Seconds since the epoch, now."""
        return time.time() + self.offset_s

    def now(self) -> datetime:
        """Now, in UTC."""
        return datetime.fromtimestamp(self.wall(), UTC)

    def local(self, moment: datetime) -> datetime:
        """``moment`` on this machine's wall clock (for a screen with no site timezone)."""
        return moment.astimezone(self._zone) if self._zone is not None else moment.astimezone()

    def local_now(self) -> datetime:
        return self.local(self.now())

    def today(self) -> date:
        """The local date."""
        return self.local_now().date()


def _from_environment() -> Clock:
    text = os.environ.get(CLOCK_AT_ENV, "").strip()
    if not text:
        return Clock()
    try:
        start = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return Clock()  # a bad value is the true time (settings report their own errors)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    return Clock(offset_s=start.timestamp() - time.time())


_clock = _from_environment()


def clock() -> Clock:
    return _clock


def wall() -> float:
    return _clock.wall()


def now() -> datetime:
    return _clock.now()


def local(moment: datetime) -> datetime:
    return _clock.local(moment)


def local_now() -> datetime:
    return _clock.local_now()


def today() -> date:
    return _clock.today()


@contextmanager
def using(replacement: Clock) -> Iterator[Clock]:
    """This clock for everything, while the block runs (tests)."""
    global _clock
    before, _clock = _clock, replacement
    try:
        yield replacement
    finally:
        _clock = before


def at(moment: datetime, zone: tzinfo | None = None) -> Clock:
    """A clock that reads ``moment`` now and runs on from there."""
    return Clock(offset_s=moment.timestamp() - time.time(), zone=zone)
