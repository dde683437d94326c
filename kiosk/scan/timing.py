"""How a keyboard scanner's keys were timed, judged by the rule the desk applies (gaps no longer
than ``wedge.max_gap_ms``, at least ``wedge.min_length`` keys). Shared by ``kiosk doctor
--scan-test`` (a terminal) and the diagnostics panel (the app's own key events)."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from kiosk.config.settings import WedgeSettings

MAX_GAP_MS = 200
"""The largest ``wedge.max_gap_ms`` the settings accept."""


@dataclass(frozen=True)
class Burst:
    keys: int
    """Characters before the terminator (the code's length, as typed)."""
    gaps_ms: tuple[float, ...]
    ended_by: str
    """"Enter", "Tab", or "silence" (no terminator)."""

    def verdict(self, wedge: WedgeSettings) -> tuple[bool, str]:
        """Would the app take this burst as a scan, and why (or why not) in words."""
        if self.keys < wedge.min_length:
            return False, f"only {self.keys} keys: the app needs {wedge.min_length} for a scan"
        slowest = max(self.gaps_ms, default=0.0)
        if slowest > wedge.max_gap_ms:
            at = self.gaps_ms.index(slowest) + 2
            too_slow = f"a {slowest:.0f} ms gap before key {at} is longer than wedge.max_gap_ms "
            too_slow += f"({wedge.max_gap_ms})"
            suggested = int(slowest * 1.5) + 5
            if suggested > MAX_GAP_MS:
                return False, too_slow + ": typing, not a scanner (a scanner types in a few ms)"
            return False, too_slow + f": set it to {suggested}, or make the scanner type faster"
        return True, f"a scan: every gap within {wedge.max_gap_ms} ms"

    def words(self) -> str:
        if not self.gaps_ms:
            return f"{self.keys} keys, ended by {self.ended_by}"
        return (
            f"{self.keys} keys in {sum(self.gaps_ms):.0f} ms, gaps median "
            f"{median(self.gaps_ms):.1f} ms, longest {max(self.gaps_ms):.1f} ms, "
            f"ended by {self.ended_by}"
        )
