"""Barcode decoders behind one interface: each library on its own, as it comes.

zxing-cpp (self-contained wheels, every symbology we need) does almost all of the work;
pyzbar (needs the system zbar library, which may be missing) reads some blurred 1D codes zxing
does not; OpenCV's detectors are kept for comparison only (they misread Code 128 and Code 39
labels as EAN/UPC, so the camera never uses them). The camera's own pipeline, which combines
these with region finding, a time budget and trust rules, is ``kiosk.scan.chain``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from kiosk.scan.code39 import as_full_ascii, as_standard, is_code32
from kiosk.scan.symbologies import pyzbar_symbols, zxing_formats

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
Point = tuple[float, float]

_FORMAT_NAMES = {
    "code128": "Code128",
    "code39": "Code39",
    "code39std": "Code39",
    "code39ext": "Code39",
    "code39standard": "Code39",
    "code39extended": "Code39",
    "code32": "Code32",
    "pzn": "PZN",
    "pharmazentralnummer": "PZN",
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


def code39_reading(text: str, full_ascii: bool, *, extended: bool) -> str | None:
    """A Code 39 read as the site reads its Code 39 (``full_ascii`` or standard), whichever way
    the decoder gave it (``extended``: already read as full ASCII). None when the bars are not
    a valid reading that way."""
    if extended:
        return text if full_ascii else as_standard(text)
    if not full_ascii:
        return text
    wide = as_full_ascii(text)
    return wide if wide is not None else text  # not valid pairs: read as standard, as zxing does


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
    """The pass that read it ("zxing", "region+enhance", "region+pyzbar"...)."""
    corners: tuple[Point, ...] = field(default=(), compare=False)
    """Where the code is in the frame (for the preview's box), clockwise from top-left."""
    whole_frame: bool = field(default=False, compare=False)
    """Read by a plain pass over the untouched whole frame (not a crop or an altered copy)."""
    confirmed: bool = field(default=False, compare=False)
    """Trusted as a scan (kiosk.scan.trust): alone, or seen again by another frame or decoder."""

    @property
    def family(self) -> str:
        """The library behind the pass: two passes of one library are not independent."""
        for library in ("pyzbar", "opencv"):
            if library in self.decoder:
                return library
        return "zxing"


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
    """zxing-cpp: 1D and 2D; rotation by quarter turns and inverted codes handled inside.

    ``symbologies`` restricts the search (faster, and nothing else can be invented); ``None``
    looks for every format, as the library does by default.
    """

    def __init__(
        self,
        name: str = "zxing",
        prepare: Callable[[Image], Image] | None = None,
        *,
        symbologies: Sequence[str] | None = None,
        whole_frame: bool = False,
        code39_full_ascii: bool = False,
        **options: Any,
    ) -> None:
        self.name = name
        self._full_ascii = code39_full_ascii
        self._prepare = prepare
        self._options = dict(options)
        self._wanted: frozenset[str] | None = None
        if symbologies is not None:
            self._options["formats"] = zxing_formats(tuple(symbologies))
            # zxing-cpp's QRCode takes in Micro QR (and rMQR): a spoiled QR on a printed
            # band gave a 4-digit Micro QR from inside it (benchmarks/print_decode.py)
            self._wanted = frozenset(symbologies)
        self._whole_frame = whole_frame

    def decode(self, image: Image) -> list[Decoded]:
        source = self._prepare(image) if self._prepare else image
        found = []
        for result in zxingcpp.read_barcodes(source, **self._options):
            if not result.valid or not result.text:
                continue
            p = result.position
            corners = tuple(
                (float(c.x), float(c.y))
                for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            )
            text, fmt = upc_a_as_printed(result.text, format_name(str(result.format)))
            if fmt == "Code39":
                extended = "Ext" in str(result.format)
                reading = code39_reading(text, self._full_ascii, extended=extended)
                if reading is None:
                    continue
                text = reading
            if self._wanted is not None and not (
                fmt in self._wanted or (fmt == "UPCA" and "EAN13" in self._wanted)
            ):
                continue
            found.append(Decoded(text, fmt, self.name, corners, whole_frame=self._whole_frame))
        return found


def _zbar_missing_message() -> str:
    return (
        "pyzbar needs the zbar library, which is not installed "
        "(Debian/Ubuntu: sudo apt-get install libzbar0)"
    )


class PyzbarDecoder:
    """pyzbar (ZBar): robust on some blurred 1D codes; needs the system library libzbar0."""

    def __init__(
        self,
        name: str = "pyzbar",
        *,
        symbologies: Sequence[str] | None = None,
        code39_full_ascii: bool = False,
    ) -> None:
        try:
            from pyzbar import pyzbar
            from pyzbar.pyzbar import ZBarSymbol
        except (ImportError, OSError) as exc:
            raise DecoderUnavailable(_zbar_missing_message()) from exc
        self.name = name
        self._full_ascii = code39_full_ascii
        self._pyzbar = pyzbar
        self._symbols = (
            [ZBarSymbol[s] for s in pyzbar_symbols(tuple(symbologies))]
            if symbologies is not None
            else None
        )

    @property
    def useful(self) -> bool:
        """False when none of the wanted symbologies is one ZBar reads."""
        return self._symbols is None or bool(self._symbols)

    def decode(self, image: Image) -> list[Decoded]:
        if self._symbols is not None and not self._symbols:
            return []
        found = []
        for result in self._pyzbar.decode(to_gray(image), symbols=self._symbols):
            try:
                text = result.data.decode("utf-8")
            except UnicodeDecodeError:
                text = result.data.decode("latin-1")
            corners = tuple((float(pt.x), float(pt.y)) for pt in result.polygon)
            text, fmt = upc_a_as_printed(text, format_name(result.type))
            if fmt == "Code39" and self._symbols is not None:
                # for a site's symbologies (the raw library stays as it comes): ZBar reads
                # Code 39 as standard only, and cannot tell a Code 32 from it
                if is_code32(text):
                    continue
                reading = code39_reading(text, self._full_ascii, extended=False)
                if reading is None:
                    continue
                text = reading
            found.append(Decoded(text, fmt, self.name, corners))
        return found


class OpenCVDecoder:
    """OpenCV's own detectors: EAN/UPC (cv2.barcode) and QR codes. For comparison only."""

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


class DecoderChain:
    """Tries each decoder in turn; the first that finds anything wins. (The raw libraries,
    each alone, for ``kiosk decode --chain`` and the benchmarks.)"""

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
                return unique(found)
        return []


def unique(found: list[Decoded]) -> list[Decoded]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for item in found:
        if (item.text, item.format) not in seen:
            seen.add((item.text, item.format))
            kept.append(item)
    return kept


RAW_LIBRARIES = ("zxing", "pyzbar", "opencv")


def raw_library(name: str) -> DecoderChain:
    """One library with its own defaults, every format: what the benchmarks compare against."""
    if name == "zxing":
        return DecoderChain(name, [ZxingDecoder(whole_frame=True)])
    if name == "pyzbar":
        return DecoderChain(name, [PyzbarDecoder()])
    if name == "opencv":
        return DecoderChain(name, [OpenCVDecoder()])
    raise ValueError(f"unknown decoder {name!r} (choose from {', '.join(RAW_LIBRARIES)})")
