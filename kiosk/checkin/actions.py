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
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.checkin.audit import ON_DUTY, AuditLog
from kiosk.checkin.errors import BackendError, Conflict, NotFound
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import N_, tr, trn
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Address, Band, GuestDetails, Visit
from kiosk.checkin.policy import Verdict
from kiosk.checkin.ports import Backend, Capability

log = logging.getLogger(__name__)

SETTLE_S = 2.0
"""How long after a write's answer was lost a read may still miss it (the request can still be
on its way through the backend). "Not done" is concluded only from a read after this."""
VISIT_CLOCK_SLACK = timedelta(minutes=15)
"""How far the backend's clock may differ from ours when looking for a check-in we made."""


UNNAMED_ERASE_WORD = N_("ERASE")


def erasure_word(name: str) -> str:
    """What staff type to confirm an erasure: the guest's name, or ERASE if they have none."""
    return name if name and name != tr("Unnamed guest") else tr(UNNAMED_ERASE_WORD)


def erasure_confirmed(name: str, typed: str) -> bool:
    return " ".join(typed.split()).casefold() == erasure_word(name).casefold()


class ActionRefused(ValueError):
    """Refused before sending; ``str()`` is the sentence to show."""


class ActionKind(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"
    SET_EXPIRY = "set_expiry"
    SET_CARD = "set_card"
    ADD_BAND = "add_band"
    REMOVE_BAND = "remove_band"
    SWAP_BAND = "swap_band"
    LOCK = "lock"
    UNLOCK = "unlock"
    ANONYMISE = "anonymise"
    SAVE_ADDRESS = "save_address"
    DELETE_ADDRESS = "delete_address"
    PASSWORD_RESET = "password_reset"
    VERIFICATION = "resend_verification"
    PASSWORD_LINK = "set_password_link"
    REGISTER = "register_guest"
    UPDATE = "update_profile"
    ADD_NOTE = "add_note"
    ADD_LABEL = "add_label"


class WriteOutcome(StrEnum):
    DONE = "done"
    NOT_DONE = "not_done"
    UNKNOWN = "unknown"
    QUEUED = "queued"
    """Saved in the outbox while offline: it will be sent (exactly once) when the link is
    back; the outbox records what then becomes of it."""


@dataclass(frozen=True)
class Intent:
    """One user action, as checked and keyed before anything is sent."""

    kind: ActionKind
    key: str
    guest_id: str | None
    band_id: str | None = None
    value: Any = None
    """The new value: an expiry (or None), a card id (or None), a band code, GuestDetails..."""
    old: Any = None
    """The value before, for the audit log and for telling "not applied" from "applied"."""
    method: str = "Scanned"
    membership_id: str | None = None
    override_reason: str | None = None
    known_visits: frozenset[str] = frozenset()
    """Visits the guest had before a check-in: a new one seen later is ours."""
    card_to_move: str | None = None
    """Swap: the lost band's card, to move to the new band."""
    order_to_move: str | None = None
    """Swap: the lost band's open tab (its order), to move to the new band: the till keeps
    adding to the same order."""
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    staff_id: str | None = None
    """Who started it (a desk where staff sign in): its outcome is theirs, even if it comes
    after another member has signed in."""

    def same_action(self, other: Intent | None) -> bool:
        """Whether ``other`` is this very action tried again (then it keeps its key)."""
        return other is not None and (
            other.kind,
            other.guest_id,
            other.band_id,
            other.value,
            other.method,
        ) == (self.kind, self.guest_id, self.band_id, self.value, self.method)


@dataclass(frozen=True)
class WriteResult:
    intent: Intent
    outcome: WriteOutcome
    value: Any = None
    """What the backend returned or what reading found: a Visit, a Band, a Guest, a link."""
    error: BaseException | None = None
    """Why it was not done, or what made it unknown."""
    note: str = ""
    """Words for the screen beyond the default ("only partly done: ...")."""
    finished_at: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return self.outcome is WriteOutcome.DONE


def expiry_presets(
    current: datetime | None, zone: ZoneInfo, now: datetime | None = None
) -> list[tuple[str, datetime]]:
    """End of today, then +1/+7/+30 days from the later of now and the current expiry."""
    now = now or datetime.now(UTC)
    local = now.astimezone(zone)
    end_of_today = local.replace(hour=23, minute=59, second=0, microsecond=0)
    base = max(now, current) if current else now
    presets = [(tr("End of today"), end_of_today.astimezone(UTC))]
    for days in (1, 7, 30):
        presets.append((trn("+%n day", "+%n days", days), base + timedelta(days=days)))
    return [(label, until) for label, until in presets if until > now]


class Actions:
    """Plans, performs and reconciles writes through ``backend``; audits every outcome."""

    def __init__(
        self,
        backend: Backend,
        audit: AuditLog,
        *,
        verify_with: Backend | None = None,
        settle_s: float = SETTLE_S,
        sleep: Callable[[float], None] = time.sleep,
        new_key: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self.backend = backend
        self.verify_with = verify_with or backend
        """Reading back is always done against the guest system itself, never a local copy
        (which cannot know whether a lost write arrived)."""
        self.audit = audit
        self._settle_s = settle_s
        self._sleep = sleep
        self._new_key = new_key

    # ------------------------------------------------------------------ planning

    def _intent(self, previous: Intent | None, **fields: Any) -> Intent:
        intent = Intent(key=self._new_key(), **fields)
        if intent.same_action(previous):
            assert previous is not None
            return previous  # the staff's own retry: the same key, the same "before"
        return intent

    def _needs(self, context: GuestContext | None, capability: Capability) -> None:
        if context is not None and context.provisional:
            raise ActionRefused(
                tr(
                    "Still checking with {system}: this is the local copy's answer.",
                    system=self.backend.name,
                )
            )
        if capability not in self.backend.capabilities or (
            context is not None and not context.can(capability)
        ):
            raise ActionRefused(tr("{system} can't do that here.", system=self.backend.name))

    def plan_check_in(
        self,
        context: GuestContext,
        verdict: Verdict,
        *,
        method: str = "Scanned",
        override_reason: str | None = None,
        previous: Intent | None = None,
    ) -> Intent:
        """A red verdict is checked in only with an override reason (the verdict binds)."""
        self._needs(context, Capability.CHECK_INS)
        if context.guest.anonymised:
            raise ActionRefused(tr("This guest's record has been anonymised."))
        reason = (override_reason or "").strip()
        if verdict.outcome == "deny" and len(reason) < 3:
            raise ActionRefused(tr("This guest may not be admitted without an override reason."))
        if context.open_visit is not None:
            raise ActionRefused(tr("This guest is already checked in."))
        membership = context.primary_membership
        return self._intent(
            previous,
            kind=ActionKind.CHECK_IN,
            guest_id=context.guest.id,
            method=method,
            membership_id=membership.id if membership and membership.is_active else None,
            override_reason=reason or None,
            known_visits=frozenset(v.id for v in context.visits),
        )

    def plan_check_out(self, context: GuestContext, *, previous: Intent | None = None) -> Intent:
        self._needs(context, Capability.CHECK_INS)
        visit = context.open_visit
        if visit is None:
            raise ActionRefused(tr("This guest is not checked in."))
        return self._intent(
            previous, kind=ActionKind.CHECK_OUT, guest_id=context.guest.id, value=visit.id
        )

    def plan_check_out_visit(
        self, guest_id: str, visit_id: str, *, previous: Intent | None = None
    ) -> Intent:
        """A check-out from who is in now (the list knows the visit; no guest is open)."""
        if Capability.CHECK_INS not in self.backend.capabilities:
            raise ActionRefused(tr("{system} can't do that here.", system=self.backend.name))
        return self._intent(previous, kind=ActionKind.CHECK_OUT, guest_id=guest_id, value=visit_id)

    def _scanned_band(self, context: GuestContext) -> Band:
        self._needs(context, Capability.WRISTBANDS)
        band = context.band
        if band is None:
            raise ActionRefused(tr("Scan the guest's wristband first."))
        return band

    def plan_set_expiry(
        self, context: GuestContext, until: datetime | None, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.BAND_EXPIRY)
        band = self._scanned_band(context)
        if until is not None and until <= datetime.now(UTC):
            self.audit.record(
                ActionKind.SET_EXPIRY,
                "refused",
                customer_id=context.guest.id,
                band_id=band.id,
                reason="time in the past",
            )
            raise ActionRefused(tr("That time has already passed: choose a later one."))
        return self._intent(
            previous,
            kind=ActionKind.SET_EXPIRY,
            guest_id=context.guest.id,
            band_id=band.id,
            value=until,
            old=band.expires_at,
        )

    def plan_set_card(
        self, context: GuestContext, card_id: str | None, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.BAND_CARDS)
        band = self._scanned_band(context)
        if card_id is not None and card_id not in {c.id for c in context.cards}:
            raise ActionRefused(tr("That card does not belong to this guest."))
        return self._intent(
            previous,
            kind=ActionKind.SET_CARD,
            guest_id=context.guest.id,
            band_id=band.id,
            value=card_id,
            old=band.card.id if band.card else None,
        )

    def plan_add_band(
        self, context: GuestContext, code: str, *, previous: Intent | None = None
    ) -> Intent:
        """A new band for this guest (the code scanned next); it keeps the scanned band's
        expiry if that is still in the future."""
        self._needs(context, Capability.WRISTBANDS)
        if context.guest.anonymised:
            raise ActionRefused(tr("This guest's record has been anonymised."))
        if any(band.code == code for band in context.bands):
            raise ActionRefused(tr("That wristband is already this guest's."))
        current = context.band
        keep = current.expires_at if current else None
        if keep is not None and keep <= datetime.now(UTC):
            keep = None
        return self._intent(
            previous, kind=ActionKind.ADD_BAND, guest_id=context.guest.id, value=code, old=keep
        )

    def plan_remove_band(self, context: GuestContext, *, previous: Intent | None = None) -> Intent:
        band = self._scanned_band(context)
        return self._intent(
            previous,
            kind=ActionKind.REMOVE_BAND,
            guest_id=context.guest.id,
            band_id=band.id,
            old=band.code,
        )

    def plan_swap_band(
        self, context: GuestContext, new_code: str, *, previous: Intent | None = None
    ) -> Intent:
        """A lost band replaced in one step: the new one takes the expiry and the card, then
        the old one is removed."""
        lost = self._scanned_band(context)
        if new_code == lost.code:
            raise ActionRefused(tr("That is the lost wristband itself: scan the new one."))
        if any(band.code == new_code for band in context.bands):
            raise ActionRefused(tr("That wristband is already this guest's."))
        keep = lost.expires_at if lost.expires_at and lost.expires_at > datetime.now(UTC) else None
        return self._intent(
            previous,
            kind=ActionKind.SWAP_BAND,
            guest_id=context.guest.id,
            band_id=lost.id,
            value=new_code,
            old=keep,
            card_to_move=lost.card.id if lost.card else None,
            order_to_move=lost.order_id if lost.order_open else None,
        )

    def plan_set_locked(
        self, context: GuestContext, locked: bool, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.LOCK)
        return self._intent(
            previous,
            kind=ActionKind.LOCK if locked else ActionKind.UNLOCK,
            guest_id=context.guest.id,
            value=locked,
        )

    def plan_save_address(
        self, context: GuestContext, address: Address, *, previous: Intent | None = None
    ) -> Intent:
        """Add or change one of the guest's addresses: a first line is the least it needs."""
        self._needs(context, Capability.ADDRESSES)
        if context.guest.anonymised:
            raise ActionRefused(tr("This guest's record has been anonymised."))
        if not address.line_1.strip():
            raise ActionRefused(tr("Enter at least the first line of the address."))
        tidy = replace(
            address, label=address.label.strip() or "Home", line_1=address.line_1.strip()
        )
        return self._intent(
            previous,
            kind=ActionKind.SAVE_ADDRESS,
            guest_id=context.guest.id,
            value=tidy,
        )

    def plan_delete_address(
        self, context: GuestContext, address_id: str, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.ADDRESSES)
        return self._intent(
            previous, kind=ActionKind.DELETE_ADDRESS, guest_id=context.guest.id, old=address_id
        )

    def plan_anonymise(
        self, context: GuestContext, typed: str, *, previous: Intent | None = None
    ) -> Intent:
        """Erasure on the guest's request: only once staff typed the guest's name (or
        ERASE when there is none) to confirm; refused for a locked account, as Trybe does."""
        self._needs(context, Capability.ANONYMISE)
        guest = context.guest
        if guest.anonymised:
            raise ActionRefused(tr("This guest's record has already been anonymised."))
        if guest.locked:
            raise ActionRefused(
                tr("The account is locked: unlock it first (a locked account can't be anonymised).")
            )
        if not erasure_confirmed(guest.display_name, typed):
            raise ActionRefused(
                tr("Type “{word}” exactly to confirm.", word=erasure_word(guest.display_name))
            )
        return self._intent(previous, kind=ActionKind.ANONYMISE, guest_id=guest.id)

    def plan_email(
        self, context: GuestContext, kind: ActionKind, *, previous: Intent | None = None
    ) -> Intent:
        """A password reset or a verification email again."""
        self._needs(context, Capability.PASSWORD_EMAILS)
        if not context.guest.email:
            raise ActionRefused(tr("This guest has no email address to send it to."))
        return self._intent(previous, kind=kind, guest_id=context.guest.id)

    def plan_password_link(
        self, context: GuestContext, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.SET_PASSWORD_LINK)
        return self._intent(previous, kind=ActionKind.PASSWORD_LINK, guest_id=context.guest.id)

    def plan_register(self, details: GuestDetails, *, previous: Intent | None = None) -> Intent:
        """A walk-in: at least one of email, first or last name (checked before sending)."""
        self._needs(None, Capability.REGISTER)
        given = details.given()
        if not any(given.get(k) for k in ("email", "first_name", "last_name")):
            raise ActionRefused(tr("Enter at least a name or an email address."))
        return self._intent(previous, kind=ActionKind.REGISTER, guest_id=None, value=details)

    def plan_update(
        self, context: GuestContext, details: GuestDetails, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.EDIT)
        if context.guest.locked:
            raise ActionRefused(tr("The account is locked: unlock it before changing details."))
        return self._intent(
            previous, kind=ActionKind.UPDATE, guest_id=context.guest.id, value=details
        )

    def plan_add_note(
        self, context: GuestContext, text: str, *, previous: Intent | None = None
    ) -> Intent:
        """A note for whoever serves the guest next (staff's own words, never logged)."""
        self._needs(context, Capability.NOTES)
        words = " ".join(text.split())
        if not words:
            raise ActionRefused(tr("Write the note first."))
        return self._intent(
            previous, kind=ActionKind.ADD_NOTE, guest_id=context.guest.id, value=words
        )

    def plan_add_label(
        self, context: GuestContext, label: str, *, previous: Intent | None = None
    ) -> Intent:
        self._needs(context, Capability.LABELS)
        name = " ".join(label.split())
        if not name:
            raise ActionRefused(tr("Choose or type a label first."))
        if any(existing.name.casefold() == name.casefold() for existing in context.guest.labels):
            raise ActionRefused(tr("The guest already has the label “{label}”.", label=name))
        return self._intent(
            previous, kind=ActionKind.ADD_LABEL, guest_id=context.guest.id, value=name
        )

    # ------------------------------------------------------------------ performing

    def perform(self, intent: Intent) -> WriteResult:
        """Send the write once; say what is known of its outcome. Runs on the write worker."""
        try:
            value = self._send(intent)
        except _Partial as partial:
            result = WriteResult(
                intent, WriteOutcome.NOT_DONE, error=partial.cause, note=str(partial)
            )
        except (NotFound, Conflict) as exc:
            if intent.kind in (ActionKind.REMOVE_BAND, ActionKind.CHECK_OUT):
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

    def _send(self, intent: Intent) -> Any:
        b, gid, key = self.backend, intent.guest_id or "", intent.key
        kind = intent.kind
        if kind is ActionKind.CHECK_IN:
            return b.check_in(
                gid, method=intent.method, membership_id=intent.membership_id, key=key
            )
        if kind is ActionKind.CHECK_OUT:
            return b.check_out(gid, str(intent.value), key=key)
        if kind is ActionKind.SET_EXPIRY:
            return b.set_band_expiry(gid, intent.band_id or "", intent.value, key=key)
        if kind is ActionKind.SET_CARD:
            return b.set_band_card(gid, intent.band_id or "", intent.value, key=key)
        if kind is ActionKind.ADD_BAND:
            return b.add_band(gid, str(intent.value), expires_at=intent.old, key=key)
        if kind is ActionKind.REMOVE_BAND:
            return b.remove_band(gid, intent.band_id or "", key=key)
        if kind is ActionKind.SWAP_BAND:
            return self._swap(intent)
        if kind in (ActionKind.LOCK, ActionKind.UNLOCK):
            return b.set_locked(gid, bool(intent.value), key=key)
        if kind is ActionKind.ANONYMISE:
            return b.anonymise(gid, key=key)
        if kind is ActionKind.SAVE_ADDRESS:
            return b.save_address(gid, intent.value, key=key)
        if kind is ActionKind.DELETE_ADDRESS:
            return b.delete_address(gid, str(intent.old), key=key)
        if kind is ActionKind.PASSWORD_RESET:
            return b.send_password_reset(gid, key=key)
        if kind is ActionKind.VERIFICATION:
            return b.resend_verification(gid, key=key)
        if kind is ActionKind.PASSWORD_LINK:
            return b.set_password_link(gid, key=key)
        if kind is ActionKind.REGISTER:
            return b.register(intent.value, key=key)
        if kind is ActionKind.UPDATE:
            return b.update(gid, intent.value, key=key)
        if kind is ActionKind.ADD_NOTE:
            return b.add_note(gid, str(intent.value), key=key)
        if kind is ActionKind.ADD_LABEL:
            return b.add_label(gid, str(intent.value), key=key)
        raise AssertionError(f"unhandled action {kind}")

    def _swap(self, intent: Intent) -> Band:
        """Up to four writes (the band, its card, its tab, the lost one off), each with a key
        derived from the action's. A step that certainly
        failed after an earlier one succeeded is a partial result, said in words; a step that
        may have been applied makes the whole swap unknown (reconciled by reading the bands)."""
        b, gid, key = self.backend, intent.guest_id or "", intent.key
        new = b.add_band(gid, str(intent.value), expires_at=intent.old, key=f"{key}:add")
        done = [tr("the new band is on the guest")]
        try:
            if intent.card_to_move is not None:
                new = b.set_band_card(gid, new.id, intent.card_to_move, key=f"{key}:card")
                done.append(tr("the card moved to it"))
            if intent.order_to_move is not None:
                new = b.set_band_order(gid, new.id, intent.order_to_move, key=f"{key}:order")
                done.append(tr("the open tab moved to it"))
            b.remove_band(gid, intent.band_id or "", key=f"{key}:remove")
        except BackendError as exc:
            if exc.maybe_applied:
                raise
            reason = describe_failure(exc, self.backend.name).title
            raise _Partial(
                tr(
                    "Only partly done ({done}): {reason}. Check the old band.",
                    done="; ".join(done),
                    reason=reason,
                ),
                exc,
            ) from exc
        return new

    # ------------------------------------------------------------------ reading back

    def _read_back(self, intent: Intent, unknown: WriteResult) -> WriteResult:
        """First look at once; if the write is not seen, look again once it had time to
        settle, and only then call it not done."""
        try:
            seen = self._observe(intent)
            if seen.applied is None:
                return WriteResult(
                    intent, WriteOutcome.UNKNOWN, error=unknown.error, note=seen.note
                )
            if not seen.applied:
                wait = unknown.finished_at + self._settle_s - time.monotonic()
                if wait > 0:
                    self._sleep(wait)
                seen = self._observe(intent)
        except BackendError as exc:
            log.info("could not read back %s: %s", intent.kind, type(exc).__name__)
            return WriteResult(intent, WriteOutcome.UNKNOWN, error=unknown.error)
        if seen.applied:
            return WriteResult(intent, WriteOutcome.DONE, value=seen.value, note=seen.note)
        return WriteResult(intent, WriteOutcome.NOT_DONE, error=unknown.error, note=seen.note)

    def _observe(self, intent: Intent) -> _Seen:
        b, gid = self.verify_with, intent.guest_id or ""
        kind = intent.kind
        if kind is ActionKind.CHECK_IN:
            since = intent.started_at - VISIT_CLOCK_SLACK
            ours = [
                v for v in b.visits(gid, since=since, limit=10) if v.id not in intent.known_visits
            ]
            return _Seen(bool(ours), ours[0] if ours else None)
        if kind is ActionKind.CHECK_OUT:
            visit = next((v for v in b.visits(gid, limit=10) if v.id == intent.value), None)
            return _Seen(visit is not None and not visit.is_open, visit)
        if kind in (ActionKind.SET_EXPIRY, ActionKind.SET_CARD):
            band = b.band(gid, intent.band_id or "")
            if kind is ActionKind.SET_EXPIRY:
                return _Seen(_same_time(band.expires_at, intent.value), band)
            return _Seen((band.card.id if band.card else None) == intent.value, band)
        if kind is ActionKind.ADD_BAND:
            band_found = next((x for x in b.bands(gid) if x.code == intent.value), None)
            return _Seen(band_found is not None, band_found)
        if kind is ActionKind.REMOVE_BAND:
            return _Seen(all(x.id != intent.band_id for x in b.bands(gid)), None)
        if kind is ActionKind.SWAP_BAND:
            return self._observe_swap(intent)
        if kind in (ActionKind.LOCK, ActionKind.UNLOCK):
            guest = b.guest(gid)
            return _Seen(guest.locked == bool(intent.value), guest)
        if kind is ActionKind.UPDATE:
            guest = b.guest(gid)
            return _Seen(_has_details(guest, intent.value), guest)
        if kind is ActionKind.ANONYMISE:
            guest = b.guest(gid)
            return _Seen(guest.anonymised, guest)
        if kind is ActionKind.SAVE_ADDRESS:
            wanted: Address = intent.value
            found = next(
                (a for a in b.addresses(gid) if wanted.same_place(a)),
                None,
            )
            return _Seen(found is not None, found)
        if kind is ActionKind.DELETE_ADDRESS:
            return _Seen(all(a.id != intent.old for a in b.addresses(gid)), None)
        if kind is ActionKind.REGISTER:
            return self._observe_registration(intent.value)
        if kind is ActionKind.ADD_NOTE:
            guest = b.guest(gid)
            return _Seen(str(intent.value) in (guest.notes or ""), guest)
        if kind is ActionKind.ADD_LABEL:
            guest = b.guest(gid)
            wanted_label = str(intent.value).casefold()
            return _Seen(any(x.name.casefold() == wanted_label for x in guest.labels), guest)
        return _Seen(
            None, None, tr("It may have been sent; ask the guest before sending it again.")
        )

    def _observe_swap(self, intent: Intent) -> _Seen:
        bands = self.verify_with.bands(intent.guest_id or "")
        new = next((x for x in bands if x.code == intent.value), None)
        old_gone = all(x.id != intent.band_id for x in bands)
        if new is None:
            return _Seen(False, None)
        card_ok = intent.card_to_move is None or (new.card and new.card.id == intent.card_to_move)
        tab_ok = intent.order_to_move is None or new.order_id == intent.order_to_move
        if old_gone and card_ok and tab_ok:
            return _Seen(True, new)
        return _Seen(
            False,
            new,
            tr("Only partly done: the new band is on the guest. Check the old band and the card."),
        )

    def _observe_registration(self, details: GuestDetails) -> _Seen:
        email = details.given().get("email")
        if not email:
            return _Seen(None, None, tr("Search for the guest before registering them again."))
        hits = [
            h
            for h in self.verify_with.search(email)
            if (h.email or "").casefold() == email.casefold()
        ]
        if not hits:
            return _Seen(False, None)
        return _Seen(True, self.verify_with.guest(hits[0].id))

    # ------------------------------------------------------------------ the audit

    def _record(self, result: WriteResult, *, confirmed_by_reading: bool = False) -> None:
        intent = result.intent
        reason: str | None = None
        if result.error is not None and result.outcome is not WriteOutcome.DONE:
            reason = describe_failure(result.error).kind
        if confirmed_by_reading:
            reason = "read back" + (f" ({reason})" if reason else "")
        if intent.override_reason:
            reason = "override" + (f"; {reason}" if reason else "")
        self.audit.record(
            intent.kind,
            result.outcome,
            customer_id=intent.guest_id or _guest_id_of(result.value),
            band_id=intent.band_id or _band_id_of(result.value),
            action_id=intent.key,
            reason=reason,
            old=_audit_value(intent.old),
            new=_audit_new(intent, result),
            # staff's own words (an override's reason, a note): kept apart, out of the logs
            staff_text=intent.override_reason
            or (str(intent.value) if intent.kind is ActionKind.ADD_NOTE else None),
            staff_id=intent.staff_id if intent.staff_id is not None else ON_DUTY,
        )


@dataclass(frozen=True)
class _Seen:
    applied: bool | None
    """True: the write is there; False: it is not; None: nothing readable can tell."""
    value: Any = None
    note: str = ""


class _Partial(Exception):
    def __init__(self, words: str, cause: BaseException) -> None:
        super().__init__(words)
        self.cause = cause


def _same_time(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).total_seconds()) < 1


def _has_details(guest: Any, details: GuestDetails) -> bool:
    for name in ("first_name", "last_name", "dob"):
        wanted = getattr(details, name)
        if wanted is None:
            continue
        have = getattr(guest, name)
        have_text = have.isoformat() if hasattr(have, "isoformat") else (have or "")
        if (wanted.strip() or "") != have_text:
            return False
    if details.phone is not None:
        digits = "".join(c for c in details.phone if c.isdigit())
        have_digits = "".join(c for c in (guest.phone or "") if c.isdigit())
        if digits != have_digits and not have_digits.endswith(digits.lstrip("0")):
            return False
    return True


def _guest_id_of(value: Any) -> str | None:
    if value is not None and hasattr(value, "anonymised"):
        return str(value.id)
    return None


def _band_id_of(value: Any) -> str | None:
    return str(value.id) if isinstance(value, Band) else None


def _audit_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, GuestDetails):
        return sorted(value.given())
    return value


def _audit_new(intent: Intent, result: WriteResult) -> Any:
    """The new value in ids and times only: never a name, an email or a phone."""
    if intent.kind is ActionKind.CHECK_IN and isinstance(result.value, Visit):
        return {"check_in_id": result.value.id, "method": intent.method}
    if intent.kind is ActionKind.SET_EXPIRY:
        if isinstance(result.value, Band):
            return _audit_value(result.value.expires_at)  # as the backend stored it
        return _audit_value(intent.value)
    if intent.kind in (ActionKind.ADD_BAND, ActionKind.SWAP_BAND) and isinstance(
        result.value, Band
    ):
        return result.value.id
    if intent.kind in (ActionKind.REGISTER, ActionKind.UPDATE):
        return _audit_value(intent.value)
    if intent.kind in (ActionKind.SET_CARD, ActionKind.CHECK_OUT):
        return intent.value
    if intent.kind is ActionKind.SAVE_ADDRESS and isinstance(result.value, Address):
        return {"address_id": result.value.id}  # the id only: an address is personal
    if intent.kind is ActionKind.ADD_LABEL:
        return intent.value
    return None
