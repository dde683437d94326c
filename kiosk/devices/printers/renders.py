"""The layout for drivers: a label that cannot be drawn is a print problem said in words."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrintProblem
from kiosk.devices.printers.codes import DrawnCode, UnprintableCode
from kiosk.devices.printers.layout import LabelTooSmall, Media, render


def rendered(label: BandLabel, media: Media, dpi: int, logo: Path | None) -> Image.Image:
    return _drawn(label, media, dpi, logo)[0]


def zpl_job(
    label: BandLabel, media: Media, dpi: int, logo: Path | None, native_codes: bool
) -> bytes:
    """The ZPL for ``label``: all dots, or the code left to the printer (``native_codes``)."""
    from kiosk.devices.printers.zpl import graphic_label, native_label

    image, code = _drawn(label, media, dpi, logo)
    return native_label(image, code, label.code) if native_codes else graphic_label(image)


def _drawn(
    label: BandLabel, media: Media, dpi: int, logo: Path | None
) -> tuple[Image.Image, DrawnCode]:
    try:
        return render(label, media, dpi, logo=logo)
    except (UnprintableCode, LabelTooSmall) as exc:
        raise PrintProblem(
            tr(
                "This code does not fit on the printer's {media}: nothing was printed.",
                media=media.name,
            )
        ) from exc
