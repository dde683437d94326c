"""What every write is made of: its kind, its intent (checked and keyed before anything is sent),
its result (done, not done, unknown or queued), and :class:`WriteKind`, the one object per kind
of write that plans it, sends it, reads it back and words it.

A kind is written once, in one module of this package, and listed in ``kinds.KINDS``: the engine
(``kiosk.checkin.actions.Actions``), the desk and the audit ask the kind, never switch on it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from kiosk.checkin.audit import AuditLog
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Device, GuestDetails
from kiosk.checkin.policy import Verdict
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.staff import Permission
from kiosk.config import clock as wallclock


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
    """Visits the guest had before a check-in: a new one seen later is ours (unless the guest
    system says another desk made it)."""
    device: Device | None = None
    """The desk that makes it (sent with a check-in; read-back never claims another's)."""
    card_to_move: str | None = None
    """Swap: the lost band's card, to move to the new band."""
    order_to_move: str | None = None
    """Swap: the lost band's open tab (its order), to move to the new band: the till keeps
    adding to the same order."""
    started_at: datetime = field(default_factory=lambda: wallclock.now())
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
    in_flight: bool = False
    """Unknown, and the request may still land (its answer was lost, not refused): read back
    again later; not seeing it yet is not "not done"."""
    sent_before: float | None = None
    """When the lost request was given up on (monotonic), kept across read-backs: the window
    in which it may still land runs from here."""
    partial: bool = False
    """Not done, but some of its steps are (a resumable write): "partly done", never "not
    saved"; trying again continues from the first step not done."""

    @property
    def done(self) -> bool:
        return self.outcome is WriteOutcome.DONE


@dataclass(frozen=True)
class Seen:
    """What reading back found."""

    applied: bool | None
    """True: the write is there; False: it is not; None: nothing readable can tell."""
    value: Any = None
    note: str = ""
    partial: bool = False
    """Not all there, but some of its steps are (see WriteResult.partial)."""


class Partial(Exception):
    """A write of several steps that certainly stopped after some were done (said in words)."""

    def __init__(self, words: str, cause: BaseException) -> None:
        super().__init__(words)
        self.cause = cause


@dataclass(frozen=True)
class Planning:
    """What a plan may look at beyond the guest and the value: the verdict on screen, an
    override's reason, how the guest was found, and the system's name for its sentences."""

    system: str
    audit: AuditLog
    verdict: Verdict | None = None
    override_reason: str | None = None
    method: str = "Scanned"


class WriteKind:
    """One kind of write (or a pair, as lock and unlock): planned, sent, read back, worded.

    Subclasses set the class attributes and override what differs from the defaults."""

    kinds: tuple[ActionKind, ...] = ()
    needs: tuple[Capability, ...] = ()
    """What the backend (and the guest's context) must be able to do."""
    permission: Permission | None = None
    """A role that may make it, where staff sign in (asked at the moment of the act)."""
    doing: str = N_("Saving…")
    done: str = N_("Saved.")
    read_back_on_conflict: bool = False
    """A 404 or 409 may mean it was already done (a resend after our own commit): read."""
    resumable: bool = False
    """Its send reads what is there before each step and does only the steps not done, so it
    may be tried again at any time (even while an earlier try may still land): a step landing
    late and one sent again come to the same thing."""

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        """The intent's fields (all but its kind and key); ActionRefused says why not."""
        raise NotImplementedError

    def send(self, backend: Backend, intent: Intent) -> Any:
        """Send it once (on the write worker)."""
        raise NotImplementedError

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        """Read whether it was applied (its answer was lost)."""
        return Seen(None, None, tr("It may have been sent; ask the guest before sending it again."))

    def doing_words(self, kind: ActionKind) -> str:
        return tr(self.doing)

    def done_words(self, intent: Intent) -> str:
        return tr(self.done)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        """The new value for the audit, in ids and times only (never a name or an email)."""
        return None

    def audit_old(self, intent: Intent) -> Any:
        """The value before, for the audit, in ids and times only."""
        return audit_value(intent.old)

    def audit_code(self, intent: Intent) -> str | None:
        """A band code the act concerns: the audit keeps its keyed hash, never the code."""
        return None

    def staff_text(self, intent: Intent) -> str | None:
        """Staff's own words it carries (kept apart in the audit, never logged)."""
        return None


def guest_of(context: GuestContext | None) -> GuestContext:
    """The guest a write is for (every kind but a registration has one)."""
    if context is None:
        raise ActionRefused(tr("Scan the guest's wristband first."))
    return context


def not_anonymised(context: GuestContext) -> None:
    if context.guest.anonymised:
        raise ActionRefused(tr("This guest's record has been anonymised."))


def same_time(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs((a - b).total_seconds()) < 1


def audit_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, GuestDetails):
        return sorted(value.given())
    return value
