"""Checking a guest in and out: a visit made once, and found again by reading the guest's visits
when the answer was lost (a new visit since the action began is ours)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Visit
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.writes.base import (
    ActionKind,
    ActionRefused,
    Intent,
    Planning,
    Seen,
    WriteKind,
    WriteResult,
    guest_of,
)

VISIT_CLOCK_SLACK = timedelta(minutes=15)
"""How far the backend's clock may differ from ours when looking for a check-in we made."""


class CheckIn(WriteKind):
    kinds = (ActionKind.CHECK_IN,)
    needs = (Capability.CHECK_INS,)
    doing = N_("Checking in…")
    done = N_("Checked in.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        """A red verdict is checked in only with an override reason (the verdict binds)."""
        context = guest_of(context)
        if context.guest.anonymised:
            raise ActionRefused(tr("This guest's record has been anonymised."))
        reason = (how.override_reason or "").strip()
        verdict = how.verdict
        assert verdict is not None, "a check-in is planned from the verdict on screen"
        if verdict.outcome == "deny" and len(reason) < 3:
            raise ActionRefused(tr("This guest may not be admitted without an override reason."))
        if context.open_visit is not None:
            raise ActionRefused(tr("This guest is already checked in."))
        membership = context.primary_membership
        return {
            "guest_id": context.guest.id,
            "method": how.method,
            "membership_id": membership.id if membership and membership.is_active else None,
            "override_reason": reason or None,
            "known_visits": frozenset(v.id for v in context.visits),
        }

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.check_in(
            intent.guest_id or "",
            method=intent.method,
            membership_id=intent.membership_id,
            key=intent.key,
        )

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        since = intent.started_at - VISIT_CLOCK_SLACK
        visits = backend.visits(intent.guest_id or "", since=since, limit=10)
        ours = [
            v
            for v in visits
            if v.id not in intent.known_visits and not v.made_elsewhere(intent.device)
        ]
        return Seen(bool(ours), ours[0] if ours else None)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        if isinstance(result.value, Visit):
            return {"check_in_id": result.value.id, "method": intent.method}
        return None


class CheckOut(WriteKind):
    """The guest's open visit closed; or, from who is in now, a visit given as
    ``(guest_id, visit_id)`` with no guest open."""

    kinds = (ActionKind.CHECK_OUT,)
    needs = (Capability.CHECK_INS,)
    doing = N_("Checking out…")
    done = N_("Checked out.")
    read_back_on_conflict = True  # "already checked out": read what is true now

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        if context is None and isinstance(value, tuple):
            guest_id, visit_id = value
            return {"guest_id": guest_id, "value": visit_id}
        context = guest_of(context)
        visit = context.open_visit
        if visit is None:
            raise ActionRefused(tr("This guest is not checked in."))
        return {"guest_id": context.guest.id, "value": visit.id}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.check_out(intent.guest_id or "", str(intent.value), key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        visits = backend.visits(intent.guest_id or "", limit=10)
        visit = next((v for v in visits if v.id == intent.value), None)
        return Seen(visit is not None and not visit.is_open, visit)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return intent.value
