"""Decoding camera frames and image files through one pipeline (the camera and ``kiosk
decode`` share it, so what the command line reads is what the camera reads)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.scan.decoders import Decoded, DecoderChain, Image, build_chain


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
