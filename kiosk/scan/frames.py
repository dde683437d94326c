"""Decoding camera frames and image files through one pipeline (the camera and ``kiosk
decode`` share the passes of ``kiosk.scan.chain``, so what the command line reads is what the
camera reads), on threads of their own, within a share of one core."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

import cv2

from kiosk.scan.chain import CameraChain, FrameReads
from kiosk.scan.decoders import Decoded, DecoderChain, Image

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FrameResult:
    results: list[Decoded]
    ms: float
    passes: tuple[str, ...] = ()


class FrameDecoder:
    """Decodes one frame at a time, timing each: the camera chain by default, or one of the
    raw libraries (``DecoderChain``) for comparisons."""

    def __init__(self, chain: CameraChain | DecoderChain | None = None) -> None:
        self.chain = chain or CameraChain()

    def decode(self, frame: Image) -> FrameResult:
        started = time.perf_counter()
        found = self.chain.decode(frame)
        if isinstance(found, FrameReads):
            return FrameResult(found.reads, found.ms, tuple(found.passes))
        return FrameResult(found, (time.perf_counter() - started) * 1000)


class UnreadableImage(ValueError):
    """The file is not an image OpenCV can open."""


def load_image(path: Path) -> Image:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise UnreadableImage(f"not an image (or unreadable): {path}")
    return image  # type: ignore[return-value]


class LatestFrameWorker:
    """Decodes frames on a thread of its own. While it is busy, a newer frame replaces the one
    waiting: the camera never queues up stale frames, and the newest is always decoded.

    ``max_share`` caps the decoder's use of one core: after a frame that took *t*, the worker
    rests ``t / max_share - t`` before the next (frames arriving meanwhile are dropped). A
    camera at 30 fps with cheap frames is decoded at full rate; hard frames are decoded less
    often, never by taking a whole core from the screen.
    """

    def __init__(
        self,
        decoder: FrameDecoder,
        on_result: Callable[[FrameResult, Image], None],
        *,
        name: str = "frame-decoder",
        max_share: float = 1.0,
    ) -> None:
        self._decoder = decoder
        self._on_result = on_result
        self._max_share = min(1.0, max(0.05, max_share))
        self.cpu_s = 0.0
        """CPU time this worker's thread spent decoding (benchmarks)."""
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
            cpu_before, wall_before = time.thread_time(), time.perf_counter()
            try:
                result = self._decoder.decode(frame)
            except Exception:  # a bad frame must not kill the camera
                log.exception("decoding a frame failed")
                continue
            finally:
                self.cpu_s += time.thread_time() - cpu_before
            self.decoded += 1
            self._on_result(result, frame)
            took = time.perf_counter() - wall_before
            rest = took / self._max_share - took
            if rest > 0:
                with self._condition:
                    self._condition.wait_for(lambda: not self._running, timeout=rest)


class Capture(Protocol):
    """What is used of ``cv2.VideoCapture``."""

    def isOpened(self) -> bool: ...
    def set(self, prop: int, value: float) -> bool: ...
    def get(self, prop: int) -> float: ...
    def read(self) -> tuple[bool, Any]: ...
    def release(self) -> None: ...


MJPG = cv2.VideoWriter.fourcc(*"MJPG")
"""A USB 2 camera sends 1280x720 at 30 frames a second only compressed: uncompressed (YUYV),
most manage 5 to 10 at that size."""


def sends_less(sent: tuple[int, int] | None, asked: tuple[int, int] | None) -> bool:
    """A camera sending fewer pixels than it was asked for (it cannot do that size): its codes
    come out smaller than the decoder is set for. False when either is not known."""
    if sent is None or asked is None:
        return False
    return sent[0] * sent[1] < asked[0] * asked[1]


def _video_capture(source: int | str) -> Capture:
    return cast(Capture, cv2.VideoCapture(source))


class FrameSource:
    """Frames from a camera (device index) or a file/URL, read on a thread of its own.

    A camera device is asked for ``size`` (OpenCV's V4L2 backend otherwise opens it at 640x480
    whatever it can do); what it really sends is ``self.size``, known from its first frame (a
    camera that cannot give the size asked for gives its nearest, and says nothing).

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
        size: tuple[int, int] | None = None,
        open_capture: Callable[[int | str], Capture] | None = None,
    ) -> None:
        """``open_capture``: opens the source (``cv2.VideoCapture``; tests give a camera
        device that is not on a machine without one)."""
        self._source = source
        self._on_frame = on_frame
        self._on_stopped = on_stopped
        self._loop = loop
        self._open = open_capture or _video_capture
        self._running = False
        self._thread: threading.Thread | None = None
        self.frames = 0
        self.asked = size if self.is_device else None
        """The picture size asked of the camera (None: a file or stream, sent as it is)."""
        self.size: tuple[int, int] | None = None
        """The size of the frames really coming (None until the first)."""
        self.opened = False
        """The source opened (a stop after that is a camera that stopped sending)."""

    @property
    def name(self) -> str:
        """The source as a person wrote it (a camera's number, a file's path)."""
        return str(self._source)

    @property
    def is_file(self) -> bool:
        return isinstance(self._source, str) and "://" not in self._source and not self.is_device

    @property
    def is_device(self) -> bool:
        """A camera on this computer: an index, or a V4L2 device's path."""
        return isinstance(self._source, int) or str(self._source).startswith("/dev/video")

    @property
    def smaller_than_asked(self) -> bool:
        """The camera sends fewer pixels than it was asked for (it cannot do that size)."""
        return sends_less(self.size, self.asked)

    def _ask_for_size(self, capture: Capture, size: tuple[int, int]) -> None:
        # the format first: a camera picks the sizes it offers by format (V4L2's S_FMT)
        capture.set(cv2.CAP_PROP_FOURCC, MJPG)
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, size[1])
        capture.set(cv2.CAP_PROP_FPS, 30)

    def _first_frame(self, frame: Image) -> None:
        height, width = frame.shape[:2]
        self.size = (width, height)
        if self.smaller_than_asked:
            assert self.asked is not None
            log.warning(
                "camera %s sends %dx%d, not the %dx%d asked for: small codes may not read",
                self._source,
                width,
                height,
                *self.asked,
            )
        else:
            log.info("camera %s sends %dx%d", self._source, width, height)

    def start(self) -> None:
        self._running = True
        self._thread = threading.Thread(target=self._run, name="frame-source", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 2.0) -> None:
        self._running = False
        if self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout_s)

    def _run(self) -> None:
        capture = self._open(self._source)
        if not capture.isOpened():
            self._stopped(f"cannot open camera {self._source!r}")
            return
        self.opened = True
        if self.asked is not None:
            self._ask_for_size(capture, self.asked)
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
                if self.size is None:
                    self._first_frame(cast(Image, frame))
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
