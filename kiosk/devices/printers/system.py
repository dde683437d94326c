"""Any printer the computer has (CUPS on Linux and macOS, the Windows spooler) through Qt's
QPrinter: the same dots as the Zebra's, scaled to the page at the printer's resolution.

A system printer's queue takes the job and says nothing of paper or lids: the most it can tell
before a print is that the printer exists and is not in an error state. What QPrinter hands to the
queue is *sent*; the desk says so, not "printed". QPainter on a QPrinter is allowed off the GUI
thread (Qt's threading notes), so this runs on a worker like the others.
"""

from __future__ import annotations

from pathlib import Path

from PIL.ImageQt import ImageQt
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrinterState, PrintProblem
from kiosk.devices.printers.layout import Media
from kiosk.devices.printers.renders import rendered


class SystemPrinter:
    def __init__(
        self,
        name: str | None,
        *,
        dpi: int = 203,
        media: Media,
        logo: Path | None = None,
        pdf_file: Path | None = None,
    ) -> None:
        """``pdf_file``: Qt's own PDF output instead of a queue (the tests read it back)."""
        self.name, self.dpi, self.media, self.logo = name, dpi, media, logo
        self.pdf_file = pdf_file

    @property
    def description(self) -> str:
        return tr("system printer {name}", name=self.name or tr("(the default)"))

    def _info(self) -> QPrinterInfo:
        info = QPrinterInfo.printerInfo(self.name) if self.name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintProblem(
                tr("This computer has no printer called {name}.", name=self.name)
                if self.name
                else tr("This computer has no default printer.")
            )
        return info

    def state(self) -> PrinterState:
        if self.pdf_file is not None:
            return PrinterState(True, tr("ready"), str(self.pdf_file))
        info = self._info()
        if info.state() == QPrinter.PrinterState.Error:
            return PrinterState(
                False, tr("the system says the printer has an error"), info.printerName()
            )
        return PrinterState(True, tr("ready"), info.printerName())

    def print_band(self, label: BandLabel) -> None:
        image = rendered(label, self.media, self.dpi, self.logo)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.pdf_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.pdf_file))
        else:
            printer.setPrinterName(self._info().printerName())
        width_mm, length_mm = self.media.width_mm, self.media.length_mm
        size = QPageSize(QSizeF(width_mm, length_mm), QPageSize.Unit.Millimeter, "band")
        printer.setPageLayout(
            QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        printer.setFullPage(True)
        printer.setDocName("kiosk band")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintProblem(tr("The printer would not take the band: nothing was printed."))
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(
                QRectF(0, 0, page.width(), page.height()), ImageQt(image.convert("L"))
            )
        finally:
            if not painter.end():
                raise PrintProblem(tr("The printer would not take the band: nothing was printed."))
