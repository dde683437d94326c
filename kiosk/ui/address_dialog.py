"""One address, added or changed: the fields Trybe keeps, a first line at least (Save stays off
until there is one). Emits the :class:`Address`; the desk session saves it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import Address

FIELDS = (
    ("label", N_("Called")),
    ("line_1", N_("First line")),
    ("line_2", N_("Second line")),
    ("city", N_("Town or city")),
    ("county", N_("County")),
    ("postcode", N_("Postcode")),
    ("country", N_("Country")),
)


class AddressDialog(QDialog):
    chosen = Signal(object)  # Address

    def __init__(self, address: Address | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self._id = address.id if address is not None else None
        self.setWindowTitle(tr("Change the address") if self._id else tr("Add an address"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QLineEdit] = {}
        start = address or Address()
        for key, label in FIELDS:
            field = QLineEdit(str(getattr(start, key) or ""))
            field.setAccessibleName(tr(label))
            field.setMinimumHeight(48)
            form.addRow(tr(label), field)
            self.inputs[key] = field
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumSize(140, 48)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.inputs["line_1"].textChanged.connect(self._update)
        self._update()
        self.inputs["line_1"].setFocus()

    def address(self) -> Address:
        text = {key: field.text().strip() for key, field in self.inputs.items()}
        return Address(
            id=self._id,
            label=text["label"] or "Home",
            line_1=text["line_1"],
            line_2=text["line_2"] or None,
            city=text["city"] or None,
            county=text["county"] or None,
            postcode=text["postcode"] or None,
            country=text["country"] or None,
        )

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.inputs["line_1"].text().strip()))

    def _save(self) -> None:
        if not self.inputs["line_1"].text().strip():
            return
        self.chosen.emit(self.address())
        self.accept()
