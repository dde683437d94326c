"""Who may see and do what, now: the one owner of the kiosk's mode and of the windows opened in it.

A kiosk is always in one :class:`Mode`: the **guest screen** (self check-in facing a guest: no
staff powers at all), self check-in's **staff pages** (behind the kiosk PIN), or the **desk**.
Where the site lists its staff, a member is signed in at the desk (or nobody is). Mode and member
together are the :class:`Presence`; every change of it is a :class:`Transition`, logged with its
reason (as qutebrowser's mode manager logs its own).

Every window and dialog is opened *under* the presence of the moment (:meth:`Modes.opened`), and
leaving that presence (staff idle, a sign-out, a badge taking the desk over, back to the guest
screen) closes all of them before anything else is drawn: a window of a left mode can never be
brought back to the front by a window manager, because it no longer exists. One window of a kind
is open at a time (a double tap raises the first, it does not open a second).

Permissions are asked here, at the moment of the act (:meth:`Modes.may`), never only when a
dialog opened: a dialog cannot outlive its presence, and its save asks again all the same.

Qt-free: a window is known by two callables (close it, raise it); ``kiosk.ui.windows`` adapts Qt
dialogs to them.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.checkin.staff import OnDuty, Permission
from kiosk.checkin.tasks import Listeners

log = logging.getLogger(__name__)


class Mode(StrEnum):
    GUEST_SCREEN = "guest_screen"
    """Self check-in facing a guest (the PIN page too, until the PIN is right): no staff powers."""
    STAFF = "staff"
    """Self check-in's staff pages, opened with the kiosk PIN."""
    DESK = "desk"
    """The front desk (on its own, or opened from self check-in's staff pages)."""


@dataclass(frozen=True)
class Presence:
    mode: Mode
    on_duty: OnDuty | None = None
    """The staff member signed in (only where the site lists its staff)."""

    @property
    def staff_id(self) -> str | None:
        return self.on_duty.id if self.on_duty is not None else None

    def __str__(self) -> str:
        return f"{self.mode.value}/{self.staff_id or 'nobody'}"


@dataclass(frozen=True)
class Transition:
    before: Presence
    after: Presence
    why: str


@dataclass
class Opened:
    """A window opened under ``presence``: ``close`` shuts it, ``lift`` brings it to the front."""

    kind: str
    presence: Presence
    close: Callable[[], None]
    lift: Callable[[], None]
    serial: int = field(default_factory=itertools.count().__next__)
    """Told apart from a later window of the same kind (a late "closed" for the old one)."""


class Modes:
    """The kiosk's mode and member, the windows opened under them, and what they may do.

    Call from one thread (the GUI thread in the app)."""

    def __init__(self, mode: Mode = Mode.DESK, *, staff_listed: bool = False) -> None:
        self._presence = Presence(mode)
        self.staff_listed = staff_listed
        """The site lists its staff: powers need a signed-in member with the role for them."""
        self._open: dict[str, Opened] = {}
        self.changed: Listeners[Transition] = Listeners()
        """After each transition (the windows of the left presence are already closed)."""
        self.history: list[Transition] = []
        """Every transition since start (the diagnostics and the tests read it)."""

    # ------------------------------------------------------------------ the presence

    @property
    def presence(self) -> Presence:
        return self._presence

    @property
    def mode(self) -> Mode:
        return self._presence.mode

    @property
    def on_duty(self) -> OnDuty | None:
        return self._presence.on_duty

    def enter(self, mode: Mode, *, why: str) -> None:
        """Into ``mode``. Back to the guest screen, nobody is signed in any more."""
        on_duty = None if mode is Mode.GUEST_SCREEN else self._presence.on_duty
        self._move(Presence(mode, on_duty), why)

    def sign_in(self, member: OnDuty, *, why: str) -> None:
        """``member`` is on duty now (a sign-in, or a badge taking the desk over)."""
        self._move(Presence(self._presence.mode, member), why)

    def sign_out(self, *, why: str) -> None:
        self._move(Presence(self._presence.mode, None), why)

    def _move(self, after: Presence, why: str) -> None:
        before = self._presence
        if after == before:
            return
        log.info("mode %s -> %s (%s)", before, after, why)
        self._presence = after
        transition = Transition(before, after, why)
        self.history.append(transition)
        self._close_all(but=after)
        self.changed.emit(transition)

    # ------------------------------------------------------------------ permissions

    def may(self, permission: Permission) -> bool:
        """Whether the presence of this moment may do this: never on the guest screen; on self
        check-in's staff pages, what they offer (the kiosk PIN let staff in); at the desk, where
        staff are listed, only a signed-in member whose role allows it, else anyone."""
        presence = self._presence
        if presence.mode is Mode.GUEST_SCREEN:
            return False
        if presence.mode is Mode.STAFF:
            return True
        if self.staff_listed:
            return presence.on_duty is not None and presence.on_duty.may(permission)
        return True

    @property
    def staff_only(self) -> bool:
        """Staff use this screen now (not a guest)."""
        return self._presence.mode is not Mode.GUEST_SCREEN

    # ------------------------------------------------------------------ windows

    def opened(self, kind: str, close: Callable[[], None], lift: Callable[[], None]) -> Opened:
        """A window of ``kind`` was opened under the presence of now: closed when it ends."""
        window = Opened(kind, self._presence, close, lift)
        self._open[kind] = window
        return window

    def find(self, kind: str) -> Opened | None:
        """The open window of ``kind`` (one at a time), if any."""
        return self._open.get(kind)

    def closed(self, window: Opened) -> None:
        """``window`` closed by itself (staff closed it, or it finished)."""
        if self._open.get(window.kind) is window:
            del self._open[window.kind]

    @property
    def open_kinds(self) -> tuple[str, ...]:
        return tuple(self._open)

    def _close_all(self, *, but: Presence) -> None:
        """Every window not opened under ``but``, newest first (a dialog over another first)."""
        doomed = [w for w in self._open.values() if w.presence != but]
        for window in reversed(doomed):
            self._open.pop(window.kind, None)
            log.info("closing %s: its mode ended", window.kind)
            try:
                window.close()
            except Exception:  # one window's failure must not leave the others open
                log.exception("closing %s failed", window.kind)
