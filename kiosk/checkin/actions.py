"""What staff can do to a guest's wristband, each step audited, one at a time.

Every action is checked before anything is sent (a past expiry is refused here, not by the
server), runs alone (a second tap while one is in flight is refused, never queued or sent
twice), and is written to the audit log with its old and new values and its outcome.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
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

    def _run_alone(self) -> None:
        if not self._busy.acquire(blocking=False):
            raise ActionBusy("Still saving the last change…")

    def check_in(self, context: CustomerContext, *, method: str = "Scanned") -> CheckIn:
        self._run_alone()
        try:
            membership = context.primary_membership
            membership_id = membership.id if membership and membership.status == "active" else None
            visit = self._client.create_check_in(
                context.customer.id, method=method, membership_id=membership_id
            )
        except TrybeError as exc:
            self._failed("check_in", context, None, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "check_in",
            "done",
            customer_id=context.customer.id,
            new={"check_in_id": visit.id, "method": method},
        )
        return visit

    def check_out(self, context: CustomerContext) -> CheckIn:
        visit = context.open_visit
        if visit is None:
            raise ActionRefused("This guest is not checked in.")
        self._run_alone()
        try:
            done = self._client.check_out(visit.id)
        except TrybeError as exc:
            self._failed("check_out", context, None, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "check_out", "done", customer_id=context.customer.id, old={"check_in_id": visit.id}
        )
        return done

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
        self._run_alone()
        try:
            updated = self._client.update_barcode_expiry_date(context.customer.id, band.id, until)
        except TrybeError as exc:
            self._failed("set_expiry", context, band.id, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "set_expiry",
            "done",
            customer_id=context.customer.id,
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
        self._run_alone()
        old = band.payment_method.id if band.payment_method else None
        try:
            updated = self._client.update_barcode_payment_method(
                context.customer.id, band.id, payment_method_id
            )
        except TrybeError as exc:
            self._failed("set_card", context, band.id, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "set_card",
            "done",
            customer_id=context.customer.id,
            band_id=band.id,
            old=old,
            new=payment_method_id,
        )
        return updated

    def associate(
        self, context: CustomerContext, code: str, *, expires_at: datetime | None = None
    ) -> AssociatedBarcode:
        """Put a new wristband on this guest (the code scanned in "associate" mode)."""
        if any(band.barcode == code for band in context.bands):
            raise ActionRefused("That wristband is already this guest's.")
        if expires_at is not None and expires_at <= datetime.now(UTC):
            expires_at = None
        self._run_alone()
        try:
            band = self._client.create_customer_barcode(
                context.customer.id, code, expires_at=expires_at
            )
        except TrybeError as exc:
            self._failed("associate_band", context, None, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "associate_band",
            "done",
            customer_id=context.customer.id,
            band_id=band.id,
            code=code,
            new=_iso(band.expires_at),
        )
        return band

    def dissociate(self, context: CustomerContext, band: AssociatedBarcode) -> None:
        self._run_alone()
        try:
            self._client.delete_customer_barcode(context.customer.id, band.id)
        except TrybeError as exc:
            self._failed("dissociate_band", context, band.id, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "dissociate_band", "done", customer_id=context.customer.id, band_id=band.id
        )

    def swap(
        self, context: CustomerContext, lost: AssociatedBarcode, new_code: str
    ) -> AssociatedBarcode:
        """A lost band replaced in one step: the new one takes over the expiry and the card,
        then the old one is dissociated. Each step is audited; a failure part-way says which
        steps were done (raised as ActionRefused with the words)."""
        if new_code == lost.barcode:
            raise ActionRefused("That is the lost wristband itself: scan the new one.")
        keep_expiry = (
            lost.expires_at if lost.expires_at and lost.expires_at > datetime.now(UTC) else None
        )
        new = self.associate(context, new_code, expires_at=keep_expiry)
        done = ["the new band is on the guest"]
        try:
            if lost.payment_method is not None:
                card_context = CustomerContext(
                    **{**context.__dict__, "bands": (*context.bands, new)}
                )
                new = self.set_card(card_context, new, lost.payment_method.id)
                done.append("the card moved to it")
            self.dissociate(context, lost)
        except (TrybeError, ActionRefused) as exc:
            reason = describe_failure(exc).title if isinstance(exc, TrybeError) else str(exc)
            raise ActionRefused(
                f"Only partly done ({'; '.join(done)}): {reason}. Check the old band."
            ) from exc
        self._audit.record(
            "swap_band",
            "done",
            customer_id=context.customer.id,
            band_id=new.id,
            old=lost.id,
            new=new.id,
        )
        return new

    def set_locked(self, context: CustomerContext, locked: bool) -> None:
        self._simple(
            "lock" if locked else "unlock",
            context,
            lambda: (
                self._client.action_lock_customer(context.customer.id)
                if locked
                else self._client.action_unlock_customer(context.customer.id)
            ),
        )

    def send_password_reset(self, context: CustomerContext) -> None:
        self._needs_email(context)
        self._simple(
            "password_reset",
            context,
            lambda: self._client.action_trigger_customer_password_reset(context.customer.id),
        )

    def resend_verification(self, context: CustomerContext) -> None:
        self._needs_email(context)
        self._simple(
            "resend_verification",
            context,
            lambda: self._client.action_resend_customer_verification(context.customer.id),
        )

    def set_password_link(self, context: CustomerContext) -> str:
        link = self._simple(
            "set_password_link",
            context,
            lambda: self._client.create_set_password_url(context.customer.id),
        )
        return str(link.url)

    def register_guest(self, fields: dict[str, Any]) -> Customer:
        """A walk-in: at least one of email, first or last name (checked before sending)."""
        if not any((fields.get(k) or "").strip() for k in ("email", "first_name", "last_name")):
            raise ActionRefused("Enter at least a name or an email address.")
        self._run_alone()
        try:
            guest = self._client.create_customer(**_cleaned(fields))
        except TrybeError as exc:
            self._audit.record("register_guest", "failed", reason=describe_failure(exc).kind)
            raise
        finally:
            self._busy.release()
        self._audit.record(
            "register_guest",
            "done",
            customer_id=guest.id,
            new=sorted(k for k, v in fields.items() if v),
        )
        return guest

    def update_profile(self, context: CustomerContext, fields: dict[str, Any]) -> Customer:
        """Change the guest's details; an empty field clears it (email cannot be changed)."""
        changes = {
            k: (v.strip() or None) if isinstance(v, str) else v
            for k, v in fields.items()
            if k != "email"
        }
        self._run_alone()
        try:
            # The form only produces the documented keys (names, phone, dob, locale).
            guest = self._client.update_customer(context.customer.id, **changes)  # type: ignore[arg-type]
        except TrybeError as exc:
            self._failed("update_profile", context, None, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record("update_profile", "done", customer_id=guest.id, new=sorted(changes))
        return guest

    @staticmethod
    def _needs_email(context: CustomerContext) -> None:
        if not context.customer.email:
            raise ActionRefused("This guest has no email address to send it to.")

    def _simple(self, action: str, context: CustomerContext, call: Callable[[], T]) -> T:
        self._run_alone()
        try:
            result = call()
        except TrybeError as exc:
            self._failed(action, context, None, exc)
            raise
        finally:
            self._busy.release()
        self._audit.record(action, "done", customer_id=context.customer.id)
        return result

    def _failed(
        self, action: str, context: CustomerContext, band_id: str | None, exc: TrybeError
    ) -> None:
        self._audit.record(
            action,
            "failed",
            customer_id=context.customer.id,
            band_id=band_id,
            reason=describe_failure(exc).kind,
        )


def _cleaned(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value.strip() if isinstance(value, str) else value
        for key, value in fields.items()
        if value not in (None, "", [])
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment else None
