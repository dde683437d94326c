"""The desk clears itself after a spell without use, warning first (WCAG 2.2.1: time can be
extended): never under a write or an open form, and never with nothing on screen to clear."""

from __future__ import annotations

from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import Screen

IDLE_WARN_S = 10.0
"""The desk says it will clear this long before it does, with a "More time" button."""


class Idle:
    def __init__(self, desk: Desk, *, clear_after_s: float) -> None:
        self.desk = desk
        self.clear_after_s = clear_after_s

    def restart(self) -> None:
        """Activity: the screen stays; a warning on screen goes away. The warning comes
        IDLE_WARN_S before the screen would clear."""
        self.desk.timers.stop("idle_warn")
        if self.desk.state.idle_warning_s:
            self.desk.set(idle_warning_s=0)
        warn_at = max(0.0, self.clear_after_s - IDLE_WARN_S)
        self.desk.timers.start("idle", warn_at, self._timeout)

    def more_time(self) -> None:
        """Staff asked for more time (the warning's button): a whole idle period again."""
        if self.desk.state.screen is not Screen.IDLE or self.desk.state.idle_warning_s:
            self.restart()

    def stop(self) -> None:
        self.desk.timers.stop("idle")
        self.desk.timers.stop("idle_warn")

    def _timeout(self) -> None:
        state = self.desk.state
        if state.busy or (state.form is not None and state.form.open):
            self.restart()  # never clear the screen under a write or an open form
            return
        if state.screen is Screen.IDLE:
            return  # nothing on screen to take away
        left = min(IDLE_WARN_S, self.clear_after_s)
        self.desk.set(idle_warning_s=round(left))
        self.desk.timers.start("idle_warn", 1.0, self._tick)

    def _tick(self) -> None:
        left = self.desk.state.idle_warning_s - 1
        if left <= 0:
            self.desk.set(idle_warning_s=0)
            self.desk.clear()
            return
        self.desk.set(idle_warning_s=left)
        self.desk.timers.start("idle_warn", 1.0, self._tick)
