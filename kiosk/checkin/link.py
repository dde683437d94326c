"""The status chip's source, shared by the desk and self check-in: the backend's link status
(a snapshot: no I/O, safe on the GUI thread) read every second and shown when it changed."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from kiosk.checkin.errors import ServerTrouble, Throttled, Unreachable
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.tasks import NamedTimers
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)

LINK_EVERY_S = 1.0
HEALTH_WINDOW = 5
LATE_TO_BE_SLOW = 2
"""Of the last HEALTH_WINDOW lookups, this many past their deadline and the chip says slow."""


class LinkHealth:
    """Whether lookups come back within their deadline, and whether they come back at all.

    A guest system that answers, but too late to be useful, is not "online" in any sense a desk
    cares for: the chip says it is slow (the same count the local copy uses to switch to
    offline, where there is one). One that does not answer (no connection, its 5xx, a 429) is
    offline from the first lookup that found so until one is answered: without a local copy
    nothing else said so, and the chip said ● Online while every lookup failed."""

    def __init__(self, clock: Callable[[], datetime] = wallclock.now) -> None:
        self._recent: deque[bool] = deque(maxlen=HEALTH_WINDOW)
        self._lock = threading.Lock()  # lookups end on worker threads
        self._clock = clock
        self._down: tuple[datetime, str] | None = None

    def note(self, *, late: bool) -> None:
        with self._lock:
            self._recent.append(late)

    def note_answered(self) -> None:
        """The guest system answered (a guest, or "no such code"): it is up."""
        with self._lock:
            self._down = None

    def note_failed(self, error: BaseException) -> None:
        """A lookup that the guest system did not answer: offline, with why."""
        why = _WHY.get(type(error))
        if why is None:
            return
        with self._lock:
            if self._down is None or self._down[1] != why:
                since = self._down[0] if self._down is not None else self._clock()
                self._down = (since, why)

    @property
    def slow(self) -> bool:
        with self._lock:
            return sum(self._recent) >= LATE_TO_BE_SLOW

    def applied_to(self, status: LinkStatus) -> LinkStatus:
        """``status`` (the backend's own) as the lookups found it: slow, or down and why."""
        with self._lock:
            down = self._down
        if down is not None and status.online:
            return replace(status, online=False, since=down[0], why=down[1])
        return replace(status, slow=True) if self.slow and status.online else status


_WHY: dict[type[BaseException], str] = {
    Unreachable: "unreachable",
    ServerTrouble: "trouble",
    Throttled: "busy",
}
"""The failures that mean the guest system is not answering (LinkStatus.why); a refusal, a
422 or "not found" is an answer."""


def why_down(error: BaseException) -> str | None:
    """LinkStatus.why for a domain failure ("unreachable", "trouble", "busy"), or None when
    it is an answer (a refusal, a 422, "not found")."""
    return next((why for kind, why in _WHY.items() if isinstance(error, kind)), None)


def watch_link(
    status: Callable[[], LinkStatus],
    timers: NamedTimers,
    shown: Callable[[], LinkStatus],
    show: Callable[[LinkStatus], None],
    *,
    every_s: float = LINK_EVERY_S,
) -> None:
    """Look once now, then every ``every_s`` (the timer ``"link"``) until the timers stop."""
    try:
        link = status()
    except Exception as exc:  # a status is never worth a crash
        log.info("no link status: %s", type(exc).__name__)
        link = shown()
    if link != shown():
        show(link)
    timers.start("link", every_s, lambda: watch_link(status, timers, shown, show, every_s=every_s))
