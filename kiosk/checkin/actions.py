"""What staff can do to a guest's wristband, each step audited, one at a time.

Every action is checked before anything is sent (a past expiry is refused here, not by the
server), runs alone (a second tap while one is in flight is refused, never queued or sent
twice), and is written to the audit log with its old and new values and its outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from kiosk.api import AssociatedBarcode, CheckIn, Customer, TrybeClient, TrybeError
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.lookup import CustomerContext

T = TypeVar("T")


class ActionRefused(ValueError):
    """Refused before sending; ``str()`` is the sentence to show."""


class ActionBusy(RuntimeError):
    """Another action is still in flight."""


@dataclass(frozen=True)
class ExpiryPreset:
    label: str
    until: datetime


def expiry_presets(
    current: datetime | None, zone: ZoneInfo, now: datetime | None = None
) -> list[ExpiryPreset]:
    """End of today, then +1/+7/+30 days from the later of now and the current expiry."""
    now = now or datetime.now(UTC)
    local = now.astimezone(zone)
    end_of_today = local.replace(hour=23, minute=59, second=0, microsecond=0)
    base = max(now, current) if current else now
    presets = [ExpiryPreset("End of today", end_of_today.astimezone(UTC))]
    for days, label in ((1, "+1 day"), (7, "+7 days"), (30, "+30 days")):
        presets.append(ExpiryPreset(label, base + timedelta(days=days)))
    return [p for p in presets if p.until > now]


class Actions:
    def __init__(self, client: TrybeClient, audit: AuditLog) -> None:
        self._client = client
        self._audit = audit
        self._busy = threading.Lock()

    def _guarded(
        self,
        action: str,
        context: CustomerContext | None,
        call: Callable[[], T],
        *,
        band_id: str | None = None,
    ) -> T:
        """Run one call to Trybe alone (a second one meanwhile is refused, never queued), and
        audit a failure with its kind. Success is audited by the caller, with its values."""
        if not self._busy.acquire(blocking=False):
            raise ActionBusy("Still saving the last change…")
        try:
            return call()
        except TrybeError as exc:
            self._audit.record(
                action,
                "failed",
                customer_id=context.customer.id if context else None,
                band_id=band_id,
                reason=describe_failure(exc).kind,
            )
            raise
        finally:
            self._busy.release()

    def _done(self, action: str, context: CustomerContext | None, **details: Any) -> None:
        customer_id = details.pop("customer_id", context.customer.id if context else None)
        self._audit.record(action, "done", customer_id=customer_id, **details)

    # ------------------------------------------------------------------ visits

    def check_in(self, context: CustomerContext, *, method: str = "Scanned") -> CheckIn:
        membership = context.primary_membership
        membership_id = membership.id if membership and membership.status == "active" else None
        visit = self._guarded(
            "check_in",
            context,
            lambda: self._client.create_check_in(
                context.customer.id, method=method, membership_id=membership_id
            ),
        )
        self._done("check_in", context, new={"check_in_id": visit.id, "method": method})
        return visit

    def check_out(self, context: CustomerContext) -> CheckIn:
        visit = context.open_visit
        if visit is None:
            raise ActionRefused("This guest is not checked in.")
        done = self._guarded("check_out", context, lambda: self._client.check_out(visit.id))
        self._done("check_out", context, old={"check_in_id": visit.id})
        return done

    # ------------------------------------------------------------------ the band

    def set_expiry(
        self, context: CustomerContext, band: AssociatedBarcode, until: datetime | None
    ) -> AssociatedBarcode:
        if until is not None and until <= datetime.now(UTC):
            self._audit.record(
                "set_expiry",
                "refused",
                customer_id=context.customer.id,
                band_id=band.id,
                reason="time in the past",
            )
            raise ActionRefused("That time has already passed: choose a later one.")
        updated = self._guarded(
            "set_expiry",
            context,
            lambda: self._client.update_barcode_expiry_date(context.customer.id, band.id, until),
            band_id=band.id,
        )
        self._done(
            "set_expiry",
            context,
            band_id=band.id,
            old=_iso(band.expires_at),
            new=_iso(updated.expires_at),
        )
        return updated

    def set_card(
        self, context: CustomerContext, band: AssociatedBarcode, payment_method_id: str | None
    ) -> AssociatedBarcode:
        if payment_method_id is not None and payment_method_id not in {
            m.id for m in context.payment_methods
        }:
            raise ActionRefused("That card does not belong to this guest.")
        updated = self._guarded(
            "set_card",
            context,
            lambda: self._client.update_barcode_payment_method(
                context.customer.id, band.id, payment_method_id
            ),
            band_id=band.id,
        )
        old = band.payment_method.id if band.payment_method else None
        self._done("set_card", context, band_id=band.id, old=old, new=payment_method_id)
        return updated

    def associate(
        self, context: CustomerContext, code: str, *, expires_at: datetime | None = None
    ) -> AssociatedBarcode:
        """Put a new wristband on this guest (the code scanned in "associate" mode)."""
        if any(band.barcode == code for band in context.bands):
            raise ActionRefused("That wristband is already this guest's.")
        if expires_at is not None and expires_at <= datetime.now(UTC):
            expires_at = None
        band = self._guarded(
            "associate_band",
            context,
            lambda: self._client.create_customer_barcode(
                context.customer.id, code, expires_at=expires_at
            ),
        )
        self._done("associate_band", context, band_id=band.id, code=code, new=_iso(band.expires_at))
        return band

    def dissociate(self, context: CustomerContext, band: AssociatedBarcode) -> None:
        self._guarded(
            "dissociate_band",
            context,
            lambda: self._client.delete_customer_barcode(context.customer.id, band.id),
            band_id=band.id,
        )
        self._done("dissociate_band", context, band_id=band.id)

    def swap(
        self, context: CustomerContext, lost: AssociatedBarcode, new_code: str
    ) -> AssociatedBarcode:
        """A lost band replaced in one step: the new one takes over the expiry and the card,
        then the old one is dissociated. Each step is audited; a failure part-way says which
        steps were done (raised as ActionRefused with the words)."""
        if new_code == lost.barcode:
            raise ActionRefused("That is the lost wristband itself: scan the new one.")
        now = datetime.now(UTC)
        keep_expiry = lost.expires_at if lost.expires_at and lost.expires_at > now else None
        new = self.associate(context, new_code, expires_at=keep_expiry)
        done = ["the new band is on the guest"]
        try:
            if lost.payment_method is not None:
                card_context = replace(context, bands=(*context.bands, new))
                new = self.set_card(card_context, new, lost.payment_method.id)
                done.append("the card moved to it")
            self.dissociate(context, lost)
        except (TrybeError, ActionRefused) as exc:
            reason = describe_failure(exc).title if isinstance(exc, TrybeError) else str(exc)
            raise ActionRefused(
                f"Only partly done ({'; '.join(done)}): {reason}. Check the old band."
            ) from exc
        self._done("swap_band", context, band_id=new.id, old=lost.id, new=new.id)
        return new

    # ------------------------------------------------------------------ the account

    def set_locked(self, context: CustomerContext, locked: bool) -> None:
        action = "lock" if locked else "unlock"
        customer_id = context.customer.id
        call = self._client.action_lock_customer if locked else self._client.action_unlock_customer
        self._guarded(action, context, lambda: call(customer_id))
        self._done(action, context)

    def send_password_reset(self, context: CustomerContext) -> None:
        self._needs_email(context)
        customer_id = context.customer.id
        self._guarded(
            "password_reset",
            context,
            lambda: self._client.action_trigger_customer_password_reset(customer_id),
        )
        self._done("password_reset", context)

    def resend_verification(self, context: CustomerContext) -> None:
        self._needs_email(context)
        customer_id = context.customer.id
        self._guarded(
            "resend_verification",
            context,
            lambda: self._client.action_resend_customer_verification(customer_id),
        )
        self._done("resend_verification", context)

    def set_password_link(self, context: CustomerContext) -> str:
        customer_id = context.customer.id
        link = self._guarded(
            "set_password_link", context, lambda: self._client.create_set_password_url(customer_id)
        )
        self._done("set_password_link", context)
        return str(link.url)

    def register_guest(self, fields: dict[str, Any]) -> Customer:
        """A walk-in: at least one of email, first or last name (checked before sending)."""
        if not any((fields.get(k) or "").strip() for k in ("email", "first_name", "last_name")):
            raise ActionRefused("Enter at least a name or an email address.")
        guest = self._guarded(
            "register_guest", None, lambda: self._client.create_customer(**_cleaned(fields))
        )
        self._done(
            "register_guest",
            None,
            customer_id=guest.id,
            new=sorted(k for k, v in fields.items() if v),
        )
        return guest

    def update_profile(self, context: CustomerContext, fields: dict[str, Any]) -> Customer:
        """Change the guest's details; an empty field clears it (email cannot be changed)."""
        changes = {
            key: (value.strip() or None) if isinstance(value, str) else value
            for key, value in fields.items()
            if key != "email"
        }
        # The form only produces the documented keys (names, phone, dob, locale).
        guest = self._guarded(
            "update_profile",
            context,
            lambda: self._client.update_customer(context.customer.id, **changes),  # type: ignore[arg-type]
        )
        self._done("update_profile", context, new=sorted(changes))
        return guest

    @staticmethod
    def _needs_email(context: CustomerContext) -> None:
        if not context.customer.email:
            raise ActionRefused("This guest has no email address to send it to.")


def _cleaned(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value.strip() if isinstance(value, str) else value
        for key, value in fields.items()
        if value not in (None, "", [])
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None
