"""The shift in numbers, from the audit trail (ids and outcomes only): what a manager reads at
the end of a shift and exports as CSV. Qt-free; counted from the same lines the audit keeps,
so the summary and the audit can never disagree."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.checkin.i18n import N_, tr

DONE = ("done", "queued")


@dataclass(frozen=True)
class ShiftSummary:
    since: datetime
    until: datetime
    scans: int = 0
    check_ins: int = 0
    check_outs: int = 0
    overrides: int = 0
    unknown_bands: int = 0
    failures: int = 0
    """Writes not done, and scans that failed or did not read."""
    unconfirmed: int = 0
    """Writes whose answer was lost and that no read-back has settled yet."""
    bands_printed: int = 0
    """Bands and labels out of the printer (or sent and not confirmed): the stock used."""

    def rows(self) -> list[tuple[str, int]]:
        """Each count with its words (in the reader's language), in a stable order."""
        return [(tr(words), getattr(self, name)) for name, words in _WORDS.items()]

    def csv(self) -> str:
        """The summary as CSV: one line a count, with the shift's start and end (ISO 8601)."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["measure", "count", "since", "until"])
        for name in _WORDS:
            writer.writerow(
                [name, getattr(self, name), self.since.isoformat(), self.until.isoformat()]
            )
        return out.getvalue()


_WORDS = {
    "scans": N_("Scans"),
    "check_ins": N_("Check-ins"),
    "check_outs": N_("Check-outs"),
    "overrides": N_("Overrides"),
    "unknown_bands": N_("Unknown wristbands"),
    "failures": N_("Failures"),
    "unconfirmed": N_("Not yet confirmed"),
    "bands_printed": N_("Bands printed"),
}


def summarise(entries: Iterable[dict[str, Any]], since: datetime, until: datetime) -> ShiftSummary:
    """Count ``entries`` (audit lines) from ``since`` to ``until``."""
    counts = dict.fromkeys(_WORDS, 0)
    unknown: set[str] = set()
    for entry in entries:
        at = datetime.fromisoformat(str(entry.get("at")))
        if not since <= at <= until:
            continue
        action, outcome = entry.get("action"), entry.get("outcome")
        key = str(entry.get("action_id") or "")
        if action == "scan":
            counts["scans"] += 1
            if outcome == "not_recognised":
                counts["unknown_bands"] += 1
            elif outcome in ("failed", "bad_scan"):
                counts["failures"] += 1
            continue
        if action == "override":
            counts["overrides"] += 1
            continue
        if action == "print_band":
            counts["bands_printed"] += outcome in ("printed", "unconfirmed")
            continue
        if outcome == "unknown":
            unknown.add(key)
            continue
        unknown.discard(key)  # read back: the write settled one way or the other
        if outcome == "not_done":
            counts["failures"] += 1
        elif outcome in DONE and action == "check_in":
            counts["check_ins"] += 1
        elif outcome in DONE and action == "check_out":
            counts["check_outs"] += 1
    counts["unconfirmed"] = len(unknown)
    return ShiftSummary(since, until, **counts)
