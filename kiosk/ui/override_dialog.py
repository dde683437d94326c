"""Override and check in: one dialog, one decision. A red verdict is admitted only with a reason:
one tap on the site's own reasons, or a few words of staff's own; "Check in" then admits the
guest (the session audits the reason and checks in). Sized for fingers on a touch desk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import tr

MIN_WORDS_CHARS = 3
TOUCH_PX = 48


class OverrideDialog(QDialog):
    chosen = Signal(str)
    """The reason (a preset's words, or staff's own), once "Check in" is pressed."""

    def __init__(self, why_red: str, presets: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(tr("Override and check in"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        title = QLabel(tr("Admit this guest anyway?"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        if why_red:
            why = QLabel(why_red)
            why.setWordWrap(True)
            layout.addWidget(why)
        layout.addWidget(QLabel(tr("Why? (kept in the audit log)")))
        self.presets = QButtonGroup(self)
        self.presets.setExclusive(True)
        for text in presets:
            button = QPushButton(tr(text))  # the site's own words, or a default's translation
            button.setProperty("preset", text)  # audited as the list has it
            button.setObjectName("presetReason")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in the words field must not pick a reason
            button.setMinimumHeight(TOUCH_PX)
            button.setAccessibleName(tr("Reason: {reason}", reason=tr(text)))
            self.presets.addButton(button)
            layout.addWidget(button)
        self.presets.buttonClicked.connect(self._preset_clicked)
        self.words = QLineEdit()
        self.words.setPlaceholderText(tr("Or in your own words"))
        self.words.setAccessibleName(tr("The reason for admitting this guest, in your own words"))
        self.words.setMinimumHeight(TOUCH_PX)
        self.words.textEdited.connect(self._words_edited)
        self.words.returnPressed.connect(self._confirm)
        layout.addWidget(self.words)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel: do not admit"))
        self.check_in_button = QPushButton(tr("✔ Check in"))
        self.check_in_button.setObjectName("primaryAction")
        self.check_in_button.setAccessibleName(tr("Admit and check the guest in"))
        for button in (self.cancel_button, self.check_in_button):
            button.setMinimumSize(160, TOUCH_PX)
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.check_in_button.clicked.connect(self._confirm)
        self._update()
        self.words.setFocus()  # at a keyboard, the reason is typed at once; a tap is one tap

    def reason(self) -> str:
        words = self.words.text().strip()
        if words:
            return words
        picked = self.presets.checkedButton()
        return str(picked.property("preset")) if picked is not None else ""

    def _preset_clicked(self) -> None:
        self.words.clear()  # one reason: the tap replaces what was typed
        self._update()

    def _words_edited(self, text: str) -> None:
        if text.strip():
            checked = self.presets.checkedButton()
            if checked is not None:  # typing replaces the tapped reason
                self.presets.setExclusive(False)
                checked.setChecked(False)
                self.presets.setExclusive(True)
        self._update()

    def _update(self) -> None:
        self.check_in_button.setEnabled(len(self.reason()) >= MIN_WORDS_CHARS)

    def _confirm(self) -> None:
        reason = self.reason()
        if len(reason) < MIN_WORDS_CHARS:
            return
        self.chosen.emit(reason)
        self.accept()
