"""The staff desk window: renders a :class:`DeskSession` and reports what staff do to it.

Pages, one at a time in a stack: *idle* (what to do), *checking* (a lookup in flight; "still
checking..." after a second), *guest* (the customer panel), *problem* (one sentence of what went
wrong and what to do), *results* (a name search). Which page, what the buttons say and whether
they are enabled all come from the session's state; nothing here decides what the screen shows.
Dialogs and menus about a guest are closed when another guest takes the screen.
"""

from __future__ import annotations

import io
import logging
from typing import Any, Literal

from PIL import Image as PILImage
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import i18n, wording
from kiosk.checkin.actions import ActionKind, erasure_confirmed, erasure_word
from kiosk.checkin.desk.state import Activity, Control, DeskState, Primary, Screen
from kiosk.checkin.i18n import N_, tr, trn
from kiosk.checkin.model import GuestDetails, LinkStatus, RecentEntry, SearchHit
from kiosk.checkin.on_site import OnSiteSession, OnSiteState
from kiosk.checkin.ports import Capability
from kiosk.checkin.session import DeskSession
from kiosk.checkin.staff import Permission, Roster, role_name
from kiosk.checkin.timewords import site_zone
from kiosk.checkin.typed import TypedIntent
from kiosk.config import asset_path
from kiosk.config import clock as wallclock
from kiosk.scan import ScanEvent
from kiosk.ui.customer_panel import CustomerPanel
from kiosk.ui.guest_form import GuestForm
from kiosk.ui.note_dialogs import LabelDialog, NoteDialog
from kiosk.ui.on_site_window import OnSiteWindow, count_words
from kiosk.ui.override_dialog import OverrideDialog
from kiosk.ui.scale import scale_for
from kiosk.ui.shift_dialog import ShiftDialog
from kiosk.ui.sign_in import SignInPanel
from kiosk.ui.sounds import Sounds
from kiosk.ui.theme import desk_style_sheet
from kiosk.ui.widgets import Avatar, breakable
from kiosk.ui.windows import Windows

log = logging.getLogger(__name__)

_QUEUED_STATE = {
    "waiting": N_("waiting"),
    "sent": N_("sent"),
    "needs attention": N_("needs attention"),
}
"""A write saved offline, in words (QueuedWrite.state)."""

_OUTCOME_WORD = {"admit": N_("admit"), "warn": N_("warn"), "deny": N_("deny")}
"""A recent scan's verdict, in a word (the recent scans menu)."""

_PROBLEM_LOOK = {"good": ("✔", "#2e7d32"), "warn": ("⚠", "#9a6212")}


def _key_name(key: str) -> str:
    """A key as this desk's language writes it ("Strg+F" in German)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


_OFFLINE_BECAUSE = {
    "slow": N_("answers came too late"),
    "unreachable": N_("no connection"),
    "trouble": N_("the guest system is having trouble"),
    "busy": N_("the guest system asked us to wait"),
}
"""Why the chip says offline (LinkStatus.why)."""


def link_words(link: LinkStatus) -> tuple[str, str]:
    """The status chip: which it is, how fresh the copy is, what waits (and its tone)."""
    parts: list[str] = []
    if link.online:
        parts.append(tr("● Online"))
        if link.slow:
            parts.append(tr("slow: answers are late"))
        if link.waiting:
            parts.append(tr("sending {count} saved offline", count=link.waiting))
    else:
        parts.append(
            tr("● Offline since {time}", time=i18n.clock(wallclock.local(link.since)))
            if link.since
            else tr("● Offline")
        )
        reason = _OFFLINE_BECAUSE.get(link.why or "")
        if reason is not None:
            parts.append(tr(reason))
        if link.data_as_of is not None:
            parts.append(tr("data from {time}", time=i18n.clock(wallclock.local(link.data_as_of))))
        parts.append(
            trn("%n check-in waiting", "%n check-ins waiting", link.waiting)
            if link.waiting
            else tr("nothing waiting")
        )
    if link.copy_off:
        parts.append(tr("no offline copy: no key for it"))
    if link.needs_attention:
        parts.append(trn("%n needs attention", "%n need attention", link.needs_attention))
    calm = link.online and not link.slow and not link.copy_off
    tone = "bad" if link.needs_attention else "good" if calm else "warn"
    return "  ·  ".join(parts), tone


def _row_text(hit: SearchHit, *, memberships: bool = True) -> str:
    """A result row: the name (and email), then what tells two guests of one name apart
    (``memberships``: the guest system has them, so "No membership" means something)."""
    first = hit.name + (f"   {hit.email}" if hit.email else "")
    facts: list[str] = []
    if hit.membership is not None:
        status = wording.membership_status(hit.membership.status)
        facts.append(tr("{membership} ({status})", membership=hit.membership.name, status=status))
    elif memberships:
        facts.append(tr("No membership"))
    if hit.phone_tail:
        facts.append(tr("phone ending {digits}", digits=hit.phone_tail))
    if hit.other_site:
        facts.append(
            tr("⚠ guest of {site}, not this one", site=hit.site_name)
            if hit.site_name
            else tr("⚠ guest of another site, not this one")
        )
    elif hit.site_name:
        facts.append(hit.site_name)
    labels = ", ".join(label.name for label in hit.labels)
    if labels:
        facts.append(labels)
    return first + "\n" + "  ·  ".join(facts)


def _row_icon(hit: SearchHit, picture: QImage | None) -> QIcon:
    avatar = Avatar(ROW_PHOTO_PX)
    avatar.show_guest(hit.initials, picture)
    icon = QIcon(avatar.grab())
    avatar.deleteLater()
    return icon


ROW_PHOTO_PX = 52
LARGE_TEXT_SCALE = 1.25
"""The settings' "Larger text": never drawn smaller than this, whatever the screen."""


PHOTO_MAX_PX = 1024
"""A guest's photo is shown at a few hundred pixels: a bigger one is shrunk as it is read."""


class _Activity(QObject):
    """An application-wide filter that only notes a key or a tap (it never eats one): the
    staff member is still at the desk."""

    _KINDS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})

    def __init__(self, session: DeskSession) -> None:
        super().__init__()
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._KINDS:
            self._session.touch()
        return False


def decode_photo(data: bytes) -> QImage | None:
    """Runs on a worker: decoding an image is too slow for the GUI thread. Pillow decodes it,
    not ``QImage.fromData``: Qt's image plugins probe the bytes (the SVG one makes a QTextStream,
    a QObject) while this thread holds Python's lock, and making a QObject can wait on a Qt
    lock the GUI thread holds while it waits for Python's: a deadlock CI met once. Only a plain
    QImage (no QObject) is made here."""
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
            rgba = picture.convert("RGBA")
    except Exception:  # not an image, or one Pillow cannot read: the initials are shown
        return None
    width, height = rgba.size
    raw = rgba.tobytes("raw", "RGBA")
    image = QImage(raw, width, height, 4 * width, QImage.Format.Format_RGBA8888)
    return image.copy()  # its own pixels (``raw`` goes when this returns)


class DeskWindow(QMainWindow):
    """The front-desk screen for ``session``."""

    settings_requested = Signal()
    diagnostics_requested = Signal()
    staff_settings_requested = Signal()
    staff_list_requested = Signal()
    printer_settings_requested = Signal()
    back_to_self_requested = Signal()
    rendered = Signal(object)  # DeskState, after it is on screen (tests, diagnostics)

    def __init__(
        self,
        session: DeskSession,
        *,
        site_name: str = "",
        sounds: Sounds | None = None,
        ui_scale: float | None = None,
        large_text: bool = False,
        high_contrast: bool = False,
        on_site: OnSiteSession | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_site = on_site
        self.on_site_window: OnSiteWindow | None = None
        self.setWindowTitle(tr("Kiosk · Front desk"))
        self._fixed_scale = ui_scale
        self._large_text = large_text
        self._high_contrast = high_contrast
        self.ui_scale = 0.0  # set by _apply_scale below
        self.session = session
        self.windows = Windows(session.modes, self)
        """Every dialog of the desk opens through it, under the mode of the moment, and is
        closed when that mode ends (a sign-out, a take-over, back to self check-in)."""
        self.sounds = sounds or Sounds(enabled=False, parent=self)
        self.camera_preview: QWidget | None = None
        self.guest_form: GuestForm | None = None
        self._searched = ""
        self.report_dialog: QDialog | None = None
        self._guest_serial = -1
        self._recent_shown: tuple[RecentEntry, ...] | None = None
        self._search_shown: Any = None
        self._link_shown: str | None = None

        root = QWidget()
        root.setObjectName("deskRoot")
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = self._build_top_bar(site_name)
        # its one-row width never forces the window wider: fit_top_bar wraps it instead
        self.top_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        column.addWidget(self.top_bar)

        self.stack = QStackedWidget()
        self.idle_page = self._build_idle()
        self.checking_page, self.checking_label = self._build_checking()
        self.customer_panel = CustomerPanel()
        card = self.customer_panel.band_card
        card.keep_in_mode = self.windows.keep
        card.primary_requested.connect(self._primary)
        card.action_requested.connect(self._action)
        card.band_scan_requested.connect(self._await_band)
        card.print_requested.connect(
            lambda gid, again: self.session.bands.print_band(gid, again=bool(again))
        )
        card.use_printed_requested.connect(self.session.bands.use_printed_band)
        card.reprint_own_requested.connect(self.session.bands.reprint_own_band)
        card.confirm_requested.connect(self._confirm)
        card.erase_requested.connect(self._ask_erase)
        card.edit_requested.connect(self._edit)
        card.note_requested.connect(self._ask_note)
        card.label_requested.connect(self._ask_label)
        # a guest taller than the screen (larger text on 1280x800, many memberships) scrolls
        # rather than squeezing its lines into each other
        self.guest_scroll = QScrollArea()
        self.guest_scroll.setObjectName("guestScroll")
        self.guest_scroll.setWidgetResizable(True)
        self.guest_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.guest_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guest_scroll.setWidget(self.customer_panel)
        self.guest_page = self._padded(self.guest_scroll)
        self.problem_page, self.problem_card = self._build_problem()
        self.results_page, self.results = self._build_results()
        self.sign_in_page = SignInPanel(session.roster)
        self.sign_in_page.sign_in_requested.connect(session.sign_in)
        for page in (
            self.sign_in_page,
            self.idle_page,
            self.checking_page,
            self.guest_page,
            self.problem_page,
            self.results_page,
        ):
            self.stack.addWidget(page)
        column.addWidget(self.stack, 1)

        # the bottom bar: what just happened, and the link (a status bar's place: always in
        # view, never crowding the search and the buttons above)
        bottom = QFrame()
        bottom.setObjectName("bottomBar")
        bottom_row = QHBoxLayout(bottom)
        bottom_row.setContentsMargins(0, 0, 16, 8)
        self.status_line = QLabel(session.state.status)
        self.status_line.setObjectName("statusLine")
        # a long line (a band code in it) is cut at the edge, never widens the window
        self.status_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bottom_row.addWidget(self.status_line, 1)
        self.more_time_button = QPushButton(tr("More time"))
        self.more_time_button.setObjectName("moreTimeButton")
        self.more_time_button.setAccessibleName(tr("More time: keep this guest on screen"))
        self.more_time_button.setMinimumSize(140, 48)
        self.more_time_button.clicked.connect(session.more_time)
        self._activity = _Activity(session)
        if session.state.sign_in_required:
            self._watch_activity(True)
        self.more_time_button.hide()
        bottom_row.addWidget(self.more_time_button)
        self.link_chip = QPushButton()
        self.link_chip.setObjectName("linkChip")
        self.link_chip.setAccessibleName(tr("Connection status: open what is waiting to be sent"))
        self.link_chip.clicked.connect(self.show_queued_writes)
        self.link_chip.setMinimumHeight(44)  # a control: a finger's size, whatever the style
        bottom_row.addWidget(self.link_chip)
        column.addWidget(bottom)
        self.setCentralWidget(root)

        can = session.lookup.backend.capabilities
        self._can_register = Capability.REGISTER in can
        self.new_guest_button.setVisible(self._can_register)
        if Capability.SEARCH not in can:
            self.search_box.setPlaceholderText(tr("Code"))
            self.search_box.setAccessibleName(tr("Find a guest by code"))
        session.changed.connect(self.show_state)
        session.cues.connect(self.sounds.play)
        self._has_on_site = on_site is not None and on_site.available
        self.on_site_button.setVisible(self._has_on_site)
        if on_site is not None and on_site.available:
            on_site.changed.connect(self._show_on_site_count)
            session.settled.connect(self._visits_changed)
            self._show_on_site_count(on_site.state)
        self._build_keys()
        self._apply_scale(ui_scale or 1.0)
        self.show_state(session.state)

    @property
    def context(self) -> Any:
        return self.session.state.context

    _KEYS = (
        ("F2", N_("check in"), "check_in_button"),
        ("F3", N_("expiry"), "extend_button"),
        ("F4", N_("card"), "card_button"),
        ("F5", N_("more"), "more_button"),
    )
    """A queue runs from the keyboard: each guest action has a key (the name is the band
    card's button it presses, so a key does exactly what a click does, disabled included)."""

    _DESK_KEYS = (
        ("Ctrl+F", N_("find a guest (the search box)")),
        ("Ctrl+N", N_("new guest")),
        ("Ctrl+R", N_("recent scans")),
        ("Esc", N_("cancel a wristband scan, or clear the screen")),
        ("Ctrl+I", N_("who is in now")),
        ("Ctrl+P", N_("print a band; again: give the guest the printed band")),
        ("F1", N_("this list of keys")),
    )

    def _build_keys(self) -> None:
        card = self.customer_panel.band_card
        for key, _, name in self._KEYS:
            button: QPushButton = getattr(card, name)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda button=button: self._press(button))
            button.setToolTip(f"{button.accessibleName()} ({_key_name(key)})")
            button.setAccessibleDescription(tr("Key {key}", key=_key_name(key)))
        # the desk's own keys (a scanner's burst never reaches them: the wedge filter holds
        # printable keys, and these are not)
        for key, handler in (
            ("Ctrl+F", self._focus_search),
            ("Ctrl+N", lambda: self._click_if_shown(self.new_guest_button)),
            ("Ctrl+R", self.recent_button.showMenu),
            ("Esc", self._escape),
            ("F1", self.show_keys),
            ("Ctrl+I", self.open_on_site),
            ("Ctrl+P", self._print_key),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(handler)
        self.search_button.setToolTip(tr("Find (Enter)"))
        self.new_guest_button.setToolTip(tr("New guest (Ctrl+N)"))
        self.recent_button.setToolTip(tr("Recent scans (Ctrl+R)"))
        card.print_button.setToolTip(tr("Print a band (Ctrl+P)"))
        card.use_printed_button.setToolTip(tr("Give the guest the band just printed (Ctrl+P)"))

    def _print_key(self) -> None:
        """Ctrl+P: what the print row offers now (print, or use the band just printed)."""
        card = self.customer_panel.band_card
        for button in (card.use_printed_button, card.print_button):
            if button.isVisible() and button.isEnabled():
                self._press(button)
                return

    def _escape(self) -> None:
        """Esc: a band awaited is cancelled first (nothing else changes); else the screen
        goes back to the start."""
        if self.session.state.awaiting_band is not None:
            self.session.cancel_band_scan()
        else:
            self.session.clear()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    @staticmethod
    def _click_if_shown(button: QPushButton) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    def show_keys(self) -> QDialog:
        """F1: every key of the desk, in one list (staff learn them from the screen)."""
        return self.windows.open("keys", self._keys_dialog)

    def _keys_dialog(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("keysDialog")
        dialog.setWindowTitle(tr("Keys"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(28, 24, 28, 24)
        rows = [
            (_key_name(key), tr(words))
            for key, words in [(k, w) for k, w, _ in self._KEYS] + list(self._DESK_KEYS)
        ]
        lines = "\n".join(f"{key:<8} {words}" for key, words in rows)
        text = QLabel(tr("A scanner works anywhere. Keys for everything else:") + "\n\n" + lines)
        text.setObjectName("keysList")
        text.setAccessibleName(tr("Keys: {keys}", keys="; ".join(f"{k} {w}" for k, w in rows)))
        layout.addWidget(text)
        close = QPushButton(tr("Close"))
        close.setMinimumSize(140, 48)
        close.setAccessibleName(tr("Close the list of keys"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        return dialog

    def _press(self, button: QPushButton) -> None:
        """A key pressed the band card's ``button``: only while a guest is on screen and the
        button is there to press (a key never acts on a guest the screen no longer shows)."""
        if self.stack.currentWidget() is not self.guest_page:
            return
        if not (button.isVisible() and button.isEnabled()):
            return
        if button.menu() is not None:
            button.showMenu()
        else:
            button.click()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A bigger window draws bigger (full screen on a 1920x1080 desk: 1.25x), unless the
        settings fixed the scale."""
        super().resizeEvent(event)
        if self._fixed_scale is None:
            size = event.size()
            self._apply_scale(scale_for(size.width(), size.height()))
        self.fit_top_bar()

    def fit_top_bar(self) -> None:
        """One row for the top bar where it fits; otherwise the search goes to a row of its
        own below, and if the rest is still too wide, Recent, New guest and Back to a third
        (large text at 1024, a portrait screen, the desk opened from self check-in in French):
        no button is ever squeezed or pushed off the screen."""
        row = self._top_row
        search, buttons = self.search_row, self.buttons_row
        rows = self.top_bar.layout()
        assert rows is not None
        margins = rows.contentsMargins()
        spare = self.width() - margins.left() - margins.right()
        movable = (search, buttons)
        # natural widths (a button's whole text), not the least Qt would squeeze them to
        base = row.sizeHint().width() - sum(
            w.sizeHint().width() + row.spacing() for w in movable if row.indexOf(w) >= 0
        )
        wide = {w: w.sizeHint().width() + row.spacing() for w in movable}
        wide[search] = search.minimumSizeHint().width() + row.spacing()  # a field may shrink
        if base + wide[search] + wide[buttons] <= spare:
            places = {search: row, buttons: row}
        elif base + wide[buttons] <= spare:
            places = {search: self._rows_below[0], buttons: row}
        else:
            places = {search: self._rows_below[0], buttons: self._rows_below[1]}
        for widget in movable:
            target = places[widget]
            if target.indexOf(widget) >= 0:
                continue
            for layout in (row, *self._rows_below):
                layout.removeWidget(widget)
            if target is row:  # back in its place: after the stretch, before the sign-out
                at = row.indexOf(self.duty_button)
                if widget is search and row.indexOf(buttons) >= 0:
                    at = row.indexOf(buttons)
                row.insertWidget(at, widget)
            elif widget is search:
                target.addWidget(widget, 1)
            else:
                target.insertWidget(0, widget)  # before the row's closing stretch

    def set_ui_scale(self, scale: float | None) -> None:
        """The settings changed the desk's size: fixed at ``scale``, or (None) fit the window."""
        self._fixed_scale = scale
        size = self.size()
        self._apply_scale(scale if scale is not None else scale_for(size.width(), size.height()))

    def set_look(self, *, large_text: bool, high_contrast: bool) -> None:
        """The settings' larger text (at least 1.25x) and high contrast, at once."""
        self._large_text, self._high_contrast = large_text, high_contrast
        self.ui_scale = 0.0  # force the style sheet again
        size = self.size()
        natural = self._fixed_scale or scale_for(size.width(), size.height())
        self._apply_scale(natural)

    def _apply_scale(self, scale: float) -> None:
        """The window's own style sheet at ``scale`` (its dialogs and menus inherit it)."""
        if self._large_text:
            scale = max(scale, LARGE_TEXT_SCALE)
        if scale == self.ui_scale:
            return
        self.ui_scale = scale
        self.setStyleSheet(desk_style_sheet(scale, high_contrast=self._high_contrast))
        self.customer_panel.set_scale(scale)
        self.fit_top_bar()

    # ------------------------------------------------------------------ building

    def _build_top_bar(self, site_name: str) -> QWidget:
        bar = QFrame()
        bar.setObjectName("topBar")
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(20, 12, 20, 12)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self._top_row = layout
        self._rows_below = (QHBoxLayout(), QHBoxLayout())
        """Where the search, then the buttons, go when one row is too wide (large text, a
        narrow or portrait screen, long words in German or French)."""
        rows.addLayout(layout)
        for below in self._rows_below:
            below.setContentsMargins(0, 0, 0, 0)
            rows.addLayout(below)
        self._rows_below[1].addStretch(1)  # the buttons keep to the left, at their size
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.site_label = QLabel(site_name or self.session.lookup.backend.name)
        self.site_label.setObjectName("siteName")
        self.mode_label = QLabel(tr("Front desk"))
        self.mode_label.setObjectName("modeName")
        self.mode_label.setTextFormat(Qt.TextFormat.PlainText)  # the desk's name is data
        titles.addWidget(self.site_label)
        titles.addWidget(self.mode_label)
        layout.addLayout(titles)
        layout.addSpacing(16)
        self.on_site_button = QPushButton()
        self.on_site_button.setObjectName("onSiteButton")
        self.on_site_button.setToolTip(tr("Who is in now (Ctrl+I)"))
        self.on_site_button.clicked.connect(self.open_on_site)
        layout.addWidget(self.on_site_button)
        layout.addStretch(1)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(tr("Code, name, email or phone"))
        self.search_box.setAccessibleName(
            tr("Find a guest by wristband code, name, email or phone")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textEdited.connect(self.session.search_typed)
        self.search_box.returnPressed.connect(self._find_typed)
        self.search_box.installEventFilter(self)
        self.search_button = QPushButton(tr("Find"))
        self.search_button.setObjectName("searchButton")
        self.search_button.setAccessibleName(tr("Find guest by code"))
        self.search_button.clicked.connect(self._find_typed)
        self.search_row = QWidget()
        search_layout = QHBoxLayout(self.search_row)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.search_box, 1)
        search_layout.addWidget(self.search_button)
        layout.addWidget(self.search_row)
        self.recent_button = QPushButton(tr("Recent"))
        self.recent_button.setObjectName("searchButton")
        self.recent_button.setAccessibleName(tr("This shift's scans"))
        self.recent_menu = QMenu(self.recent_button)
        self.recent_button.setMenu(self.recent_menu)
        self.buttons_row = QWidget()
        """Recent, New guest and Back: a row of their own where the top row is too narrow."""
        buttons = QHBoxLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.recent_button)
        self.new_guest_button = QPushButton(tr("New guest"))
        self.new_guest_button.setObjectName("searchButton")
        self.new_guest_button.setAccessibleName(tr("Register a walk-in guest"))
        self.new_guest_button.clicked.connect(lambda: self.open_guest_form(None))
        buttons.addWidget(self.new_guest_button)
        self.back_button = QPushButton(tr("Back to self check-in"))
        self.back_button.setObjectName("searchButton")
        self.back_button.setAccessibleName(tr("Back to the self check-in screen"))
        self.back_button.clicked.connect(self.back_to_self_requested)
        self.back_button.hide()
        buttons.addWidget(self.back_button)
        layout.addWidget(self.buttons_row)
        self.duty_button = QPushButton()
        self.duty_button.setObjectName("onSiteButton")
        self.duty_button.setToolTip(
            tr("Sign out (someone else can also scan their badge to take over)")
        )
        self.duty_menu = QMenu(self.duty_button)
        self.sign_out_action = QAction(tr("Sign out"), self.duty_menu)
        self.sign_out_action.triggered.connect(lambda: self.session.sign_out())
        self.duty_menu.addAction(self.sign_out_action)
        self.duty_button.setMenu(self.duty_menu)
        self.duty_button.hide()
        layout.addWidget(self.duty_button)
        self.settings_button = QPushButton("⚙")
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolTip(tr("Scanners and camera; reports; diagnostics"))
        self.settings_button.setAccessibleName(tr("Settings, reports and diagnostics"))
        self.tools_menu = QMenu(self.settings_button)
        self.settings_action = QAction(tr("Settings…"), self.tools_menu)
        self.settings_action.triggered.connect(self.staff_settings_requested)
        self.tools_menu.addAction(self.settings_action)
        readers = QAction(tr("Scanners and camera…"), self.tools_menu)
        readers.triggered.connect(self.settings_requested)
        self.tools_menu.addAction(readers)
        self.printer_action = QAction(tr("Printer…"), self.tools_menu)
        self.printer_action.triggered.connect(self.printer_settings_requested)
        self.tools_menu.addAction(self.printer_action)
        self.report_action = QAction(tr("Customers report (CSV)…"), self.tools_menu)
        self.report_action.triggered.connect(self.open_report)
        self.tools_menu.addAction(self.report_action)
        self.staff_action = QAction(tr("Staff and roles…"), self.tools_menu)
        self.staff_action.triggered.connect(self.staff_list_requested)
        self.tools_menu.addAction(self.staff_action)
        self.shift_action = QAction(tr("Shift summary…"), self.tools_menu)
        self.shift_action.triggered.connect(self.open_shift)
        self.tools_menu.addAction(self.shift_action)
        self.exit_action = QAction(tr("Exit desk: scans check guests out"), self.tools_menu)
        self.exit_action.setCheckable(True)
        self.exit_action.toggled.connect(self.session.set_exit_mode)
        self.tools_menu.addAction(self.exit_action)
        diagnostics = QAction(tr("Diagnostics…"), self.tools_menu)
        diagnostics.triggered.connect(self.diagnostics_requested)
        self.tools_menu.addAction(diagnostics)
        self.settings_button.setMenu(self.tools_menu)
        layout.addWidget(self.settings_button)
        return bar

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.addWidget(widget)
        return holder

    def _build_idle(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._idle_layout = layout
        layout.addStretch(1)
        icon = QLabel()
        icon.setPixmap(QIcon(str(asset_path("icons", "scan.svg"))).pixmap(QSize(240, 120)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(tr("A wristband with a barcode"))
        title = QLabel(tr("Scan a wristband or card"))
        title.setObjectName("idleTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            tr(
                "The scanner works anywhere on this screen. You can also type a code, a name, "
                "an email or a phone number above."
            )
        )
        hint.setObjectName("idleHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        shortcuts = [f"{_key_name(key)} {tr(what)}" for key, what, _ in self._KEYS]
        keys = QLabel("  ·  ".join([*shortcuts, tr("F1 all keys")]))
        keys.setObjectName("keysHint")
        keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keys.setWordWrap(True)
        keys.setAccessibleName(tr("Keys: {keys}", keys=", ".join(shortcuts)))
        for widget in (icon, title, hint, keys):
            layout.addWidget(widget)
        layout.addStretch(2)
        return page

    def _build_checking(self) -> tuple[QWidget, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(tr("Checking…"))
        label.setObjectName("checkingTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)  # a long band code wraps (see breakable) instead of widening
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(2)
        return page, label

    def _build_results(self) -> tuple[QWidget, QListWidget]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        self.results_title = QLabel()
        self.results_title.setObjectName("checkingTitle")
        self.results_title.setWordWrap(True)
        results = QListWidget()
        results.setObjectName("searchResults")
        results.setAccessibleName(tr("Guests found"))
        results.setIconSize(QSize(ROW_PHOTO_PX, ROW_PHOTO_PX))
        results.setSpacing(4)
        results.setWordWrap(True)  # a long row wraps; it never scrolls sideways
        results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        results.itemActivated.connect(self._open_result)
        results.itemClicked.connect(self._open_result)
        layout.addWidget(self.results_title)
        layout.addWidget(results, 1)
        return page, results

    def _build_problem(self) -> tuple[QWidget, QFrame]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(80, 40, 80, 40)
        card = QFrame()
        card.setObjectName("problemCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(40, 32, 40, 32)
        self.problem_icon = QLabel("⚠")
        self.problem_icon.setObjectName("problemIcon")
        self.problem_title = QLabel()
        self.problem_title.setObjectName("problemTitle")
        self.problem_title.setWordWrap(True)
        self.problem_detail = QLabel()
        self.problem_detail.setObjectName("problemDetail")
        self.problem_detail.setWordWrap(True)
        for widget in (self.problem_icon, self.problem_title, self.problem_detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(2)
        return page, card

    def attach_camera_preview(self, preview: QWidget) -> None:
        """Show the live camera on the idle screen, so staff can see where to hold a band."""
        preview.setFixedSize(480, 300)
        self._idle_layout.insertWidget(4, preview, 0, Qt.AlignmentFlag.AlignHCenter)
        self.camera_preview = preview

    def show_device_status(self, status: str) -> None:
        """A reader's state in words ("scanner disconnected; reconnecting…")."""
        self.status_line.setText(status[:1].upper() + status[1:] + ".")

    def set_opened_from_self_checkin(self, opened: bool) -> None:
        self.back_button.setVisible(opened)
        self.fit_top_bar()

    # ------------------------------------------------------------------ rendering

    def show_state(self, state: DeskState) -> None:
        if state.guest_serial != self._guest_serial:
            self._guest_serial = state.guest_serial
            self.customer_panel.band_card.close_guest_ui()
            if self.guest_form is not None and state.form is None:
                self.guest_form.reject()
        self._render_report(state)
        if state.screen is Screen.GUEST and self._searched:
            if self.search_box.text() == self._searched:
                self.search_box.clear()  # the search found its guest
            self._searched = ""
        page: QWidget = {
            Screen.IDLE: self.idle_page,
            Screen.LOOKING_UP: self.checking_page,
            Screen.GUEST: self.guest_page,
            Screen.PROBLEM: self.problem_page,
            Screen.RESULTS: self.results_page,
        }[state.screen]
        if state.screen is Screen.LOOKING_UP:
            code = breakable(state.code)
            self.checking_label.setText(
                tr("Still checking {code}…", code=code)
                if state.slow
                else tr("Checking {code}…", code=code)
            )
        if state.screen is Screen.PROBLEM and state.problem is not None:
            self._render_problem(state)
        self.customer_panel.show_state(state)
        if state.search is not self._search_shown:
            self._search_shown = state.search
            self._render_search(state)
        if state.recent is not self._recent_shown:
            self._recent_shown = state.recent
            self._render_recent(state.recent)
        self.recent_button.setEnabled(state.enabled(Control.RECENT))
        self._render_link(state)
        self._render_form(state)
        if state.link and state.link != self._link_shown:
            self._show_link(state.link)
        self._link_shown = state.link
        if state.signed_out:
            page = self.sign_in_page
        self.sign_in_page.show_state(state)
        self._render_duty(state)
        self.stack.setCurrentWidget(page)
        self._render_mode(state)
        if state.sign_out_warning_s:
            self.status_line.setText(
                tr(
                    "Signing out in {seconds} s: tap More time to stay signed in.",
                    seconds=state.sign_out_warning_s,
                )
            )
        elif state.idle_warning_s:
            self.status_line.setText(
                tr(
                    "The screen clears in {seconds} s: tap More time to keep it.",
                    seconds=state.idle_warning_s,
                )
            )
        else:
            self.status_line.setText(
                f"{state.status}   ·   {state.previous}" if state.previous else state.status
            )
        warning = bool(state.idle_warning_s or state.sign_out_warning_s)
        self.status_line.setProperty("tone", "warn" if warning else "")
        self.more_time_button.setVisible(warning)
        self.rendered.emit(state)

    def _render_duty(self, state: DeskState) -> None:
        """Who is signed in, in the header (a tap signs out); while nobody is, nothing that
        would show a guest can be used."""
        on_duty = state.on_duty
        if self.duty_button.isVisibleTo(self) != (on_duty is not None):
            self.duty_button.setVisible(on_duty is not None)
            self.fit_top_bar()
        if on_duty is not None:
            role = role_name(on_duty.role)
            self.duty_button.setText(on_duty.name)
            self.duty_button.setAccessibleName(
                tr("Signed in as {name}, {role}: sign out", name=on_duty.name, role=role)
            )
        open_ = not state.signed_out
        for widget in (self.search_box, self.search_button, self.recent_button):
            widget.setVisible(open_)
        self.new_guest_button.setVisible(open_ and self._can_register)
        self.on_site_button.setVisible(open_ and self._has_on_site)
        self.report_action.setEnabled(open_ and self.session.reports.can_report)
        for action in (self.shift_action, self.exit_action, self.settings_action):
            action.setEnabled(open_)
        if not open_ and self.on_site_window is not None:
            self.on_site_window.close()

    def set_roster(self, roster: Roster) -> None:
        """A new staff list (saved by a manager): the sign-in page shows its names."""
        old = self.sign_in_page
        self.sign_in_page = SignInPanel(roster)
        self.sign_in_page.sign_in_requested.connect(self.session.sign_in)
        self.stack.insertWidget(0, self.sign_in_page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._watch_activity(roster.required)
        self.show_state(self.session.state)

    def _watch_activity(self, on: bool) -> None:
        """Keys and taps anywhere keep the staff member signed in (the idle sign-out)."""
        app = QApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self._activity)
        if on:
            app.installEventFilter(self._activity)

    def _render_mode(self, state: DeskState) -> None:
        """At the exit, the header says so in words (never a colour alone)."""
        words = tr("Exit: scans check guests out") if state.exit_mode else tr("Front desk")
        device = self.session.actions.device
        if device is not None and device.name:
            words = f"{words} · {device.name}"  # which desk this is (a site has several)
        if self.mode_label.text() != words:
            self.mode_label.setText(words)
            self.mode_label.setProperty("tone", "warn" if state.exit_mode else "")
            self.mode_label.style().unpolish(self.mode_label)
            self.mode_label.style().polish(self.mode_label)
        if self.exit_action.isChecked() != state.exit_mode:
            self.exit_action.setChecked(state.exit_mode)

    def _render_link(self, state: DeskState) -> None:
        text, tone = link_words(state.connection)
        if self.link_chip.text() != text:
            self.link_chip.setText(text)
            self.link_chip.setProperty("tone", tone)
            self.link_chip.style().unpolish(self.link_chip)
            self.link_chip.style().polish(self.link_chip)

    def show_queued_writes(self) -> QMessageBox:
        """What was saved offline: waiting to be sent, or refused when sent (with why)."""
        box = self.windows.find("queued")
        if isinstance(box, QMessageBox):
            box.close()  # read again: what was waiting may have been sent meanwhile
        return self.windows.open("queued", self._queued_box)

    def _queued_box(self) -> QMessageBox:
        queued = self.session.queued_writes()
        lines = []
        for item in queued:
            at = i18n.clock(wallclock.local(item.created_at))
            what = tr("Check-in") if item.kind == "check_in" else tr("Check-out")
            state = tr(_QUEUED_STATE.get(item.state, item.state))
            line = tr(
                "{time}  {what}  {guest}  {state}",
                time=at,
                what=what,
                guest=item.guest_name or tr("guest {id}…", id=item.guest_id[:8]),
                state=state,
            )
            if item.reason:
                line += f": {item.reason}"
            lines.append(line)
        box = QMessageBox(self)
        box.setWindowTitle(tr("Saved while offline"))
        box.setText(
            tr("Nothing is waiting: everything saved offline has been sent.")
            if not lines
            else trn(
                "%n saved while offline (sent when the connection is back; refused ones need "
                "a look):",
                "%n saved while offline (sent in this order when the connection is back; "
                "refused ones need a look):",
                len(lines),
            )
        )
        if lines:
            box.setInformativeText("\n".join(lines[:12]))
            box.setDetailedText("\n".join(lines))
        for button in box.buttons():
            button.setMinimumSize(120, 48)
        return box

    def _render_problem(self, state: DeskState) -> None:
        failure = state.problem
        assert failure is not None
        icon, colour = _PROBLEM_LOOK.get(state.problem_tone, ("✖", "#c0392b"))
        self.problem_icon.setText(icon)
        self.problem_icon.setStyleSheet(f"color: {colour};")
        self.problem_title.setText(failure.title)
        self.problem_detail.setText(failure.detail)
        self.problem_card.setProperty("tone", state.problem_tone)
        self.problem_card.style().unpolish(self.problem_card)
        self.problem_card.style().polish(self.problem_card)

    def _render_search(self, state: DeskState) -> None:
        search = state.search
        self.results.clear()
        if search is None:
            return
        if search.searching:
            self.results_title.setText(tr("Searching for “{text}”…", text=search.text))
            return
        if search.failure is not None:
            self.results_title.setText(search.failure.sentence)
            return
        has_memberships = Capability.MEMBERSHIPS in self.session.lookup.backend.capabilities
        for hit in search.hits:
            text = _row_text(hit, memberships=has_memberships)
            item = QListWidgetItem(_row_icon(hit, search.pictures.get(hit.id)), text)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            if hit.other_site:
                item.setBackground(QColor("#fdf1dc"))  # amber: not a guest of this site
            self.results.addItem(item)
        count = len(search.hits)
        self.results_title.setText(
            trn(
                "%n guest matching “{text}”", "%n guests matching “{text}”", count, text=search.text
            )
            if count
            else tr(
                "No guest matches “{text}”. Check the spelling, or try the email.",
                text=search.text,
            )
        )

    def _render_recent(self, recent: tuple[RecentEntry, ...]) -> None:
        self.recent_menu.clear()  # frees the old entries
        for entry in recent:
            at = i18n.clock(wallclock.local(entry.at))
            outcome = tr(_OUTCOME_WORD.get(entry.outcome, entry.outcome))
            action = QAction(f"{at}  {entry.name}  ({outcome})", self.recent_menu)
            action.triggered.connect(lambda _=False, e=entry: self.session.open_recent(e))
            self.recent_menu.addAction(action)

    def _render_form(self, state: DeskState) -> None:
        form, dialog = state.form, self.guest_form
        if dialog is None:
            return
        if form is None or not form.open:
            self.guest_form = None
            dialog.accept()
            return
        if form.field_errors or (form.message and not form.saving):
            dialog.show_errors(form.field_errors, form.message)
        else:
            dialog.set_saving(form.saving, form.message)
        if form.kind == "edit":
            note = form.addresses_note
            if state.activity is not Activity.READY and state.doing:
                note = state.doing  # "Saving the address…"
            elif state.feedback is not None and "ddress" in state.feedback.text:
                note = state.feedback.text
            dialog.show_addresses(form.addresses, note)

    # ------------------------------------------------------------------ inputs

    def handle_scan_in_pieces(self, _keys: int = 0) -> None:
        """A keyboard scanner's code arrived in pieces: a piece that reached the search box
        as typing goes, and the desk asks for the scan again."""
        if self.search_box.text():
            self.search_box.clear()
            self._searched = ""
        self.session.scan_in_pieces()

    def handle_scan(self, event: ScanEvent) -> None:
        """A scan from any reader: the next guest, so a half-typed search goes (it stayed in
        the box over the guest the scan opened)."""
        if event.source != "manual" and self.search_box.text():
            self.search_box.clear()
            self._searched = ""
        self.session.scan(event)

    def _find_typed(self) -> None:
        text = self.search_box.text()
        if text.strip():
            intent = self.session.find_typed(text)
            if intent is not TypedIntent.SEARCH:
                self.search_box.clear()  # a code: the next one is typed into an empty box
            # a search keeps what was typed (it may need one more letter) until a guest opens
            self._searched = text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search box goes to the results (the keyboard reaches them)."""
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.stack.currentWidget() is self.results_page
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _open_result(self, item: QListWidgetItem) -> None:
        guest_id = item.data(Qt.ItemDataRole.UserRole)
        self.search_box.clear()
        self.session.open_guest(str(guest_id), via="search")

    def _primary(self, guest_id: str, primary: str) -> None:
        action = Primary(primary)
        if action is Primary.OVERRIDE:
            self._ask_override(guest_id)
        elif action is Primary.CHECK_IN_CONFIRM:
            self._ask_check_in(guest_id)
        else:
            self.session.primary(guest_id)

    def _action(self, guest_id: str, kind: str, value: Any) -> None:
        self.session.act(guest_id, ActionKind(kind), value)

    def _await_band(self, guest_id: str, mode: str) -> None:
        self.session.await_band(guest_id, "swap" if mode == "swap" else "associate")

    def _ask_override(self, guest_id: str) -> OverrideDialog | None:
        """A red verdict: admit only with a reason (one tap, or staff's own words), then the
        check-in, in one dialog. Where staff sign in, only a role that may override is asked
        (anyone else is told who can, before typing a reason)."""
        if not self.session.allowed(Permission.OVERRIDE):
            return None
        state = self.session.state
        why = "  ·  ".join(r.words for r in state.verdict.reasons) if state.verdict else ""

        def make() -> OverrideDialog:
            dialog = OverrideDialog(why, self.session.override_reasons, self)
            self.customer_panel.band_card.track(dialog)
            dialog.chosen.connect(lambda reason: self.session.override(guest_id, reason))
            return dialog

        return self.windows.open("override", make)  # a double tap: still one dialog

    def _ask_note(self, guest_id: str) -> QDialog | None:
        context = self.session.state.context
        if context is None or context.guest.id != guest_id:
            return None
        return self.windows.open(
            "note",
            lambda: self.customer_panel.band_card.track(
                NoteDialog(
                    context.guest.display_name,
                    lambda text: self.session.act(guest_id, ActionKind.ADD_NOTE, text),
                    self,
                )
            ),
        )

    def _ask_label(self, guest_id: str) -> QDialog | None:
        context = self.session.state.context
        if context is None or context.guest.id != guest_id:
            return None
        return self.windows.open(
            "label",
            lambda: self.customer_panel.band_card.track(
                LabelDialog(
                    context.guest.display_name,
                    [label.name for label in context.guest.labels],
                    lambda name: self.session.act(guest_id, ActionKind.ADD_LABEL, name),
                    self,
                )
            ),
        )

    def _ask_erase(self, guest_id: str) -> QDialog | None:
        """A right-to-erasure request: staff type the guest's name to confirm. A locked
        account is refused in words before anything is asked."""
        context = self.session.state.context
        if context is None or context.guest.id != guest_id:
            return None
        if context.guest.locked:
            self.session.act(guest_id, ActionKind.ANONYMISE, "")  # refused, in words
            return None
        if not self.session.allowed(Permission.ANONYMISE):
            return None
        word = erasure_word(context.guest.display_name)
        open_already = self.windows.lift("erase")
        if open_already is not None:
            return open_already
        dialog = QDialog(self)
        self.windows.keep("erase", dialog)
        dialog.setObjectName("eraseDialog")
        dialog.setWindowTitle(tr("Anonymise this guest"))
        dialog.setMinimumWidth(600)
        self.customer_panel.band_card.track(dialog)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        text = QLabel(
            tr(
                "This erases the guest's name, email, phone, date of birth, photo and addresses "
                "for good (visits and orders stay, without them). It can't be undone."
            )
            + "\n\n"
            + tr("To confirm, type: {word}", word=word)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        typed = QLineEdit()
        typed.setObjectName("eraseTyped")
        typed.setAccessibleName(tr("Type {word} to confirm", word=word))
        typed.setMinimumHeight(48)
        layout.addWidget(typed)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(tr("Cancel"))
        erase = QPushButton(tr("Anonymise"))
        erase.setObjectName("eraseButton")
        erase.setAccessibleName(tr("Anonymise the guest"))
        for button in (cancel, erase):
            button.setMinimumSize(160, 48)
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        erase.setEnabled(False)
        typed.textChanged.connect(lambda text: erase.setEnabled(erasure_confirmed(word, text)))

        def confirmed() -> None:
            if erasure_confirmed(word, typed.text()):
                dialog.accept()
                self.session.act(guest_id, ActionKind.ANONYMISE, typed.text())

        erase.clicked.connect(confirmed)
        typed.returnPressed.connect(confirmed)
        cancel.clicked.connect(dialog.reject)
        dialog.open()
        typed.setFocus()
        return dialog

    def open_report(self) -> QDialog | None:
        """The customers report: asked for, its progress shown, where it was saved said. A
        manager's act (every guest's name, email and phone): asked at the moment of the tap."""
        if self.report_dialog is not None:
            self.report_dialog.raise_()
            return self.report_dialog
        if not self.session.allowed(Permission.EXPORT):
            return None
        dialog = QDialog(self)
        dialog.setObjectName("reportDialog")
        dialog.setWindowTitle(tr("Customers report"))
        dialog.setMinimumWidth(560)
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(28, 24, 28, 24)
        self.report_text = QLabel()
        self.report_text.setObjectName("reportText")
        self.report_text.setWordWrap(True)
        self.report_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report_text)
        close = QPushButton(tr("Close"))
        close.setMinimumSize(140, 48)
        close.clicked.connect(dialog.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.windows.keep("report", dialog)
        dialog.destroyed.connect(self._report_closed)
        self.report_dialog = dialog
        self.session.reports.start_report()
        self._render_report(self.session.state)
        dialog.open()
        return dialog

    def _report_closed(self) -> None:
        self.report_dialog = None

    def _render_report(self, state: DeskState) -> None:
        if self.report_dialog is None or state.report is None:
            return
        self.report_text.setText(state.report.text)

    def _ask_check_in(self, guest_id: str) -> None:
        state = self.session.state
        why = "; ".join(r.words for r in state.verdict.reasons) if state.verdict else ""
        self._ask(
            guest_id,
            tr("Check in anyway?"),
            (why + "\n\n" + tr("Check this guest in anyway?")).strip(),
            lambda: self.session.check_in(guest_id, confirmed=True),
        )

    def _confirm(self, guest_id: str, what: str) -> None:
        """Irreversible or guest-visible actions ask once."""
        kind = ActionKind(what)
        if kind is ActionKind.LOCK and not self.session.allowed(Permission.LOCK):
            return
        title, question = {
            ActionKind.REMOVE_BAND: (
                tr("Remove wristband"),
                tr("Remove this wristband from the guest? It will no longer find them."),
            ),
            ActionKind.LOCK: (
                tr("Lock the account"),
                tr("Lock this guest's account? Their details can't be changed until unlocked."),
            ),
            ActionKind.PASSWORD_RESET: (
                tr("Email a password reset link"),
                tr("Send this guest an email with a link to reset their password?"),
            ),
            ActionKind.VERIFICATION: (
                tr("Resend the email verification"),
                tr("Send this guest the email that verifies their address again?"),
            ),
        }[kind]
        self._ask(guest_id, title, question, lambda: self.session.act(guest_id, kind, None))

    def _ask(self, guest_id: str, title: str, question: str, yes: Any) -> None:
        if self.windows.lift("question") is not None:
            return  # one question at a time: the open one is raised
        box = QMessageBox(self)
        self.windows.keep("question", box)
        self.customer_panel.band_card.track(box)
        box.setWindowTitle(title)
        box.setText(question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        # Enter (or a stray tap on the default) must not lock, remove or send: No is the default
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        for button in box.buttons():
            button.setMinimumSize(120, 48)
        box.accepted.connect(yes)
        box.open()

    def _edit(self, guest_id: str) -> None:
        state = self.session.state
        if state.guest_id == guest_id and state.context is not None:
            self.open_guest_form(state.context.guest)

    def open_guest_form(self, guest: Any) -> GuestForm:
        """Register a walk-in (no guest) or edit the guest on screen; errors stay in the form."""
        if self.guest_form is not None:
            self.guest_form.reject()
        kind: Literal["register", "edit"] = "register" if guest is None else "edit"
        can = self.session.lookup.backend.capabilities
        form = GuestForm(
            guest,
            self,
            languages=Capability.GUEST_LANGUAGE in can,
            email_editable=Capability.EMAIL_CHANGE in can,
        )
        self.windows.keep("guest_form", form)
        self.guest_form = form
        if kind == "edit":
            self.customer_panel.band_card.track(form)
        self.session.form.open_form(kind, guest.id if guest is not None else None)

        def submitted(details: GuestDetails) -> None:
            self.session.form.submit_form(details)

        def finished(_: int) -> None:
            if self.guest_form is form:
                self.guest_form = None
                self.session.form.close_form()

        form.submitted.connect(submitted)
        form.finished.connect(finished)
        if guest is not None:
            gid = guest.id
            form.address_saved.connect(
                lambda address: self.session.act(gid, ActionKind.SAVE_ADDRESS, address)
            )
            form.address_removed.connect(
                lambda address_id: self.session.act(gid, ActionKind.DELETE_ADDRESS, address_id)
            )
        form.open()
        return form

    def _show_link(self, url: str) -> None:
        box = QMessageBox(self)
        self.windows.keep("link", box)
        self.customer_panel.band_card.track(box)
        box.setWindowTitle(tr("Set-password link"))
        box.setText(tr("Give this link to the guest (it works for a limited time):"))
        box.setInformativeText(url)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def shutdown(self) -> None:
        """Stop the session's timers and forget work in flight."""
        self._watch_activity(False)
        self.session.shutdown()
        if self.on_site is not None:
            self.on_site.shutdown()

    # ------------------------------------------------------------------ who is in now

    def _show_on_site_count(self, state: OnSiteState) -> None:
        words = count_words(state)
        self.on_site_button.setText(words)
        self.on_site_button.setAccessibleName(tr("Who is in now: {count}", count=words))

    def _visits_changed(self, result: Any) -> None:
        if self.on_site is not None and result.intent.kind in (
            ActionKind.CHECK_IN,
            ActionKind.CHECK_OUT,
        ):
            self.on_site.refresh()

    def open_on_site(self) -> OnSiteWindow | None:
        """The guests on site now, over the desk (one window; a second press raises it)."""
        if self.on_site is None or not self.on_site.available:
            return None
        if self.on_site_window is None:
            site = self.session.site
            window = OnSiteWindow(self.on_site, site_zone(site.timezone if site else None), self)
            self.windows.keep("on_site", window)
            window.destroyed.connect(self._on_site_closed)
            window.resize(int(self.width() * 0.92), int(self.height() * 0.9))
            self.on_site_window = window
            self.on_site.refresh()
        self.on_site_window.open()
        self.on_site_window.raise_()
        return self.on_site_window

    def open_shift(self) -> ShiftDialog:
        """The shift in numbers (counted from the audit), with a CSV for the manager."""
        return self.windows.open("shift", lambda: ShiftDialog(self.session, self))

    def _on_site_closed(self) -> None:
        self.on_site_window = None
