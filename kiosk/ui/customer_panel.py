"""The guest at a glance: photo or initials, name, labels, warnings, memberships."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import GuestContext, i18n, wording
from kiosk.checkin.desk.state import DeskState
from kiosk.checkin.i18n import tr, trn
from kiosk.checkin.model import Membership
from kiosk.checkin.policy import Verdict
from kiosk.checkin.ports import Capability
from kiosk.checkin.timewords import ago
from kiosk.config import clock as wallclock
from kiosk.ui.guest_actions import WristbandCard
from kiosk.ui.scale import px
from kiosk.ui.widgets import Avatar, LabelChip, set_plain_tool_tip

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's "no maximum" for a widget's size."""
_TONE_ICON = {"good": "✔", "warn": "⚠", "bad": "✖"}
MAX_CHIPS = 4
"""Label chips shown in a row; the rest are "+N more" (a long row would widen the window)."""


def _clear(layout: QHBoxLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


VISITS_SHOWN = 5


def _height_for(widget: QWidget, width: int) -> int:
    """The height ``widget`` needs at ``width`` (its wrapped lines counted)."""
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        return int(layout.heightForWidth(width))
    if widget.hasHeightForWidth():
        return int(widget.heightForWidth(width))
    return int(widget.sizeHint().height())


def _visit_lines(context: GuestContext) -> list[str]:
    """The guest's last visits here, newest first, a line each: the day, in and out, and the
    desk that made it ("Mon 30 Nov  10:42–12:15  ·  Desk 1"). Where the wide screen had an
    empty column, the desk now answers "when were they last in, and for how long?"."""
    if not context.can(Capability.CHECK_INS):
        return []
    if "visits" in context.missing:
        return [tr("⚠ Recent visits couldn't load")]
    lines = []
    for visit in context.visits[:VISITS_SHOWN]:
        if visit.checked_in_at is None:
            continue
        start = wallclock.local(visit.checked_in_at)
        when = f"{i18n.day(start, year=False)}  {i18n.clock(start)}"
        if visit.checked_out_at is not None:
            end = wallclock.local(visit.checked_out_at)
            when += f"–{i18n.clock(end)}"
        else:
            when += " – " + tr("still in")
        parts = [when]
        if visit.device is not None and visit.device.name:
            parts.append(visit.device.name)
        if visit.queued:
            parts.append(tr("saved offline, not sent yet"))
        lines.append("  ·  ".join(parts))
    return lines


def _history(context: GuestContext) -> str:
    """Spend and the last visit, in one line each."""
    lines = []
    spend = context.spend
    if "spend" in context.missing:
        lines.append(tr("Spend couldn't load"))
    elif spend is not None and spend.orders:
        total = wording.money(spend.total, spend.currency)
        count = spend.orders
        lines.append(
            trn("Spent {total} over %n order", "Spent {total} over %n orders", count, total=total)
        )
        if spend.last_order_ref:
            amount = wording.money(spend.last_order_total, spend.currency)
            lines[-1] += "; " + (
                tr("last {order} {amount} (cancelled)", order=spend.last_order_ref, amount=amount)
                if spend.last_order_cancelled
                else tr("last {order} {amount}", order=spend.last_order_ref, amount=amount)
            )
    guest = context.guest
    if guest.last_check_in_at is not None:
        lines.append(
            tr("Last check-in {ago}", ago=ago(guest.last_check_in_at, context.looked_up_at))
            + (f" ({guest.last_check_in_method})" if guest.last_check_in_method else "")
        )
    elif context.can(Capability.CHECK_INS):
        lines.append(tr("No check-ins yet"))
    if guest.venues:
        lines.append(tr("Venues: {venues}", venues=", ".join(guest.venues)))
    if guest.marketing:
        lines.append(tr("Opted into: {lists}", lists=", ".join(guest.marketing)))
    if context.on_site_unknown:
        lines.append(tr("Couldn't check whether they are on site now"))
    return "\n".join(lines)


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class VerdictBanner(QFrame):
    """The answer first: colour, icon and words, so it reads without colour too."""

    _ICON: ClassVar[dict[str, str]] = {"admit": "✔", "warn": "⚠", "deny": "✖"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(18)
        self.icon = QLabel()
        self.icon.setObjectName("verdictIcon")
        self.headline = QLabel()
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reasons = QLabel()
        self.reasons.setObjectName("verdictReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.reasons)
        layout.addWidget(self.icon)
        layout.addLayout(text, 1)

    def show_verdict(self, verdict: Verdict) -> None:
        self.setProperty("outcome", verdict.outcome)
        _restyle(self)
        self.icon.setText(self._ICON[verdict.outcome])
        self.headline.setText(
            verdict.headline
            + (
                "  " + tr("(offline)")
                if verdict.offline
                else "  " + tr("(checking…)")
                if verdict.provisional
                else ""
            )
        )
        said = [*verdict.highlights, *(r.words for r in verdict.reasons)]
        if not verdict.reasons:
            said.append(tr("All clear."))
        self.reasons.setText("  ·  ".join(said))
        self.setAccessibleName(f"{verdict.headline}. {self.reasons.text()}")

    def show_override(self, verdict: Verdict, reason: str) -> None:
        """Staff let the guest in despite a deny: say so, and why, in the same place."""
        self.setProperty("outcome", "warn")
        _restyle(self)
        self.icon.setText("⚠")
        self.headline.setText(tr("Admitted by staff override"))
        was = "  ·  ".join(r.words for r in verdict.reasons)
        self.reasons.setText(tr("Reason: {reason}  ·  was: {was}", reason=reason, was=was))
        self.setAccessibleName(f"{self.headline.text()}. {self.reasons.text()}")


class CustomerPanel(QFrame):
    """Shows one :class:`CustomerContext`; ``show_context`` replaces whatever was there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestCard")
        column = QVBoxLayout(self)
        self._column = column
        column.setContentsMargins(24, 16, 24, 20)
        column.setSpacing(14)
        self.verdict = VerdictBanner()
        column.addWidget(self.verdict)
        # The person and the band side by side; on a portrait screen the band goes under the
        # person, its buttons right below its lines (not at the foot of a 1900 px column).
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(28)
        column.addLayout(self.body, 1)
        # The person's column scrolls on its own: beside the band card (landscape) a long
        # record (several memberships, larger text, German) never pushes the band's buttons
        # below the fold; in portrait it shows in full and the page scrolls instead.
        person_widget = QWidget()
        person_widget.setObjectName("personColumn")
        self._person_column = person_widget
        person = QHBoxLayout(person_widget)
        person.setContentsMargins(0, 0, 0, 0)
        person.setSpacing(28)
        self.person_scroll = QScrollArea()
        self.person_scroll.setObjectName("personScroll")
        self.person_scroll.setWidgetResizable(True)
        self.person_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.person_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.person_scroll.setWidget(person_widget)
        person_widget.installEventFilter(self)  # its layout asks again: fit it again (portrait)
        self.body.addWidget(self.person_scroll, 1)

        self.avatar = Avatar(self.AVATAR_PX)
        left = QVBoxLayout()
        left.addWidget(self.avatar)
        left.addStretch(1)
        person.addLayout(left)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.banners = QVBoxLayout()
        right.addLayout(self.banners)
        self.name = QLabel()
        self.name.setObjectName("guestName")
        self.name.setWordWrap(True)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.name)
        self.meta = QLabel()
        self.meta.setObjectName("guestMeta")
        self.meta.setWordWrap(True)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.meta)
        self.labels = QHBoxLayout()
        self.labels.setSpacing(8)
        labels_row = QHBoxLayout()
        labels_row.addLayout(self.labels)
        labels_row.addStretch(1)
        right.addLayout(labels_row)
        right.addSpacing(12)
        self.membership_title = QLabel(tr("MEMBERSHIP"))
        self.membership_title.setObjectName("sectionTitle")
        right.addWidget(self.membership_title)
        self.memberships = QVBoxLayout()
        self.memberships.setSpacing(12)
        right.addLayout(self.memberships)
        right.addSpacing(8)
        self.history = QLabel()
        self.history.setObjectName("membershipDetail")
        self.history.setWordWrap(True)
        right.addWidget(self.history)
        right.addSpacing(6)
        self.visits_title = QLabel(tr("RECENT VISITS"))
        self.visits_title.setObjectName("sectionTitle")
        right.addWidget(self.visits_title)
        self.visits = QLabel()
        self.visits.setObjectName("visitLines")
        self.visits.setTextFormat(Qt.TextFormat.PlainText)  # a desk's name is data, not markup
        self.visits.setWordWrap(True)
        self.visits.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.visits)
        self.notes_title = QLabel(tr("NOTES"))
        self.notes_title.setObjectName("sectionTitle")
        right.addWidget(self.notes_title)
        self.notes = QLabel()
        self.notes.setObjectName("guestNotes")
        self.notes.setWordWrap(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right.addWidget(self.notes)
        right.addStretch(1)
        person.addLayout(right, 1)
        self.band_card = WristbandCard()
        self.body.addWidget(self.band_card)
        self.body.addStretch(0)  # takes the free height in portrait; nothing in landscape
        self._shown: GuestContext | None = None
        self._highlights: tuple[str, ...] = ()
        self._scale = 1.0
        self.portrait = False
        self.set_scale(1.0)

    AVATAR_PX = 176
    BAND_CARD_PX = 440
    """The band card's width beside the person (scale 1); in portrait it takes the full width."""

    def set_scale(self, scale: float) -> None:
        """Sizes set in code for the desk's ``scale`` (the style sheet scales the type)."""
        self._scale = scale
        self.avatar.set_diameter(px(self.AVATAR_PX, scale))
        self.band_card.set_scale(scale)
        self._lay_out()
        self._choose_layout(self.width(), self.height())

    PERSON_MIN_PX = 220
    """The narrowest the person's column may be beside the band card (scale 1)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose_layout(event.size().width(), event.size().height())
        self._fit_person()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.portrait:
            QTimer.singleShot(0, self._fit_person)  # after the layout has run with the new lines
        return False

    def _fit_person(self) -> None:
        """Beside the band card the person's column takes the height there is and scrolls
        within it. Stacked (portrait, or too narrow for both): it is as tall as its contents
        where the screen has room, else as tall as leaves the verdict and the band card (its
        buttons) in view, and scrolls within that; where even that leaves no room for the name
        and photo, in full, and the page scrolls."""
        scroll = self.person_scroll
        if not self.portrait:
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            scroll.setMinimumHeight(0)
            scroll.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        content = self._person_column
        layout = content.layout()
        if layout is not None:
            layout.activate()
        margins = self._column.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)  # the column's width
        needed = max(_height_for(content, width), content.minimumSizeHint().height())
        page = self.parentWidget()  # the page's scroll area's viewport: the height on screen
        room = page.height() if page is not None else self.height()
        others = margins.top() + margins.bottom() + self.body.spacing()
        others += _height_for(self.band_card, width)
        if self.verdict.isVisibleTo(self):
            others += _height_for(self.verdict, width) + self._column.spacing()
        fits = room - others
        # no room even for the name and photo beside a scroll bar: the person in full, and the
        # page scrolls (one scroll, not one inside another)
        height = needed if fits < px(self.PERSON_FLOOR_PX, self._scale) else min(needed, fits)
        scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if height < needed
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if (scroll.minimumHeight(), scroll.maximumHeight()) != (height, height):
            scroll.setFixedHeight(height)

    PERSON_FLOOR_PX = 150
    """Stacked on a short screen, the person's column is never cut shorter than this (scale
    1): the name and photo stay in view."""

    def _choose_layout(self, width: int, height: int) -> None:
        """The band under the person on a portrait screen, and wherever the two side by side
        would not fit (large text on a 1024 px screen): its buttons are never off the edge."""
        beside = px(self.AVATAR_PX + self.PERSON_MIN_PX + self.BAND_CARD_PX + 56 + 48, self._scale)
        portrait = height > width or width < beside
        if portrait != self.portrait:
            self.portrait = portrait
            self._lay_out()
            self._fit_person()

    def _lay_out(self) -> None:
        """Side by side, or (portrait) the band under the person with the free space below."""
        if self.portrait:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.band_card.setMinimumWidth(0)
            self.band_card.setMaximumWidth(QWIDGETSIZE_MAX)
            self.body.setStretch(0, 0)
            self.body.setStretch(2, 1)
        else:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.band_card.setFixedWidth(px(self.BAND_CARD_PX, self._scale))
            self.body.setStretch(0, 1)
            self.body.setStretch(2, 0)

    def show_state(self, state: DeskState) -> None:
        """The guest in ``state`` (the banner, the person, the band); no guest: cleared."""
        context = state.context
        if context is None:
            self.clear()
            return
        verdict = state.verdict
        if verdict is not None:
            if state.overridden and verdict.outcome == "deny":
                self.verdict.show_override(verdict, state.overridden)
            else:
                self.verdict.show_verdict(verdict)
        self.verdict.setVisible(verdict is not None)
        self._highlights = verdict.highlights if verdict is not None else ()
        self.band_card.show_state(state)
        if context is self._shown:
            return  # the same snapshot: the person's side is already drawn
        self._shown = context
        self.history.setText(_history(context))
        visit_lines = _visit_lines(context)
        self.visits.setText("\n".join(visit_lines))
        self.visits_title.setVisible(bool(visit_lines))
        self.visits.setVisible(bool(visit_lines))
        guest = context.guest
        has_memberships = context.can(Capability.MEMBERSHIPS)
        self.membership_title.setVisible(has_memberships)
        has_notes = context.can(Capability.NOTES)
        self.notes_title.setVisible(has_notes)
        self.notes.setVisible(has_notes)
        self.notes.setText(guest.notes or tr("No notes yet."))
        self.notes.setAccessibleName(tr("Notes: {notes}", notes=guest.notes or tr("none")))
        self.avatar.show_guest(guest.initials, state.picture)
        if "photo" in context.missing:
            self.avatar.setAccessibleName(
                tr("Photo couldn't load; initials {initials}", initials=guest.initials)
            )
        self.name.setText(guest.display_name)
        self.name.setAccessibleName(tr("Guest name: {name}", name=guest.display_name))
        if not context.can(Capability.WRISTBANDS):
            self.meta.setText(tr("Opened by their card or a search"))
        elif context.matched_by == "id":
            self.meta.setText(tr("Opened by customer record (no wristband scanned)"))
        else:
            self.meta.setText(tr("Found by wristband {code}", code=context.code))
        if guest.company:
            self.meta.setText(f"{guest.company} · {self.meta.text()}")
        if context.as_of is not None:
            as_of = wallclock.local(context.as_of)
            how = tr("still checking") if context.provisional else tr("offline")
            self.meta.setText(
                self.meta.text()
                + " · "
                + tr(
                    "from the local copy ({how}), as of {day} {time}",
                    how=how,
                    day=i18n.day(as_of, year=False),
                    time=i18n.clock(as_of),
                )
            )

        _clear(self.banners)
        if guest.anonymised:
            self._banner("✖  " + tr("This guest's record has been anonymised"), "bad")
        if guest.locked:
            self._banner("✖  " + tr("Account locked: details can't be changed"), "bad")
        if "photo" in context.missing:
            self._banner("⚠  " + tr("The photo couldn't load"), "warn")

        _clear(self.labels)
        shown = guest.labels[:MAX_CHIPS]
        for label in shown:
            self.labels.addWidget(LabelChip(label.name, label.colour))
        if len(guest.labels) > len(shown):  # a row of chips must not widen the window
            rest = guest.labels[len(shown) :]
            more = LabelChip(tr("+{count} more", count=len(rest)), "#5f6b6d")
            set_plain_tool_tip(more, ", ".join(label.name for label in rest))
            more.setAccessibleName(tr("More labels: ") + ", ".join(label.name for label in rest))
            self.labels.addWidget(more)

        _clear(self.memberships)
        if not has_memberships:
            pass  # this guest system has none: no section, no "No membership"
        elif "memberships" in context.missing:
            failed = QLabel(tr("⚠ Memberships couldn't load"))
            failed.setObjectName("membershipLine")
            self.memberships.addWidget(failed)
        elif not context.memberships:
            none = QLabel(tr("No membership"))
            none.setObjectName("membershipLine")
            self.memberships.addWidget(none)
        for membership in context.memberships:
            self.memberships.addWidget(self._membership_row(membership))
        loud = {x.removeprefix("★ ").casefold() for x in (self._highlights or ())}
        for index in range(self.labels.count()):
            item = self.labels.itemAt(index)
            chip = item.widget() if item is not None else None
            if isinstance(chip, LabelChip) and chip.name.casefold() in loud:
                chip.make_loud()
        self._fit_person()

    def clear(self) -> None:
        """Forget the guest: no name, photo, labels or memberships left in any widget."""
        self._shown = None
        self.avatar.show_guest("", None)
        for label in (self.name, self.meta, self.history, self.notes, self.visits):
            label.clear()
        for layout in (self.banners, self.labels, self.memberships):
            _clear(layout)
        self.band_card.clear()

    def _banner(self, text: str, tone: str) -> None:
        banner = QLabel(text)
        banner.setObjectName("banner")
        banner.setWordWrap(True)  # wraps in the column it has; never widens the window
        banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        name = QLabel(membership.name)
        name.setObjectName("membershipLine")
        name.setWordWrap(True)  # a long plan name wraps beside its status
        tone = wording.status_tone(membership.status)
        pill = QLabel(f"{_TONE_ICON[tone]} {wording.membership_status(membership.status)}")
        pill.setObjectName("statusPill")
        pill.setWordWrap(True)  # "Waiting for a direct-debit mandate" must not widen the window
        pill.setProperty("tone", tone)
        top.addWidget(name)
        top.addWidget(pill)
        top.addStretch(1)
        layout.addLayout(top)
        details = []
        if membership.status in ("expired", "inactive") and membership.ends:
            details.append(tr("Ended {day}", day=wording.short_date(membership.ends)))
        elif membership.status == "upcoming" and membership.starts:
            details.append(tr("Starts {day}", day=wording.short_date(membership.starts)))
        elif membership.starts:
            details.append(tr("Since {day}", day=wording.short_date(membership.starts)))
        reason = wording.attention_reason(membership.attention_reason)
        if reason:
            details.append(reason)
        if membership.rate_name:
            price = membership.rate_price
            amount = wording.money(price.amount, price.currency) if price else ""
            details.append(f"{membership.rate_name} {amount}".strip())
        charge = membership.next_charge
        if charge is not None:
            when = wording.short_date(membership.next_charge_on)
            details.append(
                tr(
                    "Next charge {amount} on {day}",
                    amount=wording.money(charge.amount, charge.currency),
                    day=when,
                )
            )
        if details:
            detail = QLabel(" · ".join(details))
            detail.setObjectName("membershipDetail")
            detail.setWordWrap(True)
            layout.addWidget(detail)
        return row
