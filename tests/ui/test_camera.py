"""The camera path end to end: a generated video file -> real OpenCV capture -> decoding off
the GUI thread -> a ScanEvent, a preview picture and a box round the code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.devices.camera import CameraScanner
from kiosk.scan import ScanEvent
from kiosk.ui.camera_preview import CameraPreview
from tests.rigs import DeskRig
from tests.sandbox_helpers import SandboxAdmin
from tests.videogen import band_frames, blank, write_video


def test_a_band_held_up_to_the_camera_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    video = write_video(
        tmp_path / "desk.avi", [blank()] * 15 + band_frames("Code128", "100200300", 45)
    )
    camera = CameraScanner(str(video))
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 480)
    preview.show()
    camera.preview.connect(preview.show_frame)
    camera.codes_seen.connect(preview.show_codes)
    seen: list[ScanEvent] = []
    camera.scanned.connect(seen.append)

    camera.start()
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert preview.has_picture
        assert preview.boxes_shown >= 1
    finally:
        camera.stop()
    assert seen[0].payload == "100200300"
    assert seen[0].source == "camera"
    assert camera.stats["frames"] >= 15


def test_a_qr_code_on_a_phone_screen_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    payload = "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P"
    video = write_video(tmp_path / "qr.avi", band_frames("QRCode", payload, 30))
    camera = CameraScanner(str(video))
    seen: list[ScanEvent] = []
    camera.scanned.connect(seen.append)
    camera.start()
    try:
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    finally:
        camera.stop()
    assert seen[0].payload == payload


def test_a_camera_that_cannot_open_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    camera = CameraScanner(str(tmp_path / "no-such-camera.avi"))
    camera.start()
    try:
        qtbot.waitUntil(lambda: "cannot open camera" in camera.status, timeout=5000)
    finally:
        camera.stop()


def test_the_desk_shows_the_guest_whose_band_the_camera_read(
    qtbot: QtBot,
    tmp_path: Path,
    client: object,
    admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    from kiosk.backends.trybe import TrybeClient

    assert isinstance(client, TrybeClient)
    desk = desk_factory(client).window
    video = write_video(tmp_path / "band.avi", band_frames("Code128", "100200301", 40))
    camera = CameraScanner(str(video), loop=True)
    preview = CameraPreview()
    camera.preview.connect(preview.show_frame)
    camera.scanned.connect(desk.handle_scan)
    desk.attach_camera_preview(preview)
    desk.show()
    camera.start()
    try:
        qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=8000)
        qtbot.wait(1000)  # the band stays in view: the camera keeps reading it...
    finally:
        camera.stop()
    assert camera.stats["decoded"] > 5
    # ...but it is one scan: one lookup, not one per frame.
    assert len(admin.requests("/customers/customers/barcode-search/")) == 1
