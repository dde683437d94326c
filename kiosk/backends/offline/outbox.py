"""Check-ins and check-outs saved while offline, sent exactly once when the link is back.

An entry is written (durably) before the screen says "saved for later". It is sent in the order
it was made, with the idempotency key it was made with. Before anything is sent, the entry's
attempt count is raised and committed; so after any interruption (a dropped connection, the app
killed in the middle of an upload), an entry with an attempt behind it is first *read back*
(the guest's visits since it was made) and sent only if the guest system does not have it. That
is what makes each one happen exactly once, whatever the guest system does with keys.

A read-back that finds nothing proves nothing while the last request may still be in the guest
system's hands (a server that saves late, after the client gave up): an entry whose last send is
younger than ``in_flight_s`` is read back but not sent again; it, and the later entries of the
same guest (their order is kept), wait for a later drain. Other guests' entries go on.

Desks know of each other through the guest system: every check-in carries its desk (see
``Device``). A check-in entry is not sent when the guest was checked in elsewhere meanwhile (an
open visit this outbox does not account for): it goes to "needs attention", naming both desks.
After a check-in is sent, the guest's visits are read once more: two desks that sent at the same
moment left two open visits, and the desk whose visit is the later one checks its own out again
and says so in "needs attention" (the earlier desk's read may not have seen the later visit;
the later desk's always sees the earlier one). Two visits stamped in the same second cannot be
ordered so: the desk that sees both says so in "needs attention" and undoes nothing.

A write the guest system refuses when it is finally sent (the guest was locked or anonymised
meanwhile) is not retried: it lands in "needs attention", with the refusal in words, for staff,
and in the audit log. A write that could not be sent because the link failed again stays, and
draining stops until the next try (the order of a guest's check-in and check-out is kept).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.backends.offline.store import LocalStore
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import (
    BackendError,
    Conflict,
    Invalid,
    NotAllowed,
    NotFound,
    Refused,
    SignedOut,
)
from kiosk.checkin.model import Device, QueuedWrite, Visit
from kiosk.checkin.people import first_name_and_initial
from kiosk.checkin.ports import Backend
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)

LOCAL_PREFIX = "local-"
"""Visits recorded offline have local ids until the guest system gives them real ones."""
CLOCK_SLACK = timedelta(minutes=15)
WAITING, SENT, ATTENTION = "waiting", "sent", "needs attention"
BATCH = 50
"""Entries read (and decrypted) at a time while sending: a drain that stops early after an
outage of thousands has not paid for reading them all."""
IN_FLIGHT_S = 60.0
"""How long a request whose answer was lost may still land (the desk's ``write_in_flight_s``)."""
REFUSALS = (Invalid, Refused, Conflict, NotFound, NotAllowed, SignedOut)


@dataclass
class DrainReport:
    sent: int = 0
    confirmed_by_reading: int = 0
    needs_attention: int = 0
    stopped_by: str | None = None
    """Why draining stopped before the end (the link failed again), or None."""
    waiting: int = 0
    in_flight: int = 0
    """Entries whose last request may still land: read back, not sent again (not yet)."""
    seconds: float = 0.0
    details: list[str] = field(default_factory=list)


class Outbox:
    """The outbox in ``store``; ``live`` is the guest system itself (never the local copy)."""

    def __init__(
        self,
        store: LocalStore,
        live: Backend,
        audit: AuditLog,
        *,
        wall: Callable[[], float] = wallclock.wall,
        on_sent: Callable[[str, Visit], None] | None = None,
        in_flight_s: float = IN_FLIGHT_S,
        device: Device | None = None,
    ) -> None:
        self.store = store
        self.in_flight_s = in_flight_s
        self.device = device
        """This desk (its visits are told apart from other desks' by it)."""
        self._on_sent = on_sent
        """Told of each visit the guest system confirmed (the local copy keeps it)."""
        self.live = live
        self.audit = audit
        self._wall = wall
        self._lock = threading.Lock()
        """One drain at a time (the background keeper, or `kiosk outbox --send`)."""

    # ------------------------------------------------------------------ adding

    def add_check_in(
        self,
        guest_id: str,
        *,
        key: str,
        method: str,
        membership_id: str | None,
        known_visits: list[str],
        may_have_been_sent: bool = False,
    ) -> Visit:
        now = self._wall()
        visit = Visit(
            id=f"{LOCAL_PREFIX}{key}",
            checked_in_at=datetime.fromtimestamp(now, UTC),
            method=method,
            membership_id=membership_id,
            queued=True,
        )
        record: dict[str, object] = {
            "kind": "check_in",
            "method": method,
            "membership_id": membership_id,
            "known_visits": known_visits,
            "local_visit": visit.id,
        }
        if may_have_been_sent:
            record["sent_at"] = now  # it left then: it may still land until in_flight_s after
        self.store.outbox_add(key, guest_id, record, local_visit=visit.id)
        if may_have_been_sent:
            self.store.outbox_update(key, attempts=1)  # read back before any resend
        self.audit.record("check_in", "queued", customer_id=guest_id, action_id=key)
        return visit

    def add_check_out(
        self, guest_id: str, visit_id: str, *, key: str, may_have_been_sent: bool = False
    ) -> Visit:
        record: dict[str, object] = {"kind": "check_out", "visit": visit_id}
        if may_have_been_sent:
            record["sent_at"] = self._wall()
        self.store.outbox_add(key, guest_id, record)
        if may_have_been_sent:
            self.store.outbox_update(key, attempts=1)
        self.audit.record("check_out", "queued", customer_id=guest_id, action_id=key)
        now = datetime.fromtimestamp(self._wall(), UTC)
        return Visit(id=visit_id, checked_out_at=now, queued=True)

    # ------------------------------------------------------------------ reading

    def entries(self, *states: str) -> list[dict[str, Any]]:
        return self.store.outbox_rows(*(states or (WAITING, ATTENTION)))

    def waiting_for(self, guest_id: str) -> list[dict[str, Any]]:
        return self.store.outbox_rows(WAITING, guest_id=guest_id)

    def listing(self) -> tuple[QueuedWrite, ...]:
        return tuple(
            QueuedWrite(
                key=e["key"],
                kind=e["record"]["kind"],
                guest_id=e["guest_id"],
                created_at=datetime.fromtimestamp(e["created_at"], UTC),
                state=e["state"],
                reason=e["record"].get("reason"),
                guest_name=self._name_of(e["guest_id"]),
            )
            for e in self.entries()
        )

    def _name_of(self, guest_id: str) -> str:
        """ "Amelia H." from the copy: staff know who a line is for (an id told them nothing);
        the first name and an initial, as anywhere others may read it."""
        found = self.store.guest(guest_id)
        if found is None:
            return ""
        guest = found[0].guest
        return first_name_and_initial(guest.first_name, guest.last_name)

    # ------------------------------------------------------------------ sending

    def drain(self, *, max_entries: int | None = None) -> DrainReport:
        """Send what is waiting, in order; stop at the first entry the link fails."""
        report = DrainReport()
        started = time.monotonic()
        held: set[str] = set()
        """Guests with an entry that may still land: their later entries wait behind it."""
        with self._lock:
            done, last_seq = 0, 0
            while max_entries is None or done < max_entries:
                batch = self.store.outbox_rows(WAITING, after_seq=last_seq, limit=BATCH)
                if not batch:
                    break
                for entry in batch[: None if max_entries is None else max_entries - done]:
                    last_seq = entry["seq"]
                    if entry["guest_id"] in held:
                        continue
                    try:
                        if not self._one(entry, report):
                            held.add(entry["guest_id"])
                            report.in_flight += 1
                            continue
                    except BackendError as exc:  # the link failed again: keep it, stop here
                        report.stopped_by = type(exc).__name__
                        log.info("outbox: stopped (%s)", type(exc).__name__)
                        break
                    done += 1
                if report.stopped_by is not None:
                    break
            report.waiting = self.store.outbox_counts().get(WAITING, 0)
        report.seconds = time.monotonic() - started
        return report

    def _one(self, entry: dict[str, Any], report: DrainReport) -> bool:
        """Send (or confirm) one entry; False when it was left waiting because its last
        request may still land."""
        record = entry["record"]
        key, guest_id = entry["key"], entry["guest_id"]
        if record["kind"] == "check_out" and str(record["visit"]).startswith(LOCAL_PREFIX):
            real = self._real_visit_id(str(record["visit"]))
            if real is None:
                self._attention(entry, "Its check-in was never sent.", report)
                return True
            record = {**record, "visit": real}
            self.store.outbox_update(key, record=record)
        if entry["attempts"] > 0:
            found = self._read_back(entry, record)  # raises if the link is down
            if found is not None:
                self._sent(entry, record, found, report, read_back=True)
                return True
            if self._may_still_land(record):
                log.info("outbox: %s may still land; not sent again yet", entry["key"])
                return False
        if record["kind"] == "check_in":
            elsewhere = self._open_elsewhere(entry, record)  # raises if the link is down
            if elsewhere is not None:
                self._attention(entry, self._meanwhile(elsewhere), report)
                return True
        record = {**record, "sent_at": self._wall()}
        self.store.outbox_update(key, attempts=entry["attempts"] + 1, record=record)  # first
        try:
            if record["kind"] == "check_in":
                visit = self.live.check_in(
                    guest_id,
                    method=record["method"],
                    membership_id=record["membership_id"],
                    key=key,
                )
            else:
                visit = self.live.check_out(guest_id, str(record["visit"]), key=key)
        except REFUSALS as exc:
            if record["kind"] == "check_out" and isinstance(exc, Conflict | NotFound):
                found = self._read_back(entry, record)
                if found is not None:  # already checked out (by us, or at another desk)
                    self._sent(entry, record, found, report, read_back=True)
                    return True
            self._attention(entry, exc.message or type(exc).__name__, report)
            return True
        self._sent(entry, record, visit, report, read_back=False)
        if record["kind"] == "check_in":
            self._settle_double(entry, record, visit, report)
        return True

    # ------------------------------------------------------------------ two desks

    def _visits_since(self, entry: dict[str, Any]) -> tuple[Visit, ...]:
        since = datetime.fromtimestamp(entry["created_at"], UTC) - CLOCK_SLACK
        return self.live.visits(entry["guest_id"], since=since, limit=20)

    def _open_elsewhere(self, entry: dict[str, Any], record: dict[str, Any]) -> Visit | None:
        """An open visit of the guest this outbox does not account for: checked in at another
        desk (or in the guest system's own app) while this entry waited."""
        known = set(record.get("known_visits", []))
        return next(
            (
                v
                for v in self.live.visits(entry["guest_id"], limit=20)  # open ones of any age
                if v.is_open and v.id not in known and not self._claimed(v.id, entry)
            ),
            None,
        )

    def _meanwhile(self, visit: Visit) -> str:
        where = visit.device.label if visit.device else "another desk or the guest system"
        here = self.device.label if self.device else "this desk"
        return (
            f"Checked in at {where}{_at(visit)} while it waited here ({here}): "
            "not sent (it would have been a second visit)."
        )

    def _settle_double(
        self, entry: dict[str, Any], record: dict[str, Any], ours: Visit, report: DrainReport
    ) -> None:
        """Two desks sent at once: the later visit is undone by its own desk, and said."""
        known = set(record.get("known_visits", []))
        try:
            visits = self._visits_since(entry)
        except BackendError as exc:  # the check-in stands; a double may wait for staff's eyes
            log.info("outbox: no read after sending %s (%s)", entry["key"], type(exc).__name__)
            return
        mine = next((v for v in visits if v.id == ours.id), ours)
        others = [
            v
            for v in visits
            if v.is_open
            and v.id != mine.id
            and v.id not in known
            and not self._claimed(v.id, entry)
        ]
        if not others or not mine.is_open:
            return
        first = min(others, key=_order)
        where = first.device.label if first.device else "another desk"
        if _stamp(mine) < _stamp(first):
            return  # ours is the earlier: the other desk's read sees both and undoes theirs
        if _stamp(mine) == _stamp(first):
            # the same second: which came first cannot be told, so neither is undone by
            # itself (the other desk may not have seen ours); staff choose
            why = (
                f"Checked in here and at {where}{_at(first)} in the same second: two visits "
                "are open. Check one of them out."
            )
            self._attention(
                entry, why, report, record={**record, "server_visit": mine.id}, audited=False
            )
            return
        try:
            self.live.check_out(entry["guest_id"], mine.id, key=f"{entry['key']}-double")
        except BackendError as exc:
            why = (
                f"Checked in here and at {where}{_at(first)}: two visits are open. "
                f"Check one out ({exc.message or type(exc).__name__})."
            )
        else:
            why = (
                f"Checked in at {where}{_at(first)} as well: this desk's visit was checked "
                "out again, so the guest has one visit."
            )
            self.audit.record(
                "check_in",
                "corrected",
                customer_id=entry["guest_id"],
                action_id=entry["key"],
                reason=f"a double with {where}'s visit: ours checked out",
                old={"check_in_id": mine.id},
            )
        self._attention(
            entry, why, report, record={**record, "server_visit": mine.id}, audited=False
        )

    def _may_still_land(self, record: dict[str, Any]) -> bool:
        """The last request left less than ``in_flight_s`` ago (by this process or one killed
        mid-upload): a server that saves late may still store it."""
        sent_at = record.get("sent_at")
        return sent_at is not None and self._wall() - float(sent_at) < self.in_flight_s

    def _read_back(self, entry: dict[str, Any], record: dict[str, Any]) -> Visit | None:
        """What the guest system holds: the visit this entry made, or None (not there)."""
        since = datetime.fromtimestamp(entry["created_at"], UTC) - CLOCK_SLACK
        visits = self.live.visits(entry["guest_id"], since=since, limit=20)
        if record["kind"] == "check_in":
            known = set(record.get("known_visits", []))
            ours = [
                v
                for v in visits
                if v.id not in known
                and not self._claimed(v.id, entry)
                and not v.made_elsewhere(self.device)
            ]
            if not ours:
                return None
            # the one made closest to when this entry last left (another desk's check-in of
            # the same guest in the same minutes is the one case this cannot tell apart)
            sent_at = float(record.get("sent_at", entry["created_at"]))
            return min(ours, key=lambda v: _distance(v.checked_in_at, sent_at))
        return next(
            (v for v in visits if v.id == record["visit"] and not v.is_open),
            None,
        )

    def _claimed(self, visit_id: str, entry: dict[str, Any]) -> bool:
        """A visit another (earlier) entry of the same guest already accounts for."""
        return self.store.visit_accounted_for(entry["guest_id"], visit_id)

    def _real_visit_id(self, local_id: str) -> str | None:
        return self.store.sent_visit_for(local_id)

    def _sent(
        self,
        entry: dict[str, Any],
        record: dict[str, Any],
        visit: Visit,
        report: DrainReport,
        *,
        read_back: bool,
    ) -> None:
        # the audit line first: killed between the two, the entry is read back on restart and
        # its key gets a second "done" line, never none
        self.audit.record(
            str(record["kind"]),
            "done",
            customer_id=entry["guest_id"],
            action_id=entry["key"],
            reason="sent from the outbox" + (" (read back)" if read_back else ""),
            new={"check_in_id": visit.id} if record["kind"] == "check_in" else visit.id,
        )
        record = {**record, "server_visit": visit.id}
        self.store.outbox_update(entry["key"], state=SENT, record=record, server_visit=visit.id)
        if self._on_sent is not None:
            try:
                self._on_sent(entry["guest_id"], visit)
            except Exception as exc:  # the copy's bookkeeping never un-sends a write
                log.warning("could not note a sent visit in the copy: %s", exc)
        report.sent += 1
        report.confirmed_by_reading += read_back

    def _attention(
        self,
        entry: dict[str, Any],
        why: str,
        report: DrainReport,
        *,
        record: dict[str, Any] | None = None,
        audited: bool = True,
    ) -> None:
        """``audited`` False: the entry was sent (its "done" line is written); only staff's
        attention is wanted now."""
        record = {**(record or entry["record"]), "reason": why}
        if audited:
            self.audit.record(
                str(record["kind"]),
                "not_done",
                customer_id=entry["guest_id"],
                action_id=entry["key"],
                reason=f"not sent from the outbox: {why}",
            )
        self.store.outbox_update(entry["key"], state=ATTENTION, record=record)
        report.needs_attention += 1
        report.details.append(f"{record['kind']} for {entry['guest_id']}: {why}")


def _order(visit: Visit) -> tuple[datetime, str]:
    """Which of two visits came first (the guest system's time, then its id: every desk
    orders a double the same way)."""
    return (_stamp(visit), visit.id)


def _stamp(visit: Visit) -> datetime:
    """When the guest system made it (its clock, at commit: a later stamp was committed
    later, so that desk's read after its own commit saw the earlier visit)."""
    return visit.checked_in_at or datetime.max.replace(tzinfo=UTC)


def _at(visit: Visit) -> str:
    return f" at {visit.checked_in_at:%H:%M} UTC" if visit.checked_in_at else ""


def _distance(moment: datetime | None, wall: float) -> float:
    return abs(moment.timestamp() - wall) if moment is not None else float("inf")
