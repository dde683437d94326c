"""The first-run window: pair this kiosk with a site without a terminal or a text editor.

Three steps: the API address and token (checked by listing the sites it can see), the site and
the mode (and the staff PIN for self check-in), then a test scan. Every call to the API runs on
a worker; the window knows the pairing only through the callables the app hands it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import N_, tr, trn
from kiosk.checkin.pin_policy import pin_problem, rule_words
from kiosk.config import clock as wallclock
from kiosk.ui.tasks import QtRunner

TOUCH_PX = 48

FindSites = Callable[[str, str], list[tuple[str, str]] | None]
"""(api url, token) -> [(site id, label)], or None when the system lists no sites (its venue
is typed instead); raises with a message in words."""
SavePairing = Callable[[str, str, str, str, str, str | None], str]
"""(api url, token, site id, site name, mode, pin) -> what was done, in words; raises."""
TryBand = Callable[[str, str, str, str], str]
"""(api url, token, site id, code) -> the answer in words."""


@dataclass(frozen=True)
class VendorPairing:
    """One guest system the kiosk can be paired with, and how."""

    name: str
    api_url: str
    find_sites: FindSites
    save: SavePairing
    try_code: TryBand
    code_words: str = N_("a wristband")


class PairingDialog(QDialog):
    def __init__(
        self,
        vendors: Sequence[VendorPairing],
        runner: QtRunner,
        *,
        api_url: str | None = None,
        token: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``token``: one the environment already gives (KIOSK_API_TOKEN): used, not asked."""
        super().__init__(parent)
        self.setObjectName("pairingDialog")
        self.setWindowTitle(tr("Pair this kiosk"))
        self.setMinimumSize(720, 600)
        self._vendors = list(vendors)
        self.vendor = self._vendors[0]
        self._runner = runner
        self.site_id = ""
        self.paired = False
        self._typed_venue = False
        api_url = api_url or self.vendor.api_url

        layout = QVBoxLayout(self)
        title = QLabel(tr("Pair this kiosk with your site"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.message = QLabel()
        self.message.setObjectName("pairingMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Pairing status"))
        layout.addWidget(self.message)

        self.connect_page = self._build_connect(api_url)
        self.site_page = self._build_site()
        self.test_page = self._build_test()
        for page in (self.connect_page, self.site_page, self.test_page):
            self.pages.addWidget(page)
        if token:
            self.token_field.setText(token)
            self.token_field.setPlaceholderText(tr("The token from the environment"))
            self.message.setText(
                tr("Using the API token this computer already has: press Find my sites.")
            )
            self.find_button.setFocus()
        else:
            self.token_field.setFocus()  # the address is filled in; the token is missing

    # ------------------------------------------------------------------ building

    def _field(self, placeholder: str, name: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(name)
        field.setMinimumHeight(TOUCH_PX)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setMinimumHeight(TOUCH_PX)
        button.setAutoDefault(False)
        return button

    def _build_connect(self, api_url: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            _wrapped(
                tr(
                    "1. The API address and a personal access token from the guest system (its "
                    "administrator makes one). The token is kept in this computer's keyring, "
                    "never in a file."
                )
            )
        )
        self.vendor_buttons: dict[str, QPushButton] = {}
        if len(self._vendors) > 1:
            row = QHBoxLayout()
            group = QButtonGroup(self)
            for vendor in self._vendors:
                button = self._button(vendor.name, tr("Guest system: {name}", name=vendor.name))
                button.setCheckable(True)
                group.addButton(button)
                button.clicked.connect(lambda _=False, v=vendor: self._choose_vendor(v))
                row.addWidget(button)
                self.vendor_buttons[vendor.name] = button
            self.vendor_buttons[self.vendor.name].setChecked(True)
            column.addLayout(row)
        self.url_field = self._field("https://api.try.be", tr("API address"))
        self.url_field.setText(api_url)
        self.token_field = self._field(tr("Paste the API token"), tr("API token"), secret=True)
        self.token_field.returnPressed.connect(self.look_up_sites)
        self.find_button = self._button(
            tr("Find my sites"), tr("Check the token and list its sites")
        )
        self.find_button.clicked.connect(self.look_up_sites)
        for widget in (self.url_field, self.token_field, self.find_button):
            column.addWidget(widget)
        column.addStretch(1)
        return page

    def _build_site(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_wrapped(tr("2. Which site is this kiosk at, and what is it for?")))
        self.site_list = QListWidget()
        self.site_list.setObjectName("siteList")
        self.site_list.setAccessibleName(tr("Sites this token can see"))
        column.addWidget(self.site_list, 1)
        # a guest system that lists no sites: this venue's id (from its account) and name
        self.venue_field = self._field(tr("This venue's id (from your account)"), tr("Venue id"))
        self.venue_name = self._field(tr("The venue's name, as staff call it"), tr("Venue name"))
        column.addWidget(self.venue_field)
        column.addWidget(self.venue_name)
        self.venue_field.hide()
        self.venue_name.hide()
        modes = QHBoxLayout()
        self.desk_button = self._button(tr("Front desk (staff)"), tr("Mode: front desk"))
        self.self_button = self._button(tr("Self check-in (guests)"), tr("Mode: self check-in"))
        self.mode_group = QButtonGroup(self)
        for button in (self.desk_button, self.self_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
            modes.addWidget(button)
        self.desk_button.setChecked(True)
        self.mode_group.buttonToggled.connect(lambda *_: self._show_pin())
        column.addLayout(modes)
        self.pin_field = self._field(
            tr("Staff PIN ({rule}, not easy to guess)", rule=rule_words()),
            tr("Staff PIN"),
            secret=True,
        )
        self.pin_again = self._field(tr("The same PIN again"), tr("Staff PIN again"), secret=True)
        column.addWidget(self.pin_field)
        column.addWidget(self.pin_again)
        buttons = QHBoxLayout()
        back = self._button(tr("Back"), tr("Back to the token"))
        back.clicked.connect(lambda: self.pages.setCurrentWidget(self.connect_page))
        self.pair_button = self._button(
            tr("Pair this kiosk"), tr("Pair this kiosk with the chosen site")
        )
        self.pair_button.clicked.connect(self.pair)
        buttons.addWidget(back)
        buttons.addWidget(self.pair_button, 1)
        column.addLayout(buttons)
        self._show_pin()
        return page

    def _build_test(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.paired_label = _wrapped("")
        column.addWidget(self.paired_label)
        self.test_hint = _wrapped(tr("3. Scan a wristband to test (or type its code and Enter)."))
        column.addWidget(self.test_hint)
        self.code_field = self._field(tr("A wristband's code"), tr("Test scan: a wristband's code"))
        self.code_field.returnPressed.connect(self.try_scan)
        self.scan_answer = _wrapped("")
        self.scan_answer.setAccessibleName(tr("Test scan result"))
        start = self._button(tr("Start the kiosk"), tr("Start the kiosk"))
        start.clicked.connect(self.accept)
        column.addWidget(self.code_field)
        column.addWidget(self.scan_answer)
        column.addStretch(1)
        column.addWidget(start)
        return page

    # ------------------------------------------------------------------ steps

    def _choose_vendor(self, vendor: VendorPairing) -> None:
        self.vendor = vendor
        self.url_field.setText(vendor.api_url)
        self.token_field.setFocus()

    @property
    def mode(self) -> str:
        return "self" if self.self_button.isChecked() else "desk"

    def _show_pin(self) -> None:
        for field in (self.pin_field, self.pin_again):
            field.setVisible(self.mode == "self")

    def _busy(self, words: str) -> None:
        self.message.setText(words)
        self.setEnabled(False)

    def _done(self, words: str = "") -> None:
        self.message.setText(words)
        self.setEnabled(True)

    def look_up_sites(self) -> None:
        url, token = self.url_field.text().strip(), self.token_field.text().strip()
        self._busy(tr("Checking the token…"))

        find = self.vendor.find_sites

        def listed(sites: list[tuple[str, str]] | None) -> None:
            self._typed_venue = sites is None
            self.site_list.clear()
            self.site_list.setVisible(sites is not None)
            for field in (self.venue_field, self.venue_name):
                field.setVisible(sites is None)
            if sites is None:
                self._done(
                    tr("The token works with {name}. Type this venue's id.", name=self.vendor.name)
                )
                self.venue_field.setFocus()
            else:
                count = len(sites)
                self._done(
                    trn("This token can see %n site.", "This token can see %n sites.", count)
                )
                for site_id, label in sites:
                    item = QListWidgetItem(label)
                    item.setData(Qt.ItemDataRole.UserRole, site_id)
                    self.site_list.addItem(item)
                self.site_list.setCurrentRow(0)
            self.pages.setCurrentWidget(self.site_page)

        self._runner.read(lambda: find(url, token), listed, self._refused)

    def pair(self) -> None:
        if self._typed_venue:
            site_id, site_name = self.venue_field.text().strip(), self.venue_name.text().strip()
        elif self.site_list.currentRow() < 0:
            self.message.setText(tr("Choose the site first."))
            return
        else:
            item = self.site_list.currentItem()
            site_id, site_name = str(item.data(Qt.ItemDataRole.UserRole)), item.text()
        pin = None
        if self.mode == "self":
            pin = self.pin_field.text()
            if pin != self.pin_again.text():
                self.message.setText(tr("The two PINs differ: type them again."))
                return
            problem = pin_problem(pin, year=wallclock.today().year)
            if problem is not None:
                self.message.setText(problem)
                return
        url, token, mode = self.url_field.text().strip(), self.token_field.text().strip(), self.mode
        save = self.vendor.save
        self._busy(tr("Saving…"))

        def saved(words: str) -> None:
            self._done()
            self.site_id = site_id
            self.paired = True
            self.paired_label.setText("✔ " + words)
            self.test_hint.setText(
                tr(
                    "3. Scan {what} to test (or type its code and Enter).",
                    what=tr(self.vendor.code_words),
                )
            )
            self.pages.setCurrentWidget(self.test_page)
            self.code_field.setFocus()

        self._runner.read(
            lambda: save(url, token, site_id, site_name, mode, pin), saved, self._refused
        )

    def try_scan(self) -> None:
        code = self.code_field.text().strip()
        self.code_field.clear()
        if not code:
            return
        url, token = self.url_field.text().strip(), self.token_field.text().strip()
        self.scan_answer.setText(tr("Looking it up…"))
        try_code = self.vendor.try_code
        self._runner.read(
            lambda: try_code(url, token, self.site_id, code),
            self.scan_answer.setText,
            lambda error: self.scan_answer.setText(f"✖ {error}"),
        )

    def _refused(self, error: BaseException) -> None:
        self._done(f"✖ {error}")


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
