"""Video files for camera tests: written with OpenCV, read back by real OpenCV capture."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from tests.imagegen import Frame, on_background, render, rotate

SIZE = (640, 480)


def blank() -> Frame:
    frame = np.full((SIZE[1], SIZE[0], 3), (150, 170, 200), np.uint8)
    return frame  # type: ignore[return-value]


def band_frames(symbology: str, payload: str, count: int) -> list[Frame]:
    """A band brought into view and held there, turning slightly, as a guest holds it up."""
    code = on_background(render(symbology, payload), SIZE)
    return [rotate(code, -6 + 12 * i / max(1, count - 1)) for i in range(count)]


def spoiled_code128(payload: str = "40917725830046") -> Frame:
    """A Code 128 with one symbol changed for the next (a scratch, a smear): zxing-cpp finds
    it, and its checksum fails. What the camera sees of a code too small or blurred to read,
    made exactly."""
    bars = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128)
    row = np.array(bars.to_image(scale=1, add_quiet_zones=False))[0]
    row[22:33] = row[33:44].copy()  # the second data symbol replaced by the third
    code = np.repeat(np.repeat(row[None, :], 70, axis=0), 3, axis=1)
    code = cv2.copyMakeBorder(code, 20, 20, 40, 40, cv2.BORDER_CONSTANT, value=255)
    return cv2.cvtColor(code, cv2.COLOR_GRAY2BGR)  # type: ignore[return-value]


def spoiled_frames(count: int) -> list[Frame]:
    """A code the camera finds and cannot read, held up and turning slightly."""
    code = on_background(spoiled_code128(), SIZE)
    return [rotate(code, -4 + 8 * i / max(1, count - 1)) for i in range(count)]


def write_video(path: Path, frames: list[Frame], fps: float = 30.0) -> Path:
    size = (frames[0].shape[1], frames[0].shape[0]) if frames else SIZE
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    assert writer.isOpened(), "OpenCV cannot write MJPG here"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path
