"""Any backend, wrapped so that the desk carries on when it cannot be reached (a caching
decorator, after pretixSCAN's online/offline check providers).

Online, every read goes to the guest system, and what comes back is kept in the local copy
(``LocalStore``). A read that fails for the link's sake (no connection, a timeout, a 5xx, a 429)
is answered from the copy instead, and counted: after 2 such failures in the last 5 calls the
backend is *offline*: reads go straight to the copy (fast), and a keeper thread tries the guest
system every few seconds until it answers, then it is *online* again and the outbox is sent.
A live read of a guest the copy knows gets ``live_leash_s`` before the copy answers, so on a dead
network the scan is answered in about that long, not after a full timeout.

Whatever comes from the copy carries its age (``Guest.as_of``): the verdict policy decides what an
offline answer may say. A code the copy does not know raises ``NotInLocalCopy``: never "welcome".

Writes: check-ins and check-outs made offline (or that could not be sent) go to the outbox and
come back as queued visits; one whose answer was lost goes there too, marked to be read back
before anything is resent. Every other write needs the guest system: offline it is refused with
``NeedsConnection``, never queued.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar

from kiosk.backends.offline.outbox import (
    ATTENTION,
    IN_FLIGHT_S,
    LOCAL_PREFIX,
    WAITING,
    DrainReport,
    Outbox,
)
from kiosk.backends.offline.store import GuestRecord, LocalStore
from kiosk.backends.offline.sync import Syncer, SyncReport
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import (
    BackendError,
    NeedsConnection,
    NotInLocalCopy,
    ServerTrouble,
    Throttled,
    TimedOut,
    Unreachable,
)
from kiosk.checkin.model import (
    Address,
    Band,
    Card,
    Device,
    Guest,
    GuestDetails,
    LinkStatus,
    Membership,
    OnSite,
    OnSiteList,
    QueuedWrite,
    ReportJob,
    SearchHit,
    Site,
    Spend,
    Visit,
    latest_band,
    lead_membership,
)
from kiosk.checkin.ports import Backend
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)
T = TypeVar("T")

LINK_FAILURES = (Unreachable, TimedOut, ServerTrouble, Throttled)
WINDOW = 5
FAILURES_TO_SWITCH = 2
THUMBNAIL_PX = 96
KEPT_VISITS = 10
PROBE_S = 2.0
SUSPECT_PROBE_S = 0.8


def _merged(known: Visit, news: Visit) -> Visit:
    """A visit's newer state over the one kept (a check-out's answer may omit what is known)."""
    return replace(
        known,
        checked_out_at=news.checked_out_at or known.checked_out_at,
        checked_in_at=news.checked_in_at or known.checked_in_at,
    )


class OfflineBackend:
    """``inner`` with a local copy in ``store``. Call :meth:`start` for the keeper thread."""

    def __init__(
        self,
        inner: Backend,
        store: LocalStore,
        audit: AuditLog,
        *,
        probe_every_s: float = 3.0,
        live_leash_s: float = 1.0,
        syncer: Syncer | None = None,
        sync_every_s: float = 0.0,
        on_online: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = wallclock.wall,
        in_flight_s: float = IN_FLIGHT_S,
        device: Device | None = None,
    ) -> None:
        self.inner = inner
        self.store = store
        self.outbox = Outbox(
            store,
            inner,
            audit,
            wall=wall,
            on_sent=self._sent,
            in_flight_s=in_flight_s,
            device=device,
        )
        self.name = inner.name
        self.capabilities = frozenset(inner.capabilities)
        self._probe_every_s = probe_every_s
        self._leash_s = live_leash_s
        self._on_online = on_online
        self._clock = clock
        self._wall = wall
        self._lock = threading.Lock()
        self._copy_lock = threading.Lock()
        """One read-modify-write of a guest's record at a time (a lookup's parts are parallel)."""
        self._thread = threading.local()
        """``copy_only`` set: this thread's reads come from the copy alone (see CopyOnly)."""
        self._recent: deque[bool] = deque(maxlen=WINDOW)
        self._offline = False
        self._why: str | None = None
        """What the last failure was (the chip says why it is offline)."""
        self._since = datetime.fromtimestamp(wall(), UTC)
        self._counts: tuple[int, int, datetime | None] = (0, 0, None)
        """Waiting, needing attention, copy complete as of: what :meth:`status` says."""
        self._oldest_waiting: datetime | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._keeper: threading.Thread | None = None
        self.last_drain: DrainReport | None = None
        self.syncer = syncer
        self._refresh_status()  # what was left waiting when the app last closed
        self._sync_every_s = sync_every_s
        self._synced_at: float | None = None
        self.last_sync: SyncReport | None = None

    # ------------------------------------------------------------------ the link

    @property
    def offline(self) -> bool:
        with self._lock:
            return self._offline

    def note_late(self) -> None:
        """A lookup's answer came after its deadline: for a desk, a guest system that slow is
        as good as down (the copy answers at once). Counted as a failure."""
        self._record(False, why="slow")

    def _record(self, ok: bool, *, why: str | None = None) -> None:
        switched = None
        with self._lock:
            self._recent.append(ok)
            if not ok:
                self._why = why or self._why
            failures = sum(1 for r in self._recent if not r)
            if not self._offline and failures >= FAILURES_TO_SWITCH:
                self._offline, switched = True, "offline"
            elif self._offline and ok:
                self._offline, switched = False, "online"
                self._recent.clear()
            if switched:
                self._since = datetime.fromtimestamp(self._wall(), UTC)
            if ok:
                self._why = None
            suspect = not ok and not self._offline
        if suspect:
            self._wake.set()  # one failure: the keeper tries the link now, not at the next scan
        if switched:
            log.warning(
                "%s is %s",
                self.name,
                "unreachable: working offline" if switched == "offline" else "back: online",
            )
            self._wake.set()

    def _suspect(self) -> bool:
        """Online, but the last call failed: worth a probe before the next scan finds out."""
        with self._lock:
            return bool(self._recent) and not self._recent[-1]

    def start(self) -> OfflineBackend:
        """Start the keeper: probes while offline, sends the outbox when online."""
        self._keeper = threading.Thread(target=self._keep, name="offline-keeper", daemon=True)
        self._keeper.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._keeper is not None:
            self._keeper.join(timeout=5)
        self.store.close()
        self.inner.close()

    def _keep(self) -> None:
        """One thread does the background work, one thing at a time: try the link while
        offline; send the outbox when online; sync ahead of time when one is due."""
        while not self._stop.is_set():
            try:
                self._refresh_status()
                if self.offline or self._suspect():
                    self.probe()
                if not self.offline and self.store.outbox_counts().get(WAITING):
                    self.send_outbox()
                if not self.offline and self._sync_due():
                    self.sync()
            except Exception:  # the keeper must outlive any one failure
                if self._stop.is_set():
                    break  # closing under it (the store went first): nothing to report
                log.exception("the offline keeper hit an unexpected error")
            self._wake.wait(self._probe_every_s)
            self._wake.clear()

    def _sync_due(self) -> bool:
        if self.syncer is None or self._sync_every_s <= 0:
            return False
        return self._synced_at is None or self._clock() - self._synced_at >= self._sync_every_s

    def sync(self, *, progress: Callable[[SyncReport], None] | None = None) -> SyncReport:
        """Fill the local copy ahead of time now (also ``kiosk sync``). A run gives way when
        the app closes, the link drops or a check-in is waiting to be sent (the keeper does
        one thing at a time); an unfinished run carries on at the keeper's next turn.
        ``progress`` is told after each page of guests."""
        assert self.syncer is not None
        report = self.syncer.run(should_stop=self._sync_should_stop, on_page=progress)
        if report.complete or report.stopped_by == "the run limit":
            self._synced_at = self._clock()
        self.last_sync = report
        self._refresh_status()
        return report

    def _sync_should_stop(self) -> str | None:
        if self._stop.is_set():
            return "closing"
        if self.offline:
            return "offline"
        if self.store.outbox_counts().get(WAITING):
            return "check-ins waiting to be sent"
        return None

    def probe(self) -> bool:
        """Try the guest system once (cheaply); True when it answered."""
        # after one failure the question is urgent (a scan is waiting to be decided): a healthy
        # link answers a ping well within SUSPECT_PROBE_S
        wait = SUSPECT_PROBE_S if self._suspect() else PROBE_S
        try:
            self.inner.ping(deadline=self._clock() + wait)
        except BackendError as exc:
            self._record(False, why=_why(exc))
            return False
        self._record(True)
        if self._on_online is not None:
            self._on_online()
        return True

    def send_outbox(self) -> DrainReport:
        report = self.outbox.drain()
        self.last_drain = report
        self._refresh_status()
        if report.stopped_by is not None:
            self._record(False)
        return report

    def status(self) -> LinkStatus:
        """A snapshot, no database read: the screens ask every second on the GUI thread. The
        counts are refreshed where they change (a write saved, a drain, a sync) and at each of
        the keeper's turns (another process, ``kiosk outbox --send``, may have sent some)."""
        with self._lock:
            offline, since, why = self._offline, self._since, self._why
            waiting, attention, as_of = self._counts
            oldest = self._oldest_waiting
        return LinkStatus(
            online=not offline,
            since=since,
            data_as_of=as_of,
            waiting=waiting,
            oldest_waiting=oldest,
            needs_attention=attention,
            local_copy=True,
            why=why if offline else None,
        )

    def _refresh_status(self) -> None:
        counts = self.store.outbox_counts()
        completed = self.store.sync_value("completed_at")
        as_of = datetime.fromisoformat(completed) if completed else None
        oldest = self.store.outbox_oldest(WAITING)
        with self._lock:
            self._counts = (counts.get(WAITING, 0), counts.get(ATTENTION, 0), as_of)
            self._oldest_waiting = (
                datetime.fromtimestamp(oldest, tz=UTC) if oldest is not None else None
            )

    def _sent(self, guest_id: str, visit: Visit) -> None:
        self._note_visit(guest_id, visit)
        self._refresh_status()

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        return self.outbox.listing()

    def copy_only(self) -> CopyOnly:
        """The copy alone, read-only: the desk's provisional answer while the live one comes."""
        return CopyOnly(self)

    @contextmanager
    def _from_copy(self) -> Iterator[None]:
        self._thread.copy_only = True
        try:
            yield
        finally:
            self._thread.copy_only = False

    def ping(self, *, deadline: float | None = None) -> None:
        self.inner.ping(deadline=deadline)

    # ------------------------------------------------------------------ reads

    def _read(
        self,
        live: Callable[[float | None], T],
        local: Callable[[], T],
        keep: Callable[[T], None],
        deadline: float | None,
        *,
        leash: bool = False,
        required: bool = False,
    ) -> T:
        """Live (kept in the copy), or the copy when offline or when the link fails now."""
        if self.offline or getattr(self._thread, "copy_only", False):
            return local()
        if self._suspect():
            # the last call failed and the keeper is trying the link: what the copy has is
            # answered now; an optional part it lacks (a photo, spend) is not waited for
            # either (it shows as "couldn't load"); only the guest themself is worth the wait
            try:
                return local()
            except NotInLocalCopy:
                if not required:
                    raise
        if leash:
            short = self._clock() + self._leash_s
            deadline = short if deadline is None else min(deadline, short)
        try:
            value = live(deadline)
        except LINK_FAILURES as exc:
            self._record(False, why=_why(exc))
            try:
                return local()
            except NotInLocalCopy as missing:
                # neither can answer: say so (never "not recognised": nobody knows)
                raise NotInLocalCopy(f"{missing.message}; and {exc.message}") from exc
        self._record(True)
        try:
            keep(value)
        except Exception as exc:  # the copy failing must never fail a live answer
            log.warning("could not keep a read in the local copy: %s", exc)
        return value

    def _record_of(self, guest_id: str) -> tuple[GuestRecord, datetime]:
        found = self.store.guest(guest_id)
        if found is None:
            raise NotInLocalCopy("not in the local copy")
        record, confirmed_at = found
        return record, datetime.fromtimestamp(confirmed_at, UTC)

    def _update(self, guest_id: str, **parts: object) -> None:
        with self._copy_lock:
            found = self.store.guest(guest_id)
            if found is None:
                return  # parts of a guest are kept once the guest is
            record, confirmed = found
            changed = replace(record, parts=record.parts | set(parts), **parts)  # type: ignore[arg-type]
            self.store.put_guest(changed, confirmed_at=confirmed)

    def _note_visit(self, guest_id: str, visit: Visit) -> None:
        """A check-in or check-out the guest system confirmed (at once, or from the outbox):
        into the copy at once, so that offline a minute later the guest is still "in"."""
        if visit.queued:
            return
        with self._copy_lock:
            found = self.store.guest(guest_id)
            if found is None or "visits" not in found[0].parts:
                return
            record, confirmed = found
            known = record.visits
            if any(v.id == visit.id for v in known):
                visits = tuple(_merged(v, visit) if v.id == visit.id else v for v in known)
            else:
                visits = (visit, *known)[:KEPT_VISITS]
            self.store.put_guest(replace(record, visits=visits), confirmed_at=confirmed)

    def _keep_guest(self, guest: Guest) -> None:
        with self._copy_lock:
            found = self.store.guest(guest.id)
            record = found[0] if found else GuestRecord(guest=guest)
            self.store.put_guest(replace(record, guest=replace(guest, as_of=None)))

    def _local_guest(self, guest_id: str) -> Guest:
        record, as_of = self._record_of(guest_id)
        return replace(record.guest, as_of=as_of)

    def _part(self, guest_id: str, part: str) -> GuestRecord:
        record, _ = self._record_of(guest_id)
        if part not in record.parts:
            raise NotInLocalCopy(f"no {part} in the local copy")
        return record

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        known = self.store.guest_id_for_code(code)

        def local() -> Guest:
            if known is None:
                raise NotInLocalCopy("this code is not in the local copy")
            return self._local_guest(known)

        def keep(guest: Guest) -> None:
            self._keep_guest(guest)
            self.store.remember_code(code, guest.id)

        return self._read(
            lambda d: self.inner.find_by_code(code, deadline=d),
            local,
            keep,
            deadline,
            leash=known is not None,
            required=True,
        )

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        return self._read(
            lambda d: self.inner.guest(guest_id, deadline=d),
            lambda: self._local_guest(guest_id),
            self._keep_guest,
            deadline,
            leash=self.store.guest(guest_id) is not None,
            required=True,
        )

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]:
        return self._read(
            lambda d: self.inner.memberships(guest_id, deadline=d),
            lambda: self._part(guest_id, "memberships").memberships,
            lambda found: self._update(guest_id, memberships=found),
            deadline,
        )

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]:
        return self._read(
            lambda d: self.inner.bands(guest_id, deadline=d),
            lambda: self._part(guest_id, "bands").bands,
            lambda found: self._update(guest_id, bands=found),
            deadline,
        )

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band:
        def local() -> Band:
            for band in self._part(guest_id, "bands").bands:
                if band.id == band_id:
                    return band
            raise NotInLocalCopy("no such band in the local copy")

        return self._read(
            lambda d: self.inner.band(guest_id, band_id, deadline=d),
            local,
            lambda _: None,
            deadline,
        )

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]:
        return self._read(
            lambda d: self.inner.cards(guest_id, deadline=d),
            lambda: self._part(guest_id, "cards").cards,
            lambda found: self._update(guest_id, cards=found),
            deadline,
        )

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend:
        def local() -> Spend:
            raise NotInLocalCopy("spend is not kept in the local copy")

        return self._read(
            lambda d: self.inner.spend(guest_id, deadline=d), local, lambda _: None, deadline
        )

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        return self._read(
            lambda d: self.inner.photo(guest, deadline=d),
            lambda: self._part(guest.id, "photo").photo,
            lambda found: self._update(guest.id, photo=_thumbnail(found)),
            deadline,
        )

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        def local() -> tuple[Visit, ...]:
            known = self._part(guest_id, "visits").visits
            return self._with_queued(guest_id, known)[:limit]

        def live(d: float | None) -> tuple[Visit, ...]:
            found = self.inner.visits(guest_id, since=since, limit=limit, deadline=d)
            return self._with_queued(guest_id, found)[:limit]

        def keep(found: tuple[Visit, ...]) -> None:
            if since is None:
                self._update(guest_id, visits=tuple(v for v in found if not v.queued))

        return self._read(live, local, keep, deadline)

    def _with_queued(self, guest_id: str, visits: tuple[Visit, ...]) -> tuple[Visit, ...]:
        """The guest's visits as they will be once the outbox is sent: a queued check-in is an
        open visit; a queued check-out closes its visit."""
        waiting = self.outbox.waiting_for(guest_id)
        if not waiting:
            return visits
        merged = list(visits)
        for entry in waiting:
            record = entry["record"]
            at = datetime.fromtimestamp(entry["created_at"], UTC)
            if record["kind"] == "check_in":
                merged.insert(
                    0,
                    Visit(
                        id=str(record["local_visit"]),
                        checked_in_at=at,
                        method=record["method"],
                        membership_id=record["membership_id"],
                        queued=True,
                    ),
                )
            else:
                merged = [
                    replace(v, checked_out_at=at, queued=True) if v.id == record["visit"] else v
                    for v in merged
                ]
        return tuple(merged)

    def site(self, *, deadline: float | None = None) -> Site | None:
        def local() -> Site | None:
            found = self.store.site()
            if found is None:
                raise NotInLocalCopy("no site in the local copy")
            return found

        def keep(site: Site | None) -> None:
            if site is not None:
                self.store.put_site(site)

        return self._read(lambda d: self.inner.site(deadline=d), local, keep, deadline)

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]:
        def local() -> tuple[SearchHit, ...]:
            needle = text.strip().casefold()
            hits = []
            for guest_id in self.store.guest_ids():
                found = self.store.guest(guest_id)
                if found is None:
                    continue
                guest = found[0].guest
                haystack = " ".join(filter(None, [guest.display_name, guest.email, guest.phone]))
                if needle and needle in haystack.casefold():
                    hits.append(SearchHit(guest.id, guest.display_name, guest.email, guest.labels))
            return tuple(hits[:25])

        return self._read(
            lambda d: self.inner.search(text, deadline=d), local, lambda _: None, deadline
        )

    def guests_page(self, *, page: int, per_page: int) -> tuple[tuple[Guest, ...], bool]:
        return self.inner.guests_page(page=page, per_page=per_page)

    def guests_checked_in_since(
        self, since: datetime, *, page: int
    ) -> tuple[tuple[str, ...], bool]:
        return self.inner.guests_checked_in_since(since, page=page)

    def on_site(self, since: datetime, *, deadline: float | None = None) -> OnSiteList:
        """The guest system's list while online (each row filled in from the copy: photo,
        membership, band); offline, the open visits the copy knows of, queued check-ins
        included, with how old the copy is."""

        def local() -> OnSiteList:
            rows = []
            for guest_id in self.store.guest_ids():
                found = self.store.guest(guest_id)
                if found is None:
                    continue
                record = found[0]
                for visit in self._with_queued(guest_id, record.visits):
                    opened = visit.checked_in_at
                    if visit.is_open and (opened is None or opened >= since):
                        rows.append(_on_site_row(visit, record))
            rows.sort(key=lambda row: row.visit.checked_in_at or since, reverse=True)
            return OnSiteList(tuple(rows), as_of=self.status().data_as_of or self._as_of_now())

        def live(d: float | None) -> OnSiteList:
            found = self.inner.on_site(since, deadline=d)
            rows = []
            for row in found.visits:
                record = self.store.guest(row.guest_id)
                rows.append(_on_site_row(row.visit, record[0], row) if record else row)
            return OnSiteList(tuple(rows))

        return self._read(live, local, lambda _: None, deadline)

    def _as_of_now(self) -> datetime:
        return datetime.fromtimestamp(self._wall(), UTC)

    # ------------------------------------------------------------------ writes

    def check_in(self, guest_id: str, *, method: str, membership_id: str | None, key: str) -> Visit:
        known = [v.id for v in self._known_visits(guest_id)]

        def queue(may_have_been_sent: bool) -> Visit:
            visit = self.outbox.add_check_in(
                guest_id,
                key=key,
                method=method,
                membership_id=membership_id,
                known_visits=known,
                may_have_been_sent=may_have_been_sent,
            )
            self._refresh_status()
            return visit

        if self.offline or self.store.outbox_counts().get(WAITING):
            self._wake.set()
            return queue(False)  # offline, or behind earlier waiting writes: keep the order
        try:
            visit = self.inner.check_in(
                guest_id, method=method, membership_id=membership_id, key=key
            )
        except LINK_FAILURES as exc:
            self._record(False, why=_why(exc))
            return queue(exc.maybe_applied)
        self._record(True)
        self._note_visit(guest_id, visit)
        return visit

    def check_out(self, guest_id: str, visit_id: str, *, key: str) -> Visit:
        waiting = self.store.outbox_counts().get(WAITING)
        if self.offline or visit_id.startswith(LOCAL_PREFIX) or waiting:
            self._wake.set()
            return self._queue_check_out(guest_id, visit_id, key=key)
        try:
            visit = self.inner.check_out(guest_id, visit_id, key=key)
        except LINK_FAILURES as exc:
            self._record(False, why=_why(exc))
            return self._queue_check_out(
                guest_id, visit_id, key=key, may_have_been_sent=exc.maybe_applied
            )
        self._record(True)
        self._note_visit(guest_id, visit)
        return visit

    def _queue_check_out(
        self, guest_id: str, visit_id: str, *, key: str, may_have_been_sent: bool = False
    ) -> Visit:
        visit = self.outbox.add_check_out(
            guest_id, visit_id, key=key, may_have_been_sent=may_have_been_sent
        )
        self._refresh_status()
        return visit

    def _known_visits(self, guest_id: str) -> tuple[Visit, ...]:
        found = self.store.guest(guest_id)
        return found[0].visits if found else ()

    def _online_only(self, what: str) -> None:
        if self.offline:
            raise NeedsConnection(
                f"{what} needs the connection to {self.name}; it can't be saved for later."
            )

    def set_band_expiry(
        self, guest_id: str, band_id: str, until: datetime | None, *, key: str
    ) -> Band:
        self._online_only("Changing the expiry")
        return self.inner.set_band_expiry(guest_id, band_id, until, key=key)

    def set_band_card(self, guest_id: str, band_id: str, card_id: str | None, *, key: str) -> Band:
        self._online_only("Changing the card on the band")
        return self.inner.set_band_card(guest_id, band_id, card_id, key=key)

    def set_band_order(
        self, guest_id: str, band_id: str, order_id: str | None, *, key: str
    ) -> Band:
        self._online_only("Moving the tab to the band")
        return self.inner.set_band_order(guest_id, band_id, order_id, key=key)

    def add_band(self, guest_id: str, code: str, *, expires_at: datetime | None, key: str) -> Band:
        self._online_only("Adding a wristband")
        return self.inner.add_band(guest_id, code, expires_at=expires_at, key=key)

    def remove_band(self, guest_id: str, band_id: str, *, key: str) -> None:
        self._online_only("Removing a wristband")
        self.inner.remove_band(guest_id, band_id, key=key)

    def addresses(self, guest_id: str, *, deadline: float | None = None) -> tuple[Address, ...]:
        def local() -> tuple[Address, ...]:
            raise NotInLocalCopy("addresses are not kept in the local copy")

        return self._read(
            lambda d: self.inner.addresses(guest_id, deadline=d), local, lambda _: None, deadline
        )

    def save_address(self, guest_id: str, address: Address, *, key: str) -> Address:
        self._online_only("Saving an address")
        return self.inner.save_address(guest_id, address, key=key)

    def delete_address(self, guest_id: str, address_id: str, *, key: str) -> None:
        self._online_only("Removing an address")
        self.inner.delete_address(guest_id, address_id, key=key)

    def start_guest_report(self) -> ReportJob:
        self._online_only("The customers report")
        return self.inner.start_guest_report()

    def report_job(self, job_id: str) -> ReportJob:
        return self.inner.report_job(job_id)

    def report_file(self, job: ReportJob) -> bytes:
        return self.inner.report_file(job)

    def anonymise(self, guest_id: str, *, key: str) -> None:
        self._online_only("Anonymising a guest")
        self.inner.anonymise(guest_id, key=key)
        with self._copy_lock:
            self.store.forget_guest(guest_id)  # erased there: erased here too

    def set_locked(self, guest_id: str, locked: bool, *, key: str) -> Guest:
        self._online_only("Locking or unlocking an account")
        return self.inner.set_locked(guest_id, locked, key=key)

    def send_password_reset(self, guest_id: str, *, key: str) -> None:
        self._online_only("Sending an email")
        self.inner.send_password_reset(guest_id, key=key)

    def resend_verification(self, guest_id: str, *, key: str) -> None:
        self._online_only("Sending an email")
        self.inner.resend_verification(guest_id, key=key)

    def set_password_link(self, guest_id: str, *, key: str) -> str:
        self._online_only("A set-password link")
        return self.inner.set_password_link(guest_id, key=key)

    def register(self, details: GuestDetails, *, key: str) -> Guest:
        self._online_only("Registering a guest")
        return self.inner.register(details, key=key)

    def update(self, guest_id: str, details: GuestDetails, *, key: str) -> Guest:
        self._online_only("Changing a guest's details")
        return self.inner.update(guest_id, details, key=key)

    def add_note(self, guest_id: str, text: str, *, key: str) -> Guest:
        self._online_only("Adding a note")
        return self.inner.add_note(guest_id, text, key=key)

    def add_label(self, guest_id: str, label: str, *, key: str) -> Guest:
        self._online_only("Adding a label")
        return self.inner.add_label(guest_id, label, key=key)


def _why(error: BaseException) -> str:
    """The chip's reason for a link failure (see LinkStatus.why)."""
    if isinstance(error, TimedOut):
        return "slow"
    if isinstance(error, Throttled):
        return "busy"
    if isinstance(error, ServerTrouble):
        return "trouble"
    return "unreachable"


def _thumbnail(photo: bytes | None) -> bytes | None:
    """A small copy of the photo for the local copy (the original is never kept)."""
    if not photo:
        return None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(photo)) as image:
            image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, format="JPEG", quality=80)
            return out.getvalue()
    except Exception as exc:
        log.info("no thumbnail kept: %s", type(exc).__name__)
        return None


class CopyOnly:
    """The local copy of an :class:`OfflineBackend` as a :class:`Reader` that never goes to the
    network: what the desk shows at once while the guest system answers. Read-only by type:
    nothing can be written on what it says (the domain refuses writes on a provisional answer
    too)."""

    def __init__(self, owner: OfflineBackend) -> None:
        self._owner = owner
        self.name = owner.name
        self.capabilities = owner.capabilities

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        with self._owner._from_copy():
            return self._owner.find_by_code(code)

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        with self._owner._from_copy():
            return self._owner.guest(guest_id)

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]:
        with self._owner._from_copy():
            return self._owner.memberships(guest_id)

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]:
        with self._owner._from_copy():
            return self._owner.bands(guest_id)

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band:
        with self._owner._from_copy():
            return self._owner.band(guest_id, band_id)

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]:
        with self._owner._from_copy():
            return self._owner.cards(guest_id)

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend:
        with self._owner._from_copy():
            return self._owner.spend(guest_id)

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        with self._owner._from_copy():
            return self._owner.photo(guest)

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        with self._owner._from_copy():
            return self._owner.visits(guest_id, since=since, limit=limit)

    def site(self, *, deadline: float | None = None) -> Site | None:
        with self._owner._from_copy():
            return self._owner.site()

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]:
        with self._owner._from_copy():
            return self._owner.search(text)


def _on_site_row(visit: Visit, record: GuestRecord, listed: OnSite | None = None) -> OnSite:
    """A row of who is in now, filled in from the guest's record in the copy."""
    guest = record.guest
    return OnSite(
        visit,
        guest.id,
        listed.name if listed is not None else guest.display_name,
        initials=guest.initials,
        photo=record.photo,
        membership=lead_membership(record.memberships),
        band=latest_band(record.bands),
    )
