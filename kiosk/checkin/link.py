"""The status chip's source, shared by the desk and self check-in: the backend's link status
(a snapshot: no I/O, safe on the GUI thread) read every second and shown when it changed."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.checkin.model import LinkStatus
from kiosk.checkin.tasks import NamedTimers

log = logging.getLogger(__name__)

LINK_EVERY_S = 1.0


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
