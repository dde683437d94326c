"""Barcode decoders behind one interface, and chains of them.

No single library reads everything a front desk sees. zxing-cpp (the default: self-contained
wheels, every symbology we need) is tried first on the frame as it is; when it finds nothing
the chain retries it on a contrast-enhanced and on a binarised copy (dim light, glare, faded
print), then asks pyzbar (needs the system zbar library, which may be missing) and OpenCV's
detectors. A chain stops at the first decoder that finds something, so the usual frame costs
one zxing call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
Point = tuple[float, float]

_FORMAT_NAMES = {
    "code128": "Code128",
    "code39": "Code39",
    "code39std": "Code39",
    "code39ext": "Code39",
    "code93": "Code93",
    "ean13": "EAN13",
    "ean-13": "EAN13",
    "ean8": "EAN8",
    "ean-8": "EAN8",
    "upca": "UPCA",
    "upc-a": "UPCA",
    "upce": "UPCE",
    "upc-e": "UPCE",
    "qrcode": "QRCode",
    "qr": "QRCode",
    "datamatrix": "DataMatrix",
    "pdf417": "PDF417",
    "aztec": "Aztec",
    "azteccode": "Aztec",
    "itf": "ITF",
    "i25": "ITF",
    "codabar": "Codabar",
}


def format_name(raw: str) -> str:
    """One spelling per symbology, whichever library read it."""
    key = raw.replace(" ", "").replace("_", "").lower()
    return _FORMAT_NAMES.get(key, raw)


def upc_a_as_printed(text: str, fmt: str) -> tuple[str, str]:
    """A UPC-A is an EAN-13 with a leading 0, and decoders report it as such; a band is
    registered with the 12 digits printed under it, so that is what the kiosk looks up."""
    if fmt == "EAN13" and len(text) == 13 and text.startswith("0"):
        return text[1:], "UPCA"
    return text, fmt


@dataclass(frozen=True)
class Decoded:
    text: str
    format: str
    decoder: str
    corners: tuple[Point, ...] = field(default=(), compare=False)
    """Where the code is in the frame (for the preview's box), clockwise from top-left."""


class DecoderUnavailable(RuntimeError):
    """The decoder's library cannot run here; ``str()`` says how to fix it."""


class Decoder(Protocol):
    name: str

    def decode(self, image: Image) -> list[Decoded]: ...


def to_gray(image: Image) -> Image:
    if image.ndim == 2:
        return image
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)  # type: ignore[return-value]


class ZxingDecoder:
    """zxing-cpp: 1D and 2D, rotation and inversion handled inside."""

    def __init__(
        self, name: str = "zxing", prepare: Callable[[Image], Image] | None = None
    ) -> None:
        self.name = name
        self._prepare = prepare

    def decode(self, image: Image) -> list[Decoded]:
        source = self._prepare(image) if self._prepare else image
        found = []
        for result in zxingcpp.read_barcodes(source):
            if not result.valid or not result.text:
                continue
            p = result.position
            corners = tuple(
                (float(c.x), float(c.y))
                for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            )
            text, fmt = upc_a_as_printed(result.text, format_name(str(result.format)))
            found.append(Decoded(text, fmt, self.name, corners))
        return found


def _zbar_missing_message() -> str:
    return (
        "pyzbar needs the zbar library, which is not installed "
        "(Debian/Ubuntu: sudo apt-get install libzbar0)"
    )


class PyzbarDecoder:
    """pyzbar (ZBar): robust on worn 1D codes; needs the system library libzbar0."""

    name = "pyzbar"

    def __init__(self) -> None:
        try:
            from pyzbar import pyzbar
        except (ImportError, OSError) as exc:
            raise DecoderUnavailable(_zbar_missing_message()) from exc
        self._pyzbar = pyzbar

    def decode(self, image: Image) -> list[Decoded]:
        found = []
        for result in self._pyzbar.decode(to_gray(image)):
            try:
                text = result.data.decode("utf-8")
            except UnicodeDecodeError:
                text = result.data.decode("latin-1")
            corners = tuple((float(pt.x), float(pt.y)) for pt in result.polygon)
            text, fmt = upc_a_as_printed(text, format_name(result.type))
            found.append(Decoded(text, fmt, self.name, corners))
        return found


class OpenCVDecoder:
    """OpenCV's own detectors: EAN/UPC (cv2.barcode) and QR codes."""

    name = "opencv"

    def __init__(self) -> None:
        self._linear = cv2.barcode.BarcodeDetector()
        self._qr = cv2.QRCodeDetector()

    def decode(self, image: Image) -> list[Decoded]:
        found: list[Decoded] = []
        try:
            ok, texts, kinds, points = self._linear.detectAndDecodeWithType(image)
        except cv2.error:
            ok = False
        if ok:
            for text, kind, quad in zip(texts, kinds, points, strict=False):
                if text:
                    corners = tuple((float(x), float(y)) for x, y in quad)
                    found.append(Decoded(text, format_name(kind), self.name, corners))
        try:
            text, quad, _ = self._qr.detectAndDecode(image)
        except cv2.error:
            text, quad = "", None
        if text:
            corners = tuple((float(x), float(y)) for x, y in quad[0]) if quad is not None else ()
            found.append(Decoded(text, "QRCode", self.name, corners))
        return found


class LocateThenRead:
    """OpenCV finds 1D codes at any angle; each one is cut out, straightened and read by zxing.

    zxing searches rows and columns (0/90/180/270 degrees); a band held at 30 degrees defeats
    it, while OpenCV's detector still finds the box.
    """

    name = "opencv-locate+zxing"

    def __init__(self) -> None:
        self._detector = cv2.barcode.BarcodeDetector()

    def decode(self, image: Image) -> list[Decoded]:
        try:
            ok, quads = self._detector.detect(image)
        except cv2.error:
            return []
        if not ok or quads is None:
            return []
        found: list[Decoded] = []
        for quad in quads:
            upright, back = _straighten(image, np.asarray(quad, dtype=np.float32))
            for result in zxingcpp.read_barcodes(upright):
                if not result.valid or not result.text:
                    continue
                text, fmt = upc_a_as_printed(result.text, format_name(str(result.format)))
                corners = tuple((float(x), float(y)) for x, y in back)
                found.append(Decoded(text, fmt, self.name, corners))
        return found


def _straighten(image: Image, quad: npt.NDArray[np.float32]) -> tuple[Image, list[Point]]:
    """Warp the detected box (with a margin for the quiet zone) to an upright rectangle."""
    rect = cv2.minAreaRect(quad)
    (cx, cy), (w, h), angle = rect
    if w < h:
        w, h, angle = h, w, angle + 90
    w, h = w * 1.25 + 16, h * 1.4 + 16
    corners = cv2.boxPoints(((cx, cy), (w, h), angle))
    target = np.array([[0, h], [0, 0], [w, 0], [w, h]], dtype=np.float32)
    ordered = _clockwise_from_bottom_left(np.asarray(corners, dtype=np.float32))
    matrix = cv2.getPerspectiveTransform(ordered, target)
    upright = cv2.warpPerspective(image, matrix, (int(w), int(h)), borderValue=(255, 255, 255))
    return upright, [(float(x), float(y)) for x, y in ordered]  # type: ignore[return-value]


def _clockwise_from_bottom_left(points: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    ordered = points[np.argsort(angles)]  # from top-left-ish, counter-clockwise on screen
    start = int(np.argmax(ordered[:, 1] - ordered[:, 0]))  # the bottom-left corner
    return np.roll(ordered, -start, axis=0).astype(np.float32)


def invert(image: Image) -> Image:
    """Light bars on a dark band: zxing inverts codes, not a whole dark frame."""
    return cv2.bitwise_not(image)  # type: ignore[return-value]


def enhance(image: Image) -> Image:
    """Local contrast (CLAHE) then unsharp masking: for dim frames and soft focus."""
    gray = to_gray(image)
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8))
    boosted = clahe.apply(gray)
    blurred = cv2.GaussianBlur(boosted, (0, 0), 2.0)
    return cv2.addWeighted(boosted, 1.6, blurred, -0.6, 0)  # type: ignore[return-value]


def binarise(image: Image) -> Image:
    """Adaptive threshold: for glare and uneven light across a curved band."""
    gray = cv2.GaussianBlur(to_gray(image), (3, 3), 0)
    return cv2.adaptiveThreshold(  # type: ignore[return-value]
        gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 10
    )


class DecoderChain:
    """Tries each decoder in turn; the first that finds anything wins."""

    def __init__(self, name: str, decoders: Sequence[Decoder]) -> None:
        self.name = name
        self.decoders = list(decoders)

    def decode(self, image: Image) -> list[Decoded]:
        for decoder in self.decoders:
            try:
                found = decoder.decode(image)
            except Exception as exc:  # one broken decoder must not stop the chain
                log.warning("decoder %s failed: %s", decoder.name, exc)
                continue
            if found:
                return _unique(found)
        return []


def _unique(found: list[Decoded]) -> list[Decoded]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for item in found:
        if (item.text, item.format) not in seen:
            seen.add((item.text, item.format))
            unique.append(item)
    return unique


CHAIN_NAMES = ("default", "zxing", "pyzbar", "opencv")


def build_chain(name: str = "default") -> DecoderChain:
    """A named chain. ``default`` degrades gracefully when pyzbar's zbar library is missing."""
    if name == "zxing":
        return DecoderChain(name, [ZxingDecoder()])
    if name == "pyzbar":
        return DecoderChain(name, [PyzbarDecoder()])
    if name == "opencv":
        return DecoderChain(name, [OpenCVDecoder()])
    if name != "default":
        raise ValueError(f"unknown decoder chain {name!r} (choose from {', '.join(CHAIN_NAMES)})")
    decoders: list[Decoder] = [
        ZxingDecoder(),
        ZxingDecoder("zxing+enhance", enhance),
        ZxingDecoder("zxing+binarise", binarise),
        ZxingDecoder("zxing+invert", invert),
        LocateThenRead(),
    ]
    try:
        decoders.append(PyzbarDecoder())
    except DecoderUnavailable as exc:
        log.warning("%s; continuing without it", exc)
    decoders.append(OpenCVDecoder())
    return DecoderChain(name, decoders)
