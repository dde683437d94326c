"""Registering a walk-in, or editing a guest's details, with the backend's own field errors
shown under the fields they belong to (a 422's ``errors`` map). The form only collects and shows;
the desk session saves (and says whether it was saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import Address, Guest, GuestDetails
from kiosk.checkin.people import PHONE_EXAMPLE
from kiosk.ui.address_dialog import AddressDialog
from kiosk.ui.theme import fit_to_contents

LOCALES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"))
FIELDS = (
    ("first_name", N_("First name")),
    ("last_name", N_("Last name")),
    ("email", N_("Email")),
    ("phone", N_("Phone")),
    ("dob", N_("Date of birth")),
)


PLACEHOLDERS = {"phone": PHONE_EXAMPLE, "dob": "31/12/1990"}


class GuestForm(QDialog):
    """``submitted`` carries a :class:`GuestDetails`; the owner saves it and calls
    :meth:`show_errors` or closes the form."""

    submitted = Signal(object)
    address_saved = Signal(object)  # Address (no id: a new one)
    address_removed = Signal(str)  # the address's id

    def __init__(
        self,
        guest: Guest | None = None,
        parent: QWidget | None = None,
        *,
        languages: bool = True,
        email_editable: bool = False,
    ) -> None:
        """``languages``: the guest system keeps a preferred language (else no such field);
        ``email_editable``: an edit may change the email (Trybe's may not)."""
        super().__init__(parent)
        self.editing = guest is not None
        self._languages = languages
        self._email_editable = email_editable
        self.setWindowTitle(tr("Edit guest") if self.editing else tr("New guest"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Change the guest's details. Leave a field empty to clear it.")
            if self.editing
            else tr(
                "A name or an email is enough; add a phone and date of birth if the guest wants."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, label in FIELDS:
            field = QLineEdit()
            field.setAccessibleName(tr(label))
            field.setMinimumHeight(48)  # a touch desk
            field.setPlaceholderText(tr(PLACEHOLDERS.get(key, "")) if key in PLACEHOLDERS else "")
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(field)
            box.addWidget(error)
            form.addRow(tr(label), box)
            self.inputs[key] = field
            self.errors[key] = error
        self.language = QComboBox()
        self.language.setMinimumHeight(48)
        self.language.setAccessibleName(tr("The guest's language"))
        for code, name in LOCALES:
            self.language.addItem(name, code)
        form.addRow(tr("Language"), self.language)
        if not languages:  # never a field whose answer would be silently dropped
            form.setRowVisible(self.language, False)
        self.marketing = QCheckBox(tr("Happy to hear about offers and events"))
        self.marketing.setMinimumHeight(48)
        form.addRow("", self.marketing)
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        layout.addWidget(self.general_error)
        self._addresses: tuple[Address, ...] = ()
        if self.editing:
            self._build_addresses(layout)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if guest is not None:
            self._fill(guest)
        self.inputs["first_name"].setFocus()

    def _fill(self, guest: Guest) -> None:
        values = {
            "first_name": guest.first_name,
            "last_name": guest.last_name,
            "email": guest.email,
            "phone": guest.phone,
            "dob": guest.dob.isoformat() if guest.dob else None,
        }
        for key, value in values.items():
            self.inputs[key].setText(value or "")
        if not self._email_editable:
            self.inputs["email"].setReadOnly(True)  # Trybe does not change emails this way
            self.inputs["email"].setToolTip(tr("Email can't be changed here"))
        index = self.language.findData(guest.preferred_locale)
        self.language.setCurrentIndex(max(0, index))
        self.marketing.hide()

    def values(self) -> GuestDetails:
        """What was typed. On an edit every field is sent (empty clears it), email excepted."""
        text = {key: field.text().strip() for key, field in self.inputs.items()}
        if self.editing:
            return GuestDetails(
                first_name=text["first_name"],
                last_name=text["last_name"],
                email=text["email"] if self._email_editable else None,
                phone=text["phone"],
                dob=text["dob"],
                preferred_locale=self.language.currentData() if self._languages else None,
            )
        return GuestDetails(
            first_name=text["first_name"] or None,
            last_name=text["last_name"] or None,
            email=text["email"] or None,
            phone=text["phone"] or None,
            dob=text["dob"] or None,
            preferred_locale=self.language.currentData() if self._languages else None,
            marketing_opt_in=self.marketing.isChecked(),
        )

    def _submit(self) -> None:
        self.clear_errors()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.values())

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
            error.clear()
        self.general_error.clear()

    # ------------------------------------------------------------------ addresses

    def _build_addresses(self, layout: QVBoxLayout) -> None:
        title = QLabel(tr("Addresses"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.address_list = QListWidget()
        self.address_list.setObjectName("addressList")
        self.address_list.setAccessibleName(tr("The guest's addresses"))
        self.address_list.setMinimumHeight(110)
        self.address_list.setWordWrap(True)
        layout.addWidget(self.address_list)
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        layout.addWidget(self.address_note)
        row = QHBoxLayout()
        self.add_address_button = QPushButton(tr("Add an address"))
        self.change_address_button = QPushButton(tr("Change"))
        self.remove_address_button = QPushButton(tr("Remove"))
        for button, name in (
            (self.add_address_button, tr("Add an address")),
            (self.change_address_button, tr("Change the chosen address")),
            (self.remove_address_button, tr("Remove the chosen address")),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_address_button.clicked.connect(lambda: self.edit_address(None))
        self.change_address_button.clicked.connect(
            lambda: self.edit_address(self._chosen_address())
        )
        self.remove_address_button.clicked.connect(self._remove_address)
        self.address_list.itemDoubleClicked.connect(
            lambda _: self.edit_address(self._chosen_address())
        )
        self.address_list.currentRowChanged.connect(lambda _: self._address_buttons())
        self._address_buttons()

    def show_addresses(self, addresses: tuple[Address, ...] | None, note: str) -> None:
        if not self.editing:
            return
        chosen = self._chosen_address()
        self._addresses = addresses or ()
        self.address_list.clear()
        for address in self._addresses:
            item = QListWidgetItem(f"{address.label}: {address.one_line()}")
            item.setData(Qt.ItemDataRole.UserRole, address.id)
            self.address_list.addItem(item)
            if chosen is not None and address.id == chosen.id:
                self.address_list.setCurrentItem(item)
        if addresses is not None and not addresses and not note:
            note = tr("No address on file.")
        self.address_note.setText(note)
        self._address_buttons()

    def _chosen_address(self) -> Address | None:
        row = self.address_list.currentRow() if self.editing else -1
        return self._addresses[row] if 0 <= row < len(self._addresses) else None

    def _address_buttons(self) -> None:
        chosen = self._chosen_address() is not None
        self.change_address_button.setEnabled(chosen)
        self.remove_address_button.setEnabled(chosen)

    def edit_address(self, address: Address | None) -> AddressDialog:
        dialog = AddressDialog(address, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.address_saved)
        dialog.open()
        return dialog

    def _remove_address(self) -> None:
        address = self._chosen_address()
        if address is None or address.id is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(tr("Remove the address"))
        box.setText(
            tr("Remove {label}: {address}?", label=address.label, address=address.one_line())
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        # Enter (or a stray tap on the default) must not lock, remove or send: No is the default
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        for button in box.buttons():
            button.setMinimumSize(120, 48)
        address_id = address.id
        box.accepted.connect(lambda: self.address_removed.emit(address_id))
        box.open()

    def set_saving(self, saving: bool, message: str = "") -> None:
        self.buttons.setEnabled(not saving)
        if message:
            self.general_error.setText(message)

    def show_errors(self, errors: dict[str, list[str]], message: str = "") -> None:
        """Field messages under their fields; anything else at the bottom. Nothing typed is lost."""
        self.clear_errors()
        self.buttons.setEnabled(True)
        leftovers = []
        marked = False
        for field, messages in errors.items():
            key = field.removeprefix("data.")
            if key in self.errors:
                self.errors[key].setText(" ".join(messages))
                self.errors[key].show()
                marked = True
            else:
                leftovers.extend(messages)
        # the sentence at the bottom ends: it says where the rest is, never a dangling colon
        where = [tr("See the notes under the fields.")] if marked else []
        self.general_error.setText(" ".join([message, *where, *leftovers]).strip())
        first = next((self.inputs[k] for k in self.inputs if self.errors[k].text()), None)
        if first is not None:
            first.setFocus()  # the first field to fix, where typing goes
        fit_to_contents(self)  # room for the messages: under their fields, never over them
