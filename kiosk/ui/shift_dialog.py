"""The shift in numbers, over the desk (⚙ > Shift summary…): counted from the audit on the read
worker, each count in words, and a CSV for the manager saved beside the customers reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import i18n
from kiosk.checkin.i18n import tr
from kiosk.checkin.session import DeskSession
from kiosk.checkin.shift import ShiftSummary
from kiosk.config import clock as wallclock

TOUCH_PX = 48


class ShiftDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self.setWindowTitle(tr("This shift"))
        self.setMinimumWidth(520)
        self.session = session
        self.summary: ShiftSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        self.title = QLabel(tr("Counting this shift…"))
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        layout.addLayout(self.grid)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName(tr("Where the summary was saved"))
        layout.addWidget(self.saved)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close the shift summary"))
        close.clicked.connect(self.accept)
        self.save_button = QPushButton(tr("Save as CSV"))
        self.save_button.setAccessibleName(tr("Save the shift summary as a CSV file"))
        self.save_button.setEnabled(False)
        self.save_button.setVisible(session.reports_dir is not None)
        self.save_button.clicked.connect(self._save)
        for button in (close, self.save_button):
            button.setMinimumSize(160, TOUCH_PX)
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        session.reports.read_shift(self.show_summary, self._failed)

    def show_summary(self, summary: ShiftSummary) -> None:
        self.summary = summary
        since = wallclock.local(summary.since)
        self.title.setText(
            tr(
                "This shift, since {day} {time}",
                day=i18n.day(since, year=False),
                time=i18n.clock(since),
            )
        )
        for index, (words, count) in enumerate(summary.rows()):
            label = QLabel(words)
            number = QLabel(str(count))
            number.setObjectName("shiftCount")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setAccessibleName(f"{words}: {count}")
            self.grid.addWidget(label, index, 0)
            self.grid.addWidget(number, index, 1)
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.title.setText(
            tr("The shift could not be counted ({error}).", error=type(error).__name__)
        )

    def _save(self) -> None:
        if self.summary is None:
            return
        self.save_button.setEnabled(False)
        self.session.reports.save_shift(self.summary, self._saved, self._not_saved)

    def _saved(self, path: Path) -> None:
        self.saved.setText(tr("Saved to {path}", path=path))
        self.save_button.setEnabled(True)

    def _not_saved(self, error: BaseException) -> None:
        self.saved.setText(
            tr("Not saved ({error}): check the reports folder.", error=type(error).__name__)
        )
        self.save_button.setEnabled(True)
