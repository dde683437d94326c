"""A scan -> one :class:`GuestContext`, in the fewest round trips, within one deadline.

The floor is two round trips: find the guest by the code, then everything that needs the
guest's id in parallel (memberships, bands, cards, spend, photo, recent visits, the site). The
whole lookup has one deadline (``lookup_deadline_s``, 3 s by default): finding the guest is
required, every other part is optional and, if it fails or is not back in time, is listed in
``missing`` and shown as "couldn't load" instead of failing the scan. The verdict then says what
it could not check (``kiosk.checkin.policy``). Runs on a worker thread, never the GUI thread.

The deadline is what the screen promises, not when an answer stops counting: a guest system
that answers the guest a second late (a slow barcode search) is still waited for, up to
``late_s`` in all (the screen says "still checking…" meanwhile, and the newest scan still
wins); the guest's parts then get a window of their own. A lookup that missed its deadline is
told to ``on_late`` (the link's health: repeated misses count as failures do).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from kiosk.checkin.errors import BackendError, NotFound, NotSupported, TimedOut
from kiosk.checkin.link import LinkHealth
from kiosk.checkin.model import Band, Card, Guest, LinkStatus, Membership, Site, Spend, Visit
from kiosk.checkin.ports import Backend, Capability, Reader
from kiosk.checkin.telemetry import meter
from kiosk.config import clock as wallclock
from kiosk.config.logs import remember_names

log = logging.getLogger(__name__)

MatchedBy = Literal["band", "id"]
Part = Literal["memberships", "bands", "cards", "spend", "photo", "visits", "site"]

DEFAULT_LOOKUP_DEADLINE_S = 3.0
DEFAULT_LATE_S = 12.0
"""How long a lookup past its deadline is still waited for (the ``lookup_late_s`` setting)."""


@dataclass(frozen=True)
class GuestContext:
    """Everything the screen needs to say who this is and what is on their band."""

    code: str
    """What was scanned or typed (a band's code, or the guest's id when opened by record)."""
    guest: Guest
    matched_by: MatchedBy
    site: Site | None = None
    memberships: tuple[Membership, ...] = ()
    bands: tuple[Band, ...] = ()
    cards: tuple[Card, ...] = ()
    spend: Spend | None = None
    photo: bytes | None = None
    visits: tuple[Visit, ...] = ()
    """Recent visits at this site, newest first."""
    missing: frozenset[Part] = frozenset()
    """Parts that could not be loaded in time: shown as "couldn't load", never as "none"."""
    capabilities: frozenset[Capability] = frozenset(Capability)
    looked_up_at: datetime = field(default_factory=lambda: wallclock.now())
    provisional: bool = False
    """From the local copy while the guest system's own answer is on its way: shown, never
    acted on (no write is planned on it, and the live answer replaces it)."""

    def can(self, capability: Capability) -> bool:
        return capability in self.capabilities

    @property
    def offline(self) -> bool:
        """Answered from the local copy, not live (the guest system could not be reached)."""
        return self.guest.as_of is not None

    @property
    def as_of(self) -> datetime | None:
        """When the guest system last confirmed what is shown (None: just now, live)."""
        return self.guest.as_of

    @property
    def band(self) -> Band | None:
        """The band that was scanned (None when opened by record, or the bands didn't load)."""
        return next((b for b in self.bands if b.code == self.code), None)

    @property
    def band_unknown(self) -> bool:
        """Opened by a band whose details could not be loaded."""
        return self.matched_by == "band" and "bands" in self.missing

    @property
    def other_bands(self) -> tuple[Band, ...]:
        return tuple(b for b in self.bands if b.code != self.code)

    @property
    def open_visit(self) -> Visit | None:
        """The guest's visit without a check-out, if any (then the desk offers Check out)."""
        return next((v for v in self.visits if v.is_open), None)

    @property
    def on_site_unknown(self) -> bool:
        """Whether the guest is already on site could not be checked."""
        return "visits" in self.missing and self.can(Capability.CHECK_INS)

    @property
    def primary_membership(self) -> Membership | None:
        """The membership to lead with: an active one if any, else the most recent."""
        for membership in self.memberships:
            if membership.is_active:
                return membership
        return self.memberships[0] if self.memberships else None


class Lookup:
    """Resolves codes through ``backend``; its small pool runs one lookup's parts in parallel."""

    def __init__(
        self,
        backend: Backend,
        *,
        copy: Reader | None = None,
        deadline_s: float = DEFAULT_LOOKUP_DEADLINE_S,
        late_s: float = DEFAULT_LATE_S,
        parallel_reads: int = 8,
        clock: Callable[[], float] = time.monotonic,
        on_late: Callable[[], None] | None = None,
        copy_off: bool = False,
    ) -> None:
        """``copy_off``: a local copy was wanted but could not be kept (no key): said on the
        chip for as long as the desk runs."""
        self.backend = backend
        self._copy_off = copy_off
        self.copy = copy
        """The local copy alone (None without one): for :meth:`provisional` answers."""
        self.deadline_s = deadline_s
        self.late_s = max(late_s, deadline_s)
        self.health = LinkHealth()
        """Whether lookups keep missing their deadline (the chip says "slow")."""
        self._on_late = on_late
        self._clock = clock
        self._pool = ThreadPoolExecutor(max_workers=parallel_reads, thread_name_prefix="lookup")

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def status(self) -> LinkStatus:
        """The backend's link status, marked slow while lookups keep missing their deadline."""
        status = self.health.applied_to(self.backend.status())
        return replace(status, copy_off=True) if self._copy_off else status

    def by_code(self, code: str) -> GuestContext:
        """The guest for a scanned or typed code; raises NotFound, or why it could not look."""
        started = self._clock()
        patience = started + self.late_s
        try:
            guest = self._required(
                lambda: self.backend.find_by_code(code, deadline=patience), patience
            )
            deadline = self._on_time(started)
            return self._gather(code, guest, "id" if code == guest.id else "band", deadline)
        finally:
            took = self._clock() - started
            meter().looked_up(took, late=took > self.deadline_s)

    def provisional(self, code: str) -> GuestContext | None:
        """What the local copy says about ``code`` (None if it has nothing), without the network:
        shown at once while :meth:`by_code` asks the guest system."""
        if self.copy is None:
            return None
        try:
            guest = self.copy.find_by_code(code)
        except BackendError:
            return None
        matched_by: MatchedBy = "id" if code == guest.id else "band"
        return replace(
            self._gather(code, guest, matched_by, self._clock() + self.deadline_s, self.copy),
            provisional=True,
        )

    def refresh(self, context: GuestContext, *, code: str | None = None) -> GuestContext:
        """The same guest again after an action (by id: the band may have changed). ``code``
        shows another of their bands (the one just added)."""
        started = self._clock()
        patience = started + self.late_s
        guest_id = context.guest.id
        guest = self._required(lambda: self.backend.guest(guest_id, deadline=patience), patience)
        deadline = self._on_time(started)
        return self._gather(code or context.code, guest, context.matched_by, deadline)

    def _on_time(self, started: float) -> float:
        """Note whether the guest came within the deadline; the parts' deadline: the lookup's
        own, or (the guest came late) a window of its own from now, within the patience."""
        now = self._clock()
        deadline = started + self.deadline_s
        late = now > deadline
        self.health.note(late=late)
        if not late:
            return deadline
        log.info("the guest came %.1f s after the lookup deadline", now - deadline)
        if self._on_late is not None:
            self._on_late()
        return min(started + self.late_s, now + self.deadline_s)

    def site(self) -> Site | None:
        return self.backend.site(deadline=self._clock() + self.deadline_s)

    def _required(self, call: Callable[[], Guest], deadline: float) -> Guest:
        future = self._pool.submit(call)
        try:
            guest = future.result(timeout=max(0.0, deadline - self._clock()))
        except FutureTimeout:
            future.cancel()
            self.health.note(late=True)
            raise TimedOut("the lookup ran out of time") from None
        except NotFound:
            self.health.note_answered()
            raise
        except BackendError as exc:
            self.health.note_failed(exc)
            raise
        self.health.note_answered()
        return guest

    def _gather(
        self,
        code: str,
        guest: Guest,
        matched_by: MatchedBy,
        deadline: float,
        reader: Reader | None = None,
    ) -> GuestContext:
        backend = reader or self.backend
        can = backend.capabilities
        gid = guest.id
        remember_names(guest.first_name, guest.last_name, guest.full_name)  # never logged
        wanted: dict[Part, Callable[[], Any]] = {"site": lambda: backend.site(deadline=deadline)}
        if Capability.MEMBERSHIPS in can:
            wanted["memberships"] = lambda: backend.memberships(gid, deadline=deadline)
        if Capability.WRISTBANDS in can:
            wanted["bands"] = lambda: backend.bands(gid, deadline=deadline)
        if Capability.CARDS in can:
            wanted["cards"] = lambda: backend.cards(gid, deadline=deadline)
        if Capability.SPEND in can:
            wanted["spend"] = lambda: backend.spend(gid, deadline=deadline)
        if Capability.PHOTOS in can and guest.photo_url:
            wanted["photo"] = lambda: backend.photo(guest, deadline=deadline)
        if Capability.CHECK_INS in can:
            wanted["visits"] = lambda: backend.visits(gid, limit=5, deadline=deadline)
        found: dict[Part, Any] = {}
        missing: set[Part] = set()
        if reader is not None:  # the local copy: quick, and never queued behind live parts
            for part, call in wanted.items():
                try:
                    found[part] = call()
                except NotSupported:
                    pass
                except BackendError:
                    missing.add(part)
            wanted = {}
        futures: dict[Part, Future[Any]] = {
            part: self._pool.submit(call) for part, call in wanted.items()
        }
        for part, future in futures.items():
            try:
                found[part] = future.result(timeout=max(0.0, deadline - self._clock()))
            except FutureTimeout:
                future.cancel()
                missing.add(part)
                log.info("%s not back within the lookup deadline", part)
            except NotSupported:
                pass
            except BackendError as exc:
                missing.add(part)
                log.info("%s unavailable: %s", part, type(exc).__name__)
        return GuestContext(
            code=code,
            guest=guest,
            matched_by=matched_by,
            site=found.get("site"),
            memberships=found.get("memberships", ()),
            bands=found.get("bands", ()),
            cards=found.get("cards", ()),
            spend=found.get("spend"),
            photo=found.get("photo"),
            visits=found.get("visits", ()),
            missing=frozenset(missing),
            capabilities=can,
        )


def with_band(context: GuestContext, band: Band) -> GuestContext:
    """The context with ``band`` added or replaced (after a write returned it)."""
    others = tuple(b for b in context.bands if b.id != band.id)
    return replace(context, bands=(*others, band))
