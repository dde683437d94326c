"""Crashes, counted across restarts: the fleet's "crashed three times this morning".

Two kinds: an error the app caught, logged and carried on from (``kiosk.ui.crash``), and a run
that ended without saying goodbye (killed, a segfault, the power): a marker written at start and
removed at a clean exit; found at the next start, it counts as a crash of the run before. The
ledger keeps the times only (no message, nothing of a guest), 0600, the last ``KEPT``.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.config import clock as wallclock
from kiosk.config.private import write_private

log = logging.getLogger(__name__)

LEDGER_FILE = "crashes.json"
MARKER_FILE = "running.pid"
KEPT = 500


def local_midnight(at: float) -> float:
    """The start of ``at``'s local day, in epoch seconds (right on a DST day too: the local
    hour is checked after the step back, not assumed)."""
    now = wallclock.local(datetime.fromtimestamp(at, UTC))
    guess = now - timedelta(hours=now.hour, minutes=now.minute, seconds=now.second,
                            microseconds=now.microsecond)  # fmt: skip
    for _ in range(3):  # a DST change in between moves the wall clock by an hour
        local = wallclock.local(guess)
        if local.date() < now.date():
            guess += timedelta(hours=1)
        elif local.hour or local.minute:
            guess -= timedelta(hours=local.hour, minutes=local.minute)
        else:
            break
    return guess.timestamp()


def _still_running(marker: Path) -> bool:
    """The marker is another kiosk's that is running now (a second window on this account),
    not a run that died."""
    try:
        pid = int(json.loads(marker.read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class CrashLedger:
    def __init__(self, folder: Path, clock: Callable[[], float] = wallclock.wall) -> None:
        self._ledger = folder / LEDGER_FILE
        self._marker = folder / MARKER_FILE
        self._clock = clock
        self._lock = threading.Lock()

    def started(self) -> bool:
        """This run begins: True when the run before ended without a clean exit (counted)."""
        unclean = self._marker.exists() and not _still_running(self._marker)
        if unclean:
            log.warning("the last run ended without a clean exit: counted as a crash")
            self.record("unclean_exit")
        write_private(self._marker, json.dumps({"pid": os.getpid(), "at": self._clock()}))
        return unclean

    def stopped(self) -> None:
        """A clean exit: the next start finds no marker."""
        self._marker.unlink(missing_ok=True)

    def record(self, kind: str = "error") -> None:
        with self._lock:
            entries = self._entries()
            entries.append({"at": self._clock(), "kind": kind})
            write_private(self._ledger, json.dumps(entries[-KEPT:]))

    def since(self, moment: float) -> int:
        with self._lock:
            return sum(1 for entry in self._entries() if float(entry["at"]) >= moment)

    def today(self) -> int:
        """Crashes since local midnight (the clock port's zone)."""
        return self.since(local_midnight(self._clock()))

    def _entries(self) -> list[dict[str, float | str]]:
        try:
            loaded = json.loads(self._ledger.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(loaded, list):
            return []
        return [
            e
            for e in loaded
            if isinstance(e, dict) and isinstance(e.get("at"), int | float) and "kind" in e
        ]
