"""Webcam scanning: capture and decoding off the GUI thread, a preview on it.

Two threads do the work (``kiosk.scan.frames``): one reads frames from the camera (or a video
file), one decodes the newest frame, dropping older ones while busy. This adapter turns their
callbacks into Qt signals, which Qt delivers on the GUI thread: a downscaled preview image,
the boxes of codes seen (for the preview's overlay), and ScanEvents.
"""

from __future__ import annotations

import logging

import cv2
from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QImage, QPolygonF

from kiosk.scan import ScanEvent
from kiosk.scan.decoders import Image
from kiosk.scan.frames import FrameDecoder, FrameResult, FrameSource, LatestFrameWorker

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640


def to_qimage(frame: Image) -> QImage:
    """A BGR frame as a QImage the GUI thread can paint (a copy: the frame buffer is reused)."""
    height, width = frame.shape[:2]
    image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


class CameraScanner(QObject):
    """Reads codes from ``source`` (a device index like 0, or a file or stream URL)."""

    preview = Signal(QImage)
    codes_seen = Signal(list, float)  # [QPolygonF in preview coordinates], preview scale
    scanned = Signal(object)  # ScanEvent
    status_changed = Signal(str)

    def __init__(
        self,
        source: int | str,
        decoder: FrameDecoder | None = None,
        parent: QObject | None = None,
        *,
        loop: bool = False,
        preview_every: int = 2,
    ) -> None:
        super().__init__(parent)
        self._preview_every = max(1, preview_every)
        self._worker = LatestFrameWorker(decoder or FrameDecoder(), self._on_decoded)
        self._source = FrameSource(source, self._on_frame, loop=loop, on_stopped=self._on_stopped)
        self.status = "not started"

    @property
    def stats(self) -> dict[str, int]:
        return {
            "frames": self._source.frames,
            "decoded": self._worker.decoded,
            "dropped": self._worker.dropped,
        }

    def start(self) -> None:
        self._worker.start()
        self._source.start()
        self._say("camera on")

    def stop(self) -> None:
        self._source.stop()
        self._worker.stop()
        self._say("camera off")

    # -- called on the capture and decoding threads: only emit signals here --

    def _on_frame(self, frame: Image) -> None:
        self._worker.submit(frame)
        if self._source.frames % self._preview_every == 0:
            scale = min(1.0, PREVIEW_WIDTH / frame.shape[1])
            small = frame if scale == 1.0 else cv2.resize(frame, None, fx=scale, fy=scale)
            self.preview.emit(to_qimage(small))  # type: ignore[arg-type]

    def _on_decoded(self, result: FrameResult, frame: Image) -> None:
        if not result.results:
            return
        scale = min(1.0, PREVIEW_WIDTH / frame.shape[1])
        boxes = [
            QPolygonF([QPointF(x * scale, y * scale) for x, y in found.corners])
            for found in result.results
            if found.corners
        ]
        self.codes_seen.emit(boxes, scale)
        for found in result.results:
            self.scanned.emit(ScanEvent(payload=found.text, source="camera"))

    def _on_stopped(self, why: str) -> None:
        log.info("camera stopped: %s", why)
        self._say(why)

    def _say(self, status: str) -> None:
        self.status = status
        self.status_changed.emit(status)
