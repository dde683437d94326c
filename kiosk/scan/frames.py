"""Decoding camera frames and image files through one pipeline (the camera and ``kiosk
decode`` share it, so what the command line reads is what the camera reads)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import cv2

from kiosk.scan.decoders import Decoded, DecoderChain, Image, build_chain

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FrameResult:
    results: list[Decoded]
    ms: float


class FrameDecoder:
    """Decodes one frame at a time with a chain, timing each."""

    def __init__(self, chain: DecoderChain | None = None) -> None:
        self.chain = chain or build_chain("default")

    def decode(self, frame: Image) -> FrameResult:
        started = time.perf_counter()
        results = self.chain.decode(frame)
        return FrameResult(results, (time.perf_counter() - started) * 1000)


class UnreadableImage(ValueError):
    """The file is not an image OpenCV can open."""


def load_image(path: Path) -> Image:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise UnreadableImage(f"not an image (or unreadable): {path}")
    return image  # type: ignore[return-value]


class LatestFrameWorker:
    """Decodes frames on a thread of its own. While it is busy, a newer frame replaces the one
    waiting: the camera never queues up stale frames, and the newest is always decoded."""

    def __init__(
        self,
        decoder: FrameDecoder,
        on_result: Callable[[FrameResult, Image], None],
        *,
        name: str = "frame-decoder",
    ) -> None:
        self._decoder = decoder
        self._on_result = on_result
        self._condition = threading.Condition()
        self._pending: Image | None = None
        self._running = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.submitted = 0
        self.decoded = 0
        self.dropped = 0

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        with self._condition:
            self._running = False
            self._condition.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    def submit(self, frame: Image) -> None:
        with self._condition:
            if self._pending is not None:
                self.dropped += 1
            self._pending = frame
            self.submitted += 1
            self._condition.notify()

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._running and self._pending is None:
                    self._condition.wait()
                if not self._running:
                    return
                frame, self._pending = self._pending, None
            assert frame is not None
            try:
                result = self._decoder.decode(frame)
            except Exception:  # a bad frame must not kill the camera
                log.exception("decoding a frame failed")
                continue
            self.decoded += 1
            self._on_result(result, frame)


class FrameSource:
    """Frames from a camera (device index) or a file/URL, read on a thread of its own.

    A file is played at its own frame rate, like a camera (and looped if asked), so tests and
    demos behave as a real camera would.
    """

    def __init__(
        self,
        source: int | str,
        on_frame: Callable[[Image], None],
        *,
        loop: bool = False,
        on_stopped: Callable[[str], None] | None = None,
    ) -> None:
        self._source = source
        self._on_frame = on_frame
        self._on_stopped = on_stopped
        self._loop = loop
        self._running = False
        self._thread: threading.Thread | None = None
        self.frames = 0

    @property
    def is_file(self) -> bool:
        return isinstance(self._source, str) and "://" not in self._source

    def start(self) -> None:
        self._running = True
        self._thread = threading.Thread(target=self._run, name="frame-source", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        self._running = False
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout_s)

    def _run(self) -> None:
        capture = cv2.VideoCapture(self._source)
        if not capture.isOpened():
            self._stopped(f"cannot open camera {self._source!r}")
            return
        fps = capture.get(cv2.CAP_PROP_FPS) or 30.0
        interval = 1.0 / fps if self.is_file and 1 <= fps <= 120 else 0.0
        next_at = time.monotonic()
        try:
            while self._running:
                ok, frame = capture.read()
                if not ok:
                    if self.is_file and self._loop:
                        capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
                        continue
                    self._stopped("the camera stopped sending pictures")
                    return
                self.frames += 1
                self._on_frame(cast(Image, frame))
                if interval:
                    next_at += interval
                    time.sleep(max(0.0, next_at - time.monotonic()))
        finally:
            capture.release()

    def _stopped(self, why: str) -> None:
        self._running = False
        if self._on_stopped is not None:
            self._on_stopped(why)
