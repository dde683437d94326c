"""Filling the local copy ahead of time, so a guest never scanned here is still known offline.

A run walks every page of the site's guests (listCustomers has no "changed since" filter; only the
asynchronous CSV report has one), one cheap request per 50 guests. For each guest it keeps what a
scan needs: the guest, their bands, memberships, stored cards (brand, last four, usable or not)
and recent visits. Those parts cost four requests a guest, so they are fetched only for a guest
who is new to the copy, whose record changed (its ``updated_at`` moved), or whose parts are older
than ``parts_max_age_s``; everyone else has just their guest record refreshed. Then it refreshes
the guests of today's check-ins in full (a band extended this morning matters today).

A run is bounded (``max_guests`` fetched in full: a large site fills its copy over several runs)
and paced (``requests_per_s``, so it never crowds out the desk's own scans); a 429 pauses the
whole app's client (``TrybeClient``), not just this call. An interrupted run (the link failed, the
app was closed, the run limit) resumes at its page the next time.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import TypeVar

from kiosk.backends.offline.store import GuestRecord, LocalStore
from kiosk.checkin.errors import BackendError
from kiosk.checkin.model import Guest
from kiosk.checkin.ports import Backend, Capability
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)
T = TypeVar("T")

PER_PAGE = 50
PARTS_MAX_AGE_S = 24 * 3600.0
"""A guest's bands, memberships and cards are fetched again at least daily even if their
record did not change: those parts change without touching the guest's own updated_at."""


class Interrupted(Exception):
    """The run was asked to stop (closing, the link dropped, check-ins waiting to be sent)."""


@dataclass
class SyncReport:
    guests: int = 0
    """Guests fetched in full (record and parts)."""
    seen: int = 0
    """Guests whose listing was read (the unchanged ones cost no more than that)."""
    requests: int = 0
    seconds: float = 0.0
    resumed: bool = False
    complete: bool = False
    stopped_by: str | None = None

    def words(self) -> str:
        rate = self.seen / self.seconds if self.seconds else 0.0
        state = "complete" if self.complete else f"stopped ({self.stopped_by or 'the run limit'})"
        return (
            f"{self.seen} guests read in {self.seconds:.1f} s ({rate:.1f}/s), "
            f"{self.guests} of them fetched in full; {self.requests} requests "
            f"({self.requests / max(1, self.seen):.2f} a guest); "
            f"{'resumed, ' if self.resumed else ''}{state}"
        )


class Syncer:
    def __init__(
        self,
        live: Backend,
        store: LocalStore,
        *,
        max_guests: int = 2000,
        requests_per_s: float = 5.0,
        parts_max_age_s: float = PARTS_MAX_AGE_S,
        wall: Callable[[], float] = wallclock.wall,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.live = live
        self.store = store
        self.max_guests = max_guests
        self.parts_max_age_s = parts_max_age_s
        self._interval = 1.0 / requests_per_s
        self._wall = wall
        self._sleep = sleep
        self._last_request = 0.0
        self._should_stop: Callable[[], str | None] = lambda: None
        self._progress: Callable[[SyncReport], None] = lambda _report: None

    @property
    def possible(self) -> bool:
        return Capability.SYNC in self.live.capabilities

    def _paced(self, call: Callable[[], T], report: SyncReport) -> T:
        wait = self._last_request + self._interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        why = self._should_stop()
        if why:
            raise Interrupted(why)
        self._last_request = time.monotonic()
        report.requests += 1
        return call()

    def run(
        self,
        *,
        should_stop: Callable[[], str | None] | None = None,
        on_page: Callable[[SyncReport], None] | None = None,
    ) -> SyncReport:
        """One run; ``should_stop`` is asked before each request and, when it gives a reason,
        the run stops there (and resumes at its page next time); ``on_page`` is told after
        each page (a run of thousands of guests takes minutes: say how far it is)."""
        self._should_stop = should_stop or (lambda: None)
        self._progress = on_page or (lambda _report: None)
        report = SyncReport()
        if not self.possible:
            report.stopped_by = f"{self.live.name} cannot list its guests"
            return report
        started = time.monotonic()
        pending = self.store.sync_value("run")
        if pending:
            progress = json.loads(pending)
            report.resumed = True
        else:
            progress = {
                "page": 1,
                "started_at": datetime.fromtimestamp(self._wall(), UTC).isoformat(),
            }
        try:
            done = self._pages(progress, report)
            if done:
                self._todays_guests(report)
        except BackendError as exc:
            report.stopped_by = type(exc).__name__
            done = False
        except Interrupted as exc:
            report.stopped_by = str(exc)
            done = False
        if done:
            self.store.set_sync_value("run", None)
            self.store.set_sync_value(
                "completed_at", datetime.fromtimestamp(self._wall(), UTC).isoformat()
            )
            report.complete = True
        report.seconds = time.monotonic() - started
        log.info("sync: %s", report.words())
        return report

    def _pages(self, progress: dict[str, object], report: SyncReport) -> bool:
        while True:
            page = int(str(progress["page"]))
            guests, more = self._paced(
                partial(self.live.guests_page, page=page, per_page=PER_PAGE), report
            )
            for guest in guests:
                report.seen += 1
                if self._unchanged(guest):
                    continue
                self._keep(guest, report)
            progress["page"] = page + 1
            self.store.set_sync_value("run", json.dumps(progress))  # resume here next time
            self._progress(report)
            if not more:
                return True
            if report.guests >= self.max_guests:
                report.stopped_by = "the run limit"
                return False

    def _unchanged(self, guest: Guest) -> bool:
        """True when the copy's parts for ``guest`` are still good: the guest record is then
        refreshed in place (keeping when its parts were confirmed), with no further request."""
        found = self.store.guest(guest.id)
        if found is None:
            return False
        record, confirmed_at = found
        if guest.updated_at is None or record.guest.updated_at != guest.updated_at:
            return False
        if self._wall() - confirmed_at > self.parts_max_age_s:
            return False
        if not self._wanted_parts() <= record.parts:
            return False  # kept from a scan that did not read everything
        self.store.put_guest(replace(record, guest=guest), confirmed_at=confirmed_at)
        return True

    def _wanted_parts(self) -> frozenset[str]:
        can = self.live.capabilities
        return frozenset(
            part
            for part, needs in (
                ("bands", Capability.WRISTBANDS),
                ("memberships", Capability.MEMBERSHIPS),
                ("cards", Capability.CARDS),
                ("visits", Capability.CHECK_INS),
            )
            if needs in can
        )

    def _todays_guests(self, report: SyncReport) -> None:
        midnight = wallclock.local_now().replace(hour=0, minute=0, second=0, microsecond=0)
        page = 1
        while True:
            ids, more = self._paced(
                partial(self.live.guests_checked_in_since, midnight.astimezone(UTC), page=page),
                report,
            )
            for guest_id in ids:
                guest = self._paced(partial(self.live.guest, guest_id), report)
                self._keep(guest, report)
            if not more:
                return
            page += 1

    def _keep(self, guest: Guest, report: SyncReport) -> None:
        gid = guest.id
        can = self.live.capabilities
        parts: dict[str, tuple[object, ...]] = {}
        if Capability.WRISTBANDS in can:
            parts["bands"] = self._paced(lambda: self.live.bands(gid), report)
        if Capability.MEMBERSHIPS in can:
            parts["memberships"] = self._paced(lambda: self.live.memberships(gid), report)
        if Capability.CARDS in can:
            parts["cards"] = self._paced(lambda: self.live.cards(gid), report)
        if Capability.CHECK_INS in can:
            parts["visits"] = self._paced(lambda: self.live.visits(gid, limit=5), report)
        found = self.store.guest(gid)
        photo = found[0].photo if found else None
        record = GuestRecord(
            guest=guest,
            photo=photo,
            parts=frozenset(parts) | ({"photo"} if found and "photo" in found[0].parts else set()),
            **parts,  # type: ignore[arg-type]
        )
        self.store.put_guest(record)
        report.guests += 1
