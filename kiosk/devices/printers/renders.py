"""The layout for drivers: a label that cannot be drawn is a print problem said in words."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrintProblem
from kiosk.devices.printers.codes import UnprintableCode
from kiosk.devices.printers.layout import LabelTooSmall, Media, render


def rendered(label: BandLabel, media: Media, dpi: int, logo: Path | None) -> Image.Image:
    try:
        image, _ = render(label, media, dpi, logo=logo)
    except (UnprintableCode, LabelTooSmall) as exc:
        raise PrintProblem(
            tr(
                "This code does not fit on the printer's {media}: nothing was printed.",
                media=media.name,
            )
        ) from exc
    return image
