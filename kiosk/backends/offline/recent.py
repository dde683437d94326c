"""The desk's recent scans kept across a restart, in the local copy: encrypted with the copy's
key, dropped with it (``kiosk unpair``, a lost key), and never older than the shift."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from kiosk.backends.offline.store import LocalStore
from kiosk.checkin.model import RecentEntry
from kiosk.config import clock as wallclock

KEY = "recent"
SHIFT = timedelta(hours=16)
"""A kept scan older than this is not this shift's: it is not shown again."""


class LocalRecent:
    """:class:`kiosk.checkin.ports.RecentKeeper` over a :class:`LocalStore`."""

    def __init__(self, store: LocalStore, *, keep_for: timedelta = SHIFT) -> None:
        self._store = store
        self._keep_for = keep_for

    def load(self) -> tuple[RecentEntry, ...]:
        kept = self._store.sealed_value(KEY)
        if not isinstance(kept, list):
            return ()
        cutoff = wallclock.now() - self._keep_for
        entries = []
        for item in kept:
            entry = _entry(item)
            if entry is not None and entry.at >= cutoff:
                entries.append(entry)
        return tuple(entries)

    def save(self, entries: tuple[RecentEntry, ...]) -> None:
        self._store.set_sealed_value(
            KEY,
            [
                {
                    "at": e.at.isoformat(),
                    "guest_id": e.guest_id,
                    "name": e.name,
                    "outcome": e.outcome,
                    "code": e.code,
                }
                for e in entries
            ],
        )


def _entry(item: Any) -> RecentEntry | None:
    try:
        return RecentEntry(
            at=datetime.fromisoformat(str(item["at"])),
            guest_id=str(item["guest_id"]),
            name=str(item["name"]),
            outcome=str(item["outcome"]),
            code=str(item["code"]),
        )
    except (KeyError, TypeError, ValueError):
        return None  # a line this version cannot read is skipped, never fatal
