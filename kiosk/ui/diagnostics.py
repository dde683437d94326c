"""The diagnostics panel: ``kiosk doctor``'s checks, live, in the app (behind the PIN on self
check-in), a scanner timing test, a test of whether the keyboard scanner reads screens (a
1D-only model cannot: no QR, no phone), and the support bundle, for a support person on the
phone.

The checks reach the network and the camera, so they run on a worker; the panel only lists
what comes back. It knows checks as plain :class:`Check` data: the app hands it the callables
that make them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import tr, trn
from kiosk.config.health import MARK, Check, worst
from kiosk.config.settings import WedgeSettings
from kiosk.scan.keymap import LAYOUT_TEST_CODE
from kiosk.scan.timing import Burst
from kiosk.ui.tasks import QtRunner

TOUCH_PX = 48
SCREEN_TEST_S = 20
"""How long the screen test waits for the keyboard scanner to read the code shown."""
_TONE = {"ok": "good", "warn": "warn", "fail": "bad", "skip": "quiet"}


class DiagnosticsDialog(QDialog):
    """``run_checks`` runs on a worker; ``save_bundle(path, checks)`` writes the zip."""

    def __init__(
        self,
        run_checks: Callable[[], list[Check]],
        save_bundle: Callable[[Path, list[Check]], Path],
        runner: QtRunner,
        wedge: WedgeSettings,
        *,
        bundle_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(tr("Diagnostics"))
        self.setMinimumSize(760, 560)
        self._run_checks = run_checks
        self._save_bundle = save_bundle
        self._runner = runner
        self._wedge = wedge
        self._bundle_folder = bundle_folder
        self.checks: list[Check] = []
        self._running = False

        layout = QVBoxLayout(self)
        self.headline = QLabel(tr("Checking…"))
        self.headline.setObjectName("dialogTitle")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        layout.addWidget(scroll, 1)

        scanner = QLabel(tr("Scanner test: scan a band now; its keys' timing shows here."))
        scanner.setObjectName("scanTiming")
        scanner.setWordWrap(True)
        scanner.setAccessibleName(tr("Scanner test result"))
        self.scan_timing = scanner
        layout.addWidget(scanner)

        # Can the keyboard scanner read a screen? A 1D-only (laser) scanner cannot read a QR,
        # nor a membership card on a phone: shown a code on this screen, it sends nothing.
        screen_row = QHBoxLayout()
        self.screen_button = QPushButton(tr("Test reading a screen"))
        self.screen_button.setAccessibleName(
            tr("Show a code on this screen for the keyboard scanner to read")
        )
        self.screen_button.setMinimumHeight(TOUCH_PX)
        self.screen_button.setAutoDefault(False)
        self.screen_button.clicked.connect(self.start_screen_test)
        self.screen_code = QLabel()
        self.screen_code.setAccessibleName(tr("A code to scan from the screen"))
        self.screen_code.hide()
        self.screen_result = QLabel()
        self.screen_result.setObjectName("scanTiming")
        self.screen_result.setWordWrap(True)
        self.screen_result.setAccessibleName(tr("Screen reading test result"))
        screen_row.addWidget(self.screen_button)
        screen_row.addWidget(self.screen_code)
        screen_row.addWidget(self.screen_result, 1)
        layout.addLayout(screen_row)
        self.screen_wait_ms = SCREEN_TEST_S * 1000
        self._screen_timer = QTimer(self)
        self._screen_timer.setSingleShot(True)
        self._screen_timer.timeout.connect(self._screen_not_read)

        buttons = QHBoxLayout()
        self.again_button = QPushButton(tr("Check again"))
        self.again_button.setAccessibleName(tr("Run the checks again"))
        self.again_button.clicked.connect(self.run)
        self.bundle_button = QPushButton(tr("Save support bundle…"))
        self.bundle_button.setAccessibleName(
            tr("Save a support bundle: versions, settings, checks and logs, without guest data")
        )
        self.bundle_button.clicked.connect(self._ask_bundle)
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close diagnostics"))
        close.clicked.connect(self.accept)
        for button in (self.again_button, self.bundle_button, close):
            button.setMinimumHeight(TOUCH_PX)
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.bundle_saved = QLabel()
        self.bundle_saved.setWordWrap(True)
        layout.addWidget(self.bundle_saved)

    # ------------------------------------------------------------------ checks

    def run(self) -> None:
        if self._running:
            return
        self._running = True
        self.again_button.setEnabled(False)
        self.bundle_button.setEnabled(False)
        self.headline.setText(tr("Checking… (the camera takes a few seconds)"))
        self._runner.read(self._run_checks, self._show, self._failed)

    def _show(self, checks: list[Check]) -> None:
        self._running = False
        self.checks = checks
        self.again_button.setEnabled(True)
        self.bundle_button.setEnabled(True)
        failed = sum(c.status == "fail" for c in checks)
        warned = sum(c.status == "warn" for c in checks)
        if worst(checks) == "fail":
            self.headline.setText("✖ " + trn("%n problem found", "%n problems found", failed))
        elif warned:
            self.headline.setText(
                "⚠ " + trn("Working, with %n warning", "Working, with %n warnings", warned)
            )
        else:
            self.headline.setText(tr("✔ Everything checked is working"))
        self.headline.setAccessibleName(self.headline.text())
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, check in enumerate(checks):
            mark = QLabel(MARK[check.status])
            mark.setObjectName("checkMark")
            mark.setProperty("tone", _TONE[check.status])
            title = QLabel(check.title)
            title.setObjectName("checkTitle")
            text = check.summary
            if check.hint and check.status in ("fail", "warn"):
                text += f"\n→ {check.hint}"
            summary = QLabel(text)
            summary.setObjectName("checkSummary")
            summary.setWordWrap(True)
            summary.setAccessibleName(f"{check.title}: {check.status}. {text}")
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(title, row, 1)
            self.grid.addWidget(summary, row, 2)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.again_button.setEnabled(True)
        self.headline.setText(tr("The checks could not run ({error})", error=type(error).__name__))

    # ------------------------------------------------------------------ scanner test

    def start_screen_test(self) -> None:
        """A QR on this screen (the layout test's code), and the next scan awaited."""
        import segno

        picture = QPixmap()
        qr = segno.make_qr(LAYOUT_TEST_CODE, error="m")
        buffer = io.BytesIO()
        qr.save(buffer, kind="png", scale=6, border=4)
        picture.loadFromData(buffer.getvalue(), "PNG")
        self.screen_code.setPixmap(picture)
        self.screen_code.show()
        self._say_screen(
            tr(
                "Scan the code on this screen with the keyboard scanner "
                "(as a guest's phone would be held)."
            ),
            "",
        )
        self._screen_timer.start(self.screen_wait_ms)

    def _screen_not_read(self) -> None:
        self.screen_code.hide()
        self._say_screen(
            tr(
                "✖ Nothing came in {seconds} s: this scanner may be a 1D-only (laser) model. It "
                "cannot read QR codes or a membership card on a phone; the camera can.",
                seconds=self.screen_wait_ms // 1000,
            ),
            "bad",
        )

    def _say_screen(self, text: str, tone: str) -> None:
        self.screen_result.setText(text)
        self.screen_result.setProperty("tone", tone)
        self.screen_result.style().unpolish(self.screen_result)
        self.screen_result.style().polish(self.screen_result)

    def show_burst(self, burst: Burst) -> None:
        """A run of keys ended with Enter or Tab while the panel is open: how it was timed,
        and whether the desk takes it as a scan (the code itself is never shown)."""
        if self._screen_timer.isActive() and burst.keys >= len(LAYOUT_TEST_CODE):
            self._screen_timer.stop()
            self.screen_code.hide()
            self._say_screen(
                tr("✔ It read the code on the screen: QR codes and phones' screens work."),
                "good",
            )
        ok, why = burst.verdict(self._wedge)
        self.scan_timing.setText(f"{'✔' if ok else '✖'} {burst.words()}: {why}")
        self.scan_timing.setProperty("tone", "good" if ok else "bad")
        self.scan_timing.style().unpolish(self.scan_timing)
        self.scan_timing.style().polish(self.scan_timing)

    # ------------------------------------------------------------------ bundle

    def _ask_bundle(self) -> None:
        suggested = self._bundle_folder / "kiosk-support.zip"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save support bundle"), str(suggested), tr("Zip files (*.zip)")
        )
        if path:
            self.save_bundle_to(Path(path))

    def save_bundle_to(self, path: Path) -> None:
        """Write the bundle on a worker; say where it went (or why not)."""
        checks = self.checks
        self.bundle_button.setEnabled(False)
        self.bundle_saved.setText(tr("Saving the support bundle…"))

        def saved(where: Path) -> None:
            self.bundle_button.setEnabled(True)
            self.bundle_saved.setText(tr("Saved: {path} (no guest data in it)", path=where))

        def failed(error: BaseException) -> None:
            self.bundle_button.setEnabled(True)
            self.bundle_saved.setText(
                tr("Not saved ({error}): choose another folder", error=type(error).__name__)
            )

        self._runner.read(lambda: self._save_bundle(path, checks), saved, failed)
