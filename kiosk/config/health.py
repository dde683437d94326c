"""One health check's answer, as ``kiosk doctor`` prints it and the diagnostics panel shows it.

Plain data at the bottom layer, so the checks (which reach the API, the camera, the local copy)
and the screen that lists them need not know each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "warn", "fail", "skip"]

MARK: dict[Status, str] = {"ok": "✔", "warn": "⚠", "fail": "✖", "skip": "·"}


@dataclass(frozen=True)
class Check:
    key: str
    """A stable name ("api", "clock"...): scripts and support read it."""
    title: str
    status: Status
    summary: str
    """One line: what was found, with its numbers."""
    hint: str = ""
    """What to do about it (empty when nothing needs doing)."""
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "status": self.status,
            "summary": self.summary,
            "hint": self.hint,
            "data": self.data,
        }


def worst(checks: list[Check]) -> Status:
    order: tuple[Status, ...] = ("fail", "warn", "ok", "skip")
    return next((s for s in order if any(c.status == s for c in checks)), "skip")
