"""A band or a label drawn as the printer's dots: a 1-bit image at the printer's resolution.

Like pretix's printing, the page is drawn here once (a bitmap) and each driver sends that bitmap
in its printer's own language, so every printer prints the same thing and the code on it has been
read back before it leaves. The drawing is laid out along the band (a wristband is read along its
length) and turned for the printer, whose head runs across the band.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont, ImageOps

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel
from kiosk.devices.printers.codes import LONG_PAYLOAD, DrawnCode, draw_code, reads_back

MediaName = Literal["wristband", "label62"]


@dataclass(frozen=True)
class Media:
    """A roll the printer is loaded with: ``width_mm`` across the head, ``length_mm`` fed."""

    name: MediaName
    width_mm: float
    length_mm: float
    lead_mm: float = 0.0
    """Left blank at the start (a wristband's end goes under its clasp)."""
    along: bool = False
    """Drawn along the length, then turned for the head (a wristband)."""
    margin_mm: float = 2.0
    printable_mm: float | None = None
    """How much of the width the head prints (None: all of it)."""


MEDIA: dict[MediaName, Media] = {
    # Zebra's common adult wristband (1 in x 10 in, e.g. Z-Band Direct).
    "wristband": Media("wristband", 25.4, 254.0, lead_mm=40.0, along=True, margin_mm=2.5),
    # Brother DK-11209 and the like: a 62 mm roll, 29 mm a label.
    # ... of which a Brother QL prints 696 dots at 300 dpi (58.9 mm): the same on every printer
    "label62": Media("label62", 62.0, 29.0, margin_mm=2.0, printable_mm=58.9),
}


LOGO_THRESHOLD = 140


def dots(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    names = ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf") if bold else ()
    for name in (*names, "DejaVuSans.ttf", "Arial.ttf", "arial.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _fitted(draw: ImageDraw.ImageDraw, text: str, size: int, width: int, *, bold: bool = False):  # type: ignore[no-untyped-def]
    """The font (shrunk down to half ``size``) and text (then cut with "…") that fit ``width``."""
    for step in range(size, max(size // 2, 8) - 1, -2):
        font = _font(step, bold=bold)
        if draw.textlength(text, font=font) <= width:
            return font, text
    font = _font(max(size // 2, 8), bold=bold)
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return font, text.rstrip() + "…"


def _logo(path: Path | None, box: tuple[int, int]) -> Image.Image | None:
    """The site's logo fitted into ``box`` as dots (darker than mid-grey prints);
    None when there is none or it cannot be read (a band prints without it)."""
    if path is None:
        return None
    try:
        if path.suffix.lower() == ".svg":
            image = _svg(path, box)
        else:
            with Image.open(path) as source:
                source.load()
                image = source.convert("RGBA")
    except (OSError, ValueError):
        return None
    flat = Image.new("RGBA", image.size, "white")
    flat.alpha_composite(image)
    grey = ImageOps.contain(flat.convert("L"), box, Image.Resampling.LANCZOS)
    # a logo is flat colour: a threshold keeps its edges, where dithering turned a light fill
    # into a cloud of specks on the band
    return grey.point(lambda value: 0 if value < LOGO_THRESHOLD else 255).convert("1")


def _svg(path: Path, box: tuple[int, int]) -> Image.Image:
    """An SVG logo drawn by Qt's SVG renderer at the size it will be printed (QPainter on a
    QImage is allowed on a worker thread)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"not an SVG: {path.name}")
    size = renderer.defaultSize()
    scale = min(box[0] / max(size.width(), 1), box[1] / max(size.height(), 1))
    width, height = max(1, int(size.width() * scale)), max(1, int(size.height() * scale))
    canvas = QImage(width, height, QImage.Format.Format_RGBA8888)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return Image.frombytes(
        "RGBA", (width, height), bytes(canvas.constBits()), "raw", "RGBA", canvas.bytesPerLine()
    )


class LabelTooSmall(RuntimeError):
    """The code does not fit this media at this resolution (say which in the settings)."""


def render(
    label: BandLabel, media: Media, dpi: int, *, logo: Path | None = None
) -> tuple[Image.Image, DrawnCode]:
    """The label as the printer's dots (mode "1", width across the head), and its code."""
    length = dots(media.length_mm, dpi)
    width = dots(media.printable_mm or media.width_mm, dpi)
    canvas_size = (length, width) if media.along else (width, length)
    canvas = Image.new("L", canvas_size, 255)
    draw = ImageDraw.Draw(canvas)
    margin = dots(media.margin_mm, dpi)
    lead = dots(media.lead_mm, dpi)
    inner_h = canvas_size[1] - 2 * margin
    x = margin + lead
    module = max(2, dots(0.375, dpi))  # a 0.375 mm module: 3 dots at 203 dpi, 4 at 300

    if media.along:
        # along the band: [lead] [logo] [name / valid until / tier] [code]
        code = draw_code(
            label.code, (dots(90, dpi), inner_h), linear_height=inner_h, max_module=module
        )
        picture = _logo(logo, (inner_h, inner_h))
        if picture is not None:
            canvas.paste(picture, (x, margin + (inner_h - picture.height) // 2))
            x += picture.width + dots(4, dpi)
        code_x = canvas_size[0] - margin - dots(30, dpi) - code.image.width
        text_w = code_x - x - dots(4, dpi)
        _text_block(draw, label, (x, margin), text_w, inner_h, dpi)
        code_at = (code_x, margin + (inner_h - code.image.height) // 2)
        canvas.paste(code.image, code_at)
    else:
        # a label: the text on top, the code below (a QR on the right)
        inner_w = canvas_size[0] - 2 * margin
        square = len(label.code) > LONG_PAYLOAD or not label.code.isascii()
        code = draw_code(
            label.code,
            (inner_h, inner_h) if square else (inner_w, inner_h // 2),
            linear_height=inner_h * 2 // 5,
            max_module=module,
        )
        picture = _logo(logo, (dots(18, dpi), dots(8, dpi)))
        top = margin
        if picture is not None:
            canvas.paste(picture, (canvas_size[0] - margin - picture.width, margin))
        if code.symbology == "qr":
            code_at = (
                canvas_size[0] - margin - code.image.width,
                canvas_size[1] - margin - code.image.height,
            )
            text_w = code_at[0] - x - dots(2, dpi)
            text_h = inner_h
        else:
            code_at = (
                x + (inner_w - code.image.width) // 2,
                canvas_size[1] - margin - code.image.height,
            )
            text_w = inner_w - (picture.width + dots(2, dpi) if picture is not None else 0)
            text_h = code_at[1] - top
        _text_block(draw, label, (x, top), text_w, text_h, dpi)
        canvas.paste(code.image, code_at)

    printed = canvas.point(lambda value: 0 if value < 128 else 255).convert("1")
    if not reads_back(printed, label.code):
        raise LabelTooSmall(f"the code does not read back from the {media.name} at {dpi} dpi")
    box = (*code_at, code.image.width, code.image.height)
    if media.along:
        printed = printed.rotate(90, expand=True)
        # turned a quarter to the left: (x, y) on the drawing is (y, width - 1 - x) printed
        x0, y0, w, h = box
        box = (y0, canvas_size[0] - x0 - w, h, w)
    return printed, replace(code, box=box, turned=media.along)


def _text_block(
    draw: ImageDraw.ImageDraw,
    label: BandLabel,
    at: tuple[int, int],
    width: int,
    height: int,
    dpi: int,
) -> None:
    """Name large, then "valid until", then the tier and the site; nothing else is printed."""
    x, y = at
    lines: list[tuple[str, float, bool]] = []
    headline = tr("TEST PRINT") if label.test else label.name
    if headline:
        lines.append((headline, 0.40, True))
    if label.valid_until:
        lines.append((label.valid_until, 0.20, False))
    extra = " · ".join(part for part in (label.tier, label.site) if part)
    if extra:
        lines.append((extra, 0.18, False))
    if not lines:
        return
    scale = min(1.0, 0.9 / sum(share for _, share, _ in lines))
    for text, share, bold in lines:
        size = max(int(height * share * scale), dots(1.8, dpi))
        font, shown = _fitted(draw, text, size, width, bold=bold)
        draw.text((x, y), shown, font=font, fill=0)
        y += int(size * 1.2)
