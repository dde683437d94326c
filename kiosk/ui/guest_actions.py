"""The wristband card and its actions: check in (one tap), extend or clear the expiry, and put
a card on the band or take it off (two taps each: the button, then the choice)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import PaymentMethod
from kiosk.checkin.actions import expiry_presets
from kiosk.checkin.lookup import CustomerContext
from kiosk.checkin.policy import card_problem
from kiosk.checkin.timewords import expiry_words, site_zone


def _sentence(text: str) -> str:
    """Capital first letter only ("expires ... 30 Nov" must keep its "Nov")."""
    return text[:1].upper() + text[1:]


def card_label(method: PaymentMethod) -> str:
    if method.type == "direct_debit":
        return f"Direct debit •••• {method.last_4 or '????'}"
    brand = (method.card_brand or "Card").title()
    expiry = f" (exp {method.card_expiry})" if method.card_expiry else ""
    return f"{brand} •••• {method.last_4 or '????'}{expiry}"


class WristbandCard(QFrame):
    """Shows the scanned band and offers the actions on it."""

    check_in_requested = Signal()
    expiry_requested = Signal(object)  # datetime | None
    card_requested = Signal(object)  # payment method id | None
    more_requested = Signal(str)  # associate, swap, dissociate, lock, unlock, reset, verify, link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bandCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        title = QLabel("WRISTBAND")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.code = QLabel()
        self.code.setObjectName("bandCode")
        self.expiry = QLabel()
        self.expiry.setObjectName("bandLine")
        self.card = QLabel()
        self.card.setObjectName("bandLine")
        self.order = QLabel()
        self.order.setObjectName("bandDetail")
        self.others = QLabel()
        self.others.setObjectName("bandDetail")
        self.others.setWordWrap(True)
        for widget in (self.code, self.expiry, self.card, self.order, self.others):
            # Long lines wrap inside the card; they must never widen the window.
            widget.setWordWrap(True)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.feedback = QLabel()
        self.feedback.setObjectName("actionFeedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.check_in_button = QPushButton("✔ Check in")
        self.check_in_button.setObjectName("primaryAction")
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.extend_button = QPushButton("Expiry")
        self.card_button = QPushButton("Card")
        self.check_in_button.setAccessibleName("Check the guest in")
        self.extend_button.setAccessibleName("Change the wristband's expiry")
        self.card_button.setAccessibleName("Put a card on the wristband or take it off")
        for button in (self.extend_button, self.card_button):
            button.setObjectName("secondaryAction")
        self.more_button = QPushButton("More")
        self.more_button.setObjectName("secondaryAction")
        self.more_button.setAccessibleName("More actions: bands, account, password")
        for button in (
            self.check_in_button,
            self.extend_button,
            self.card_button,
            self.more_button,
        ):
            button.setMinimumHeight(56)
        # The common action gets a row of its own; the menus share the row below it.
        layout.addWidget(self.check_in_button)
        for button in (self.extend_button, self.card_button, self.more_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._context: CustomerContext | None = None

    def show_context(self, context: CustomerContext) -> None:
        self._context = context
        self.feedback.clear()
        zone = site_zone(context.site.timezone if context.site else None)
        now = datetime.now(UTC)
        band = context.band
        self.check_in_button.setEnabled(not context.customer.is_anonymised)
        checked_in = context.open_visit is not None
        self.check_in_button.setText("Check out" if checked_in else "✔ Check in")
        self.check_in_button.setProperty("checkedIn", checked_in)
        self.check_in_button.style().unpolish(self.check_in_button)
        self.check_in_button.style().polish(self.check_in_button)
        if band is None:
            self.code.setText("No wristband")
            self.expiry.setText("No wristband was scanned.")
            self.card.setText("")
            self.order.setText("")
        else:
            self.code.setText(band.barcode)
            expired = band.expires_at is not None and band.expires_at <= now
            self.expiry.setText(
                ("✖ " if expired else "") + _sentence(expiry_words(band.expires_at, zone, now))
            )
            if band.payment_method is None:
                self.card.setText("No card on this band")
            else:
                problem = card_problem(band.payment_method, now)
                # card_label already shows the expiry date: say just what is wrong with it
                suffix = f" — {problem.split()[0]}" if problem else ""
                self.card.setText(card_label(band.payment_method) + suffix)
            self.order.setText(
                f"Open order {band.order.order_ref}" if band.order and band.order.order_ref else ""
            )
        others = [b.barcode for b in context.other_bands]
        self.others.setText(("Other bands: " + ", ".join(others)) if others else "")
        self.extend_button.setEnabled(band is not None)
        self.card_button.setEnabled(band is not None)
        self.extend_button.setMenu(self._expiry_menu(context))
        self.card_button.setMenu(self._card_menu(context))
        self.more_button.setMenu(self._more_menu(context))

    def clear(self) -> None:
        self._context = None
        for label in (self.code, self.expiry, self.card, self.order, self.others, self.feedback):
            label.clear()
        for button in (self.extend_button, self.card_button, self.more_button):
            button.setMenu(None)  # type: ignore[arg-type]

    def set_busy(self, busy: bool, message: str = "") -> None:
        for button in (
            self.check_in_button,
            self.extend_button,
            self.card_button,
            self.more_button,
        ):
            button.setEnabled(not busy and self._context is not None)
        if message:
            self.feedback.setText(message)

    def say(self, message: str) -> None:
        self.feedback.setText(message)

    def _expiry_menu(self, context: CustomerContext) -> QMenu:
        menu = QMenu(self)
        band = context.band
        zone = site_zone(context.site.timezone if context.site else None)
        for preset in expiry_presets(band.expires_at if band else None, zone):
            local = preset.until.astimezone(zone).strftime("%a %d %b %H:%M")
            action = QAction(f"{preset.label}  ({local})", menu)
            action.triggered.connect(
                lambda _=False, until=preset.until: self.expiry_requested.emit(until)
            )
            menu.addAction(action)
        pick = QAction("Pick a date and time…", menu)
        pick.triggered.connect(self._pick_expiry)
        menu.addAction(pick)
        menu.addSeparator()
        clear = QAction("Never expires (clear expiry)", menu)
        clear.triggered.connect(lambda: self.expiry_requested.emit(None))
        menu.addAction(clear)
        return menu

    def _card_menu(self, context: CustomerContext) -> QMenu:
        menu = QMenu(self)
        now = datetime.now(UTC)
        current = (
            context.band.payment_method.id if context.band and context.band.payment_method else None
        )
        for method in context.payment_methods:
            problem = card_problem(method, now)
            label = card_label(method) + (f" — {problem.split()[0]}" if problem else "")
            if method.id == current:
                label += "  (on the band)"
            action = QAction(label, menu)
            action.setEnabled(problem is None and method.id != current)
            action.triggered.connect(lambda _=False, pm=method.id: self.card_requested.emit(pm))
            menu.addAction(action)
        if not context.payment_methods:
            none = QAction("This guest has no stored cards", menu)
            none.setEnabled(False)
            menu.addAction(none)
        if current:
            menu.addSeparator()
            remove = QAction("Take the card off the band", menu)
            remove.triggered.connect(lambda: self.card_requested.emit(None))
            menu.addAction(remove)
        return menu

    def _more_menu(self, context: CustomerContext) -> QMenu:
        menu = QMenu(self)
        customer = context.customer
        entries: list[tuple[str, str, bool]] = [
            ("associate", "Add a new wristband (scan it next)", not customer.is_anonymised),
            ("swap", "Replace a lost wristband (scan the new one next)", context.band is not None),
            ("dissociate", "Remove this wristband from the guest", context.band is not None),
            ("", "", False),
            (
                "edit",
                "Edit the guest's details",
                not customer.is_anonymised and not customer.is_locked,
            ),
            (
                "unlock" if customer.is_locked else "lock",
                "Unlock the account" if customer.is_locked else "Lock the account",
                True,
            ),
            ("reset", "Email a password reset link", bool(customer.email)),
            ("verify", "Resend the email verification", bool(customer.email)),
            ("link", "Create a set-password link to hand over", not customer.is_anonymised),
        ]
        for key, label, enabled in entries:
            if not key:
                menu.addSeparator()
                continue
            action = QAction(label, menu)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, k=key: self.more_requested.emit(k))
            menu.addAction(action)
        return menu

    def _pick_expiry(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle("Wristband expiry")
        layout = QVBoxLayout(dialog)
        picker = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        picker.setCalendarPopup(True)
        picker.setMinimumDateTime(QDateTime.currentDateTime())
        layout.addWidget(picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec():
            chosen = picker.dateTime().toPython()
            assert isinstance(chosen, datetime)
            self.expiry_requested.emit(chosen.astimezone(UTC))
