"""What a paired kiosk shows when it cannot read its API token (a keyring that would not unlock,
a credential gone): "This kiosk needs a member of staff", and a staff PIN field.

Not the pairing window: that shows the API's address and takes a new one, a mode and a PIN,
and on a self check-in screen it would be the guest's to fill in. Behind the staff PIN (with
the keypad's lockout, as everywhere), staff get the pairing window to put the token back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.checkin.i18n import tr
from kiosk.config.pin import HARD_STOP_FAILURES, PinGuard, PinResult
from kiosk.ui.tasks import QtRunner
from kiosk.ui.theme import self_style_sheet


class NeedsStaffWindow(QWidget):
    """The guest sees a sentence; staff type their PIN, and ``on_unlocked`` runs."""

    def __init__(self, guard: PinGuard, on_unlocked: Callable[[], None]) -> None:
        super().__init__()
        self._guard, self._on_unlocked = guard, on_unlocked
        self._runner = QtRunner(self, read_threads=1)
        self.setObjectName("needsStaff")
        self.setStyleSheet(self_style_sheet())  # the guest screen's type
        self.setWindowTitle(tr("Kiosk"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(tr("This kiosk needs a member of staff"))
        self.title.setObjectName("attractTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(tr("Please ask at reception."))
        self.detail.setObjectName("attractHint")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("Staff PIN"))
        self.pin.setAccessibleName(tr("Staff PIN"))
        self.pin.setMinimumHeight(48)
        self.pin.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(tr("Unlock"))
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.unlock_button.setMinimumHeight(48)
        self.unlock_button.clicked.connect(self.unlock)
        self.answer = QLabel("")
        self.answer.setObjectName("pinMessage")
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(32)
        for widget in (self.pin, self.unlock_button):  # a form's width, not the screen's
            widget.setMaximumWidth(420)
            layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignHCenter)
            widget.setMinimumWidth(320)
        layout.addWidget(self.answer)
        layout.addStretch(1)

    @property
    def checking(self) -> bool:
        """A PIN is being checked (on a worker: Argon2 takes tens of milliseconds on purpose,
        too long for the window to stop answering)."""
        return not self.unlock_button.isEnabled()

    def unlock(self) -> None:
        if self.checking:
            return
        pin = self.pin.text()
        self.pin.clear()
        self.unlock_button.setEnabled(False)
        self.answer.setText(tr("Checking…"))
        guard = self._guard
        self._runner.read(lambda: guard.try_pin(pin), self._answered, self._not_checked)

    def _not_checked(self, error: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.answer.setText(tr("The PIN could not be checked."))

    def _answered(self, result: PinResult) -> None:
        self.unlock_button.setEnabled(True)
        if result == "ok":
            self.answer.setText("")
            self._on_unlocked()
        elif result == "locked":
            seconds = max(1, round(self._guard.locked_for()))
            self.answer.setText(tr("Too many wrong PINs. Try again in {s} s.", s=seconds))
        elif result == "stopped":
            self.answer.setText(
                tr(
                    "The keypad is stopped after {count} wrong PINs: kiosk set-pin on this "
                    "machine opens it.",
                    count=HARD_STOP_FAILURES,
                )
            )
        else:
            self.answer.setText(tr("That PIN is not right."))


def run_needs_staff(guard: PinGuard, pair: Callable[[], bool], *, full_screen: bool) -> bool:
    """Show :class:`NeedsStaffWindow` until staff unlock it; then ``pair`` (the pairing
    window). True once paired; False when the window is closed first."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    paired: list[bool] = []

    def unlocked() -> None:
        window.hide()
        paired.append(pair())
        app.quit()

    window = NeedsStaffWindow(guard, unlocked)
    if full_screen:
        window.showFullScreen()
    else:
        window.resize(1024, 768)
        window.show()
    app.exec()
    return bool(paired and paired[0])
