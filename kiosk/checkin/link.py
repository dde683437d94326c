"""The status chip's source, shared by the desk and self check-in: the backend's link status
(a snapshot: no I/O, safe on the GUI thread) read every second and shown when it changed."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

from kiosk.checkin.model import LinkStatus
from kiosk.checkin.tasks import NamedTimers

log = logging.getLogger(__name__)

LINK_EVERY_S = 1.0
HEALTH_WINDOW = 5
LATE_TO_BE_SLOW = 2
"""Of the last HEALTH_WINDOW lookups, this many past their deadline and the chip says slow."""


class LinkHealth:
    """Whether lookups come back within their deadline. A guest system that answers, but too
    late to be useful, is not "online" in any sense a desk cares for: the chip says it is slow
    (the same count the local copy uses to switch to offline, where there is one)."""

    def __init__(self) -> None:
        self._recent: deque[bool] = deque(maxlen=HEALTH_WINDOW)
        self._lock = threading.Lock()  # lookups end on worker threads

    def note(self, *, late: bool) -> None:
        with self._lock:
            self._recent.append(late)

    @property
    def slow(self) -> bool:
        with self._lock:
            return sum(self._recent) >= LATE_TO_BE_SLOW


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
