"""The wristband card and its actions, rendered from the desk session's state.

The big button does what the state says (check in, check out, "Override...", "Check again");
Expiry, Card and More are menus of two taps each. The menus are built once per card and refilled
when another guest or another snapshot is shown (their old entries are freed, so a thousand scans
leave nothing behind). Every request carries the id of the guest the menu was filled for: the
session refuses one that reaches it after another guest took the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
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

from kiosk.checkin import i18n, wording
from kiosk.checkin.actions import ActionKind, expiry_presets
from kiosk.checkin.desk.state import Activity, Control, DeskState, Primary
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band, Site, Spend
from kiosk.checkin.ports import Capability
from kiosk.checkin.timewords import expiry_words, site_zone
from kiosk.config import clock as wallclock
from kiosk.ui.scale import px

PRIMARY_TEXT = {
    Primary.NONE: N_("✔ Check in"),
    Primary.CHECK_IN: N_("✔ Check in"),
    Primary.CHECK_IN_CONFIRM: N_("Check in…"),
    Primary.CHECK_OUT: N_("Check out"),
    Primary.OVERRIDE: N_("Override and check in…"),
    Primary.CHECK_AGAIN: N_("↻ Check again"),
}
PRIMARY_NAME = {
    Primary.NONE: N_("Check the guest in"),
    Primary.CHECK_IN: N_("Check the guest in"),
    Primary.CHECK_IN_CONFIRM: N_("Check the guest in, after a confirmation"),
    Primary.CHECK_OUT: N_("Check the guest out"),
    Primary.OVERRIDE: N_("Admit anyway, with a reason"),
    Primary.CHECK_AGAIN: N_("Check again whether the last change was saved"),
}


def _sentence(text: str) -> str:
    """Capital first letter only ("expires ... 30 Nov" must keep its "Nov")."""
    return text[:1].upper() + text[1:]


class WristbandCard(QFrame):
    """Shows the scanned band and offers the actions on it."""

    primary_requested = Signal(str, str)  # guest id, Primary
    action_requested = Signal(str, str, object)  # guest id, ActionKind, value
    band_scan_requested = Signal(str, str)  # guest id, "associate" | "swap"
    confirm_requested = Signal(str, str)  # guest id, an ActionKind that asks first
    erase_requested = Signal(str)  # guest id: anonymise, behind a typed confirmation
    edit_requested = Signal(str)  # guest id
    note_requested = Signal(str)  # guest id: a note, in a small dialog
    label_requested = Signal(str)  # guest id: a label, in a small dialog
    print_requested = Signal(str, bool)  # guest id, the same code again
    use_printed_requested = Signal(str)  # guest id: associate the band just printed
    reprint_own_requested = Signal(str)  # guest id: the scanned band printed again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bandCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        self.title = QLabel(tr("WRISTBAND"))
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
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
        for widget in (self.code, self.expiry, self.card, self.order, self.others):
            # Long lines wrap inside the card; they must never widen the window.
            widget.setWordWrap(True)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.feedback = QLabel()
        self.feedback.setObjectName("actionFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.feedback)
        self.print_button = QPushButton(tr("Print a band"))
        self.print_button.setObjectName("printAction")
        self.print_button.setAccessibleName(tr("Print a new wristband for this guest"))
        self.print_button.clicked.connect(lambda: self._print_clicked(False))
        self.use_printed_button = QPushButton(tr("✔ Use the printed band"))
        self.use_printed_button.setObjectName("printAction")
        self.use_printed_button.setAccessibleName(tr("Give the guest the band just printed"))
        self.use_printed_button.clicked.connect(self._use_printed_clicked)
        self.print_again_button = QPushButton(tr("Reprint"))
        self.print_again_button.setObjectName("secondaryAction")
        self.print_again_button.setAccessibleName(tr("Print the same band again"))
        self.print_again_button.clicked.connect(lambda: self._print_clicked(True))
        # one row: "Print a band", or once printed "Use the printed band" (the tap that
        # matters, wider) beside "Print it again"
        print_row = QHBoxLayout()
        print_row.setSpacing(10)
        print_row.addWidget(self.print_button, 1)
        print_row.addWidget(self.use_printed_button, 1)
        print_row.addWidget(self.print_again_button, 0)
        layout.addLayout(print_row)
        for button in (self.print_button, self.use_printed_button, self.print_again_button):
            button.hide()
        self._can_print = False
        self.check_in_button = QPushButton(tr("✔ Check in"))
        self.check_in_button.setObjectName("primaryAction")
        self.check_in_button.setAccessibleName(tr("Check the guest in"))
        self.check_in_button.clicked.connect(self._primary_clicked)
        self.extend_button = QPushButton(tr("Expiry"))
        self.card_button = QPushButton(tr("Card"))
        self.more_button = QPushButton(tr("More"))
        self.extend_button.setAccessibleName(tr("Change the wristband's expiry"))
        self.card_button.setAccessibleName(tr("Put a card on the wristband or take it off"))
        self.more_button.setAccessibleName(tr("More actions: bands, account, password"))
        self.expiry_menu = QMenu(self)
        self.card_menu = QMenu(self)
        self.more_menu = QMenu(self)
        for button, menu in (
            (self.extend_button, self.expiry_menu),
            (self.card_button, self.card_menu),
            (self.more_button, self.more_menu),
        ):
            button.setObjectName("secondaryAction")
            button.setMenu(menu)
        self.set_scale(1.0)
        # The common action gets a row of its own; the menus share the row below it.
        layout.addWidget(self.check_in_button)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for button in (self.extend_button, self.card_button, self.more_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._menus_for: GuestContext | None = None
        self._guest_id = ""
        self._primary = Primary.NONE
        self._dialogs: list[QDialog] = []
        self.keep_in_mode: Callable[[str, QDialog], object] | None = None
        """The desk's window keeper (a dialog of this card belongs to the mode it opened in)."""

    ACTION_PX = 56
    """The action buttons' height at scale 1: bigger than the 48 px touch minimum."""

    def set_scale(self, scale: float) -> None:
        """Button heights for the desk's ``scale`` (the style sheet scales the rest)."""
        for button in (
            self.check_in_button,
            self.extend_button,
            self.card_button,
            self.more_button,
            self.print_button,
            self.use_printed_button,
            self.print_again_button,
        ):
            button.setMinimumHeight(px(self.ACTION_PX, scale))

    # ------------------------------------------------------------------ rendering

    def show_state(self, state: DeskState) -> None:
        context = state.context
        if context is None:
            self.clear()
            return
        self._guest_id = context.guest.id
        self._primary = state.primary
        self.check_in_button.setText(tr(PRIMARY_TEXT[state.primary]))
        self.check_in_button.setAccessibleName(tr(PRIMARY_NAME[state.primary]))
        self.check_in_button.setProperty("checkedIn", state.primary is Primary.CHECK_OUT)
        self.check_in_button.setProperty("override", state.primary is Primary.OVERRIDE)
        self.check_in_button.style().unpolish(self.check_in_button)
        self.check_in_button.style().polish(self.check_in_button)
        self.check_in_button.setVisible(context.can(Capability.CHECK_INS))
        self.extend_button.setVisible(context.can(Capability.BAND_EXPIRY))
        self.card_button.setVisible(context.can(Capability.BAND_CARDS))
        for button, control in (
            (self.check_in_button, Control.PRIMARY),
            (self.extend_button, Control.EXPIRY),
            (self.card_button, Control.CARD),
            (self.more_button, Control.MORE),
        ):
            button.setEnabled(state.enabled(control))
            if control is not Control.PRIMARY:
                button.setToolTip(
                    tr("Needs the connection to the guest system") if state.offline else ""
                )
        feedback = state.feedback
        text = feedback.text if feedback else ""
        if state.activity in (Activity.SAVING, Activity.CHECKING) and not text:
            text = state.doing
        self.feedback.setText(text)
        self.feedback.setProperty("tone", feedback.tone if feedback else "info")
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self._show_printing(state)
        if context is not self._menus_for or state.can_print != self._can_print:
            self._can_print = state.can_print
            self._show_band(context)
            self._fill_menus(context)
            self._menus_for = context

    def _show_printing(self, state: DeskState) -> None:
        printing = state.printing
        busy = printing is not None and printing.phase == "printing"
        self.print_button.setVisible(state.offers_print or busy)
        self.print_button.setEnabled(not busy)
        self.print_button.setText(tr("Printing…") if busy else tr("Print a band"))
        self.use_printed_button.setVisible(state.offers_printed)
        self.print_again_button.setVisible(state.offers_printed)

    def _print_clicked(self, again: bool) -> None:
        if self._guest_id:
            self.print_requested.emit(self._guest_id, again)

    def _use_printed_clicked(self) -> None:
        if self._guest_id:
            self.use_printed_requested.emit(self._guest_id)

    def _show_band(self, context: GuestContext) -> None:
        zone = site_zone(context.site.timezone if context.site else None)
        now = wallclock.now()
        band = context.band
        if not context.can(Capability.WRISTBANDS):
            # a guest system without wristbands: the card that was scanned, and no band lines
            self.title.setText(tr("GUEST CARD"))
            self.code.setText(context.code)
            for label in (self.expiry, self.card, self.order, self.others):
                label.setText("")
            self._hide_empty_lines()
            return
        self.title.setText(tr("WRISTBAND"))
        if band is None:
            if context.band_unknown:
                self.code.setText(context.code)
                self.expiry.setText(tr("⚠ The wristband's details couldn't load."))
            else:
                self.code.setText(tr("No wristband"))
                self.expiry.setText(tr("No wristband was scanned."))
            self.card.setText("")
            self.order.setText("")
        else:
            self.code.setText(band.code)
            expired = band.expires_at is not None and band.expires_at <= now
            self.expiry.setText(
                ("✖ " if expired else "") + _sentence(expiry_words(band.expires_at, zone, now))
            )
            if band.card is None:
                self.card.setText(
                    tr("✖ No card on this band: nothing can be charged to it")
                    if band.order_open
                    else tr("No card on this band")
                )
            else:
                problem = band.card.problem(now)
                # the label already shows the expiry date: say just what is wrong with it
                suffix = f" — {problem.split()[0]}" if problem else ""
                self.card.setText(band.card.label + suffix)
            self.order.setText(tab_words(band, context.spend, zone, context.site, now))
        others = [b.code for b in context.other_bands]
        self.others.setText(tr("Other bands: {codes}", codes=", ".join(others)) if others else "")
        self._hide_empty_lines()

    def _hide_empty_lines(self) -> None:
        """An empty line takes no room (with a tab, a print row and two lines of feedback the
        card must still fit a 1280x800 desk)."""
        for label in (self.expiry, self.card, self.order, self.others):
            label.setVisible(bool(label.text()))

    def clear(self) -> None:
        self.close_guest_ui()
        self._menus_for = None
        self._guest_id = ""
        for label in (self.code, self.expiry, self.card, self.order, self.others, self.feedback):
            label.clear()
        for button in (self.print_button, self.use_printed_button, self.print_again_button):
            button.hide()
        for menu in (self.expiry_menu, self.card_menu, self.more_menu):
            menu.clear()
        for button in (
            self.check_in_button,
            self.extend_button,
            self.card_button,
            self.more_button,
        ):
            button.setEnabled(False)

    def close_guest_ui(self) -> None:
        """Another guest took the screen: close this guest's open menus and dialogs."""
        for menu in (self.expiry_menu, self.card_menu, self.more_menu):
            if menu.isVisible():
                menu.close()
        for dialog in list(self._dialogs):
            dialog.reject()
        self._dialogs.clear()

    def track(self, dialog: QDialog) -> QDialog:
        """A dialog about the guest on screen: closed when another guest is shown."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._forget(d))
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    # ------------------------------------------------------------------ menus

    def _add(self, menu: QMenu, text: str, enabled: bool, handler: Any) -> QAction:
        action = QAction(text, menu)  # owned by the menu: freed by menu.clear()
        action.setEnabled(enabled)
        action.triggered.connect(handler)
        menu.addAction(action)
        return action

    def _fill_menus(self, context: GuestContext) -> None:
        for menu in (self.expiry_menu, self.card_menu, self.more_menu):
            menu.clear()
        gid = context.guest.id
        self._fill_expiry(context, gid)
        self._fill_cards(context, gid)
        self._fill_more(context, gid)

    def _fill_expiry(self, context: GuestContext, gid: str) -> None:
        menu = self.expiry_menu
        band = context.band
        zone = site_zone(context.site.timezone if context.site else None)
        for label, until in expiry_presets(band.expires_at if band else None, zone):
            at = until.astimezone(zone)
            local = f"{i18n.weekday(at)[:3]} {i18n.day(at, year=False)} {i18n.clock(at)}"
            self._add(
                menu,
                f"{label}  ({local})",
                True,
                lambda _=False, u=until: self.action_requested.emit(gid, ActionKind.SET_EXPIRY, u),
            )
        self._add(menu, tr("Pick a date and time…"), True, lambda _=False: self._pick_expiry(gid))
        menu.addSeparator()
        self._add(
            menu,
            tr("Never expires (clear expiry)"),
            True,
            lambda _=False: self.action_requested.emit(gid, ActionKind.SET_EXPIRY, None),
        )

    def _fill_cards(self, context: GuestContext, gid: str) -> None:
        menu = self.card_menu
        now = wallclock.now()
        band = context.band
        current = band.card.id if band and band.card else None
        if "cards" in context.missing:
            self._add(menu, tr("The guest's cards couldn't load: scan again"), False, lambda: None)
        for card in context.cards:
            problem = card.problem(now)
            label = card.label + (f" — {problem.split()[0]}" if problem else "")
            if card.id == current:
                label += "  " + tr("(on the band)")
            self._add(
                menu,
                label,
                problem is None and card.id != current,
                lambda _=False, c=card.id: self.action_requested.emit(gid, ActionKind.SET_CARD, c),
            )
        if not context.cards and "cards" not in context.missing:
            self._add(menu, tr("This guest has no stored cards"), False, lambda: None)
        if current:
            menu.addSeparator()
            self._add(
                menu,
                tr("Take the card off the band"),
                True,
                lambda _=False: self.action_requested.emit(gid, ActionKind.SET_CARD, None),
            )

    def _fill_more(self, context: GuestContext, gid: str) -> None:
        menu = self.more_menu
        guest = context.guest
        bands = context.can(Capability.WRISTBANDS)
        has_band = context.band is not None
        if bands:
            self._add(
                menu,
                tr("Add a new wristband (scan it next)"),
                not guest.anonymised,
                lambda _=False: self.band_scan_requested.emit(gid, "associate"),
            )
            self._add(
                menu,
                tr("Replace a lost wristband (scan the new one next)"),
                has_band,
                lambda _=False: self.band_scan_requested.emit(gid, "swap"),
            )
            if self._can_print:
                self._add(
                    menu,
                    tr("Print a new wristband"),
                    not guest.anonymised,
                    lambda _=False: self.print_requested.emit(gid, False),
                )
                self._add(
                    menu,
                    tr("Print this wristband again"),
                    has_band and not guest.anonymised,
                    lambda _=False: self.reprint_own_requested.emit(gid),
                )
            self._add(
                menu,
                tr("Remove this wristband from the guest"),
                has_band,
                lambda _=False: self.confirm_requested.emit(gid, ActionKind.REMOVE_BAND),
            )
            menu.addSeparator()
        if context.can(Capability.EDIT):
            self._add(
                menu,
                tr("Edit the guest's details"),
                not guest.anonymised and not guest.locked,
                lambda _=False: self.edit_requested.emit(gid),
            )
        if context.can(Capability.NOTES):
            self._add(
                menu,
                tr("Add a note…"),
                not guest.anonymised,
                lambda _=False: self.note_requested.emit(gid),
            )
        if context.can(Capability.LABELS):
            self._add(
                menu,
                tr("Add a label…"),
                not guest.anonymised,
                lambda _=False: self.label_requested.emit(gid),
            )
        if context.can(Capability.LOCK):
            if guest.locked:
                self._add(
                    menu,
                    tr("Unlock the account"),
                    True,
                    lambda _=False: self.action_requested.emit(gid, ActionKind.UNLOCK, None),
                )
            else:
                self._add(
                    menu,
                    tr("Lock the account"),
                    True,
                    lambda _=False: self.confirm_requested.emit(gid, ActionKind.LOCK),
                )
        if context.can(Capability.ANONYMISE) and not guest.anonymised:
            self._add(
                menu,
                tr("Anonymise on the guest's request…"),
                True,
                lambda _=False: self.erase_requested.emit(gid),
            )
        if context.can(Capability.PASSWORD_EMAILS):
            for kind, label in (
                (ActionKind.PASSWORD_RESET, tr("Email a password reset link")),
                (ActionKind.VERIFICATION, tr("Resend the email verification")),
            ):
                self._add(
                    menu,
                    label + "…",
                    bool(guest.email),
                    lambda _=False, k=kind: self.confirm_requested.emit(gid, k),  # the guest
                    # gets an email: ask once
                )
        if context.can(Capability.SET_PASSWORD_LINK):
            self._add(
                menu,
                tr("Create a set-password link to hand over"),
                not guest.anonymised,
                lambda _=False: self.action_requested.emit(gid, ActionKind.PASSWORD_LINK, None),
            )

    # ------------------------------------------------------------------ inputs

    def _primary_clicked(self) -> None:
        if self._guest_id:
            self.primary_requested.emit(self._guest_id, str(self._primary))

    def _pick_expiry(self, gid: str) -> None:
        dialog = self.track(QDialog(self))
        if self.keep_in_mode is not None:
            self.keep_in_mode("expiry", dialog)
        dialog.setWindowTitle(tr("Wristband expiry"))
        dialog.setMinimumWidth(420)
        layout = QVBoxLayout(dialog)
        now = QDateTime.fromSecsSinceEpoch(int(wallclock.wall()))  # the clock port's now
        picker = QDateTimeEdit(now.addSecs(3600))
        picker.setCalendarPopup(True)
        picker.setMinimumDateTime(now)
        picker.setMinimumHeight(48)
        picker.setObjectName("expiryPicker")
        picker.setAccessibleName(tr("The wristband's new expiry date and time"))
        calendar = picker.calendarWidget()
        calendar.setObjectName("expiryCalendar")
        # touched at a desk: seven columns and seven rows of 56 px under its 80 px bar (Qt's were
        # 33x18), no week numbers taking a column
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setMinimumSize(7 * 56, 7 * 56 + 80)
        layout.addWidget(picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.buttons():
            button.setMinimumSize(120, 48)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)

        def chosen() -> None:
            moment = picker.dateTime().toPython()
            assert isinstance(moment, datetime)
            self.action_requested.emit(gid, ActionKind.SET_EXPIRY, moment.astimezone(UTC))

        dialog.accepted.connect(chosen)
        dialog.open()


def tab_words(
    band: Band, spend: Spend | None, zone: tzinfo, site: Site | None, now: datetime
) -> str:
    """The band's order at the till: an open tab with its running total, and what the guest
    has spent here today where the recent orders say."""
    parts: list[str] = []
    total = band.order_total
    if band.order_ref and band.order_open:
        parts.append(
            tr(
                "Open tab {order}: {amount} so far",
                order=band.order_ref,
                amount=wording.money(total.amount, total.currency),
            )
            if total is not None
            else tr("Open order {order}", order=band.order_ref)
        )
    elif band.order_ref:
        parts.append(tr("Order {order} (closed)", order=band.order_ref))
    if spend is not None:
        today = spend.spent_on(now.astimezone(zone).date(), zone, site.id if site else None)
        if today:
            parts.append(tr("Spent today: {amount}", amount=wording.money(today, spend.currency)))
    return "\n".join(parts)
