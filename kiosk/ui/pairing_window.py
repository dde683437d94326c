"""The first-run window: pair this kiosk with a site without a terminal or a text editor.

Three steps: the API address and token (checked by listing the sites it can see), the site and
the mode (and the staff PIN for self check-in), then a test scan. Every call to the API runs on
a worker; the window knows the pairing only through the callables the app hands it.
"""

from __future__ import annotations

from collections.abc import Callable

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

from kiosk.ui.tasks import QtRunner

TOUCH_PX = 48

FindSites = Callable[[str, str], list[tuple[str, str]]]
"""(api url, token) -> [(site id, label)]; raises with a message in words."""
SavePairing = Callable[[str, str, str, str, str | None], str]
"""(api url, token, site id, mode, pin) -> what was done, in words; raises likewise."""
TryBand = Callable[[str, str, str, str], str]
"""(api url, token, site id, code) -> the answer in words."""


class PairingDialog(QDialog):
    def __init__(
        self,
        find_sites: FindSites,
        save: SavePairing,
        try_band: TryBand,
        runner: QtRunner,
        *,
        api_url: str = "https://api.try.be",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairingDialog")
        self.setWindowTitle("Pair this kiosk")
        self.setMinimumSize(720, 600)
        self._find_sites = find_sites
        self._save = save
        self._try_band = try_band
        self._runner = runner
        self.site_id = ""
        self.paired = False

        layout = QVBoxLayout(self)
        title = QLabel("Pair this kiosk with your site")
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.message = QLabel()
        self.message.setObjectName("pairingMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Pairing status")
        layout.addWidget(self.message)

        self.connect_page = self._build_connect(api_url)
        self.site_page = self._build_site()
        self.test_page = self._build_test()
        for page in (self.connect_page, self.site_page, self.test_page):
            self.pages.addWidget(page)
        self.token_field.setFocus()  # the address is filled in; the token is what is missing

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
                "1. The API address and a personal access token from Trybe (your Trybe "
                "administrator makes one). The token is kept in this computer's keyring, never "
                "in a file."
            )
        )
        self.url_field = self._field("https://api.try.be", "API address")
        self.url_field.setText(api_url)
        self.token_field = self._field("Paste the API token", "API token", secret=True)
        self.token_field.returnPressed.connect(self.look_up_sites)
        self.find_button = self._button("Find my sites", "Check the token and list its sites")
        self.find_button.clicked.connect(self.look_up_sites)
        for widget in (self.url_field, self.token_field, self.find_button):
            column.addWidget(widget)
        column.addStretch(1)
        return page

    def _build_site(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_wrapped("2. Which site is this kiosk at, and what is it for?"))
        self.site_list = QListWidget()
        self.site_list.setObjectName("siteList")
        self.site_list.setAccessibleName("Sites this token can see")
        column.addWidget(self.site_list, 1)
        modes = QHBoxLayout()
        self.desk_button = self._button("Front desk (staff)", "Mode: front desk")
        self.self_button = self._button("Self check-in (guests)", "Mode: self check-in")
        self.mode_group = QButtonGroup(self)
        for button in (self.desk_button, self.self_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
            modes.addWidget(button)
        self.desk_button.setChecked(True)
        self.mode_group.buttonToggled.connect(lambda *_: self._show_pin())
        column.addLayout(modes)
        self.pin_field = self._field("Staff PIN (4 to 12 digits)", "Staff PIN", secret=True)
        self.pin_again = self._field("The same PIN again", "Staff PIN again", secret=True)
        column.addWidget(self.pin_field)
        column.addWidget(self.pin_again)
        buttons = QHBoxLayout()
        back = self._button("Back", "Back to the token")
        back.clicked.connect(lambda: self.pages.setCurrentWidget(self.connect_page))
        self.pair_button = self._button("Pair this kiosk", "Pair this kiosk with the chosen site")
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
        column.addWidget(_wrapped("3. Scan a wristband to test (or type its code and Enter)."))
        self.code_field = self._field("A wristband's code", "Test scan: a wristband's code")
        self.code_field.returnPressed.connect(self.try_scan)
        self.scan_answer = _wrapped("")
        self.scan_answer.setAccessibleName("Test scan result")
        start = self._button("Start the kiosk", "Start the kiosk")
        start.clicked.connect(self.accept)
        column.addWidget(self.code_field)
        column.addWidget(self.scan_answer)
        column.addStretch(1)
        column.addWidget(start)
        return page

    # ------------------------------------------------------------------ steps

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
        self._busy("Checking the token…")

        def listed(sites: list[tuple[str, str]]) -> None:
            self._done(f"This token can see {len(sites)} site{'s' if len(sites) != 1 else ''}.")
            self.site_list.clear()
            for site_id, label in sites:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, site_id)
                self.site_list.addItem(item)
            self.site_list.setCurrentRow(0)
            self.pages.setCurrentWidget(self.site_page)

        self._runner.read(lambda: self._find_sites(url, token), listed, self._refused)

    def pair(self) -> None:
        if self.site_list.currentRow() < 0:
            self.message.setText("Choose the site first.")
            return
        item = self.site_list.currentItem()
        pin = None
        if self.mode == "self":
            pin = self.pin_field.text()
            if pin != self.pin_again.text():
                self.message.setText("The two PINs differ: type them again.")
                return
        site_id = str(item.data(Qt.ItemDataRole.UserRole))
        url, token, mode = self.url_field.text().strip(), self.token_field.text().strip(), self.mode
        self._busy("Saving…")

        def saved(words: str) -> None:
            self._done()
            self.site_id = site_id
            self.paired = True
            self.paired_label.setText("✔ " + words)
            self.pages.setCurrentWidget(self.test_page)
            self.code_field.setFocus()

        self._runner.read(lambda: self._save(url, token, site_id, mode, pin), saved, self._refused)

    def try_scan(self) -> None:
        code = self.code_field.text().strip()
        self.code_field.clear()
        if not code:
            return
        url, token = self.url_field.text().strip(), self.token_field.text().strip()
        self.scan_answer.setText("Looking it up…")
        self._runner.read(
            lambda: self._try_band(url, token, self.site_id, code),
            self.scan_answer.setText,
            lambda error: self.scan_answer.setText(f"✖ {error}"),
        )

    def _refused(self, error: BaseException) -> None:
        self._done(f"✖ {error}")


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
