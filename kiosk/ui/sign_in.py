"""The desk's sign-in page (a site that lists its staff): a badge scanned anywhere signs in; or a
name tapped and a PIN typed. The page shows nothing of any guest; it renders the session's state
(the note says what became of the last try) and hands the name and PIN to the session, which
checks them on a worker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.desk.state import DeskState
from kiosk.checkin.i18n import tr
from kiosk.checkin.staff import Roster, role_name

COLUMNS = 4


class SignInPanel(QWidget):
    sign_in_requested = Signal(str, str)  # staff id, PIN

    def __init__(self, roster: Roster, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        column = QVBoxLayout(self)
        column.addStretch(1)
        title = QLabel(tr("Sign in to the desk"))
        title.setObjectName("idleTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(tr("Scan your staff badge anywhere, or tap your name and type your PIN."))
        hint.setObjectName("idleHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(hint)
        column.addSpacing(16)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.names = QButtonGroup(self)
        self.names.setExclusive(True)
        self.tiles: dict[str, QPushButton] = {}
        for index, member in enumerate(roster.members):
            tile = QPushButton(f"{member.name}\n{role_name(member.role)}")
            tile.setObjectName("staffTile")
            tile.setCheckable(True)
            tile.setMinimumSize(200, 72)
            tile.setAccessibleName(
                tr("{name}, {role}: sign in", name=member.name, role=role_name(member.role))
            )
            tile.setEnabled(bool(member.pin_hash))  # badge only: nothing to type
            tile.clicked.connect(self._name_chosen)
            self.names.addButton(tile)
            self.tiles[member.id] = tile
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        tiles = QHBoxLayout()
        tiles.addStretch(1)
        tiles.addLayout(grid)
        tiles.addStretch(1)
        column.addLayout(tiles)
        column.addSpacing(16)

        pin_row = QHBoxLayout()
        pin_row.addStretch(1)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.pin))
        self.pin.setPlaceholderText(tr("PIN"))
        self.pin.setAccessibleName(tr("Your PIN"))
        self.pin.setMinimumSize(220, 48)
        self.pin.returnPressed.connect(self._submit)
        self.pin.textChanged.connect(self._update)
        self.submit = QPushButton(tr("Sign in"))
        self.submit.setObjectName("searchButton")
        self.submit.setAccessibleName(tr("Sign in with this PIN"))
        self.submit.setMinimumSize(140, 48)
        self.submit.clicked.connect(self._submit)
        pin_row.addWidget(self.pin)
        pin_row.addWidget(self.submit)
        pin_row.addStretch(1)
        column.addLayout(pin_row)
        self.note = QLabel()
        self.note.setObjectName("idleHint")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("Sign-in message"))
        column.addWidget(self.note)
        column.addStretch(2)
        self._busy = False
        self._update()

    def chosen(self) -> str | None:
        for staff_id, tile in self.tiles.items():
            if tile.isChecked():
                return staff_id
        return None

    def _name_chosen(self) -> None:
        self.pin.clear()
        self.pin.setFocus()
        self._update()

    def _update(self) -> None:
        self.submit.setEnabled(
            not self._busy and self.chosen() is not None and len(self.pin.text()) >= 4
        )

    def _submit(self) -> None:
        staff_id = self.chosen()
        if staff_id is None or not self.submit.isEnabled():
            return
        pin = self.pin.text()
        self.pin.clear()
        self.sign_in_requested.emit(staff_id, pin)

    def show_state(self, state: DeskState) -> None:
        self._busy = state.signing_in
        if self.note.text() != state.sign_in_note:
            self.note.setText(state.sign_in_note)
        if state.on_duty is not None:
            # signed in: the next sign-in starts from no name chosen
            self.names.setExclusive(False)
            for tile in self.tiles.values():
                tile.setChecked(False)
            self.names.setExclusive(True)
            self.pin.clear()
        self._update()
