"""Writes on a guest's wristbands: the expiry, the card on it, a band added or removed, and a
lost band replaced (the new one on, its expiry, card and open tab moved over, the old one off),
each read back from the guest's bands when its answer was lost."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

from kiosk.checkin.errors import BackendError, Conflict, Invalid, NotFound
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.writes.base import (
    ActionKind,
    ActionRefused,
    Intent,
    Partial,
    Planning,
    Seen,
    WriteKind,
    WriteResult,
    audit_value,
    guest_of,
    not_anonymised,
    same_time,
)
from kiosk.config import clock as wallclock


def scanned_band(context: GuestContext | None) -> tuple[GuestContext, Band]:
    context = guest_of(context)
    if context.band is None:
        raise ActionRefused(tr("Scan the guest's wristband first."))
    return context, context.band


def _has_card(band: Band, card_id: str) -> bool:
    return band.card is not None and band.card.id == card_id


def still_ahead(moment: datetime | None) -> datetime | None:
    """An expiry worth keeping on a new band: one still in the future."""
    return moment if moment is not None and moment > wallclock.now() else None


class SetExpiry(WriteKind):
    kinds = (ActionKind.SET_EXPIRY,)
    needs = (Capability.WRISTBANDS, Capability.BAND_EXPIRY)
    doing = N_("Saving the new expiry…")
    done = N_("Expiry changed.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context, band = scanned_band(context)
        if value is not None and value <= wallclock.now():
            how.audit.record(
                ActionKind.SET_EXPIRY,
                "refused",
                customer_id=context.guest.id,
                band_id=band.id,
                reason="time in the past",
            )
            raise ActionRefused(tr("That time has already passed: choose a later one."))
        return {
            "guest_id": context.guest.id,
            "band_id": band.id,
            "value": value,
            "old": band.expires_at,
        }

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.set_band_expiry(
            intent.guest_id or "", intent.band_id or "", intent.value, key=intent.key
        )

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        band = backend.band(intent.guest_id or "", intent.band_id or "")
        return Seen(same_time(band.expires_at, intent.value), band)

    def done_words(self, intent: Intent) -> str:
        if intent.value is None:
            return tr("Expiry cleared: the band never expires.")
        return tr(self.done)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        if isinstance(result.value, Band):
            return audit_value(result.value.expires_at)  # as the backend stored it
        return audit_value(intent.value)


class SetCard(WriteKind):
    kinds = (ActionKind.SET_CARD,)
    needs = (Capability.WRISTBANDS, Capability.BAND_CARDS)
    doing = N_("Saving the card…")
    done = N_("Card changed on the band.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context, band = scanned_band(context)
        if value is not None and value not in {c.id for c in context.cards}:
            raise ActionRefused(tr("That card does not belong to this guest."))
        return {
            "guest_id": context.guest.id,
            "band_id": band.id,
            "value": value,
            "old": band.card.id if band.card else None,
        }

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.set_band_card(
            intent.guest_id or "", intent.band_id or "", intent.value, key=intent.key
        )

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        band = backend.band(intent.guest_id or "", intent.band_id or "")
        return Seen((band.card.id if band.card else None) == intent.value, band)

    def done_words(self, intent: Intent) -> str:
        return tr("Card put on the band.") if intent.value else tr("Card taken off the band.")

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return intent.value


class AddBand(WriteKind):
    """A new band for this guest (the code scanned next); it keeps the scanned band's expiry
    if that is still in the future."""

    kinds = (ActionKind.ADD_BAND,)
    needs = (Capability.WRISTBANDS,)
    doing = N_("Adding the wristband…")
    done = N_("Wristband added.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        not_anonymised(context)
        if any(band.code == value for band in context.bands):
            raise ActionRefused(tr("That wristband is already this guest's."))
        current = context.band
        keep = still_ahead(current.expires_at if current else None)
        return {"guest_id": context.guest.id, "value": value, "old": keep}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.add_band(
            intent.guest_id or "", str(intent.value), expires_at=intent.old, key=intent.key
        )

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        found = next(
            (x for x in backend.bands(intent.guest_id or "") if x.code == intent.value), None
        )
        return Seen(found is not None, found)

    def done_words(self, intent: Intent) -> str:
        return tr("Wristband {code} added.", code=intent.value)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return result.value.id if isinstance(result.value, Band) else None


class RemoveBand(WriteKind):
    kinds = (ActionKind.REMOVE_BAND,)
    needs = (Capability.WRISTBANDS,)
    doing = N_("Removing the wristband…")
    done = N_("Wristband removed.")
    read_back_on_conflict = True  # "already removed": read what is true now

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context, band = scanned_band(context)
        return {"guest_id": context.guest.id, "band_id": band.id, "old": band.code}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.remove_band(intent.guest_id or "", intent.band_id or "", key=intent.key)

    def audit_old(self, intent: Intent) -> Any:
        return None  # the band's code: a band in someone's hand opens their guest

    def audit_code(self, intent: Intent) -> str | None:
        return str(intent.old) if intent.old else None

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        return Seen(all(x.id != intent.band_id for x in backend.bands(intent.guest_id or "")))


class SwapBand(WriteKind):
    """A lost band replaced in one action, as steps that resume: the new band on, its expiry,
    the card, the open tab, the lost band off. The guest's bands are read first and each step
    is sent only if it is not done yet (each with a key derived from the action's), so trying
    again continues from the first step not done, whatever the guest system does with keys: a
    band added by an earlier try whose answer was lost is not added again. A step that failed
    after earlier ones were done is "partly done", said in words; a step that may have been
    applied makes the swap unknown until the guest's bands are read."""

    kinds = (ActionKind.SWAP_BAND,)
    needs = (Capability.WRISTBANDS,)
    doing = N_("Replacing the wristband…")
    done = N_("Wristband replaced; expiry and card moved over.")
    resumable = True

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context, lost = scanned_band(context)
        if value == lost.code:
            raise ActionRefused(tr("That is the lost wristband itself: scan the new one."))
        if any(band.code == value for band in context.bands):
            raise ActionRefused(tr("That wristband is already this guest's."))
        card = lost.card
        # a revoked or expired card cannot fund a band: the guest system refuses to move it,
        # and the swap could never finish (the new band on, the old one never off)
        movable = card is not None and card.problem(wallclock.now()) is None
        return {
            "guest_id": context.guest.id,
            "band_id": lost.id,
            "value": value,
            "old": still_ahead(lost.expires_at),
            "card_to_move": card.id if card is not None and movable else None,
            "order_to_move": lost.order_id if lost.order_open else None,
        }

    def send(self, backend: Backend, intent: Intent) -> Any:
        gid, key = intent.guest_id or "", intent.key
        bands = backend.bands(gid)  # what earlier tries already did
        new = next((x for x in bands if x.code == intent.value), None)
        if new is None:
            try:
                new = backend.add_band(
                    gid, str(intent.value), expires_at=intent.old, key=f"{key}:add"
                )
            except Invalid:
                # "already associated": an earlier try's add may have landed just now
                new = next((x for x in backend.bands(gid) if x.code == intent.value), None)
                if new is None:
                    raise
        done = [tr("the new band is on the guest")]
        try:
            if not same_time(new.expires_at, intent.old):
                new = backend.set_band_expiry(gid, new.id, intent.old, key=f"{key}:expiry")
            done.append(tr("its expiry is set"))
            if intent.card_to_move is not None and not _has_card(new, intent.card_to_move):
                new = backend.set_band_card(gid, new.id, intent.card_to_move, key=f"{key}:card")
            if intent.card_to_move is not None:
                done.append(tr("the card moved to it"))
            if intent.order_to_move is not None and new.order_id != intent.order_to_move:
                new = backend.set_band_order(gid, new.id, intent.order_to_move, key=f"{key}:order")
            if intent.order_to_move is not None:
                done.append(tr("the open tab moved to it"))
            if any(x.id == intent.band_id for x in bands):
                # gone already (an earlier try's removal landed late): nothing left to do
                with contextlib.suppress(NotFound, Conflict):
                    backend.remove_band(gid, intent.band_id or "", key=f"{key}:remove")
        except BackendError as exc:
            if exc.maybe_applied:
                raise
            reason = describe_failure(exc, backend.name).title
            raise Partial(
                tr(
                    "Partly done ({done}): {reason}. Try again to finish.",
                    done="; ".join(done),
                    reason=reason,
                ),
                exc,
            ) from exc
        return new

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        bands = backend.bands(intent.guest_id or "")
        new = next((x for x in bands if x.code == intent.value), None)
        old_gone = all(x.id != intent.band_id for x in bands)
        if new is None:
            return Seen(False, None)
        card_ok = intent.card_to_move is None or (new.card and new.card.id == intent.card_to_move)
        tab_ok = intent.order_to_move is None or new.order_id == intent.order_to_move
        expiry_ok = same_time(new.expires_at, intent.old)
        if old_gone and card_ok and tab_ok and expiry_ok:
            return Seen(True, new)
        return Seen(
            False,
            new,
            tr(
                "Partly done: the new band is on the guest; the rest is not yet. "
                "Try again to finish."
            ),
            partial=True,
        )

    def done_words(self, intent: Intent) -> str:
        if intent.order_to_move is not None:
            return tr(
                "Wristband {code} replaces the lost one; expiry, card and open tab moved over.",
                code=intent.value,
            )
        if intent.card_to_move is None:
            return tr(
                "Wristband {code} replaces the lost one; its expiry moved over.", code=intent.value
            )
        return tr(
            "Wristband {code} replaces the lost one; expiry and card moved over.",
            code=intent.value,
        )

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return result.value.id if isinstance(result.value, Band) else None
