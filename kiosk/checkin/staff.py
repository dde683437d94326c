"""Who is on duty at a shared desk: the staff list, their roles, and signing in and out.

A site that lists its staff (the ``staff`` setting) has a desk that is signed in before it shows
a guest: by scanning a staff badge or tapping a name and typing a personal PIN. Every line of the
audit then carries the staff member's id (never a name: the trail is sent to support). A badge
scanned while someone else is signed in switches to its owner at once, without clearing the guest
on screen, which is how a supervisor steps in for an override at a busy desk; the desk signs out
after a spell without a touch or a scan. With no staff listed, the desk works as before: shared,
no sign-in, audit lines without a staff id.

PINs are kept as Argon2id hashes (as the kiosk's staff PIN) and checked on a worker, each member's
wrong tries counted by their own guard; a badge, a long code printed on a card, is kept as a salted
SHA-256 (fast enough to match a scan against every member, and not the code itself).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.pin_policy import breaks_rule
from kiosk.config import clock as wallclock
from kiosk.config.pin import PinGuard, PinResult


class Permission(StrEnum):
    OVERRIDE = "override"
    """Admit a guest the rules stop (with a reason)."""
    LOCK = "lock"
    """Lock or unlock a guest's account."""
    ANONYMISE = "anonymise"
    """Erase a guest's personal details on request."""
    MANAGE = "manage"
    """The staff list, their roles, and the desk's settings."""
    EXPORT = "export"
    """Save the customers report (every guest's name, email and phone) to a file."""


class Role(StrEnum):
    DESK = "desk"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.DESK: frozenset(),
    Role.SUPERVISOR: frozenset({Permission.OVERRIDE, Permission.LOCK}),
    Role.MANAGER: frozenset(Permission),
}
"""What each role may do beyond looking guests up, checking them in and out, expiry and cards."""

ROLE_NAMES: dict[Role, str] = {
    Role.DESK: N_("Front desk"),
    Role.SUPERVISOR: N_("Supervisor"),
    Role.MANAGER: N_("Manager"),
}

PERMISSION_WORDS: dict[Permission, str] = {
    Permission.OVERRIDE: N_("Only a supervisor or a manager can override."),
    Permission.LOCK: N_("Only a supervisor or a manager can lock or unlock an account."),
    Permission.ANONYMISE: N_("Only a manager can erase a guest's details."),
    Permission.MANAGE: N_("Only a manager can change staff and settings."),
    Permission.EXPORT: N_("Only a manager can export the customers report."),
}


def role_name(role: Role) -> str:
    return tr(ROLE_NAMES[role])


def new_staff_id(taken: Iterable[str] = ()) -> str:
    """A short id for the audit ("st-4f09a2"): means nothing outside this desk's staff list."""
    used = set(taken)
    while True:
        candidate = "st-" + secrets.token_hex(3)
        if candidate not in used:
            return candidate


def hash_badge(code: str) -> str:
    """``sha256$salt$digest`` of a badge's code (the code itself is never stored)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.sha256(salt + code.encode()).hexdigest()
    return f"sha256${salt.hex()}${digest}"


def badge_matches(code: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest = stored.split("$")
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if scheme != "sha256":
        return False
    return hmac.compare_digest(hashlib.sha256(salt + code.encode()).hexdigest(), digest)


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: Role = Role.DESK
    pin_hash: str | None = None
    badge_hash: str | None = None

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


@dataclass(frozen=True)
class Roster:
    """The site's staff, in the order their names are shown."""

    members: tuple[StaffMember, ...] = ()

    @property
    def required(self) -> bool:
        """Whether the desk must be signed in (a site that lists its staff)."""
        return bool(self.members)

    def by_id(self, staff_id: str) -> StaffMember | None:
        return next((m for m in self.members if m.id == staff_id), None)

    def by_badge(self, code: str) -> StaffMember | None:
        return next(
            (m for m in self.members if m.badge_hash and badge_matches(code, m.badge_hash)), None
        )

    def manager_with_badge(self, code: str) -> str | None:
        """The id of the manager whose badge has ``code`` (what opens a stopped keypad)."""
        member = self.by_badge(code)
        return member.id if member is not None and member.role is Role.MANAGER else None

    def problems(self) -> list[str]:
        """Why this list cannot be saved as it is (empty: it can)."""
        found: list[str] = []
        if self.members and not any(m.role is Role.MANAGER for m in self.members):
            found.append(tr("Keep at least one manager, or nobody can change the list again."))
        for member in self.members:
            if not member.name.strip():
                found.append(tr("Every member of staff needs a name."))
                break
        for member in self.members:
            if not member.pin_hash and not member.badge_hash:
                found.append(
                    tr("{name} has neither a PIN nor a badge, so cannot sign in.", name=member.name)
                )
        return found


@dataclass(frozen=True)
class OnDuty:
    """Who the desk is signed in as (the screen shows the name; the audit only the id)."""

    id: str
    name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @classmethod
    def of(cls, member: StaffMember) -> OnDuty:
        return cls(member.id, member.name, member.role)


@dataclass(frozen=True)
class PinAnswer:
    result: PinResult | None
    """None: no such member, or one with no PIN."""
    member: StaffMember | None = None
    locked_for_s: float = 0.0
    below_rule: bool = False
    """Right, but set before today's rule (6 digits, not guessable): to be changed."""


class Duty:
    """The desk's staff list and their PIN guards. ``guard_for`` makes a member's guard (the app
    keeps each one's wrong tries on disk, as for the kiosk PIN)."""

    def __init__(
        self, roster: Roster, guard_for: Callable[[StaffMember], PinGuard] | None = None
    ) -> None:
        self.roster = roster
        self._guard_for = guard_for or (lambda m: PinGuard(m.pin_hash or ""))
        self._guards: dict[str, PinGuard] = {}

    def check_pin(self, staff_id: str, pin: str) -> PinAnswer:
        """Slow (Argon2): call on a worker."""
        member = self.roster.by_id(staff_id)
        if member is None or not member.pin_hash:
            return PinAnswer(None)
        guard = self._guards.get(member.id)
        if guard is None:
            guard = self._guards[member.id] = self._guard_for(member)
        result = guard.try_pin(pin)
        below_rule = result == "ok" and breaks_rule(pin, year=wallclock.today().year)
        return PinAnswer(result, member, guard.locked_for(), below_rule)
