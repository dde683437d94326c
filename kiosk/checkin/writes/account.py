"""Writes on the guest's account: lock and unlock, erasure on the guest's request, a password
reset or the verification email again, and a set-password link to hand over."""

from __future__ import annotations

from typing import Any

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.staff import Permission
from kiosk.checkin.writes.base import (
    ActionKind,
    ActionRefused,
    Intent,
    Planning,
    Seen,
    WriteKind,
    guest_of,
)

UNNAMED_ERASE_WORD = N_("ERASE")


def erasure_word(name: str) -> str:
    """What staff type to confirm an erasure: the guest's name, or ERASE if they have none."""
    return name if name and name != tr("Unnamed guest") else tr(UNNAMED_ERASE_WORD)


def erasure_confirmed(name: str, typed: str) -> bool:
    return " ".join(typed.split()).casefold() == erasure_word(name).casefold()


class Lock(WriteKind):
    """Lock (``LOCK``) or unlock (``UNLOCK``) the guest's account."""

    kinds = (ActionKind.LOCK, ActionKind.UNLOCK)
    needs = (Capability.LOCK,)
    permission = Permission.LOCK

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        return {"guest_id": guest_of(context).guest.id, "value": kind is ActionKind.LOCK}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.set_locked(intent.guest_id or "", bool(intent.value), key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        guest = backend.guest(intent.guest_id or "")
        return Seen(guest.locked == bool(intent.value), guest)

    def doing_words(self, kind: ActionKind) -> str:
        return tr("Locking…") if kind is ActionKind.LOCK else tr("Unlocking…")

    def done_words(self, intent: Intent) -> str:
        return tr("Account locked.") if intent.value else tr("Account unlocked.")


class Anonymise(WriteKind):
    """Erasure on the guest's request: only once staff typed the guest's name (or ERASE when
    there is none) to confirm; refused for a locked account, as Trybe does."""

    kinds = (ActionKind.ANONYMISE,)
    needs = (Capability.ANONYMISE,)
    permission = Permission.ANONYMISE
    doing = N_("Anonymising…")
    done = N_("Anonymised: the guest's personal details are erased.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        guest = guest_of(context).guest
        if guest.anonymised:
            raise ActionRefused(tr("This guest's record has already been anonymised."))
        if guest.locked:
            raise ActionRefused(
                tr("The account is locked: unlock it first (a locked account can't be anonymised).")
            )
        if not erasure_confirmed(guest.display_name, str(value or "")):
            raise ActionRefused(
                tr("Type “{word}” exactly to confirm.", word=erasure_word(guest.display_name))
            )
        return {"guest_id": guest.id}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.anonymise(intent.guest_id or "", key=intent.key)

    def observe(self, backend: Backend, intent: Intent) -> Seen:
        guest = backend.guest(intent.guest_id or "")
        return Seen(guest.anonymised, guest)


class Email(WriteKind):
    """A password reset (``PASSWORD_RESET``) or the verification email again
    (``VERIFICATION``): nothing readable tells whether it went, so an unknown one is said so."""

    kinds = (ActionKind.PASSWORD_RESET, ActionKind.VERIFICATION)
    needs = (Capability.PASSWORD_EMAILS,)
    doing = N_("Sending…")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        context = guest_of(context)
        if not context.guest.email:
            raise ActionRefused(tr("This guest has no email address to send it to."))
        return {"guest_id": context.guest.id}

    def send(self, backend: Backend, intent: Intent) -> Any:
        if intent.kind is ActionKind.PASSWORD_RESET:
            return backend.send_password_reset(intent.guest_id or "", key=intent.key)
        return backend.resend_verification(intent.guest_id or "", key=intent.key)

    def done_words(self, intent: Intent) -> str:
        if intent.kind is ActionKind.PASSWORD_RESET:
            return tr("Password reset email sent (the link works for one hour).")
        return tr("Verification email sent.")


class PasswordLink(WriteKind):
    kinds = (ActionKind.PASSWORD_LINK,)
    needs = (Capability.SET_PASSWORD_LINK,)
    doing = N_("Creating the link…")
    done = N_("Link created.")

    def plan(
        self, kind: ActionKind, context: GuestContext | None, value: Any, how: Planning
    ) -> dict[str, Any]:
        return {"guest_id": guest_of(context).guest.id}

    def send(self, backend: Backend, intent: Intent) -> Any:
        return backend.set_password_link(intent.guest_id or "", key=intent.key)
