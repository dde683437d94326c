"""What the desk counts for the fleet's dashboard: scans, verdicts, lookups, camera frames.

The domain says that something happened; it does not know who listens. The app installs a
:class:`Meter` (``kiosk.ops.metrics`` turns it into Prometheus series) when the site turns
metrics on; otherwise every call is a no-op. Nothing of a guest is ever passed: a source, a
colour, a number of seconds.

A module-level meter rather than one threaded through every constructor: counting is a
cross-cutting concern, as logging is, and a meter that is not installed costs nothing.
"""

from __future__ import annotations

from typing import Literal, Protocol

Colour = Literal["green", "amber", "red", "grey"]

COLOUR_OF: dict[str, Colour] = {
    "admit": "green",
    "warn": "amber",
    "deny": "red",
    "not_recognised": "grey",
    "failed": "grey",
    "bad_scan": "grey",
}
"""A scan's outcome (as the audit names it) -> the colour the screen showed."""


class Meter(Protocol):
    def scanned(self, source: str) -> None:
        """A code arrived from ``source`` (wedge, serial, camera, typed)."""

    def answered(self, outcome: str) -> None:
        """A scan's outcome as the audit names it (admit, warn, deny, not_recognised, failed,
        bad_scan)."""

    def looked_up(self, seconds: float, *, late: bool) -> None:
        """A lookup took ``seconds``; ``late``: past the deadline the screen promised."""

    def camera_frame(self, decode_seconds: float) -> None:
        """The camera decoded one frame in ``decode_seconds``."""

    def clock_skew(self, skew_seconds: float) -> None:
        """Our clock minus the guest system's (positive: this kiosk is ahead), from an
        answer's ``Date`` header (as ``kiosk doctor``'s clock check says it)."""


class _Silent:
    def scanned(self, source: str) -> None:
        pass

    def answered(self, outcome: str) -> None:
        pass

    def looked_up(self, seconds: float, *, late: bool) -> None:
        pass

    def camera_frame(self, decode_seconds: float) -> None:
        pass

    def clock_skew(self, skew_seconds: float) -> None:
        pass


SILENT: Meter = _Silent()
_installed: list[Meter] = [SILENT]


def meter() -> Meter:
    """The meter in use (a silent one until the app installs another)."""
    return _installed[-1]


def install(new: Meter) -> None:
    """From now on, counts go to ``new`` (the app, once, at start; a test, for its scope)."""
    _installed.append(new)


def uninstall(old: Meter) -> None:
    if old in _installed[1:]:
        _installed.remove(old)
