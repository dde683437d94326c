"""Video files for camera tests: written with OpenCV, read back by real OpenCV capture."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from tests.imagegen import Frame, on_background, render, rotate

SIZE = (640, 480)


def blank() -> Frame:
    frame = np.full((SIZE[1], SIZE[0], 3), (150, 170, 200), np.uint8)
    return frame  # type: ignore[return-value]


def band_frames(symbology: str, payload: str, count: int) -> list[Frame]:
    """A band brought into view and held there, turning slightly, as a guest holds it up."""
    code = on_background(render(symbology, payload), SIZE)
    return [rotate(code, -6 + 12 * i / max(1, count - 1)) for i in range(count)]


def write_video(path: Path, frames: list[Frame], fps: float = 30.0) -> Path:
    size = (frames[0].shape[1], frames[0].shape[0]) if frames else SIZE
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    assert writer.isOpened(), "OpenCV cannot write MJPG here"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path
