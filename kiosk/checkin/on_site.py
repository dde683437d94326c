"""Who is in now: the site's open visits, searchable, refreshed in the background, with a
check-out from the list. Qt-free state that the on-site window and the desk's header render.

The list is read whole (every page) on the read worker and kept; searching filters it in
memory, so typing never waits for the network. A check-out is a write like any other: one key
per tap, done / not done / unknown, and unknown is read back before anything is said.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from kiosk.checkin.actions import ActionRefused, Actions, Intent, WriteOutcome, WriteResult
from kiosk.checkin.errors import BackendError
from kiosk.checkin.failures import Failure, describe_failure
from kiosk.checkin.i18n import tr
from kiosk.checkin.model import (
    Band,
    Membership,
    OnSite,
    OnSiteList,
    latest_band,
    lead_membership,
)
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.tasks import Handle, Listeners, NamedTimers, Runner
from kiosk.config import clock as wallclock
from kiosk.config.logs import remember_names

log = logging.getLogger(__name__)

REFRESH_S = 60.0
"""How often the list (and the header's count) is read again while the desk runs."""
WINDOW = timedelta(hours=24)
"""Visits opened within this long count as "in now" (a visit left open for days is not)."""


DETAILS_PER_READ = 200
"""At most this many guests are read in full per refresh (a cold start at a big site fills
in over a few refreshes; the names and times are there at once)."""
DETAILS_AT_ONCE = 8
DETAILS_FOR = timedelta(minutes=15)
"""A guest's membership and band are read again after this long on site."""


@dataclass(frozen=True)
class Details:
    membership: Membership | None
    band: Band | None
    photo: bytes | None
    read_at: datetime


def _details(backend: Backend, guest_id: str, now: datetime) -> Details:
    """A row's membership, band and photo, each as far as it can be read (a part that fails
    stays empty: the row is still there)."""
    can = backend.capabilities
    membership = band = photo = None
    with suppress(BackendError):
        if Capability.MEMBERSHIPS in can:
            membership = lead_membership(backend.memberships(guest_id))
    with suppress(BackendError):
        if Capability.WRISTBANDS in can:
            band = latest_band(backend.bands(guest_id))
    with suppress(BackendError):
        if Capability.PHOTOS in can:
            photo = backend.photo(backend.guest(guest_id))
    return Details(membership, band, photo, now)


def _with(row: OnSite, details: Details | None) -> OnSite:
    if details is None:
        return row
    return replace(
        row,
        membership=row.membership or details.membership,
        band=row.band or details.band,
        photo=row.photo or details.photo,
    )


@dataclass(frozen=True)
class Said:
    tone: str  # "good" | "warn" | "bad"
    words: str


@dataclass(frozen=True)
class OnSiteState:
    rows: tuple[OnSite, ...] = ()
    text: str = ""
    loading: bool = False
    loaded: bool = False
    """At least one answer came (before it, the count is unknown, not zero)."""
    failure: Failure | None = None
    """The last refresh failed (the rows are the last ones known)."""
    as_of: datetime | None = None
    """The rows come from the local copy (offline), as of this time."""
    refreshed_at: datetime | None = None
    checking_out: frozenset[str] = frozenset()
    """Visit ids being checked out (their buttons wait)."""
    said: Said | None = None
    pictures: dict[str, Any] = field(default_factory=dict)
    """Decoded photos by guest id (opaque here)."""

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def shown(self) -> tuple[OnSite, ...]:
        """The rows matching the search: a name, or a band's code."""
        wanted = self.text.strip().casefold()
        if not wanted:
            return self.rows
        return tuple(
            row
            for row in self.rows
            if wanted in row.name.casefold()
            or (row.band is not None and wanted in row.band.code.casefold())
        )


def band_expired(row: OnSite, now: datetime) -> bool:
    """The guest's band expired while they are on site."""
    ends = row.band.expires_at if row.band is not None else None
    return ends is not None and ends <= now


class OnSiteSession:
    """Call from one thread (the GUI thread); reads and writes run on ``runner``."""

    def __init__(
        self,
        backend: Backend,
        actions: Actions,
        runner: Runner,
        *,
        decode_photo: Callable[[bytes], Any] | None = None,
        refresh_s: float = REFRESH_S,
        window: timedelta = WINDOW,
        clock: Callable[[], datetime] = lambda: wallclock.now(),
    ) -> None:
        self.backend = backend
        self.actions = actions
        self._runner = runner
        self._decode = decode_photo
        self._refresh_s = refresh_s
        self._window = window
        self._clock = clock
        self._timers = NamedTimers(runner)
        self._read: Handle | None = None
        self._unfinished: Intent | None = None
        self._details: dict[str, Details] = {}
        """What was read of each guest on site (membership, band, photo), kept a while: a
        refresh reads only the guests that are new."""
        self.state = OnSiteState()
        self.changed: Listeners[OnSiteState] = Listeners()

    @property
    def available(self) -> bool:
        return Capability.ON_SITE in self.backend.capabilities

    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.changed.emit(self.state)

    # ------------------------------------------------------------------ reading

    def start(self) -> None:
        """Read now, then every ``refresh_s`` (the header's count stays true)."""
        if self.available:
            self.refresh()

    def refresh(self) -> None:
        if not self.available or self._read is not None:
            return
        self._timers.stop("refresh")
        self._set(loading=True)
        now = self._clock()
        since = now - self._window
        backend, decode = self.backend, self._decode
        known = {k: v for k, v in self._details.items() if now - v.read_at < DETAILS_FOR}
        seen = dict(self.state.pictures)  # decoded once per guest, not once a minute

        def work() -> tuple[OnSiteList, dict[str, Any], dict[str, Details]]:
            found = backend.on_site(since)
            wanted = [
                row.guest_id
                for row in found.visits
                if row.membership is None
                and row.band is None
                and row.photo is None
                and row.guest_id not in known
            ][:DETAILS_PER_READ]
            fresh: dict[str, Details] = {}
            if wanted and found.as_of is None:  # offline, the copy is all there is
                with ThreadPoolExecutor(DETAILS_AT_ONCE) as pool:
                    fresh = dict(pool.map(lambda gid: (gid, _details(backend, gid, now)), wanted))
            details = known | fresh
            rows = tuple(_with(row, details.get(row.guest_id)) for row in found.visits)
            remember_names(*(row.name for row in rows))  # never logged
            pictures = {}
            for row in rows:
                if row.guest_id in seen:
                    pictures[row.guest_id] = seen[row.guest_id]
                elif row.photo and decode is not None:
                    pictures[row.guest_id] = decode(row.photo)
            return replace(found, visits=rows), pictures, fresh

        self._read = self._runner.read(work, self._listed, self._failed)

    def _listed(self, answer: tuple[OnSiteList, dict[str, Any], dict[str, Details]]) -> None:
        found, pictures, fresh = answer
        self._read = None
        self._details.update(fresh)
        self._set(
            rows=found.visits,  # a row being checked out stays until its answer says so
            loading=False,
            loaded=True,
            failure=None,
            as_of=found.as_of,
            refreshed_at=self._clock(),
            pictures=pictures,
        )
        self._again()

    def _failed(self, error: BaseException) -> None:
        self._read = None
        self._set(loading=False, failure=describe_failure(error, self.backend.name))
        self._again()

    def _again(self) -> None:
        self._timers.start("refresh", self._refresh_s, self.refresh)

    def search(self, text: str) -> None:
        self._set(text=text)

    # ------------------------------------------------------------------ checking out

    def check_out(self, visit_id: str) -> None:
        row = next((r for r in self.state.rows if r.visit.id == visit_id), None)
        if row is None or visit_id in self.state.checking_out:
            return
        try:
            intent = self.actions.plan_check_out_visit(
                row.guest_id, visit_id, previous=self._unfinished
            )
        except ActionRefused as exc:
            self._set(said=Said("bad", f"✖ {exc}"))
            return
        actions = self.actions

        def work() -> WriteResult:
            result = actions.perform(intent)
            if result.outcome is WriteOutcome.UNKNOWN:
                result = actions.reconcile(result)  # read back before saying anything
            return result

        self._set(
            checking_out=self.state.checking_out | {visit_id},
            said=Said("info", tr("Checking out {name}…", name=row.name)),
        )
        self._runner.write(
            work,
            lambda result: self._checked_out(row, result),
            lambda error: self._crashed(row, intent, error),
        )

    def _checked_out(self, row: OnSite, result: WriteResult) -> None:
        going = self.state.checking_out - {row.visit.id}
        if result.outcome in (WriteOutcome.DONE, WriteOutcome.QUEUED):
            self._unfinished = None
            words = (
                tr("{name} checked out.", name=row.name)
                if result.outcome is WriteOutcome.DONE
                else tr(
                    "{name} checked out — saved for later: it will be sent when the "
                    "connection is back.",
                    name=row.name,
                )
            )
            self._set(
                rows=tuple(r for r in self.state.rows if r.visit.id != row.visit.id),
                checking_out=going,
                said=Said("good", "✔ " + words),
            )
            return
        self._unfinished = result.intent  # a retry keeps the key
        if result.outcome is WriteOutcome.UNKNOWN:
            self._set(
                checking_out=going,
                said=Said(
                    "warn",
                    "? "
                    + tr(
                        "Couldn't confirm whether {name} was checked out: the list will say "
                        "at its next refresh.",
                        name=row.name,
                    ),
                ),
            )
            self.refresh()
            return
        why = result.note or (
            str(result.error)
            if isinstance(result.error, ActionRefused)
            else describe_failure(result.error, self.backend.name).sentence
            if result.error is not None
            else ""
        )
        self._set(
            checking_out=going,
            said=Said("bad", "✖ " + tr("{name} not checked out. {why}", name=row.name, why=why)),
        )

    def _crashed(self, row: OnSite, intent: Intent, error: BaseException) -> None:
        log.error("a check-out from the list failed unexpectedly", exc_info=error)
        self._checked_out(row, WriteResult(intent, WriteOutcome.UNKNOWN, error=error))

    def shutdown(self) -> None:
        self._timers.stop_all()
        if self._read is not None:
            self._read.cancel()
            self._read = None
        self.changed.disconnect_all()
