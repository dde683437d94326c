"""The guest at a glance: photo or initials, name, labels, warnings, memberships."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import Membership
from kiosk.checkin import CustomerContext, wording
from kiosk.ui.widgets import Avatar, LabelChip

_TONE_ICON = {"good": "✔", "warn": "⚠", "bad": "✖"}


def _clear(layout: QHBoxLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CustomerPanel(QFrame):
    """Shows one :class:`CustomerContext`; ``show_context`` replaces whatever was there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.setSpacing(32)

        self.avatar = Avatar(176)
        left = QVBoxLayout()
        left.addWidget(self.avatar)
        left.addStretch(1)
        outer.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.banners = QVBoxLayout()
        right.addLayout(self.banners)
        self.name = QLabel()
        self.name.setObjectName("guestName")
        self.name.setWordWrap(True)
        right.addWidget(self.name)
        self.meta = QLabel()
        self.meta.setObjectName("guestMeta")
        right.addWidget(self.meta)
        self.labels = QHBoxLayout()
        self.labels.setSpacing(8)
        labels_row = QHBoxLayout()
        labels_row.addLayout(self.labels)
        labels_row.addStretch(1)
        right.addLayout(labels_row)
        right.addSpacing(12)
        title = QLabel("MEMBERSHIP")
        title.setObjectName("sectionTitle")
        right.addWidget(title)
        self.memberships = QVBoxLayout()
        self.memberships.setSpacing(12)
        right.addLayout(self.memberships)
        right.addStretch(1)
        outer.addLayout(right, 1)

    def show_context(self, context: CustomerContext, photo: QImage | None) -> None:
        customer = context.customer
        self.avatar.show_guest(customer.initials, photo)
        self.name.setText(customer.display_name)
        self.name.setAccessibleName(f"Guest name: {customer.display_name}")
        via = "customer id" if context.matched_by == "customer_id" else "wristband"
        self.meta.setText(f"Found by {via} {context.code}")

        _clear(self.banners)
        if customer.is_anonymised:
            self._banner("✖  This guest's record has been anonymised", "bad")
        if customer.is_locked:
            self._banner("✖  Account locked: details can't be changed", "bad")

        _clear(self.labels)
        for label in customer.labels:
            self.labels.addWidget(LabelChip(label.name, label.colour))

        _clear(self.memberships)
        if not context.memberships:
            none = QLabel("No membership")
            none.setObjectName("membershipLine")
            self.memberships.addWidget(none)
        for membership in context.memberships:
            self.memberships.addWidget(self._membership_row(membership))

    def _banner(self, text: str, tone: str) -> None:
        banner = QLabel(text)
        banner.setObjectName("banner")
        banner.setProperty("tone", tone)
        _restyle(banner)
        self.banners.addWidget(banner)

    @staticmethod
    def _membership_row(membership: Membership) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(14)
        name = QLabel(membership.type_name)
        name.setObjectName("membershipLine")
        tone = wording.status_tone(membership.status)
        pill = QLabel(f"{_TONE_ICON[tone]} {wording.membership_status(membership.status)}")
        pill.setObjectName("statusPill")
        pill.setProperty("tone", tone)
        top.addWidget(name)
        top.addWidget(pill)
        top.addStretch(1)
        layout.addLayout(top)
        details = []
        reason = wording.attention_reason(membership.attention_reason)
        if reason:
            details.append(reason)
        if membership.rate and membership.rate.name:
            price = wording.money(membership.rate.price, membership.rate.currency)
            details.append(f"{membership.rate.name} {price}".strip())
        charge = membership.next_charge
        if charge and charge.amount is not None:
            when = wording.short_date(membership.next_billing_date or charge.billing_period_from)
            details.append(f"Next charge {wording.money(charge.amount, charge.currency)} on {when}")
        if details:
            detail = QLabel(" · ".join(details))
            detail.setObjectName("membershipDetail")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        return row
