"""What a part of the desk session sees of the whole: the coordinator, as a protocol.

The parts (duty, scans, search, writes, bands, form, report) never import each other (an import
contract says so); whatever one needs of another goes through a method here, which the
coordinator (``kiosk.checkin.session.DeskSession``) routes to the part that owns it. So each
part can be read, and tested, on its own, and the routes between them are listed in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from kiosk.checkin.actions import ActionKind, Actions, Intent, WriteResult
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.state import Cue, DeskState, FormState
from kiosk.checkin.lookup import GuestContext, Lookup
from kiosk.checkin.model import Site
from kiosk.checkin.modes import Modes
from kiosk.checkin.staff import Permission
from kiosk.checkin.tasks import Listeners, NamedTimers, Runner
from kiosk.config.settings import PolicySettings


class Desk(Protocol):
    # ------------------------------------------------------------------ shared plumbing
    state: DeskState
    audit: AuditLog
    lookup: Lookup
    actions: Actions
    modes: Modes
    runner: Runner
    timers: NamedTimers
    cues: Listeners[Cue]
    settled: Listeners[WriteResult]
    site: Site | None
    policy: PolicySettings
    decode_photo: Callable[[bytes], Any] | None
    reports_dir: Path | None
    own_visits: set[str]
    """Visits this desk made (our own check-in is never "already checked in")."""

    @property
    def system(self) -> str:
        """The guest system's name, for sentences ("Trybe is slow to answer")."""
        ...

    def clock(self) -> float: ...

    def set(self, **changes: Any) -> None:
        """Change the state (a part changes only its own fields) and tell the screen."""
        ...

    # ------------------------------------------------------------------ the screen

    def current(self, guest_id: str | None) -> GuestContext | None:
        """The guest on screen, if it is the one a request was made for."""
        ...

    def leave_guest(self, **changes: Any) -> None: ...

    def form_without_guest(self) -> FormState | None: ...

    def clear(self) -> None: ...

    def cancel_reads(self) -> None: ...

    def restart_idle(self) -> None: ...

    def may(self, permission: Permission) -> bool: ...

    def allowed(self, permission: Permission) -> bool: ...

    # ------------------------------------------------------------------ routes between parts

    def touch(self) -> None:
        """(duty) Staff used the desk: the idle sign-out waits again."""
        ...

    def staff_scan(self, code: str) -> bool:
        """(duty) A staff badge, or any scan while nobody is signed in: True if it was one."""
        ...

    def open_guest(self, guest_id: str, *, via: str) -> None:
        """(scans) Open a guest by record."""
        ...

    def refresh(self, intent: Intent) -> None:
        """(scans) The guest on screen again as the backend has them after ``intent``."""
        ...

    def search(self, text: str, *, open_single: bool = False) -> None:
        """(search) Search now."""
        ...

    def stop_search(self) -> None:
        """(search) A search waiting or running is forgotten."""
        ...

    def act(self, guest_id: str | None, kind: ActionKind, value: Any = None) -> None:
        """(writes) A write on the guest on screen."""
        ...

    def start_planned(self, plan: Callable[[Intent | None], Intent], doing: str | None) -> None:
        """(writes) A write planned by ``plan`` (given the unfinished one to retry)."""
        ...

    def band_scanned(self, code: str) -> None:
        """(bands) The awaited new band was scanned."""
        ...

    def awaited_again(self, intent: Intent) -> dict[str, Any]:
        """(bands) After a band write not done: the printed band is awaited again."""
        ...

    def update_form(self, **changes: Any) -> None:
        """(form) The open form's state."""
        ...

    def load_addresses(self, guest_id: str) -> None:
        """(form) The edit form's addresses, read again."""
        ...

    def registered(self, result: WriteResult) -> None:
        """(form) A walk-in's registration ended."""
        ...
