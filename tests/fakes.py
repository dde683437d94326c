"""Test doubles for the sessions' unit tests, and why they are not the real thing.

The session rules (newest scan wins, a refresh is not a scan, writes tell the truth...) are
about the *order* in which answers arrive. Against the stand-in server that order is up to the
network and the thread pool; here it is chosen by the test, one step at a time, in milliseconds.
So these tests use an in-memory backend (``MemoryBackend``: the domain's ``Backend`` port over a
few dicts) and a runner that runs nothing until told (``StepRunner``). The real backend and the
Qt runner are covered by the integration and UI tests against the stand-in server.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from kiosk.checkin.errors import BackendError, NotFound, Unreachable
from kiosk.checkin.model import (
    Address,
    Band,
    Card,
    Guest,
    GuestDetails,
    Label,
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
)
from kiosk.checkin.ports import Capability
from kiosk.config import clock as wallclock

NOW = wallclock.now()


class MemoryBackend:
    """A guest system in memory. ``fail[name]`` makes that method raise the given error
    (once per entry in the list, or always for a single error)."""

    name = "Trybe"

    def __init__(self) -> None:
        self.capabilities = frozenset(Capability)
        self.guests: dict[str, Guest] = {}
        self.band_list: dict[str, list[Band]] = {}
        self.membership_list: dict[str, tuple[Membership, ...]] = {}
        self.card_list: dict[str, tuple[Card, ...]] = {}
        self.visit_list: dict[str, list[Visit]] = {}
        self.address_book: dict[str, list[Address]] = {}
        self.fail: dict[str, Any] = {}
        self.calls: list[tuple[str, Any]] = []
        self.keys: list[str] = []
        self._ids = itertools.count(1)

    # ------------------------------------------------------------------ building

    def add_guest(
        self,
        first: str,
        code: str,
        *,
        membership: str | None = "active",
        expires_in: timedelta | None = timedelta(days=1),
        locked: bool = False,
        photo: bool = True,
    ) -> Guest:
        gid = f"g{next(self._ids)}"
        guest = Guest(
            id=gid,
            first_name=first,
            last_name="Tester",
            email=f"{first.lower()}@example.test",
            locked=locked,
            photo_url=f"/photos/{gid}.png" if photo else None,
        )
        self.guests[gid] = guest
        expires = NOW + expires_in if expires_in is not None else None
        self.band_list[gid] = [Band(id=f"b-{code}", code=code, expires_at=expires)]
        self.membership_list[gid] = (
            (Membership(id=f"m-{gid}", name="Gold", status=membership),) if membership else ()
        )
        self.card_list[gid] = (Card(id=f"c-{gid}", brand="visa", last4="4242", expiry="12/40"),)
        self.visit_list[gid] = []
        return guest

    def _check(self, name: str, arg: Any = None) -> None:
        self.calls.append((name, arg))
        planned = self.fail.get(name)
        if isinstance(planned, list):
            error = planned.pop(0) if planned else None  # None in the list: that call succeeds
            if error is not None:
                raise error
        elif planned is not None:
            raise planned

    def _guest_of_code(self, code: str) -> Guest:
        if code in self.guests:
            return self.guests[code]
        for gid, bands in self.band_list.items():
            if any(b.code == code for b in bands):
                return self.guests[gid]
        raise NotFound("no such code")

    # ------------------------------------------------------------------ reads

    def find_by_code(self, code: str, *, deadline: float | None = None) -> Guest:
        self._check("find_by_code", code)
        return self._guest_of_code(code)

    def guest(self, guest_id: str, *, deadline: float | None = None) -> Guest:
        self._check("guest", guest_id)
        return self.guests[guest_id]

    def memberships(
        self, guest_id: str, *, deadline: float | None = None
    ) -> tuple[Membership, ...]:
        self._check("memberships", guest_id)
        return self.membership_list[guest_id]

    def bands(self, guest_id: str, *, deadline: float | None = None) -> tuple[Band, ...]:
        self._check("bands", guest_id)
        return tuple(self.band_list[guest_id])

    def band(self, guest_id: str, band_id: str, *, deadline: float | None = None) -> Band:
        self._check("band", band_id)
        return next(b for b in self.band_list[guest_id] if b.id == band_id)

    def cards(self, guest_id: str, *, deadline: float | None = None) -> tuple[Card, ...]:
        self._check("cards", guest_id)
        return self.card_list[guest_id]

    def spend(self, guest_id: str, *, deadline: float | None = None) -> Spend:
        self._check("spend", guest_id)
        return Spend(total=1000, orders=1, currency="gbp")

    def photo(self, guest: Guest, *, deadline: float | None = None) -> bytes | None:
        self._check("photo", guest.id)
        return b"png" if guest.photo_url else None

    def visits(
        self,
        guest_id: str,
        *,
        since: datetime | None = None,
        limit: int = 5,
        deadline: float | None = None,
    ) -> tuple[Visit, ...]:
        self._check("visits", guest_id)
        found = [
            v
            for v in self.visit_list[guest_id]
            if since is None or (v.checked_in_at or NOW) >= since
        ]
        return tuple(sorted(found, key=lambda v: v.checked_in_at or NOW, reverse=True)[:limit])

    def site(self, *, deadline: float | None = None) -> Site | None:
        self._check("site")
        return Site(id="site", name="Test Spa", timezone="Europe/London")

    def ping(self, *, deadline: float | None = None) -> None:
        self._check("ping")

    def status(self) -> LinkStatus:
        return LinkStatus()

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        return ()

    def guests_page(self, *, page: int, per_page: int) -> tuple[tuple[Guest, ...], bool]:
        self._check("guests_page")
        everyone = list(self.guests.values())
        start = (page - 1) * per_page
        return tuple(everyone[start : start + per_page]), start + per_page < len(everyone)

    def guests_checked_in_since(
        self, since: datetime, *, page: int
    ) -> tuple[tuple[str, ...], bool]:
        self._check("guests_checked_in_since")
        ids = [
            g
            for g, visits in self.visit_list.items()
            if any((v.checked_in_at or NOW) >= since for v in visits)
        ]
        return tuple(ids), False

    def on_site(self, since: datetime, *, deadline: float | None = None) -> OnSiteList:
        self._check("on_site")
        rows = [
            OnSite(v, gid, self.guests[gid].display_name, initials=self.guests[gid].initials)
            for gid, visits in self.visit_list.items()
            for v in visits
            if v.is_open and (v.checked_in_at or NOW) >= since
        ]
        return OnSiteList(tuple(sorted(rows, key=lambda r: r.visit.checked_in_at or NOW)[::-1]))

    def search(self, text: str, *, deadline: float | None = None) -> tuple[SearchHit, ...]:
        self._check("search", text)
        return tuple(
            SearchHit(id=g.id, name=g.display_name, email=g.email)
            for g in self.guests.values()
            if text.lower() in g.display_name.lower()
        )

    # ------------------------------------------------------------------ writes

    def _write(self, name: str, key: str, arg: Any = None) -> None:
        self.keys.append(key)
        self._check(name, arg)

    def check_in(self, guest_id: str, *, method: str, membership_id: str | None, key: str) -> Visit:
        self._write("check_in", key, guest_id)
        visit = Visit(id=f"v{next(self._ids)}", checked_in_at=wallclock.now(), method=method)
        self.visit_list[guest_id].append(visit)
        self.guests[guest_id] = replace(
            self.guests[guest_id], last_check_in_at=visit.checked_in_at, last_check_in_method=method
        )
        after = self.fail.get("check_in_after")
        if after is not None:
            self.fail.pop("check_in_after")
            raise after  # committed, then the answer was lost
        return visit

    def check_out(self, guest_id: str, visit_id: str, *, key: str) -> Visit:
        self._write("check_out", key, visit_id)
        for visits in self.visit_list.values():
            for i, visit in enumerate(visits):
                if visit.id == visit_id:
                    visits[i] = replace(visit, checked_out_at=wallclock.now())
                    return visits[i]
        raise NotFound("no such visit")

    def _set_band(self, guest_id: str, band_id: str, **changes: Any) -> Band:
        bands = self.band_list[guest_id]
        for i, band in enumerate(bands):
            if band.id == band_id:
                bands[i] = replace(band, **changes)
                return bands[i]
        raise NotFound("no such band")

    def set_band_expiry(
        self, guest_id: str, band_id: str, until: datetime | None, *, key: str
    ) -> Band:
        self._write("set_band_expiry", key, until)
        return self._set_band(guest_id, band_id, expires_at=until)

    def set_band_card(self, guest_id: str, band_id: str, card_id: str | None, *, key: str) -> Band:
        self._write("set_band_card", key, card_id)
        card = next((c for c in self.card_list[guest_id] if c.id == card_id), None)
        return self._set_band(guest_id, band_id, card=card)

    def set_band_order(
        self, guest_id: str, band_id: str, order_id: str | None, *, key: str
    ) -> Band:
        self._write("set_band_order", key, order_id)
        return self._set_band(guest_id, band_id, order_id=order_id, order_open=order_id is not None)

    def add_band(self, guest_id: str, code: str, *, expires_at: datetime | None, key: str) -> Band:
        self._write("add_band", key, code)
        band = Band(id=f"b-{code}", code=code, expires_at=expires_at)
        self.band_list[guest_id].append(band)
        return band

    def remove_band(self, guest_id: str, band_id: str, *, key: str) -> None:
        self._write("remove_band", key, band_id)
        before = len(self.band_list[guest_id])
        self.band_list[guest_id] = [b for b in self.band_list[guest_id] if b.id != band_id]
        if len(self.band_list[guest_id]) == before:
            raise NotFound("no such band")

    def addresses(self, guest_id: str, *, deadline: float | None = None) -> tuple[Address, ...]:
        self._check("addresses", guest_id)
        return tuple(self.address_book.get(guest_id, ()))

    def save_address(self, guest_id: str, address: Address, *, key: str) -> Address:
        self._write("save_address", key, guest_id)
        book = self.address_book.setdefault(guest_id, [])
        saved = address if address.id else replace(address, id=f"a{next(self._ids)}")
        book[:] = [a for a in book if a.id != saved.id] + [saved]
        return saved

    def delete_address(self, guest_id: str, address_id: str, *, key: str) -> None:
        self._write("delete_address", key, guest_id)
        book = self.address_book.get(guest_id, [])
        book[:] = [a for a in book if a.id != address_id]

    def start_guest_report(self) -> ReportJob:
        self._check("start_guest_report")
        return ReportJob(id="job-1")

    def report_job(self, job_id: str) -> ReportJob:
        self._check("report_job", job_id)
        return ReportJob(id=job_id, finished=True, rows=len(self.guests), url="memory://report")

    def report_file(self, job: ReportJob) -> bytes:
        self._check("report_file", job.id)
        return ("id\n" + "\n".join(self.guests) + "\n").encode()

    def anonymise(self, guest_id: str, *, key: str) -> None:
        self._write("anonymise", key, guest_id)
        self.guests[guest_id] = replace(
            self.guests[guest_id], first_name=None, last_name=None, email=None, anonymised=True
        )

    def set_locked(self, guest_id: str, locked: bool, *, key: str) -> Guest:
        self._write("set_locked", key, locked)
        self.guests[guest_id] = replace(self.guests[guest_id], locked=locked)
        return self.guests[guest_id]

    def send_password_reset(self, guest_id: str, *, key: str) -> None:
        self._write("send_password_reset", key)

    def resend_verification(self, guest_id: str, *, key: str) -> None:
        self._write("resend_verification", key)

    def set_password_link(self, guest_id: str, *, key: str) -> str:
        self._write("set_password_link", key)
        return "https://example.test/set-password"

    def register(self, details: GuestDetails, *, key: str) -> Guest:
        self._write("register", key)
        gid = f"g{next(self._ids)}"
        given = details.given()
        self.guests[gid] = Guest(
            id=gid, first_name=given.get("first_name"), email=given.get("email")
        )
        for table in (self.band_list, self.visit_list):
            table[gid] = []
        self.membership_list[gid] = ()
        self.card_list[gid] = ()
        return self.guests[gid]

    def update(self, guest_id: str, details: GuestDetails, *, key: str) -> Guest:
        self._write("update", key)
        changes = {k: v for k, v in details.given().items() if k in ("first_name", "last_name")}
        self.guests[guest_id] = replace(self.guests[guest_id], **changes)
        return self.guests[guest_id]

    def add_note(self, guest_id: str, text: str, *, key: str) -> Guest:
        self._write("add_note", key)
        before = self.guests[guest_id].notes
        self.guests[guest_id] = replace(
            self.guests[guest_id], notes=f"{before}\n{text}" if before else text
        )
        return self.guests[guest_id]

    def add_label(self, guest_id: str, label: str, *, key: str) -> Guest:
        self._write("add_label", key)
        guest = self.guests[guest_id]
        self.guests[guest_id] = replace(guest, labels=(*guest.labels, Label(label)))
        return self.guests[guest_id]

    def close(self) -> None:
        pass


def lost_answer() -> BackendError:
    """What a dropped connection after sending looks like to the domain."""
    return Unreachable("the connection was dropped", maybe_applied=True)


@dataclass
class Step:
    kind: str
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class _Timer:
    due: float
    callback: Callable[[], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class StepRunner:
    """Queues every read and write until the test runs it, so the test picks the order in
    which answers arrive. Timers fire when the test moves the clock."""

    queue: list[Step] = field(default_factory=list)
    timers: list[_Timer] = field(default_factory=list)
    now: float = 0.0

    def read(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Step:
        step = Step("read", work, done, failed)
        self.queue.append(step)
        return step

    def write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Step:
        step = Step("write", work, done, failed)
        self.queue.append(step)
        return step

    def after(self, seconds: float, callback: Callable[[], None]) -> _Timer:
        timer = _Timer(self.now + seconds, callback)
        self.timers.append(timer)
        return timer

    def pending(self, kind: str | None = None) -> list[Step]:
        return [s for s in self.queue if kind is None or s.kind == kind]

    def run(self, step: Step) -> None:
        """Do the work (on "a worker") and deliver the answer (on "the GUI thread")."""
        self.queue.remove(step)
        try:
            value = step.work()
        except Exception as exc:
            if not step.cancelled:
                step.failed(exc)
        else:
            if not step.cancelled:
                step.done(value)

    def run_next(self, kind: str | None = None) -> None:
        self.run(self.pending(kind)[0])

    def run_all(self) -> None:
        while self.queue:
            self.run(self.queue[0])

    def advance(self, seconds: float) -> None:
        target = self.now + seconds
        while True:
            due = [t for t in self.timers if not t.cancelled and t.due <= target]
            if not due:
                break
            timer = min(due, key=lambda t: t.due)
            self.timers.remove(timer)
            self.now = timer.due
            timer.callback()
        self.now = target
