"""⚙ > Printer…: the band printer chosen, checked and tried from the desk, without a file to
edit. "Check the printer" asks it (a Zebra says out of paper, head open, paused); "Print a test
band" prints the scanner layout test code (scan it at the desk: it tests the scanner too). Both
run on a worker (a printer that does not answer never holds the screen). Saved to settings.toml
and used at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.printing import BandLabel, BandPrinter, PrinterState, PrintProblem
from kiosk.checkin.tasks import Handle, Runner
from kiosk.config import Settings
from kiosk.config.persist import save_settings
from kiosk.config.settings import PrinterSettings
from kiosk.devices.printers.choose import printer_from
from kiosk.scan.keymap import LAYOUT_TEST_CODE

TOUCH_PX = 48
KINDS = (
    ("none", N_("No printer")),
    ("zebra", N_("A Zebra on the network (ZPL)")),
    ("brother", N_("A Brother QL on the network (62 mm labels)")),
    ("system", N_("A printer this computer has")),
    ("pdf", N_("PDF files (a preview, no printer)")),
)
MEDIA = (("wristband", N_("Wristbands (25 × 254 mm)")), ("label62", N_("Labels, 62 mm roll")))


class PrinterSettingsDialog(QDialog):
    """Emits ``saved`` with the printer settings as saved (the app uses them at once)."""

    saved = Signal(object)  # PrinterSettings

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        *,
        settings_path: Path | None = None,
        prints_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printerSettings")
        self.setWindowTitle(tr("Printer"))
        self.setMinimumWidth(640)
        self._settings = settings
        self._runner = runner
        self.may_save: Callable[[], bool] = lambda: True
        """Asked at the save, before anything is written (whoever opened it may have gone)."""
        self._path = settings_path
        self._prints_dir = prints_dir
        current = settings.printer
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.kind = QComboBox()
        for value, words in KINDS:
            self.kind.addItem(tr(words), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind)))
        self.kind.setAccessibleName(tr("Which printer"))
        form.addRow(tr("Printer"), self.kind)

        self.host = QLineEdit(current.device or current.host or "")
        self.host.setPlaceholderText(tr("IP address (10.0.0.7) or /dev/usb/lp0"))
        self.host.setAccessibleName(tr("The printer's network address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.port.setAccessibleName(tr("The printer's port"))
        where = QHBoxLayout()
        where.addWidget(self.host, 1)
        where.addWidget(self.port)
        self.where_label = QLabel(tr("Address and port"))
        form.addRow(self.where_label, where)

        self.system_name = QComboBox()
        self.system_name.addItem(tr("The computer's default printer"), None)
        if current.system_name:
            self.system_name.addItem(current.system_name, current.system_name)
            self.system_name.setCurrentIndex(1)
        # asking CUPS (or the spooler) for its printers can take seconds with network
        # printers: on a worker, the list filled in when it answers
        self._asks: list[Handle] = [
            runner.read(QPrinterInfo.availablePrinterNames, self._system_printers, lambda _: None)
        ]
        self.system_name.setAccessibleName(tr("Which of this computer's printers"))
        self.system_label = QLabel(tr("System printer"))
        form.addRow(self.system_label, self.system_name)

        self.dpi = QComboBox()
        for dpi in (203, 300):
            self.dpi.addItem(tr("{dpi} dpi", dpi=dpi), dpi)
        self.dpi.setCurrentIndex(max(0, self.dpi.findData(current.dpi)))
        self.dpi.setAccessibleName(tr("The printer's resolution"))
        form.addRow(tr("Resolution"), self.dpi)

        self.media = QComboBox()
        for value, words in MEDIA:
            self.media.addItem(tr(words), value)
        self.media.setCurrentIndex(max(0, self.media.findData(current.media)))
        self.media.setAccessibleName(tr("What the printer is loaded with"))
        form.addRow(tr("Loaded with"), self.media)

        self.check_button = QPushButton(tr("Check the printer"))
        self.check_button.clicked.connect(self._check)
        self.test_button = QPushButton(tr("Print a test band"))
        self.test_button.clicked.connect(self._test_print)
        tries = QHBoxLayout()
        tries.addWidget(self.check_button)
        tries.addWidget(self.test_button)
        tries.addStretch(1)
        layout.addLayout(tries)
        self.answer = QLabel()
        self.answer.setObjectName("printerAnswer")
        self.answer.setWordWrap(True)
        layout.addWidget(self.answer)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (
            self.kind, self.host, self.port, self.system_name, self.dpi, self.media,
            self.check_button, self.test_button, *self.buttons.buttons(),
        ):  # fmt: skip
            widget.setMinimumHeight(TOUCH_PX)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # ------------------------------------------------------------------ the form

    def chosen(self) -> PrinterSettings:
        where = self.host.text().strip()
        usb = where.startswith("/") and self.kind.currentData() in ("zebra", "brother")
        return self._settings.printer.model_copy(
            update={
                "kind": self.kind.currentData(),
                "host": None if usb else where or None,
                "device": where if usb else None,
                "port": self.port.value(),
                "system_name": self.system_name.currentData(),
                "dpi": self.dpi.currentData(),
                "media": self.media.currentData(),
            }
        )

    def _system_printers(self, names: list[str]) -> None:
        for name in names:
            if self.system_name.findData(name) < 0:
                self.system_name.addItem(name, name)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        zebra: tuple[QWidget, ...] = (self.where_label, self.host, self.port)
        system: tuple[QWidget, ...] = (self.system_label, self.system_name)
        for widget in zebra:
            widget.setVisible(kind in ("zebra", "brother"))
        self.dpi.setEnabled(kind != "brother")  # a QL is 300 dpi
        if kind == "brother":
            self.media.setCurrentIndex(self.media.findData("label62"))
        self.media.setEnabled(kind != "brother")
        for widget in system:
            widget.setVisible(kind == "system")
        self.check_button.setEnabled(kind != "none")
        self.test_button.setEnabled(kind != "none")
        self.answer.clear()

    def _printer(self) -> BandPrinter | None:
        chosen = self.chosen()
        if chosen.kind in ("zebra", "brother") and not (chosen.host or chosen.device):
            self._say(tr("Type the printer's address first."), "bad")
            return None
        return printer_from(chosen, logo=self._settings.logo, prints_dir=self._prints_dir)

    def _say(self, words: str, tone: str) -> None:
        self.answer.setText(words)
        self.answer.setProperty("tone", tone)
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.test_button):
            button.setEnabled(not busy)

    def _run(self, work: Any, done: Any) -> None:
        self._busy(True)
        self._say(tr("Asking the printer…"), "info")

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._busy(False)
            words = error.words if isinstance(error, PrintProblem) else tr("The printer failed.")
            self._say("✖ " + words, "bad")

        self._asks.append(self._runner.read(work, finished, failed))

    def done(self, result: int) -> None:
        """Closed: answers still on their way are dropped (the dialog is gone)."""
        for ask in self._asks:
            ask.cancel()
        self._asks.clear()
        super().done(result)

    def _check(self) -> None:
        printer = self._printer()
        if printer is None:
            return

        def said(state: PrinterState) -> None:
            if state.ready:
                self._say("✔ " + tr("{printer}: ready.", printer=printer.description), "good")
            else:
                self._say("✖ " + tr("The printer can't print: {why}.", why=state.words), "bad")

        self._run(printer.state, said)

    def _test_print(self) -> None:
        printer = self._printer()
        if printer is None:
            return
        label = BandLabel(LAYOUT_TEST_CODE, test=True)
        self._run(
            lambda: printer.print_band(label),
            lambda _: self._say(
                "✔ " + tr("A test band printed: scan it at the desk to test the scanner too."),
                "good",
            ),
        )

    def _save(self) -> None:
        if not self.may_save():
            self.reject()
            return
        chosen = self.chosen()
        save_settings(
            {
                "printer.kind": chosen.kind,
                "printer.host": chosen.host,
                "printer.device": chosen.device,
                "printer.port": chosen.port if chosen.port != 9100 else None,
                "printer.system_name": chosen.system_name,
                "printer.dpi": chosen.dpi if chosen.dpi != 203 else None,
                "printer.media": chosen.media if chosen.media != "wristband" else None,
            },
            self._path,
        )
        self.saved.emit(chosen)
        self.accept()
