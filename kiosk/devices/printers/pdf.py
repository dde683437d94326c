"""PDF "printing": each band written as a PDF of the media's exact size, for a preview or for a
site without a label printer yet. The dots are the same the Zebra gets, at the same resolution."""

from __future__ import annotations

import io
from pathlib import Path

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrinterState, PrintProblem
from kiosk.config import clock as wallclock
from kiosk.config.private import private_dir, write_private_bytes
from kiosk.devices.printers.layout import Media
from kiosk.devices.printers.renders import rendered


class PdfPrinter:
    def __init__(self, folder: Path, *, dpi: int = 203, media: Media, logo: Path | None = None):
        self.folder, self.dpi, self.media, self.logo = folder, dpi, media, logo
        self.last: Path | None = None

    @property
    def description(self) -> str:
        return tr("PDF files in {folder}", folder=str(self.folder))

    def state(self) -> PrinterState:
        try:
            private_dir(self.folder)
        except OSError as exc:
            raise PrintProblem(
                tr("The folder {folder} cannot be written to.", folder=str(self.folder))
            ) from exc
        return PrinterState(True, tr("ready"), str(self.folder))

    def print_band(self, label: BandLabel) -> None:
        image = rendered(label, self.media, self.dpi, self.logo)
        self.state()
        stamp = wallclock.local_now().strftime("%Y%m%d-%H%M%S-%f")  # the clock port
        path = self.folder / f"band-{stamp}.pdf"
        pdf = io.BytesIO()
        image.save(pdf, "PDF", resolution=float(self.dpi))
        try:
            write_private_bytes(path, pdf.getvalue())  # a guest's name and band: 0600
        except OSError as exc:
            raise PrintProblem(
                tr("The folder {folder} cannot be written to.", folder=str(self.folder))
            ) from exc
        self.last = path
