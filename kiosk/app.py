"""Composition root: the only place that knows every part.

Start-up order:
1. settings (defaults < settings.toml < KIOSK_* < command line) and logging (done by ``cli``);
2. the backend: the embedded stand-in server for ``--demo``, else the configured Trybe site
   and a token from the environment or the OS keyring;
3. the HTTP client and the lookup service (no Qt);
4. QApplication, style sheet, task runner;
5. the desk window, and the keyboard-wedge filter installed application-wide;
6. the event loop. On exit, everything is closed in reverse order.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.api import Site, TrybeClient
from kiosk.checkin import Lookup, describe_failure
from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.config import Settings, user_data_dir
from kiosk.config.pin import PinGuard
from kiosk.devices import WedgeScanner
from kiosk.devices.camera import CameraScanner
from kiosk.devices.serial import SerialScanner
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.demo_data import SITES
from kiosk.ui.camera_preview import CameraPreview
from kiosk.ui.desk import DeskWindow
from kiosk.ui.device_settings import DeviceSettingsDialog
from kiosk.ui.self_checkin import SelfCheckInWindow
from kiosk.ui.sounds import Sounds
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.theme import desk_style_sheet, self_style_sheet

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backend:
    api_url: str
    token: str
    site_id: str | None


def start_demo_backend() -> tuple[SandboxServer, Backend]:
    """Start the stand-in server in-process with a fresh demo database."""
    log.info("Initializing demo backend...")
    server = SandboxServer().start()
    return server, Backend(api_url=server.url, token=server.token, site_id=str(SITES[0]["id"]))


def make_client(settings: Settings, backend: Backend) -> TrybeClient:
    return TrybeClient(
        backend.api_url,
        backend.token,
        backend.site_id,
        connect_timeout_s=settings.connect_timeout_s,
        read_timeout_s=settings.read_timeout_s,
        deadline_s=settings.deadline_s,
        max_retries=settings.max_retries,
        barcode_search_form=settings.barcode_search_form,
    )


def run_desk(
    settings: Settings,
    backend: Backend,
    *,
    exit_after_s: float | None = None,
    window_size: tuple[int, int] = (1280, 800),
    pin_hash: str | None = None,
) -> int:
    """Show the desk against ``backend`` and run the event loop until the window closes."""
    log.info("Initializing client for %s...", backend.api_url)
    client = make_client(settings, backend)
    lookup = Lookup(client)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    app.setStyleSheet(desk_style_sheet())
    runner = TaskRunner(app)

    log.info("Initializing desk window...")
    audit = AuditLog(user_data_dir() / "audit.jsonl")
    window = DeskWindow(
        lookup,
        runner,
        policy=settings.policy,
        audit=audit,
        sounds=Sounds(enabled=settings.sounds),
        idle_clear_ms=settings.idle_clear_s * 1000,
    )
    wedge = WedgeScanner(settings.wedge, app)
    app.installEventFilter(wedge)
    self_window: SelfCheckInWindow | None = None
    if settings.mode == "self":
        log.info("Initializing self check-in...")
        self_window = _self_checkin(settings, lookup, runner, audit, pin_hash, window, app)

    def route(event: Any) -> None:
        if self_window is not None and self_window.isVisible():
            self_window.handle_scan(event)
        else:
            window.handle_scan(event)

    wedge.scanned.connect(route)
    readers = _start_readers(settings, window, route, self_window)
    window.settings_requested.connect(lambda: _open_device_settings(settings, window))
    _show_site_name(runner, lookup, window, self_window)

    window.resize(*window_size)
    if self_window is not None:
        self_window.resize(*window_size)
        if exit_after_s is None and window_size == (1280, 800):
            self_window.showFullScreen()
        else:
            self_window.show()  # fixed size: screenshots and smoke tests
    else:
        window.show()
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
        runner.wait_for_done(3000)
        lookup.close()
        client.close()


def _open_device_settings(settings: Settings, window: DeskWindow) -> None:
    dialog = DeviceSettingsDialog(settings, settings.settings_path, window)
    if dialog.exec():
        window.status_line.setText("Saved. The new scanner settings apply from the next start.")


def _camera_source(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _self_checkin(
    settings: Settings,
    lookup: Lookup,
    runner: TaskRunner,
    audit: AuditLog,
    pin_hash: str | None,
    desk: DeskWindow,
    app: QApplication,
) -> SelfCheckInWindow:
    stored = pin_hash or settings.staff_pin_hash
    assert stored is not None, "self check-in needs a staff PIN (checked by the CLI)"
    screen = SelfCheckInWindow(
        lookup,
        runner,
        Actions(lookup.client, audit),
        PinGuard(stored),
        policy=settings.policy,
        show_surname=settings.show_surname,
        countdown_s=settings.self_countdown_s,
        brand_colour=settings.brand_colour,
        logo=str(settings.logo) if settings.logo else None,
        sounds=Sounds(enabled=settings.sounds),
    )
    screen.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    screen.setStyleSheet(self_style_sheet())

    def to_desk() -> None:
        screen.reset()
        screen.hide()
        desk.show()

    def quit_kiosk() -> None:
        screen.allow_close()
        app.quit()

    screen.switch_to_desk.connect(to_desk)
    screen.open_settings.connect(lambda: _open_device_settings(settings, desk))
    screen.quit_requested.connect(quit_kiosk)
    return screen


def _start_readers(
    settings: Settings,
    window: DeskWindow,
    route: Any = None,
    self_window: SelfCheckInWindow | None = None,
) -> list[CameraScanner | SerialScanner]:
    """The optional camera and serial scanner; each reports its state in the status line."""
    handle = route or window.handle_scan
    readers: list[CameraScanner | SerialScanner] = []
    if settings.camera:
        log.info("Initializing camera %s...", settings.camera)
        camera = CameraScanner(_camera_source(settings.camera), parent=window, loop=True)
        preview = CameraPreview()
        camera.preview.connect(preview.show_frame)
        camera.codes_seen.connect(preview.show_codes)
        camera.scanned.connect(handle)
        camera.status_changed.connect(window.show_device_status)
        if self_window is not None:
            self_window.attach_camera_preview(preview)
        else:
            window.attach_camera_preview(preview)
        readers.append(camera)
    if settings.serial_port:
        log.info("Initializing serial scanner %s...", settings.serial_port)
        port = None if settings.serial_port == "auto" else settings.serial_port
        serial = SerialScanner(port, settings.serial_baud, parent=window)
        serial.scanned.connect(handle)
        serial.status_changed.connect(window.show_device_status)
        readers.append(serial)
    for reader in readers:
        reader.start()
    return readers


def _show_site_name(
    runner: TaskRunner,
    lookup: Lookup,
    window: DeskWindow,
    self_window: SelfCheckInWindow | None = None,
) -> None:
    """Fetch the site in the background (the lookup keeps it for every scan after); a failure
    here is told, not fatal."""

    def found(site: Site | None) -> None:
        if site is not None and site.name:
            window.site_label.setText(site.name)
            if self_window is not None:
                self_window.site_label.setText(site.name)

    def failed(error: BaseException) -> None:
        failure = describe_failure(error)
        window.status_line.setText(f"{failure.title}. {failure.detail}")

    runner.run(lookup.site, found, failed)
