"""Composition root: the only place that knows every part.

Start-up order:
1. settings (defaults < settings.toml < KIOSK_* < command line) and logging (done by ``cli``);
2. the connection: the embedded stand-in server for ``--demo`` (imported only then), else the
   configured Trybe site and a token from the environment or the OS keyring;
3. the backend (Trybe's client behind the domain's ``Backend`` port), the lookup and the actions
   (no Qt);
4. QApplication, crash handlers, style sheet, the task runner;
5. the sessions (desk, and self check-in if asked), then the windows that render them, and the
   keyboard-wedge filter installed application-wide; the other readers;
6. the event loop. On exit, everything is closed in reverse order.
"""

from __future__ import annotations

import gc
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.backends.offline.recent import LocalRecent
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.vendors import COLLINS, TRYBE, Vendor, vendor_of
from kiosk.checkin import Lookup, describe_failure
from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import Device, Site
from kiosk.checkin.on_site import OnSiteSession
from kiosk.checkin.ports import Backend, Capability
from kiosk.checkin.self_session import SelfScreen, SelfSession, SelfState
from kiosk.checkin.session import DeskSession
from kiosk.checkin.staff import Permission
from kiosk.config import Settings, user_data_dir
from kiosk.config import clock as wallclock
from kiosk.config.device import device_identity
from kiosk.config.health import Check
from kiosk.config.paths import reports_dir
from kiosk.config.pin import PIN_LOCKOUT_FILE, PinGuard
from kiosk.devices import WedgeScanner
from kiosk.scan import ScanEvent
from kiosk.ui.crash import install_crash_handlers
from kiosk.ui.desk import DeskWindow, decode_photo
from kiosk.ui.tasks import QtRunner
from kiosk.ui.theme import desk_style_sheet, install_theme, self_style_sheet
from kiosk.ui.translations import DeskLanguage
from kiosk.ui.translations import choose as choose_language
from kiosk.ui.windows import Windows, show_full_screen

if TYPE_CHECKING:
    from kiosk.backends.offline import OfflineBackend
    from kiosk.devices.camera import CameraScanner
    from kiosk.devices.serial import SerialScanner
    from kiosk.sandbox import SandboxServer
    from kiosk.ui.diagnostics import DiagnosticsDialog
    from kiosk.ui.self_checkin import SelfCheckInWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Connection:
    """Where the backend is: its URL, the token, and this kiosk's site."""

    api_url: str
    token: str
    site_id: str | None
    demo: bool = False


def start_demo_backend(vendor: Vendor = TRYBE) -> tuple[SandboxServer, Connection]:
    """Start ``vendor``'s stand-in server in-process with a fresh demo database. Imported
    here, not at the top: the production path never loads the sandbox (FastAPI, uvicorn, demo
    data)."""
    log.info("Initializing demo backend (%s)...", vendor.key)
    from kiosk.sandbox import SandboxServer

    if vendor is COLLINS:
        from kiosk.sandbox.collins.demo import VENUES

        server = SandboxServer(vendor="collins").start()
        site_id = VENUES[0][0]
    else:
        from kiosk.sandbox.demo_data import SITES

        # an afternoon with guests in, each with their past visits
        server = SandboxServer(guests_in=36, history=True).start()
        site_id = str(SITES[0]["id"])
    return server, Connection(api_url=server.url, token=server.token, site_id=site_id, demo=True)


def demo_codes(vendor: Vendor) -> list[tuple[str, str]]:
    """The demo's codes to try and what each shows, for the terminal."""
    if vendor is COLLINS:
        from kiosk.sandbox.collins.demo import FEATURED as GUESTS

        return [(g.id, f"{g.first_name} {g.last_name}: {g.scenario}") for g in GUESTS]
    from kiosk.sandbox import FEATURED

    return [(featured.code, featured.scenario) for featured in FEATURED]


def start_demo_printer(settings: Settings) -> tuple[Any, Settings]:
    """The demo's own Zebra (a fake one on loopback, kiosk.sandbox.printer) when no printer is
    set: bands "print" as PNGs in the data folder's demo-printer/. A printer the settings name
    is kept (try a real one with the demo's guests)."""
    if settings.printer.kind != "none":
        return None, settings
    from kiosk.sandbox.printer import FakeZebra

    fake = FakeZebra(save_to=user_data_dir() / "demo-printer").start()
    printer = settings.printer.model_copy(
        update={"kind": "zebra", "host": fake.host, "port": fake.port}
    )
    log.info("Demo printer (a fake Zebra) on %s:%s", fake.host, fake.port)
    return fake, settings.model_copy(update={"printer": printer})


def demo_settings(settings: Settings) -> Settings:
    """The demo's own names for the Collins stand-in's venues and preferences (a real site
    configures its own in ``[collins]``)."""
    if vendor_of(settings) is not COLLINS:
        return settings
    from kiosk.sandbox.collins.demo import PREFERENCES, VENUES

    collins = settings.collins.model_copy(
        update={
            "venue_id": VENUES[0][0],
            "venues": dict(VENUES),
            "preferences": dict(PREFERENCES),
        }
    )
    return settings.model_copy(update={"collins": collins})


def make_live_backend(
    settings: Settings, connection: Connection, device: Device | None = None
) -> Backend:
    """The guest system the settings name, on ``connection`` (its writes made by ``device``)."""
    return vendor_of(settings).backend(
        settings, connection.api_url, connection.token, connection.site_id, device
    )


def make_client(settings: Settings, connection: Connection) -> TrybeClient:
    """Trybe's client on ``connection`` (the local copy's sync and ``kiosk sync``)."""
    client: TrybeClient = TRYBE.client(
        settings, connection.api_url, connection.token, site_id=connection.site_id
    )
    return client


def open_local_copy(
    settings: Settings,
    live: Backend,
    audit: AuditLog,
    *,
    demo: bool = False,
    device: Device | None = None,
) -> OfflineBackend | None:
    """The local copy round ``live``, or None (turned off, or no key to protect it with).

    The demo keeps a throwaway copy of its own (its guests are new on every start) under a key
    that lives only as long as the process."""
    if not settings.offline.enabled:
        return None
    from kiosk.backends.offline import LocalStore, OfflineBackend
    from kiosk.backends.offline.store import key_from_text, new_key
    from kiosk.backends.offline.sync import Syncer
    from kiosk.config.secrets import load_store_key

    if demo:
        path = user_data_dir() / "local-copy-demo.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        key = new_key()
    else:
        text = load_store_key()
        if text is None:
            log.warning(
                "No local copy: no key for it (no systemd credential kiosk-store-key, no OS "
                "keyring, no KIOSK_STORE_KEY). The desk works online only."
            )
            return None
        path = user_data_dir() / "local-copy.db"
        key = key_from_text(text, path)
    store = LocalStore(path, key)
    purged = store.purge(settings.offline.retention_days * 86400)
    if purged:
        log.info("purged %d guests not seen for %g days", purged, settings.offline.retention_days)
    offline = settings.offline
    syncer = Syncer(
        live, store, max_guests=offline.sync_max_guests, requests_per_s=offline.sync_requests_per_s
    )
    return OfflineBackend(
        live,
        store,
        audit,
        device=device,
        probe_every_s=offline.probe_every_s,
        live_leash_s=offline.live_leash_s,
        syncer=syncer,
        sync_every_s=offline.sync_every_min * 60,
        in_flight_s=settings.write_in_flight_s,
    )


def run_desk(
    settings: Settings,
    connection: Connection,
    *,
    exit_after_s: float | None = None,
    window_size: tuple[int, int] = (1280, 800),
    full_screen: bool = False,
    pin_hash: str | None = None,
    started_at: float | None = None,
) -> int:
    """Show the desk (or self check-in) against ``connection`` until the window closes."""
    log.info("Initializing backend for %s...", connection.api_url)
    device = Device(*device_identity(settings))
    live = make_live_backend(settings, connection, device)
    audit = AuditLog(user_data_dir() / "audit.jsonl", device=device.id)
    backend: Backend = live
    # the local copy needs a backend it can sync from (Trybe's); Collins works online only
    local = (
        open_local_copy(settings, live, audit, demo=connection.demo, device=device)
        if Capability.SYNC in live.capabilities
        else None
    )
    if local is not None:
        backend = local.start()
    # wanted, possible with this guest system, and still none: there was no key to protect it
    copy_off = local is None and settings.offline.enabled and Capability.SYNC in live.capabilities
    lookup = Lookup(
        backend,
        copy=local.copy_only() if local is not None else None,
        deadline_s=settings.lookup_deadline_s,
        late_s=settings.lookup_late_s,
        on_late=local.note_late if local is not None else None,
        copy_off=copy_off,
    )
    actions = Actions(
        backend,
        audit,
        verify_with=live,
        in_flight_s=settings.write_in_flight_s,
        device=device,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    install_theme(app)
    crashes = install_crash_handlers(app)
    language = DeskLanguage(app)
    language.use(choose_language(settings.language))
    runner = QtRunner(app)

    log.info("Initializing desk...")
    from kiosk.ui.sounds import Sounds
    from kiosk.ui.staff_list import duty_for, open_staff_list, roster_from

    lockouts = user_data_dir()
    from kiosk.checkin.printing import new_band_code
    from kiosk.devices.printers.choose import printer_from

    printer = printer_from(
        settings.printer, logo=settings.logo, prints_dir=user_data_dir() / "prints"
    )
    from kiosk.ops.fleet import start_fleet

    sessions: list[DeskSession] = []  # the desk's printer, as staff change it, once there
    fleet = start_fleet(
        settings, lookup.status, lambda: sessions[0].bands.printer if sessions else printer
    )
    crashes.happened.connect(lambda _sentence: fleet.crashed())

    def band_codes() -> str:
        return new_band_code(
            prefix=settings.printer.code_prefix,
            digits=settings.printer.code_digits,
            pattern=settings.scanning.code_pattern,
        )

    desk_session = DeskSession(
        lookup,
        actions,
        runner,
        audit,
        policy=settings.policy,
        idle_clear_s=settings.idle_clear_s,
        override_reasons=tuple(settings.override_reasons),
        reports_dir=reports_dir(),
        decode_photo=decode_photo,
        exit_readers=frozenset(settings.exit_readers),
        recent_keeper=LocalRecent(local.store) if local is not None else None,
        duty=duty_for(roster_from(settings.staff), lockouts),
        sign_out_s=settings.staff_sign_out_s,
        printer=printer,
        band_codes=band_codes,
    )
    sessions.append(desk_session)
    desk_session.load_recent()
    sounds = Sounds(enabled=settings.sounds, volume=settings.sound_volume)
    on_site = OnSiteSession(backend, actions, runner, decode_photo=decode_photo)
    window = DeskWindow(
        desk_session,
        on_site=on_site,
        sounds=sounds,
        ui_scale=settings.ui_scale,
        large_text=settings.large_text,
        high_contrast=settings.high_contrast,
    )
    wedge = WedgeScanner(settings.wedge, app)
    app.installEventFilter(wedge)
    self_window: SelfCheckInWindow | None = None
    if settings.mode == "self":
        log.info("Initializing self check-in...")
        self_window = _self_checkin(settings, lookup, actions, runner, audit, pin_hash, window, app)

    def route(event: ScanEvent) -> None:
        if self_window is not None and self_window.isVisible():
            self_window.handle_scan(event)
        else:
            window.handle_scan(event)

    wedge.scanned.connect(route)

    def in_pieces(keys: int) -> None:
        if self_window is not None and self_window.isVisible():
            self_window.handle_scan_in_pieces(keys)
        else:
            window.handle_scan_in_pieces(keys)

    wedge.partial.connect(in_pieces)
    readers = _start_readers(settings, window, route, self_window)
    window.settings_requested.connect(
        lambda: _open_device_settings(settings, window, window.windows)
    )

    def manager_now() -> bool:
        """A save asks again, before anything is written: the desk's manager (or the staff
        pages behind the kiosk PIN) must still be there; else it is said and audited."""
        if desk_session.modes.may(Permission.MANAGE):
            return True
        desk_session.allowed(Permission.MANAGE)
        return False

    def open_staff_settings(parent: QWidget, *, behind_pin: bool = False) -> None:
        from kiosk.ui.staff_settings import StaffSettingsDialog

        if not behind_pin and not desk_session.allowed(Permission.MANAGE):
            return  # where staff sign in, a manager's (self check-in's menu: the kiosk PIN)

        def make() -> StaffSettingsDialog:
            dialog = StaffSettingsDialog(settings, settings.settings_path, parent)

            dialog.may_save = manager_now
            dialog.saved.connect(lambda fresh: apply_staff_settings(fresh, window, self_window))
            dialog.readers_requested.connect(
                lambda: _open_device_settings(settings, dialog, window.windows)
            )
            return dialog

        window.windows.open("staff_settings", make)

    window.staff_settings_requested.connect(lambda: open_staff_settings(window))

    printer_settings = [settings]  # what the printer dialog saved last (it opens with that)

    def open_printer_settings() -> None:
        from kiosk.ui.printer_settings import PrinterSettingsDialog

        if not desk_session.allowed(Permission.MANAGE):
            return  # where staff sign in, a manager's
        if window.windows.lift("printer_settings") is not None:
            return
        dialog = PrinterSettingsDialog(
            printer_settings[0],
            runner,
            settings_path=settings.settings_path,
            prints_dir=user_data_dir() / "prints",
            parent=window,
        )

        def saved(chosen: Any) -> None:
            printer_settings[0] = printer_settings[0].model_copy(update={"printer": chosen})
            apply_printer_settings(chosen, window, logo=settings.logo)

        dialog.may_save = manager_now
        window.windows.keep("printer_settings", dialog)
        dialog.open()

    window.printer_settings_requested.connect(open_printer_settings)
    window.staff_list_requested.connect(
        lambda: open_staff_list(
            window,
            desk_session,
            settings,
            runner,
            audit,
            lockouts=lockouts,
            applied=window.set_roster,
            windows=window.windows,
        )
    )
    diagnostics = Diagnostics(settings, connection, runner, wedge, readers)
    window.diagnostics_requested.connect(lambda: diagnostics.open(window, window.windows))
    if self_window is not None:
        kiosk_screen = self_window

        def staff_diagnostics(request: str) -> None:
            # behind the PIN: only the staff menu asks
            if request == "diagnostics":
                diagnostics.open(kiosk_screen, window.windows)
            elif request == "settings":
                open_staff_settings(kiosk_screen, behind_pin=True)

        self_window.session.requests.connect(staff_diagnostics)
    _show_site_name(runner, lookup, window, self_window)
    on_site.start()  # the header's count, read in the background

    first: QWidget = self_window if self_window is not None else window
    window.resize(*window_size)
    if self_window is not None:
        self_window.resize(*window_size)
    # a desk machine or a kiosk: the whole screen; a window when asked (--windowed,
    # --window-size, the demo, smoke tests)
    if full_screen:
        show_full_screen(first)
    else:
        _fit_to_screen(first)
        first.show()
    # the keys (F2-F5) work at once, even with no window manager to give the window focus
    # (a kiosk session): a shortcut needs an active window
    first.raise_()
    first.activateWindow()
    _report_first_paint(first, started_at)
    QTimer.singleShot(FREEZE_AFTER_MS, freeze_startup_objects)
    if exit_after_s is not None:
        QTimer.singleShot(int(exit_after_s * 1000), app.quit)
    try:
        return app.exec()
    finally:
        window.shutdown()
        if self_window is not None:
            self_window.shutdown()
        for reader in readers:
            reader.stop()
        app.removeEventFilter(wedge)
        wedge.shutdown()
        runner.shutdown()
        lookup.close()
        backend.close()
        fleet.stop()


FREEZE_AFTER_MS = 500


def _fit_to_screen(window: QWidget) -> None:
    """A window never larger than the screen's free area (a 1280x800 window on a 1280x800
    screen with a title bar and a panel hid the desk's bottom bar)."""
    free = window.screen().availableGeometry()
    frame = 40  # a title bar and borders the window manager adds
    width = min(window.width(), free.width())
    height = min(window.height(), free.height() - frame)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def freeze_startup_objects() -> None:
    """Move everything made at start-up (modules, Qt wrappers, pydantic schemas, the windows)
    out of the garbage collector's way. Without it a full collection walks them all, 25-30 ms
    on the GUI thread every few hundred scans (benchmarks/lookup_latency.py saw the stall);
    after it, a full collection only walks what scans made since (about 3 ms)."""
    gc.collect()
    gc.freeze()
    log.info("froze %d start-up objects out of the collector's way", gc.get_freeze_count())


def _report_first_paint(window: QWidget, started_at: float | None) -> None:
    """Log how long the start took, once the first window has been painted (benchmarks read
    this line)."""
    if started_at is None:
        return

    def painted() -> None:
        # the instant as ISO time: an epoch's ten digits would be redacted from the log
        at = datetime.fromtimestamp(wallclock.wall(), UTC).isoformat(timespec="milliseconds")
        log.info(
            "first window painted %.3f s after main() (at %s)", time.perf_counter() - started_at, at
        )

    QTimer.singleShot(0, painted)


def _open_device_settings(settings: Settings, parent: QWidget, windows: Windows) -> None:
    from kiosk.ui.device_settings import DeviceSettingsDialog

    def make() -> DeviceSettingsDialog:
        dialog = DeviceSettingsDialog(settings, settings.settings_path, parent)
        if isinstance(parent, DeskWindow):
            dialog.accepted.connect(
                lambda: parent.status_line.setText(
                    tr("Saved. The new scanner settings apply from the next start.")
                )
            )
        return dialog

    windows.open("device_settings", make)


class Diagnostics:
    """Opens the diagnostics panel over a window: ``kiosk doctor``'s checks against what this
    running app uses (its connection, its camera, its sound), and the scanner timing test fed
    by the app's own keyboard-scanner filter."""

    def __init__(
        self,
        settings: Settings,
        connection: Connection,
        runner: QtRunner,
        wedge: WedgeScanner,
        readers: list[Any],
    ) -> None:
        self._settings = vendor_of(settings).pointed_at(
            settings, connection.api_url, connection.site_id
        )
        self._token = connection.token if connection.demo else None
        self._runner = runner
        self._wedge = wedge
        self._readers = readers
        self.dialog: DiagnosticsDialog | None = None

    def open(self, parent: QWidget, windows: Windows) -> DiagnosticsDialog:
        from kiosk.devices.audio import audio_outputs
        from kiosk.ui.diagnostics import DiagnosticsDialog

        open_already = windows.lift("diagnostics")
        if isinstance(open_already, DiagnosticsDialog):
            return open_already

        outputs = audio_outputs() if self._settings.sounds else []  # Qt Multimedia: this thread
        camera = next((r for r in self._readers if hasattr(r, "stats")), None)
        dialog = DiagnosticsDialog(
            lambda: self._checks(outputs, camera),
            self._bundle,
            self._runner,
            self._wedge.settings,
            bundle_folder=reports_dir(),
            parent=parent,
        )
        self._wedge.timed.connect(dialog.show_burst)
        dialog.finished.connect(lambda _code: self._wedge.timed.disconnect(dialog.show_burst))
        windows.keep("diagnostics", dialog)
        self.dialog = dialog
        dialog.open()
        dialog.run()
        return dialog

    def _checks(self, outputs: list[str], camera: Any) -> list[Check]:
        from kiosk.ops.doctor import Doctor

        def camera_rates(seconds: float) -> dict[str, float]:
            before = dict(camera.stats)
            time.sleep(seconds)
            after = camera.stats
            sent = camera.frame_size or (0, 0)
            asked = camera.asked_size or (0, 0)
            return {
                "fps": (after["frames"] - before["frames"]) / seconds,
                "decoded_per_s": (after["decoded"] - before["decoded"]) / seconds,
                "width": sent[0],
                "height": sent[1],
                "asked_width": asked[0],
                "asked_height": asked[1],
            }

        doctor = Doctor(
            self._settings,
            token=self._token,
            token_given=self._token is not None,
            audio_probe=lambda: outputs,
            camera_probe=camera_rates if camera is not None else None,
        )
        return doctor.run()

    def _bundle(self, path: Path, checks: list[Check]) -> Path:
        from kiosk.ops.bundle import make_bundle

        return make_bundle(path, checks, self._settings)


def apply_staff_settings(
    fresh: Settings, desk: DeskWindow, self_window: SelfCheckInWindow | None = None
) -> None:
    """What the staff settings changed, at once where it can be: the rules (the guest on
    screen is judged again), the waits, sound, the desk's size; self check-in's next guest."""
    desk.session.use_rules(fresh.policy, idle_clear_s=fresh.idle_clear_s)
    desk.sounds.configure(enabled=fresh.sounds, volume=fresh.sound_volume)
    desk.set_ui_scale(fresh.ui_scale)
    desk.set_look(large_text=fresh.large_text, high_contrast=fresh.high_contrast)
    if self_window is not None:
        self_window.session.use_settings(
            fresh.policy,
            countdown_s=fresh.self_countdown_s,
            staff_idle_s=fresh.staff_idle_s,
            show_surname=fresh.show_surname,
        )


def apply_printer_settings(chosen: Any, desk: DeskWindow, *, logo: Path | None) -> None:
    """The printer the dialog saved, used from the next band (no restart)."""
    from kiosk.devices.printers.choose import printer_from

    printer = printer_from(chosen, logo=logo, prints_dir=user_data_dir() / "prints")
    desk.session.bands.use_printer(printer)
    desk.status_line.setText(tr("Saved. The printer is used from the next band."))


def run_pairing(settings: Settings, settings_path: Path | None = None) -> bool:
    """The first-run window (no token or no site yet): True once the kiosk is paired."""
    from kiosk.ops import pairing as ops
    from kiosk.ui.pairing_window import PairingDialog, VendorPairing

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    install_theme(app)
    DeskLanguage(app).use(choose_language(settings.language))
    runner = QtRunner(app)
    seen: dict[str, ops.SiteChoice] = {}

    def find(url: str, token: str) -> list[tuple[str, str]] | None:
        sites = ops.find_sites(url, token)
        seen.update({site.id: site for site in sites})
        return [(site.id, site.label) for site in sites]

    def save(url: str, token: str, site_id: str, _name: str, mode: str, pin: str | None) -> str:
        return ops.save_pairing(
            ops.Pairing(url, token, seen[site_id], mode, pin), settings_path=settings_path
        )

    def check_collins(url: str, token: str) -> list[tuple[str, str]] | None:
        ops.check_collins(url, token)
        return None  # Collins lists no venues: the venue is typed

    def save_collins(
        url: str, token: str, venue: str, name: str, mode: str, pin: str | None
    ) -> str:
        pairing = ops.CollinsPairing(url, token, venue or None, name or None, mode, pin)
        return ops.save_collins_pairing(pairing, settings_path=settings_path)

    vendors = [
        VendorPairing("Trybe", settings.api_url, find, save, ops.try_band),
        VendorPairing(
            tr("Collins (restaurants and bars)"),
            settings.collins.api_url,
            check_collins,
            save_collins,
            lambda url, token, _venue, code: ops.try_collins_card(url, token, code),
            code_words=N_("a guest card"),
        ),
    ]
    if not vendor_of(settings).lists_sites:
        vendors.reverse()  # the settings' own vendor first
    import os

    from kiosk.config.secrets import TOKEN_ENV

    # a token the environment gives (a systemd credential, an installer) is not asked again
    dialog = PairingDialog(vendors, runner, token=os.environ.get(TOKEN_ENV, "").strip() or None)
    dialog.setStyleSheet(desk_style_sheet())
    dialog.resize(900, 720)
    try:
        return bool(dialog.exec()) and dialog.paired
    finally:
        runner.shutdown()


def can_show_a_window() -> bool:
    """A screen to show the pairing window on (not a headless run, CI or a smoke test)."""
    import os
    import platform

    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    if platform.system() == "Linux":
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _camera_source(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _self_checkin(
    settings: Settings,
    lookup: Lookup,
    actions: Actions,
    runner: QtRunner,
    audit: AuditLog,
    pin_hash: str | None,
    desk: DeskWindow,
    app: QApplication,
) -> SelfCheckInWindow:

    from kiosk.ui.self_checkin import SelfCheckInWindow
    from kiosk.ui.sounds import Sounds
    from kiosk.ui.speech import Speaker
    from kiosk.ui.staff_list import roster_from

    stored = pin_hash or settings.staff_pin_hash
    assert stored is not None, "self check-in needs a staff PIN (checked by the CLI)"
    session = SelfSession(
        lookup,
        actions,
        runner,
        audit,
        PinGuard(stored, state_file=user_data_dir() / PIN_LOCKOUT_FILE),
        policy=settings.policy,
        show_surname=settings.show_surname,
        countdown_s=settings.self_countdown_s,
        staff_idle_s=settings.staff_idle_s,
        manager_badge=lambda code: roster_from(settings.staff).manager_with_badge(code),
    )
    screen = SelfCheckInWindow(
        session,
        brand_colour=settings.brand_colour,
        logo=str(settings.logo) if settings.logo else None,
        sounds=Sounds(enabled=settings.sounds, volume=settings.sound_volume),
        speaker=Speaker(enabled=settings.speak_answers and settings.sounds),
    )
    screen.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    screen.setStyleSheet(self_style_sheet())
    wire_self_checkin(session, screen, desk, quit_app=app.quit, settings=settings)
    return screen


def wire_self_checkin(
    session: SelfSession,
    screen: SelfCheckInWindow,
    desk: DeskWindow,
    *,
    quit_app: Callable[[], None],
    settings: Settings | None = None,
) -> None:
    """The self check-in screen and the desk opened from it: which one is on screen follows
    the self session (staff idle on the desk brings the guest screen back). The self session
    drives the desk's mode machine, which closes every window of a mode as it ends (the desk's
    who-is-in, keys, shift, staff, printer and diagnostics windows included)."""
    session.drive(desk.session.modes)
    was_desk = False
    touches = _StaffTouches(session, screen)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(touches)

    def follow(state: SelfState) -> None:
        nonlocal was_desk
        on_desk = state.screen is SelfScreen.DESK
        if on_desk and not was_desk:
            screen.keep_on_screen = False
            screen.hide()
            desk.set_opened_from_self_checkin(True)
            if screen.isFullScreen():
                show_full_screen(desk)
            else:
                desk.show()
        elif was_desk and not on_desk:
            desk.hide()
            desk.set_opened_from_self_checkin(False)
            screen.keep_on_screen = True
            screen.show()
            screen.raise_()
        was_desk = on_desk

    def staff_request(request: str) -> None:
        if request == "quit":
            screen.allow_close()
            quit_app()

    session.changed.connect(follow)
    session.requests.connect(staff_request)
    desk.back_to_self_requested.connect(session.back_from_desk)
    # Anything staff do on the desk keeps staff mode alive; idle brings the guest screen back.
    desk.session.changed.connect(lambda _state: session.staff_active())


class _StaffTouches(QObject):
    """Any press or key anywhere (a dialog, the desk) while in staff mode keeps it alive."""

    _KINDS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin})

    def __init__(self, session: SelfSession, parent: QObject) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._KINDS and self._session.state.staff_mode:
            self._session.staff_active()
        return False


def _start_readers(
    settings: Settings,
    window: DeskWindow,
    route: Callable[[ScanEvent], None],
    self_window: SelfCheckInWindow | None = None,
) -> list[CameraScanner | SerialScanner]:
    """The optional camera and serial scanner; each reports its state in the status line."""
    readers: list[CameraScanner | SerialScanner] = []
    if settings.camera:
        from kiosk.devices.camera import CameraScanner
        from kiosk.ui.camera_preview import CameraPreview

        log.info("Initializing camera %s...", settings.camera)
        camera = CameraScanner(
            _camera_source(settings.camera), parent=window, loop=True, settings=settings.scanning
        )
        preview = CameraPreview()
        camera.preview.connect(preview.show_frame)
        camera.codes_seen.connect(preview.show_codes)
        camera.scanned.connect(route)
        camera.status_changed.connect(window.show_device_status)
        if self_window is not None:
            self_window.attach_camera_preview(preview)
        else:
            window.attach_camera_preview(preview)
        readers.append(camera)
    if settings.serial_port:
        from kiosk.devices.serial import SerialScanner

        log.info("Initializing serial scanner %s...", settings.serial_port)
        port = None if settings.serial_port == "auto" else settings.serial_port
        serial = SerialScanner(port, settings.serial_baud, parent=window)
        serial.scanned.connect(route)
        serial.status_changed.connect(window.show_device_status)
        readers.append(serial)
    for reader in readers:
        reader.start()
    return readers


def _show_site_name(
    runner: QtRunner,
    lookup: Lookup,
    window: DeskWindow,
    self_window: SelfCheckInWindow | None = None,
) -> None:
    """Fetch the site in the background (the backend keeps it for every scan after); a failure
    here is told, not fatal."""

    def found(site: Site | None) -> None:
        if site is not None:
            window.session.site = site  # its country reads national phone numbers
        if site is not None and site.name:
            window.site_label.setText(site.name)
            if self_window is not None:
                self_window.site_label.setText(site.name)

    def failed(error: BaseException) -> None:
        failure = describe_failure(error, lookup.backend.name)
        window.status_line.setText(failure.sentence)

    runner.read(lookup.site, found, failed)
