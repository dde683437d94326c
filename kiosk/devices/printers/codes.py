"""A band's code drawn dot for dot, and proven to read back before it is printed.

A thermal head prints whole dots: a bar of 2.6 dots prints as 2 or 3 and the code blurs. So each
module is a whole number of dots (the widest that fits, 3 then 2 at 203 dpi), drawn from the
symbology's own module pattern (python-barcode's ``build()``, segno's matrix), not a resampled
picture. Every rendering is decoded back with zxing-cpp before it is used: python-barcode drops a
leading "99" from Code 128 data (the card sheet found it), and a code that does not read back as
its payload is never printed. Code 128 first, Code 39 when its characters allow, QR for long or
non-ASCII payloads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import barcode
import segno
import zxingcpp
from PIL import Image

LONG_PAYLOAD = 24
"""Longer than this: a linear code would not fit across a band; QR instead."""
QUIET_MODULES = 10
_CODE39 = re.compile(r"^[0-9A-Z\-. $/+%]+$")


class UnprintableCode(RuntimeError):
    """No symbology draws this payload, in the room given, in a form that reads back."""


@dataclass(frozen=True)
class DrawnCode:
    image: Image.Image
    """Mode "1": black bars on white, exactly the dots to print."""
    symbology: str
    module_dots: int
    box: tuple[int, int, int, int] | None = None
    """Where the layout put it on the printed label, quiet zone included: x, y, width,
    height in the printer's dots (set by ``layout.render``)."""
    turned: bool = False
    """The label was turned a quarter to the left for the head: the code reads bottom to top."""

    @property
    def quiet_dots(self) -> int:
        """The white around the symbol in :attr:`image`."""
        return (4 if self.symbology == "qr" else QUIET_MODULES) * self.module_dots


def _modules(payload: str, symbology: str) -> str:
    if symbology == "code39":
        code = barcode.get("code39", payload, options={"add_checksum": False})
    else:
        code = barcode.get("code128", payload)
    return "".join(code.build())


def _linear(pattern: str, module: int, height: int) -> Image.Image:
    quiet = "0" * QUIET_MODULES
    row = quiet + pattern + quiet
    image = Image.new("1", (len(row) * module, height), 1)
    bar = Image.new("1", (module, height), 0)
    for index, value in enumerate(row):
        if value == "1":
            image.paste(bar, (index * module, 0))
    return image


def _qr(payload: str, module: int) -> Image.Image:
    qr = segno.make_qr(payload, error="m")
    rows = list(qr.matrix_iter(border=4))
    size = len(rows)
    image = Image.new("1", (size, size), 1)
    image.putdata([0 if dark else 1 for row in rows for dark in row])
    return image.resize((size * module, size * module), Image.Resampling.NEAREST)


def reads_back(image: Image.Image, payload: str) -> bool:
    return any(result.text == payload for result in zxingcpp.read_barcodes(image.convert("L")))


def draw_code(
    payload: str, room: tuple[int, int], *, linear_height: int, max_module: int = 3
) -> DrawnCode:
    """The first drawing of ``payload`` that fits ``room`` (width, height in dots) and decodes
    back to it: the widest whole-dot module first."""
    attempts: list[str] = []
    if len(payload) <= LONG_PAYLOAD and payload.isascii() and payload.isprintable():
        attempts.append("code128")
        if _CODE39.match(payload):
            attempts.append("code39")
    attempts.append("qr")
    for symbology in attempts:
        for module in range(max_module + (2 if symbology == "qr" else 0), 1, -1):
            if symbology == "qr":
                image = _qr(payload, module)
            else:
                image = _linear(_modules(payload, symbology), module, min(linear_height, room[1]))
            if image.width > room[0] or image.height > room[1]:
                continue
            if reads_back(image, payload):
                return DrawnCode(image, symbology, module)
    raise UnprintableCode(f"no symbology draws {payload!r} in {room[0]}x{room[1]} dots")
