"""Two small touch-sized dialogs for a guest system with notes and labels: add a note (staff's
own words, for whoever serves the guest next), add a label (one tap on a common one, or typed).
They only collect the text; the session plans, sends and reads back the write."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import tr

TOUCH_PX = 48
NOTE_MAX = 1000
COMMON_LABELS = ("VIP", "Regular Customer", "Allergies", "Birthday")


def _buttons(layout: QVBoxLayout, ok_text: str, ok_name: str) -> tuple[QPushButton, QPushButton]:
    row = QHBoxLayout()
    row.addStretch(1)
    cancel = QPushButton(tr("Cancel"))
    ok = QPushButton(ok_text)
    ok.setAccessibleName(ok_name)
    for button in (cancel, ok):
        button.setMinimumSize(160, TOUCH_PX)
        button.setAutoDefault(False)
        row.addWidget(button)
    layout.addLayout(row)
    return cancel, ok


class NoteDialog(QDialog):
    def __init__(
        self, guest_name: str, on_save: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(tr("Add a note"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        intro = QLabel(tr("A note on {name}, for whoever serves them next.", name=guest_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("The note"))
        self.text.setMinimumHeight(120)
        layout.addWidget(self.text)
        self.count = QLabel(f"0 / {NOTE_MAX}")
        layout.addWidget(self.count)
        cancel, self.save = _buttons(layout, tr("Add the note"), tr("Add the note to the guest"))
        self.save.setEnabled(False)
        cancel.clicked.connect(self.reject)
        self.text.textChanged.connect(self._changed)

        def saved() -> None:
            self.accept()
            on_save(self.text.toPlainText())

        self.save.clicked.connect(saved)
        self.text.setFocus()

    def _changed(self) -> None:
        size = len(self.text.toPlainText())
        self.count.setText(f"{size} / {NOTE_MAX}")
        self.save.setEnabled(len(self.text.toPlainText().strip()) > 0 and size <= NOTE_MAX)


class LabelDialog(QDialog):
    def __init__(
        self,
        guest_name: str,
        has: Sequence[str],
        on_save: Callable[[str], None],
        parent: QWidget | None = None,
        common: Sequence[str] = COMMON_LABELS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("labelDialog")
        self.setWindowTitle(tr("Add a label"))
        self.setMinimumWidth(600)
        self._on_save = on_save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        intro = QLabel(tr("A label for {name}: tap one, or type your own.", name=guest_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        taken = {name.casefold() for name in has}
        row = QHBoxLayout()
        self.presets: dict[str, QPushButton] = {}
        for name in common:
            button = QPushButton(name)
            button.setAccessibleName(tr("Label: {label}", label=name))
            button.setMinimumHeight(TOUCH_PX)
            button.setAutoDefault(False)
            button.setEnabled(name.casefold() not in taken)
            button.clicked.connect(lambda _=False, n=name: self._save(n))
            row.addWidget(button)
            self.presets[name] = button
        layout.addLayout(row)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(tr("Another label"))
        self.typed.setAccessibleName(tr("A label of your own"))
        self.typed.setMinimumHeight(TOUCH_PX)
        layout.addWidget(self.typed)
        cancel, self.save = _buttons(layout, tr("Add the label"), tr("Add the typed label"))
        self.save.setEnabled(False)
        cancel.clicked.connect(self.reject)
        self.typed.textChanged.connect(
            lambda text: self.save.setEnabled(
                bool(text.strip()) and text.strip().casefold() not in taken
            )
        )
        self.save.clicked.connect(lambda: self._save(self.typed.text()))
        self.typed.returnPressed.connect(self._typed_enter)

    def _typed_enter(self) -> None:
        if self.save.isEnabled():
            self._save(self.typed.text())

    def _save(self, name: str) -> None:
        self.accept()
        self._on_save(name.strip())
