"""Repeat suppression: the same code from the same kind of reader within a short window is one
scan, not two. A camera sees a held band in every frame; a scanner user presses twice."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.scan.events import ScanEvent, ScanSource

DEFAULT_WINDOWS_S: dict[ScanSource, float] = {
    "wedge": 2.5,
    "serial": 2.5,
    "camera": 5.0,
    "manual": 0.0,  # a person who types a code again means it
}


@dataclass
class RepeatFilter:
    windows_s: dict[ScanSource, float] = field(default_factory=lambda: dict(DEFAULT_WINDOWS_S))
    _last: dict[ScanSource, tuple[str, float]] = field(default_factory=dict)

    def is_repeat(self, event: ScanEvent, payload: str) -> bool:
        """True if ``payload`` came from this kind of source within its window (then ignore it).

        A repeat does not extend the window: a band held under a camera is read again
        every ``window`` seconds, not never.
        """
        window = self.windows_s.get(event.source, 0.0)
        last = self._last.get(event.source)
        if last is not None and last[0] == payload and event.at - last[1] < window:
            return True
        self._last[event.source] = (payload, event.at)
        return False

    def forget(self) -> None:
        """After the screen is cleared, the same band may be scanned again at once."""
        self._last.clear()
