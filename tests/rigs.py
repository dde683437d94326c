"""The real app's parts, assembled for tests: a backend on the stand-in server, the lookup, the
actions, a Qt runner, a session, and the window that renders it; torn down in reverse order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.backends.offline import OfflineBackend
from kiosk.backends.offline.recent import LocalRecent
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin.actions import IN_FLIGHT_S, Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.model import Device
from kiosk.checkin.on_site import OnSiteSession
from kiosk.checkin.ports import Backend
from kiosk.checkin.session import DeskSession
from kiosk.config.settings import Settings
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow, decode_photo
from kiosk.ui.tasks import QtRunner

FAST_SETTLE_S = 0.3
"""Tests let a lost write settle for 0.3 s before reading it back (the app waits 2 s)."""


def backend_for(
    client: TrybeClient,
    audit: AuditLog,
    folder: Path,
    *,
    offline: bool,
    settle_s: float,
    store_key: bytes | None = None,
    in_flight_s: float = IN_FLIGHT_S,
    device: Device | None = None,
) -> tuple[Backend, Actions, Callable[[], None]]:
    """The backend a desk uses: the live one, or (``offline``) the app's local copy round it,
    its keeper running and trying the link every 0.2 s; with its actions and its closer."""
    live = TrybeBackend(client, device=device)
    if not offline:
        actions = Actions(live, audit, settle_s=settle_s, in_flight_s=in_flight_s, device=device)
        return live, actions, lambda: None
    from kiosk.backends.offline import LocalStore
    from kiosk.backends.offline.store import new_key

    local = OfflineBackend(
        live,
        LocalStore(folder / "local-copy.db", store_key or new_key()),
        audit,
        probe_every_s=0.2,
        live_leash_s=0.5,
        in_flight_s=in_flight_s,
        device=device,
    ).start()
    actions = Actions(
        local, audit, verify_with=live, settle_s=settle_s, in_flight_s=in_flight_s, device=device
    )
    return local, actions, local.close


@dataclass
class DeskRig:
    window: DeskWindow
    session: DeskSession
    runner: QtRunner
    audit: AuditLog
    lookup: Lookup
    extra: list[Any] = field(default_factory=list)
    close_backend: Callable[[], None] = lambda: None

    def close(self) -> None:
        self.window.shutdown()
        self.runner.shutdown()
        self.lookup.close()
        self.close_backend()


def build_desk(
    qtbot: QtBot,
    client: TrybeClient | None,
    tmp_path: Path,
    *,
    lookup_deadline_s: float = 3.0,
    settle_s: float = FAST_SETTLE_S,
    sounds: Any = None,
    offline: bool = False,
    backend: Backend | None = None,
    on_site: bool = False,
    store_key: bytes | None = None,
    keep_recent: bool = False,
    in_flight_s: float = IN_FLIGHT_S,
    device: Device | None = None,
    copy_off: bool = False,
    **session_options: Any,
) -> DeskRig:
    """A desk on ``client`` (Trybe), or on another vendor's ``backend``. ``in_flight_s``: how
    long a write whose answer was lost may still land (short where a test wants "not done")."""
    audit = AuditLog(tmp_path / "audit.jsonl")
    if backend is not None:
        actions = Actions(backend, audit, settle_s=settle_s, in_flight_s=in_flight_s, device=device)
        close_backend = backend.close
    else:
        assert client is not None
        backend, actions, close_backend = backend_for(
            client,
            audit,
            tmp_path,
            offline=offline,
            settle_s=settle_s,
            store_key=store_key,
            in_flight_s=in_flight_s,
            device=device,
        )
    copy = backend.copy_only() if isinstance(backend, OfflineBackend) else None
    lookup = Lookup(
        backend,
        copy=copy,
        deadline_s=lookup_deadline_s,
        on_late=backend.note_late if isinstance(backend, OfflineBackend) else None,
        copy_off=copy_off,
    )
    runner = QtRunner()
    session_options.setdefault("override_reasons", tuple(Settings().override_reasons))
    session_options.setdefault("reports_dir", tmp_path / "reports")
    if keep_recent:
        assert isinstance(backend, OfflineBackend), "the recent scans are kept in the local copy"
        session_options["recent_keeper"] = LocalRecent(backend.store)
    session = DeskSession(
        lookup,
        actions,
        runner,
        audit,
        decode_photo=decode_photo,
        **session_options,
    )
    who = OnSiteSession(backend, actions, runner, decode_photo=decode_photo) if on_site else None
    window = DeskWindow(session, sounds=sounds, on_site=who)
    session.load_recent()
    if who is not None:
        who.start()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return DeskRig(window, session, runner, audit, lookup, close_backend=close_backend)


@pytest.fixture
def desk_factory(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., DeskRig]]:
    """Build desks on a client; every desk is shut down after the test (before the leak
    checks look)."""
    rigs: list[DeskRig] = []

    def make(client: TrybeClient | None, **options: Any) -> DeskRig:
        rig = build_desk(qtbot, client, tmp_path, **options)
        rigs.append(rig)
        return rig

    yield make
    for rig in reversed(rigs):
        rig.close()


@dataclass
class SelfRig:
    window: Any  # SelfCheckInWindow
    session: Any  # SelfSession
    runner: QtRunner
    audit: AuditLog
    lookup: Lookup
    close_backend: Callable[[], None] = lambda: None

    def close(self) -> None:
        self.window.shutdown()
        self.window.allow_close()
        self.runner.shutdown()
        self.lookup.close()
        self.close_backend()


def build_self(
    qtbot: QtBot,
    client: TrybeClient,
    tmp_path: Path,
    pin_hash: str,
    *,
    countdown_s: int = 2,
    staff_idle_s: float = 60.0,
    lockout_s: float = 30.0,
    settle_s: float = FAST_SETTLE_S,
    size: tuple[int, int] = (1080, 1920),
    offline: bool = False,
    show_surname: bool = False,
    speech_engine: str | None = None,
    pins: Any = None,
    manager_badge: Callable[[str], str | None] = lambda _code: None,
) -> SelfRig:
    from kiosk.checkin.self_session import SelfSession
    from kiosk.config.pin import PinGuard
    from kiosk.ui.self_checkin import SelfCheckInWindow

    audit = AuditLog(tmp_path / "audit.jsonl")
    backend, actions, close_backend = backend_for(
        client, audit, tmp_path, offline=offline, settle_s=settle_s
    )
    lookup = Lookup(backend)
    runner = QtRunner()
    session = SelfSession(
        lookup,
        actions,
        runner,
        audit,
        pins or PinGuard(pin_hash, lockout_steps_s=(lockout_s,)),
        countdown_s=countdown_s,
        staff_idle_s=staff_idle_s,
        show_surname=show_surname,
        manager_badge=manager_badge,
    )
    from kiosk.ui.speech import Speaker

    # Qt's own "mock" engine where a test listens: a real engine, no sound card needed
    speaker = Speaker(engine=speech_engine) if speech_engine else None
    window = SelfCheckInWindow(session, speaker=speaker)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return SelfRig(window, session, runner, audit, lookup, close_backend=close_backend)


@pytest.fixture
def self_factory(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., SelfRig]]:
    rigs: list[SelfRig] = []

    def make(client: TrybeClient, pin_hash: str, **options: Any) -> SelfRig:
        rig = build_self(qtbot, client, tmp_path, pin_hash, **options)
        rigs.append(rig)
        return rig

    yield make
    for rig in reversed(rigs):
        rig.close()


def show_code(qtbot: QtBot, desk: DeskWindow, code: str) -> None:
    """``code`` scanned on ``desk``; back once the guest (or the problem) is on screen and its
    photo and layout have settled."""
    from kiosk.scan import ScanEvent

    desk.handle_scan(ScanEvent(payload=code, source="wedge"))
    qtbot.waitUntil(
        lambda: (
            desk.session.state.code == code
            and desk.stack.currentWidget() in (desk.guest_page, desk.problem_page)
        ),
        timeout=5000,
    )
    qtbot.wait(100)


def is_gone(widget: Any) -> bool:
    """``widget`` is off screen: hidden, or closed and deleted (dialogs opened under a mode are
    deleted when they close)."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()


def scan_and_settle(qtbot: QtBot, desk: DeskWindow, code: str) -> None:
    """Scan ``code`` as a reader would and wait until the desk answers it (a guest or a
    problem) and its layouts have settled: what the screen-fit tests measure."""
    desk.handle_scan(ScanEvent(payload=code, source="wedge"))
    qtbot.waitUntil(
        lambda: (
            desk.session.state.screen.name in ("GUEST", "PROBLEM")
            and desk.session.state.code == code
        ),
        timeout=5000,
    )
    qtbot.wait(20)
