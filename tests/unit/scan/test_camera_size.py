"""A camera is asked for the picture size the decoder is set for, and what it really sends is
known and said: OpenCV's V4L2 backend opens a USB camera at 640x480 unless asked, where a
phone's Code 128 comes out at one pixel a bar and does not read."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from kiosk.config import Settings
from kiosk.config.settings import ScanSettings
from kiosk.ops.local_checks import camera_check
from kiosk.scan.frames import MJPG, FrameSource
from tests.videogen import blank, write_video


class UvcCamera:
    """A USB (UVC) camera as V4L2 drives it, for machines without one (CI has no camera).

    As the V4L2 documentation has it: the camera starts in its default format (uncompressed
    YUYV at 640x480); a size asked for is adjusted by the driver to the nearest the current
    format offers (VIDIOC_S_FMT never refuses, it changes the request); the frames come at the
    size it settled on. ``sizes`` are what it offers in MJPG; uncompressed, only 640x480.
    """

    def __init__(self, sizes: list[tuple[int, int]]) -> None:
        self._mjpg_sizes = sizes
        self._fourcc = cv2.VideoWriter.fourcc(*"YUYV")
        self._size = (640, 480)
        self.asked: list[tuple[int, float]] = []

    def _offered(self) -> list[tuple[int, int]]:
        return self._mjpg_sizes if self._fourcc == MJPG else [(640, 480)]

    def _settle(self, width: float, height: float) -> None:
        self._size = min(
            self._offered(), key=lambda size: abs(size[0] - width) + abs(size[1] - height)
        )

    def isOpened(self) -> bool:
        return True

    def set(self, prop: int, value: float) -> bool:
        self.asked.append((prop, value))
        if prop == cv2.CAP_PROP_FOURCC:
            self._fourcc = int(value)
            self._settle(*self._size)
        elif prop == cv2.CAP_PROP_FRAME_WIDTH:
            self._settle(value, self._size[1])
        elif prop == cv2.CAP_PROP_FRAME_HEIGHT:
            self._settle(self._size[0], value)
        return True

    def get(self, prop: int) -> float:
        return 30.0 if prop == cv2.CAP_PROP_FPS else 0.0

    def read(self) -> tuple[bool, Any]:
        return True, np.full((self._size[1], self._size[0], 3), 128, np.uint8)

    def release(self) -> None:
        pass


class Frames:
    """What a frame source delivers, until ``count`` have come."""

    def __init__(self, count: int = 3) -> None:
        self.frames: list[Any] = []
        self._count = count
        self.enough = threading.Event()

    def take(self, frame: Any) -> None:
        self.frames.append(frame)
        if len(self.frames) >= self._count:
            self.enough.set()


def run(source: FrameSource, frames: Frames) -> list[Any]:
    source.start()
    assert frames.enough.wait(5)
    source.stop()
    return frames.frames


def test_a_camera_is_asked_for_1280x720_in_mjpg_and_sends_it() -> None:
    camera = UvcCamera([(640, 480), (1280, 720), (1920, 1080)])
    size = ScanSettings().camera_size
    got = Frames()
    source = FrameSource(0, got.take, size=size, open_capture=lambda _: camera)
    frames = run(source, got)
    assert size == (1280, 720)
    assert frames[0].shape[:2] == (720, 1280)
    assert source.size == (1280, 720)
    assert not source.smaller_than_asked
    # the format before the size: uncompressed, the camera offers 640x480 only
    assert camera.asked[0] == (cv2.CAP_PROP_FOURCC, MJPG)


def test_without_asking_a_camera_stays_at_640x480() -> None:
    """What the app did before it asked: the reason for the setting."""
    camera = UvcCamera([(640, 480), (1280, 720)])
    got = Frames()
    source = FrameSource(0, got.take, size=None, open_capture=lambda _: camera)
    assert run(source, got)[0].shape[:2] == (480, 640)
    assert camera.asked == []


def test_a_camera_that_cannot_do_the_size_sends_its_nearest_and_that_is_said(
    caplog: pytest.LogCaptureFixture,
) -> None:
    camera = UvcCamera([(640, 480), (800, 600)])
    got = Frames()
    source = FrameSource("/dev/video0", got.take, size=(1920, 1080), open_capture=lambda _: camera)
    with caplog.at_level(logging.WARNING, logger="kiosk.scan.frames"):
        run(source, got)
    assert source.size == (800, 600)
    assert source.smaller_than_asked
    assert "sends 800x600, not the 1920x1080 asked for" in caplog.text


def test_a_video_file_is_played_at_its_own_size_never_asked(tmp_path: Path) -> None:
    video = write_video(tmp_path / "desk.avi", [blank()] * 5)
    got = Frames(2)
    source = FrameSource(str(video), got.take, size=(1920, 1080))
    frames = run(source, got)
    assert source.asked is None
    assert source.size == (frames[0].shape[1], frames[0].shape[0])
    assert not source.smaller_than_asked


@pytest.mark.parametrize(
    ("written", "kept"),
    [("1920x1080", (1920, 1080)), (" 1280 X 720 ", (1280, 720)), ("", None), (None, None)],
)
def test_the_resolution_setting(written: str | None, kept: tuple[int, int] | None) -> None:
    assert ScanSettings(camera_resolution=written).camera_size == kept


@pytest.mark.parametrize("written", ["big", "1280", "1280x720x3", "99999x100", "100x50"])
def test_a_bad_resolution_setting_is_refused_with_a_sentence(written: str) -> None:
    with pytest.raises(ValueError, match=r"1280x720|between"):
        ScanSettings(camera_resolution=written)


def test_the_doctor_says_when_the_running_camera_sends_less_than_asked() -> None:
    settings = Settings(camera="0")
    small = {"fps": 30.0, "decoded_per_s": 7.0, "width": 640, "height": 480}
    asked = {"asked_width": 1280, "asked_height": 720}
    check = camera_check(settings, lambda seconds: small | asked, 0.1)
    assert check.status == "warn"
    assert "the camera sends 640x480, not the 1280x720 asked for" in check.summary
    assert "camera_resolution" in check.hint
    assert check.data["size"] == "640x480"

    fine = {"fps": 30.0, "decoded_per_s": 7.0, "width": 1280, "height": 720}
    good = camera_check(settings, lambda seconds: fine | asked, 0.1)
    assert good.status == "ok"
    assert good.summary.startswith("1280x720, 30 frames/s")
