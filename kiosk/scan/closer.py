"""When the camera asks for a code closer and still.

A code whose modules come out two or three pixels wide in the frame (a wallet pass's Code 128
or PDF417 on a phone held at arm's length, a band waved past) is often *found* and not read:
its start and stop patterns are there, its checksum or error correction fails. Reads climb
steeply with module size (docs/benchmarks.md, "Reads by module size"), so the useful thing to
say is the one a guest can act on: hold it steady, a little closer.

Found-and-not-read is not proof of a code: a phone's music app or a striped wallpaper gives a
spoiled Code 128 now and then (in 27 of 64 code-free phone clips on one frame of five). So the
hint waits for a code found and not read again and again, for a second and a half, with no
read in between; a read or three seconds without such a code takes it away.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

HINT_AFTER_S = 1.5
"""Found and not read for this long..."""
HINT_SIGHTINGS = 3
"""...in at least this many frames, before asking."""
HINT_WINDOW_S = 3.0
"""Sightings older than this are forgotten; none for this long takes the hint away."""


class CloserHint:
    """Fed every decoded frame; says when the hint should appear or go."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._sightings: deque[float] = deque()
        self.shown = False

    def frame(self, *, spoiled: bool, read: bool) -> bool | None:
        """One decoded frame: True when the hint should now appear, False when it should go,
        None when nothing changes."""
        now = self._clock()
        if read:
            self._sightings.clear()
            return self._set(False)
        while self._sightings and now - self._sightings[0] > HINT_WINDOW_S:
            self._sightings.popleft()
        if spoiled:
            self._sightings.append(now)
            long_enough = now - self._sightings[0] >= HINT_AFTER_S
            if len(self._sightings) >= HINT_SIGHTINGS and long_enough:
                return self._set(True)
            return None
        if not self._sightings:
            return self._set(False)
        return None

    def _set(self, shown: bool) -> bool | None:
        if shown == self.shown:
            return None
        self.shown = shown
        return shown
