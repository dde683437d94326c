"""Who is in now, as a window over the desk: the guests on site (photo or initials, name, time
in, membership, band), searchable by name or band code, a check-out for the chosen one, and
how fresh the list is. It renders :class:`kiosk.checkin.on_site.OnSiteState`."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import i18n, wording
from kiosk.checkin.i18n import tr, trn
from kiosk.checkin.model import OnSite
from kiosk.checkin.on_site import OnSiteSession, OnSiteState, band_expired
from kiosk.checkin.timewords import expiry_words, site_zone
from kiosk.config import clock as wallclock
from kiosk.ui.widgets import Avatar

TOUCH_PX = 48
ROW_PX = 56


def count_words(state: OnSiteState) -> str:
    """The header's "42 on site" (before the first answer: not known yet)."""
    if not state.loaded:
        return tr("On site: …")
    return trn("%n on site", "%n on site", state.count)


AnyIndex = QModelIndex | QPersistentModelIndex


class OnSiteModel(QAbstractTableModel):
    """The rows for the table, asked for only as they scroll into view: 500 guests cost the
    GUI thread what a screenful does."""

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.rows: tuple[OnSite, ...] = ()
        self._pictures: dict[str, object] = {}
        self._icons: dict[str, QIcon] = {}
        self._now = wallclock.now()
        self._headers = [tr("Guest"), tr("In since"), tr("Membership"), tr("Wristband")]

    def show_rows(self, rows: tuple[OnSite, ...], pictures: dict[str, object]) -> None:
        self.beginResetModel()
        self.rows, self._pictures, self._now = rows, pictures, wallclock.now()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return text.replace("\n", ", ") or tr("not known")
            return text
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and band_expired(row, self._now):
            return QBrush(QColor("#a3261b"))  # with ✖ and words, never the colour alone
        if role == Qt.ItemDataRole.UserRole:
            return row.visit.id
        return None

    def _text(self, row: OnSite, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            since = row.visit.checked_in_at
            return i18n.clock(since.astimezone(self._zone)) if since else ""
        if column == 2:
            membership = row.membership
            if membership is None:
                return ""
            return tr(
                "{membership} ({status})",
                membership=membership.name,
                status=wording.membership_status(membership.status),
            )
        return _band_words(row, self._now, self._zone)

    def _icon(self, row: OnSite) -> QIcon:
        picture = self._pictures.get(row.guest_id)
        key = f"{row.guest_id}:{'photo' if picture is not None else row.initials}"
        icon = self._icons.get(key)
        if icon is None:
            avatar = Avatar(ROW_PX - 12)
            avatar.show_guest(row.initials, picture if isinstance(picture, QImage) else None)
            icon = QIcon(avatar.grab())
            avatar.deleteLater()
            self._icons[key] = icon
        return icon


class SharedWidthTable(QTableView):
    """The columns share the width 3 : 1.3 : 3 : 4 (the band's words are the longest), set as
    the table is resized, never measured from the rows."""

    SHARES = (3.0, 1.3, 3.0, 4.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        total = sum(self.SHARES)
        for column, share in enumerate(self.SHARES[:-1]):
            self.horizontalHeader().resizeSection(column, int(width * share / total))


class OnSiteWindow(QDialog):
    def __init__(
        self, session: OnSiteSession, zone: ZoneInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._zone = zone or site_zone(None)
        self.setObjectName("onSiteWindow")
        self.setWindowTitle(tr("Who is in now"))
        self.setMinimumSize(900, 600)
        self.session = session
        self._shown: tuple[object, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        layout.addWidget(self.title)
        self.freshness = QLabel()
        self.freshness.setObjectName("onSiteFreshness")
        self.freshness.setWordWrap(True)
        layout.addWidget(self.freshness)
        self.search = QLineEdit()
        self.search.setObjectName("onSiteSearch")
        self.search.setPlaceholderText(tr("Name or band code"))
        self.search.setAccessibleName(tr("Find a guest on site by name or band code"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH_PX)
        self.search.textEdited.connect(session.search)
        layout.addWidget(self.search)
        self.model = OnSiteModel(self._zone, self)
        self.table = SharedWidthTable()
        self.table.setObjectName("onSiteTable")
        self.table.setAccessibleName(tr("Guests on site"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures 500 rows
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)  # a long plan or band wraps in its cell, never off the side
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setIconSize(QSize(ROW_PX - 12, ROW_PX - 12))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.table.activated.connect(lambda _: self._check_out())
        layout.addWidget(self.table, 1)
        self.said = QLabel()
        self.said.setObjectName("onSiteSaid")
        self.said.setWordWrap(True)
        self.said.setAccessibleName(tr("What the last check-out did"))
        layout.addWidget(self.said)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setAccessibleName(tr("Read the list again now"))
        self.refresh_button.clicked.connect(session.refresh)
        self.check_out_button = QPushButton(tr("Check out"))
        self.check_out_button.setObjectName("primaryAction")
        self.check_out_button.setAccessibleName(tr("Check the chosen guest out"))
        self.check_out_button.clicked.connect(self._check_out)
        close = QPushButton(tr("Close"))
        close.setAccessibleName(tr("Close who is in now"))
        close.clicked.connect(self.accept)
        for button in (self.refresh_button, close, self.check_out_button):
            button.setMinimumSize(160, TOUCH_PX)
            button.setAutoDefault(False)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.check_out_button)
        layout.addLayout(row)
        session.changed.connect(self.show_state)
        self.show_state(session.state)
        self.search.setFocus()

    # ------------------------------------------------------------------ rendering

    def show_state(self, state: OnSiteState) -> None:
        self.title.setText(count_words(state))
        self.freshness.setText(_freshness(state))
        self.freshness.setProperty("tone", "warn" if state.as_of or state.failure else "")
        shown = state.shown
        key = (shown, state.pictures)
        if key != self._shown:
            self._shown = key
            self._fill(shown, state)
        self.said.setText(state.said.words if state.said else "")
        self.said.setProperty("tone", state.said.tone if state.said else "")
        for label in (self.freshness, self.said):
            label.style().unpolish(label)
            label.style().polish(label)
        self.refresh_button.setEnabled(not state.loading)
        self._buttons()

    def _fill(self, rows: tuple[OnSite, ...], state: OnSiteState) -> None:
        chosen = self.chosen_visit()
        self.model.show_rows(rows, state.pictures)
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.visit.id == chosen:
                    self.table.selectRow(index)
                    break

    def chosen_visit(self) -> str | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked:
            return None
        return str(self.model.data(picked[0], Qt.ItemDataRole.UserRole))

    def _buttons(self) -> None:
        chosen = self.chosen_visit()
        self.check_out_button.setEnabled(
            chosen is not None and chosen not in self.session.state.checking_out
        )

    def _check_out(self) -> None:
        chosen = self.chosen_visit()
        if chosen is not None and self.check_out_button.isEnabled():
            self.session.check_out(chosen)

    def done(self, result: int) -> None:
        self.session.changed.disconnect(self.show_state)
        super().done(result)


def _freshness(state: OnSiteState) -> str:
    if state.as_of is not None:
        local = wallclock.local(state.as_of)
        return tr(
            "Offline: from the local copy, as of {day} {time}.",
            day=i18n.day(local, year=False),
            time=i18n.clock(local),
        )
    if state.failure is not None:
        return tr("Couldn't refresh: {why}", why=state.failure.sentence)
    if state.refreshed_at is not None:
        return tr(
            "Updated {time}; read again every minute.",
            time=i18n.clock(wallclock.local(state.refreshed_at)),
        )
    return tr("Reading the list…")


def _band_words(row: OnSite, now: datetime, zone: ZoneInfo) -> str:
    band = row.band
    if band is None:
        return ""
    words = expiry_words(band.expires_at, zone, now)
    return ("✖ " if band_expired(row, now) else "") + f"{band.code}\n{words}"
