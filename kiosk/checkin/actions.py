"""What staff (and the self check-in screen) can write, each write with a truthful outcome.

A user action becomes an :class:`Intent`: checked before anything is sent (a past expiry, a red
verdict without an override reason, a card that is not the guest's are refused here), and given
one idempotency key. The same action tried again after it was not done reuses its intent, and
so its key. :meth:`Actions.perform` sends it and ends in one of three outcomes:

- *done*: the backend confirmed it;
- *not done*: the backend certainly did not apply it (it refused, or it was never sent);
- *unknown*: it may have been applied (the connection dropped after sending, a timeout, a 5xx).

*Unknown* is never shown as a failure: :meth:`Actions.reconcile` reads back what the backend now
holds (the guest's visits since the action began, the band's expiry and card, the guest's bands,
the lock) and turns it into *done* or *not done*; if even the read fails, it stays *unknown* and
nothing is offered again until a read succeeds. This, not the backend's handling of keys, is
what makes every write happen at most once. Every outcome goes to the audit log with the
action's key, so an *unknown* line is followed by its resolution.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.checkin.audit import ON_DUTY, AuditLog
from kiosk.checkin.errors import BackendError, Conflict, NotFound, TimedOut, Unreachable
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import tr, trn
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band, Device, Visit
from kiosk.checkin.policy import Verdict
from kiosk.checkin.ports import Backend
from kiosk.checkin.writes.account import erasure_confirmed, erasure_word
from kiosk.checkin.writes.base import (
    ActionKind,
    ActionRefused,
    Intent,
    Partial,
    Planning,
    WriteKind,
    WriteOutcome,
    WriteResult,
)
from kiosk.checkin.writes.kinds import KINDS
from kiosk.config import clock as wallclock

__all__ = [
    "ActionKind",
    "ActionRefused",
    "Actions",
    "Intent",
    "WriteKind",
    "WriteOutcome",
    "WriteResult",
    "erasure_confirmed",
    "erasure_word",
    "expiry_presets",
]

log = logging.getLogger(__name__)

SETTLE_S = 2.0
"""How long after a write's answer was lost a read may still miss it (the request can still be
on its way through the backend)."""
IN_FLIGHT_S = 60.0
"""How long a request whose answer was lost (a timeout, a dropped connection) may still be in
the server's hands and land: until then, a read-back that does not see it says "not confirmed
yet", never "not done" (a server that saves late would otherwise be sent the write twice)."""


def expiry_presets(
    current: datetime | None, zone: ZoneInfo, now: datetime | None = None
) -> list[tuple[str, datetime]]:
    """End of today, then +1/+7/+30 days from the later of now and the current expiry."""
    now = now or wallclock.now()
    local = now.astimezone(zone)
    end_of_today = local.replace(hour=23, minute=59, second=0, microsecond=0)
    base = max(now, current) if current else now
    presets = [(tr("End of today"), end_of_today.astimezone(UTC))]
    for days in (1, 7, 30):
        presets.append((trn("+%n day", "+%n days", days), base + timedelta(days=days)))
    return [(label, until) for label, until in presets if until > now]


class Actions:
    """Plans, performs and reconciles writes through ``backend``; audits every outcome. What
    each kind of write checks, sends and reads is its :class:`WriteKind` (``writes.kinds``)."""

    def __init__(
        self,
        backend: Backend,
        audit: AuditLog,
        *,
        verify_with: Backend | None = None,
        settle_s: float = SETTLE_S,
        in_flight_s: float = IN_FLIGHT_S,
        sleep: Callable[[float], None] = time.sleep,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
        device: Device | None = None,
    ) -> None:
        self.backend = backend
        self.device = device
        """This desk: every intent carries it (see Intent.device)."""
        self.verify_with = verify_with or backend
        """Reading back is always done against the guest system itself, never a local copy
        (which cannot know whether a lost write arrived)."""
        self.audit = audit
        self._settle_s = settle_s
        self._in_flight_s = in_flight_s
        self._sleep = sleep
        self._maybe_sent: dict[str, tuple[float, BackendError]] = {}
        """Writes whose answer was lost (key -> when it was given up on, and why): sent again
        only after a read-back that does not find them, and never while they may still land."""
        self._new_key = new_key

    # ------------------------------------------------------------------ planning

    def plan(
        self,
        kind: ActionKind,
        context: GuestContext | None,
        value: Any = None,
        *,
        previous: Intent | None = None,
        verdict: Verdict | None = None,
        override_reason: str | None = None,
        method: str = "Scanned",
    ) -> Intent:
        """The write ``kind`` on ``context``'s guest, checked and keyed before anything is
        sent (ActionRefused says why not). ``previous``: the same action tried again keeps its
        intent, and so its key and its "before"."""
        write = KINDS[kind]
        self._needs(context, write)
        how = Planning(
            system=self.backend.name,
            audit=self.audit,
            verdict=verdict,
            override_reason=override_reason,
            method=method,
        )
        intent = Intent(
            kind=kind,
            key=self._new_key(),
            device=self.device,
            **write.plan(kind, context, value, how),
        )
        if intent.same_action(previous):
            assert previous is not None
            return previous  # the staff's own retry: the same key, the same "before"
        return intent

    def plan_check_out_visit(
        self, guest_id: str, visit_id: str, *, previous: Intent | None = None
    ) -> Intent:
        """A check-out from who is in now (the list knows the visit; no guest is open)."""
        return self.plan(ActionKind.CHECK_OUT, None, (guest_id, visit_id), previous=previous)

    def _needs(self, context: GuestContext | None, write: WriteKind) -> None:
        if context is not None and context.provisional:
            raise ActionRefused(
                tr(
                    "Still checking with {system}: this is the local copy's answer.",
                    system=self.backend.name,
                )
            )
        for capability in write.needs:
            if capability not in self.backend.capabilities or (
                context is not None and not context.can(capability)
            ):
                raise ActionRefused(tr("{system} can't do that here.", system=self.backend.name))

    # ------------------------------------------------------------------ performing

    def perform(self, intent: Intent) -> WriteResult:
        """Send the write once; say what is known of its outcome. Runs on the write worker."""
        write = KINDS[intent.kind]
        lost = self._maybe_sent.get(intent.key)
        if lost is not None and not write.resumable:
            given_up, why = lost
            # this very action was sent before and its answer lost: look before sending again
            try:
                seen = write.observe(self.verify_with, intent)
            except BackendError:
                seen = None
            if seen is not None and seen.applied:
                result = WriteResult(intent, WriteOutcome.DONE, value=seen.value, note=seen.note)
                self._record(result, confirmed_by_reading=True)
                del self._maybe_sent[intent.key]
                return result
            if seen is None or time.monotonic() - given_up < self._in_flight_s:
                return WriteResult(  # the first may still land: not sent again
                    intent,
                    WriteOutcome.UNKNOWN,
                    error=why,
                    note=tr("Not confirmed yet: still checking whether it arrived."),
                    in_flight=True,
                    sent_before=given_up,
                )
        try:
            value = write.send(self.backend, intent)
        except Partial as partial:
            result = WriteResult(
                intent, WriteOutcome.NOT_DONE, error=partial.cause, note=str(partial), partial=True
            )
        except (NotFound, Conflict) as exc:
            if write.read_back_on_conflict:
                # "Already removed" / "already checked out": a resend after our own commit,
                # or someone else's. Read what is true now.
                result = self._read_back(
                    intent, WriteResult(intent, WriteOutcome.UNKNOWN, error=exc)
                )
                if not result.done:
                    result = WriteResult(intent, WriteOutcome.NOT_DONE, error=exc)
            else:
                result = WriteResult(intent, WriteOutcome.NOT_DONE, error=exc)
        except BackendError as exc:
            outcome = WriteOutcome.UNKNOWN if exc.maybe_applied else WriteOutcome.NOT_DONE
            result = WriteResult(intent, outcome, error=exc)
            if exc.maybe_applied:
                self._maybe_sent[intent.key] = (time.monotonic(), exc)
        else:
            if isinstance(value, Visit) and value.queued:
                return WriteResult(intent, WriteOutcome.QUEUED, value=value)  # the outbox audits
            result = WriteResult(intent, WriteOutcome.DONE, value=value)
        self._record(result)
        return result

    def reconcile(self, unknown: WriteResult) -> WriteResult:
        """Read back whether an *unknown* write was applied. Runs on the write worker."""
        result = self._read_back(unknown.intent, unknown)
        if result.outcome is WriteOutcome.UNKNOWN and result.error is unknown.error:
            return result  # could not tell (nothing readable, or the read failed): no new line
        self._record(result, confirmed_by_reading=True)
        return result

    # ------------------------------------------------------------------ reading back

    def _read_back(self, intent: Intent, unknown: WriteResult) -> WriteResult:
        """First look at once; if the write is not seen, look again once it had time to
        settle, and only then call it not done."""
        write = KINDS[intent.kind]
        try:
            seen = write.observe(self.verify_with, intent)
            if seen.applied is None:
                return WriteResult(
                    intent, WriteOutcome.UNKNOWN, error=unknown.error, note=seen.note
                )
            if not seen.applied and not unknown.in_flight:
                wait = unknown.finished_at + self._settle_s - time.monotonic()
                if wait > 0:
                    self._sleep(wait)
                seen = write.observe(self.verify_with, intent)
        except BackendError as exc:
            log.info("could not read back %s: %s", intent.kind, type(exc).__name__)
            return WriteResult(intent, WriteOutcome.UNKNOWN, error=unknown.error)
        if seen.applied:
            self._maybe_sent.pop(intent.key, None)
            return WriteResult(intent, WriteOutcome.DONE, value=seen.value, note=seen.note)
        if seen.partial:  # some steps landed: say so; trying again finishes it
            self._maybe_sent.pop(intent.key, None)
            return WriteResult(
                intent,
                WriteOutcome.NOT_DONE,
                value=seen.value,
                error=unknown.error,
                note=seen.note,
                partial=True,
            )
        given_up = unknown.sent_before if unknown.sent_before is not None else unknown.finished_at
        if _may_still_land(unknown.error) and time.monotonic() - given_up < self._in_flight_s:
            return WriteResult(
                intent,
                WriteOutcome.UNKNOWN,
                error=unknown.error,
                note=tr("Not confirmed yet: still checking whether it arrived."),
                in_flight=True,
                sent_before=given_up,
            )
        return WriteResult(intent, WriteOutcome.NOT_DONE, error=unknown.error, note=seen.note)

    # ------------------------------------------------------------------ the audit

    def _record(self, result: WriteResult, *, confirmed_by_reading: bool = False) -> None:
        intent = result.intent
        write = KINDS[intent.kind]
        reason: str | None = None
        if result.error is not None and result.outcome is not WriteOutcome.DONE:
            reason = describe_failure(result.error).kind
        if confirmed_by_reading:
            reason = "read back" + (f" ({reason})" if reason else "")
        if intent.override_reason:
            reason = "override" + (f"; {reason}" if reason else "")
        self.audit.record(
            intent.kind,
            "partial" if result.partial else result.outcome,
            customer_id=intent.guest_id or _guest_id_of(result.value),
            band_id=intent.band_id or _band_id_of(result.value),
            action_id=intent.key,
            reason=reason,
            code=write.audit_code(intent),
            old=write.audit_old(intent),
            new=write.audit_new(intent, result),
            # staff's own words (an override's reason, a note): kept apart, out of the logs
            staff_text=intent.override_reason or write.staff_text(intent),
            staff_id=intent.staff_id if intent.staff_id is not None else ON_DUTY,
        )


def _may_still_land(error: BaseException | None) -> bool:
    """A request given up on (a timeout, a dropped connection), not one the server answered:
    it may still be working on it."""
    return isinstance(error, TimedOut | Unreachable) and error.maybe_applied


def _guest_id_of(value: Any) -> str | None:
    if value is not None and hasattr(value, "anonymised"):
        return str(value.id)
    return None


def _band_id_of(value: Any) -> str | None:
    return str(value.id) if isinstance(value, Band) else None
