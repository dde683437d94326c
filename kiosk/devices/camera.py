"""Webcam scanning: capture and decoding off the GUI thread, a preview on it.

Two threads do the work (``kiosk.scan.frames``): one reads frames from the camera (or a video
file), one decodes the newest frame within a time budget and a share of one core, dropping
older ones while busy. On the decoding thread, only the site's symbologies are looked for, and
a read becomes a scan only when it is trustworthy (``kiosk.scan.trust``: error-corrected, or
confirmed by a second frame or library). This adapter turns the results into Qt signals, which
Qt delivers on the GUI thread: a downscaled preview image, the boxes of codes seen (for the
preview's overlay), and ScanEvents.
"""

from __future__ import annotations

import logging
import threading

import cv2
from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QImage, QPolygonF

from kiosk.checkin.i18n import tr
from kiosk.checkin.telemetry import meter
from kiosk.config.settings import ScanSettings
from kiosk.devices.handoff import GuiHandoff
from kiosk.scan import PayloadRules, ScanEvent
from kiosk.scan.chain import CameraChain
from kiosk.scan.decoders import Image
from kiosk.scan.frames import FrameDecoder, FrameResult, FrameSource, LatestFrameWorker
from kiosk.scan.trust import Confirmer

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640


def to_qimage(frame: Image) -> QImage:
    """A BGR frame as a QImage the GUI thread can paint (a copy: the frame buffer is reused)."""
    height, width = frame.shape[:2]
    image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


class CameraScanner(QObject):
    """Reads codes from ``source`` (a device index like 0, or a file or stream URL).

    Signals are emitted on the GUI thread only: the capture and decoding threads hand their
    results over through :class:`GuiHandoff`.
    """

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
        settings: ScanSettings | None = None,
    ) -> None:
        super().__init__(parent)
        scanning = settings or ScanSettings()
        self._preview_every = max(1, preview_every)
        self._handoff = GuiHandoff(self)
        # OpenCV spreads a resize or a blur over every core; on a two-core desk PC that took
        # the GUI's core too (a 29-40 ms stall of the preview on desk scenes): one core for
        # the decoder, the other for the screen
        cv2.setNumThreads(1)
        chain = CameraChain(
            scanning.symbologies,
            budget_ms=scanning.camera_budget_ms,
            code39_full_ascii=scanning.code39_full_ascii,
        )
        self._confirmer = Confirmer(
            tuple(scanning.symbologies), PayloadRules(pattern=scanning.code_pattern)
        )
        self._worker = LatestFrameWorker(
            decoder or FrameDecoder(chain),
            self._on_decoded,
            max_share=scanning.camera_cpu_share,
        )
        self._source = FrameSource(
            source,
            self._on_frame,
            loop=loop,
            on_stopped=self._on_stopped,
            size=scanning.camera_size,
        )
        self._preview_waiting = threading.Event()
        self.status = "not started"
        self.failed = False
        """The camera could not be opened, or stopped sending pictures."""

    @property
    def frame_size(self) -> tuple[int, int] | None:
        """The size of the frames the camera really sends (None before the first)."""
        return self._source.size

    @property
    def asked_size(self) -> tuple[int, int] | None:
        """The size the camera was asked for (None: a file or stream, or the camera's own)."""
        return self._source.asked

    @property
    def sends_less_than_asked(self) -> bool:
        """The camera cannot do the size asked for, and sends fewer pixels."""
        return self._source.smaller_than_asked

    @property
    def stats(self) -> dict[str, float]:
        return {
            "frames": self._source.frames,
            "decoded": self._worker.decoded,
            "dropped": self._worker.dropped,
            "ignored": self._confirmer.ignored,
            "decoder_cpu_s": self._worker.cpu_s,
        }

    def start(self) -> None:
        self._worker.start()
        self._source.start()
        self._say(tr("camera on"))

    def stop(self) -> None:
        self._source.stop()
        self._worker.stop()
        self._say(tr("camera off"))

    # -- capture and decoding threads: compute, then hand over; never emit here --

    def _on_frame(self, frame: Image) -> None:
        self._worker.submit(frame)
        if self._source.frames % self._preview_every or self._preview_waiting.is_set():
            return  # the GUI has not painted the last one yet: skip, never queue up
        scale = min(1.0, PREVIEW_WIDTH / frame.shape[1])
        small = frame if scale == 1.0 else cv2.resize(frame, None, fx=scale, fy=scale)
        self._preview_waiting.set()
        self._handoff.post(lambda: self._show_preview(small))  # type: ignore[arg-type]

    def _on_decoded(self, result: FrameResult, frame: Image) -> None:
        meter().camera_frame(result.ms / 1000)
        accepted = self._confirmer.accept(result.results)  # every frame: it keeps the time
        if not result.results:
            return
        scale = min(1.0, PREVIEW_WIDTH / frame.shape[1])
        corners = [found.corners for found in result.results if found.corners]
        texts = [found.text for found in accepted]
        self._handoff.post(lambda: self._show_codes(corners, texts, scale))

    def _on_stopped(self, why: str) -> None:
        log.info("camera stopped: %s", why)
        self._handoff.post(self._say_stopped)

    # -- GUI thread --

    def _show_preview(self, frame: Image) -> None:
        self._preview_waiting.clear()
        self.preview.emit(to_qimage(frame))

    def _show_codes(
        self, corners: list[tuple[tuple[float, float], ...]], texts: list[str], scale: float
    ) -> None:
        boxes = [QPolygonF([QPointF(x * scale, y * scale) for x, y in quad]) for quad in corners]
        self.codes_seen.emit(boxes, scale)
        for text in texts:
            self.scanned.emit(ScanEvent(payload=text, source="camera"))

    def _say_stopped(self) -> None:
        self.failed = True  # here, on the GUI thread: set as its words are said, not before
        if self._source.opened:
            self._say(tr("the camera stopped sending pictures"))
        else:
            self._say(tr("cannot open camera {camera}", camera=self._source.name))

    def _say(self, status: str) -> None:
        """``status``: words for the desk's status line, in the desk's language."""
        self.status = status
        self.status_changed.emit(status)
