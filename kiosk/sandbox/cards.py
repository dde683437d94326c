"""A printable sheet of the demo wristbands' barcodes, to try a real scanner or a webcam.

Every code is rendered, then decoded back with zxing-cpp before it goes on the sheet: a code
that does not read back as its payload is never printed. That matters: python-barcode 0.16.1
silently drops a leading "99" from Code 128 data, so "9912345678" would print as a band that
scans as "12345678". Such payloads fall back to Code 39 (when its character set allows) and
then to QR; long payloads go straight to QR.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import barcode
import segno
import zxingcpp
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from kiosk.sandbox.demo_data import FEATURED
from kiosk.sandbox.store import Store

DPI = 150
PAGE = (1240, 1754)  # A4 at 150 dpi
COLUMNS, ROWS = 2, 5
MARGIN = 60
LONG_PAYLOAD = 24
MODULE_MM = (0.508, 0.339)
_CODE39 = re.compile(r"^[0-9A-Z\-. $/+%]+$")


class UnreadableCode(RuntimeError):
    """No symbology rendered this payload in a form that decodes back to it."""


@dataclass(frozen=True)
class Card:
    payload: str
    title: str
    subtitle: str


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _linear(payload: str, symbology: str, module_mm: float) -> Image.Image:
    options = {
        "module_width": module_mm,
        "module_height": 14,
        "quiet_zone": 4,
        "write_text": False,
        "dpi": DPI,
    }
    if symbology == "code39":
        code = barcode.get("code39", payload, writer=ImageWriter(), options={"add_checksum": False})
    else:
        code = barcode.get("code128", payload, writer=ImageWriter())
    image: Image.Image = code.render(options)
    return image.convert("RGB")


def _qr(payload: str) -> Image.Image:
    buffer = io.BytesIO()
    segno.make_qr(payload, error="m").save(buffer, kind="png", scale=6, border=4)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def _reads_back(image: Image.Image, payload: str) -> bool:
    return any(result.text == payload for result in zxingcpp.read_barcodes(image))


def render_code(payload: str, room: tuple[int, int]) -> tuple[Image.Image, str]:
    """The first rendering of ``payload``, fitted into ``room``, that decodes back to it."""
    attempts: list[str] = []
    if len(payload) <= LONG_PAYLOAD and payload.isascii():
        attempts.append("code128")
        if _CODE39.match(payload):
            attempts.append("code39")
    attempts.append("qr")
    for symbology in attempts:
        if symbology == "qr":
            candidates = [_qr(payload)]
        else:
            # Whole-pixel modules only (3 px, then 2 px at 150 dpi): fractional ones blur.
            candidates = [_linear(payload, symbology, mm) for mm in MODULE_MM]
        for image in candidates:
            if image.width > room[0] or image.height > room[1]:
                if symbology != "qr":
                    continue  # a squeezed linear code prints blurred bars
                image.thumbnail(room, Image.Resampling.NEAREST)
            if _reads_back(image, payload):
                return image, symbology
    raise UnreadableCode(f"no symbology reads back {payload!r}")


def _fitted(
    draw: ImageDraw.ImageDraw,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    width: int,
) -> str:
    """``text``, cut with an ellipsis where it would run past ``width`` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


LAYOUT_TEST_CODE = "KIOSK-TEST:Zy/7@q"
"""The scanner layout test (the same text as kiosk.scan.keymap, which the server may not import)."""


def featured_cards(store: Store) -> list[Card]:
    cards = [Card(LAYOUT_TEST_CODE, "Scanner layout test", "scan at the desk: are layouts right?")]
    for featured in FEATURED:
        row = store.one(
            "SELECT c.first_name, c.last_name FROM barcodes b JOIN customers c "
            "ON c.id = b.customer_id WHERE b.barcode = ?",
            (featured.code,),
        )
        name = " ".join(p for p in (row or {}).values() if p) or "Anonymised guest"
        cards.append(Card(featured.code, name, featured.scenario))
    return cards


def print_cards(store: Store, out: Path) -> list[tuple[str, str]]:
    """Write the sheet to ``out`` (PDF); return (payload, symbology) for each card printed."""
    cards = featured_cards(store)
    cell_w = (PAGE[0] - 2 * MARGIN) // COLUMNS
    cell_h = (PAGE[1] - 2 * MARGIN) // ROWS
    title_font, small_font = _font(30), _font(22)
    pages: list[Image.Image] = []
    printed: list[tuple[str, str]] = []
    for index, card in enumerate(cards):
        slot = index % (COLUMNS * ROWS)
        if slot == 0:
            pages.append(Image.new("RGB", PAGE, "white"))
        page = pages[-1]
        draw = ImageDraw.Draw(page)
        x = MARGIN + (slot % COLUMNS) * cell_w
        y = MARGIN + (slot // COLUMNS) * cell_h
        draw.rounded_rectangle(
            (x + 10, y + 10, x + cell_w - 10, y + cell_h - 10),
            radius=24,
            outline="#9aa5a6",
            width=2,
        )
        draw.text((x + 34, y + 28), card.title, fill="#10282d", font=title_font)
        subtitle = _fitted(draw, card.subtitle, small_font, cell_w - 68)
        draw.text((x + 34, y + 66), subtitle, fill="#4a5a5c", font=small_font)
        image, symbology = render_code(card.payload, (cell_w - 68, cell_h - 170))
        page.paste(image, (x + (cell_w - image.width) // 2, y + 104))
        if not _reads_back(page.crop((x, y, x + cell_w, y + cell_h)), card.payload):
            raise UnreadableCode(f"{card.payload!r} does not read back from the sheet")
        draw.text((x + 34, y + cell_h - 52), card.payload[:48], fill="#10282d", font=small_font)
        printed.append((card.payload, symbology))
    out.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return printed
