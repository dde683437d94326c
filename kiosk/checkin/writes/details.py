"""Writes on who the guest is: a walk-in registered, details changed, addresses added, changed
or removed, a note for whoever serves them next, a label."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Address, GuestDetails
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.writes.base import (
    ActionKind,
    ActionRefused,
    Intent,
    Planning,
    Seen,
    WriteKind,
    WriteResult,
    audit_value,
    guest_of,
    not_anonymised,
)


class Register(WriteKind):
    """A walk-in: at least one of email, first or last name (checked before sending); read
    back by searching for the email (without one, nothing readable can tell)."""

    kinds = (ActionKind.REGISTER,)
    needs = (Capability.REGISTER,)
    done = N_("Saved.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        given = value.given()
        if not any(given.get(k) for k in ("email", "first_name", "last_name")):
            raise ActionRefused(tr("Enter at least a name or an email address."))
        return {"guest_id": None, "value": value}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.register(intent.value, key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        email = intent.value.given().get("email")
        if not email:
            return Seen(None, None, tr("Search for the guest before registering them again."))
        hits = [h for h in backend.search(email) if (h.email or "").casefold() == email.casefold()]
        if not hits:
            return Seen(False, None)
        return Seen(True, backend.guest(hits[0].id))

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return audit_value(intent.value)


class Update(WriteKind):
    kinds = (ActionKind.UPDATE,)
    needs = (Capability.EDIT,)
    done = N_("Details saved.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        if context.guest.locked:
            raise ActionRefused(tr("The account is locked: unlock it before changing details."))
        return {"guest_id": context.guest.id, "value": value}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.update(intent.guest_id or "", intent.value, key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        guest = backend.guest(intent.guest_id or "")
        return Seen(_has_details(guest, intent.value), guest)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return audit_value(intent.value)


class SaveAddress(WriteKind):
    """Add or change one of the guest's addresses: a first line is the least it needs."""

    kinds = (ActionKind.SAVE_ADDRESS,)
    needs = (Capability.ADDRESSES,)
    doing = N_("Saving the address…")
    done = N_("Address saved.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        not_anonymised(context)
        address: Address = value
        if not address.line_1.strip():
            raise ActionRefused(tr("Enter at least the first line of the address."))
        tidy = replace(
            address, label=address.label.strip() or "Home", line_1=address.line_1.strip()
        )
        return {"guest_id": context.guest.id, "value": tidy}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.save_address(intent.guest_id or "", intent.value, key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        wanted: Address = intent.value
        addresses = backend.addresses(intent.guest_id or "")
        found = next((a for a in addresses if wanted.same_place(a)), None)
        return Seen(found is not None, found)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        if isinstance(result.value, Address):
            return {"address_id": result.value.id}  # the id only: an address is personal
        return None


class DeleteAddress(WriteKind):
    kinds = (ActionKind.DELETE_ADDRESS,)
    needs = (Capability.ADDRESSES,)
    doing = N_("Removing the address…")
    done = N_("Address removed.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        return {"guest_id": guest_of(context).guest.id, "old": str(value)}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.delete_address(intent.guest_id or "", str(intent.old), key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        return Seen(all(a.id != intent.old for a in backend.addresses(intent.guest_id or "")))


class AddNote(WriteKind):
    """A note for whoever serves the guest next (staff's own words, never logged)."""

    kinds = (ActionKind.ADD_NOTE,)
    needs = (Capability.NOTES,)
    doing = N_("Adding the note…")
    done = N_("Note added.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        words = " ".join(str(value or "").split())
        if not words:
            raise ActionRefused(tr("Write the note first."))
        return {"guest_id": context.guest.id, "value": words}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.add_note(intent.guest_id or "", str(intent.value), key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        guest = backend.guest(intent.guest_id or "")
        return Seen(str(intent.value) in (guest.notes or ""), guest)

    def staff_text(self, intent: Intent) -> str | None:
        return str(intent.value)


class AddLabel(WriteKind):
    kinds = (ActionKind.ADD_LABEL,)
    needs = (Capability.LABELS,)
    doing = N_("Adding the label…")
    done = N_("Label added.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        name = " ".join(str(value or "").split())
        if not name:
            raise ActionRefused(tr("Choose or type a label first."))
        if any(existing.name.casefold() == name.casefold() for existing in context.guest.labels):
            raise ActionRefused(tr("The guest already has the label “{label}”.", label=name))
        return {"guest_id": context.guest.id, "value": name}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.add_label(intent.guest_id or "", str(intent.value), key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        guest = backend.guest(intent.guest_id or "")
        wanted = str(intent.value).casefold()
        return Seen(any(x.name.casefold() == wanted for x in guest.labels), guest)

    def audit_new(self, intent: Intent, result: WriteResult) -> Any:
        return intent.value


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
