"""The unattended self check-in screen: renders a :class:`SelfSession`.

"Scan your wristband", then a big answer in the guest's language, then back to the start with
nothing of the guest left behind. It shows only what is safe in public: a first name, the
membership's name, the band's expiry, and a reason from the verdict's public wording. Staff reach
the PIN page through a hidden long press in the top-left corner. The window keeps itself on
screen: if the window manager minimises or hides it ("show desktop"), it comes back by itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDateTime, QEvent, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin import i18n
from kiosk.checkin.i18n import N_
from kiosk.checkin.pin_policy import MIN_DIGITS
from kiosk.checkin.self_session import SelfScreen, SelfSession, SelfState
from kiosk.checkin.selfservice import GuestAnswer
from kiosk.config import asset_path
from kiosk.config import clock as wallclock
from kiosk.config.pin import HARD_STOP_FAILURES
from kiosk.scan import ScanEvent
from kiosk.ui.sounds import Sounds
from kiosk.ui.speech import Speaker
from kiosk.ui.translations import GuestLanguage, tr

log = logging.getLogger(__name__)

CORNER_PX = 110
LONG_PRESS_MS = 2000
KEEP_ON_SCREEN_MS = 1000
_ICON = {"admit": "✔", "warn": "!", "deny": "✖"}


class SelfCheckInWindow(QWidget):
    answered = Signal(object)  # GuestAnswer (for tests and diagnostics; never logged)

    def __init__(
        self,
        session: SelfSession,
        *,
        site_name: str = "",
        brand_colour: str = "#0f2f35",
        logo: str | None = None,
        sounds: Sounds | None = None,
        speaker: Speaker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker or Speaker(enabled=False, parent=self)
        self.setObjectName("selfRoot")
        self.setWindowTitle(tr("Kiosk · Self check-in"))
        self.session = session
        self._sounds = sounds or Sounds(enabled=False, parent=self)
        self._language = GuestLanguage(self)
        self._allow_close = False
        self.keep_on_screen = True
        """While True, a minimised or hidden window is brought back (off while staff use the
        desk opened from here)."""
        self._serial = -1
        self._answer_shown: GuestAnswer | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        bar = QFrame()
        bar.setObjectName("siteBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(32, 18, 32, 18)
        bar.setStyleSheet(f"#siteBar {{ background: {brand_colour}; }}")
        if logo:
            picture = QLabel()
            picture.setPixmap(QIcon(logo).pixmap(QSize(160, 48)))
            picture.setAccessibleName(tr("Logo"))
            bar_layout.addWidget(picture)
        self.site_label = QLabel(site_name)
        bar_layout.addWidget(self.site_label)
        bar_layout.addStretch(1)
        self.link_label = QLabel()
        self.link_label.setObjectName("linkLabel")
        self.link_label.setAccessibleName(tr("Connection status"))
        bar_layout.addWidget(self.link_label)
        root.addWidget(bar)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        # staff pages only: said before they close for want of a touch (any touch keeps them)
        self.staff_warning = QLabel()
        self.staff_warning.setObjectName("staffWarning")
        self.staff_warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff_warning.setWordWrap(True)
        self.staff_warning.setAccessibleName(tr("Staff pages closing"))
        self.staff_warning.hide()
        root.addWidget(self.staff_warning)
        self.attract_page = self._build_attract()
        self.checking_page = self._centered(self._label("checkingTitle"))
        self.checking_label = self.checking_page.findChild(QLabel)
        self.verdict_page = self._build_verdict()
        self.pin_page = self._build_pin()
        self.staff_page = self._build_staff()
        for page in (
            self.attract_page,
            self.checking_page,
            self.verdict_page,
            self.pin_page,
            self.staff_page,
        ):
            self.stack.addWidget(page)

        self._press = QTimer(self)
        self._press.setSingleShot(True)
        self._press.setInterval(LONG_PRESS_MS)
        self._press.timeout.connect(session.long_press)
        self._guard = QTimer(self)
        self._guard.setInterval(KEEP_ON_SCREEN_MS)
        self._guard.timeout.connect(self._keep_on_screen)
        session.changed.connect(self.show_state)
        session.cues.connect(self._sounds.play)
        self.show_state(session.state)

    # ------------------------------------------------------------------ building

    @staticmethod
    def _label(name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    @staticmethod
    def _centered(*widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _build_attract(self) -> QWidget:
        self.attract_title = self._label("attractTitle")
        self.attract_hint = self._label("attractHint")
        self.attract_title.setAccessibleName(tr("Scan your wristband or card"))
        picture = QLabel()
        picture.setPixmap(QIcon(str(asset_path("icons", "scan.svg"))).pixmap(QSize(480, 240)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName(tr("A wristband with a barcode"))
        page = self._centered(picture, self.attract_title, self.attract_hint)
        self._attract_layout = page.layout()
        return page

    def attach_camera_preview(self, preview: QWidget) -> None:
        preview.setMinimumSize(480, 320)
        layout = self._attract_layout
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(4, preview, 1)

    def _build_verdict(self) -> QWidget:
        self.verdict_panel = QFrame()
        self.verdict_panel.setObjectName("verdictPanel")
        panel = QVBoxLayout(self.verdict_panel)
        panel.setContentsMargins(48, 40, 48, 40)
        self.verdict_icon = self._label("verdictIcon")
        self.verdict_word = self._label("verdictWord")
        self.verdict_greeting = self._label("verdictGreeting")
        self.verdict_sentence = self._label("verdictSentence")
        self.verdict_detail = self._label("verdictDetail")
        for widget in (
            self.verdict_icon,
            self.verdict_word,
            self.verdict_greeting,
            self.verdict_sentence,
            self.verdict_detail,
        ):
            panel.addWidget(widget)
        self.countdown = self._label("countdown")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.addWidget(self.verdict_panel, 1)
        layout.addWidget(self.countdown)
        return page

    def _build_pin(self) -> QWidget:
        self.pin_title = self._label("pinTitle")
        self.pin_dots = self._label("pinDots")
        self.pin_message = self._label("pinMessage")
        grid = QGridLayout()
        grid.setSpacing(16)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
        self.pin_keys: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName("pinKey")
            button.setAccessibleName({"clear": "Clear", "ok": "OK"}.get(key, f"Digit {key}"))
            button.clicked.connect(lambda _=False, k=key: self.session.pin_key(k))
            grid.addWidget(button, index // 3, index % 3)
            self.pin_keys[key] = button
        self.pin_cancel = QPushButton()
        self.pin_cancel.setObjectName("staffButton")
        self.pin_cancel.clicked.connect(self.session.reset)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.pin_title, self.pin_dots, self.pin_message):
            layout.addWidget(widget)
        keypad = QWidget()
        keypad.setLayout(grid)
        keypad.setMaximumWidth(520)
        layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pin_cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_staff(self) -> QWidget:
        self.staff_buttons: dict[str, QPushButton] = {}
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(120, 40, 120, 40)
        layout.addStretch(1)
        self.staff_note = self._label("pinMessage")
        self.staff_note.setAccessibleName(tr("About the staff PIN"))
        self.staff_note.hide()
        layout.addWidget(self.staff_note)
        for key in ("desk", "settings", "diagnostics", "quit", "back"):
            button = QPushButton()
            button.setObjectName("staffButton")
            button.clicked.connect(lambda _=False, k=key: self.session.staff_choice(k))
            layout.addWidget(button)
            self.staff_buttons[key] = button
        layout.addStretch(1)
        return page

    def _retranslate(self) -> None:
        self.attract_title.setText(tr("Scan your wristband or card"))
        self.attract_hint.setText(tr("Hold the barcode under the scanner, or up to the camera."))
        self.checking_label.setText(tr("Checking…"))  # type: ignore[union-attr]
        self.pin_title.setText(tr("Staff only: enter the PIN"))
        self.pin_cancel.setText(tr("Cancel"))
        self.pin_keys["clear"].setText(tr("Clear"))
        self.pin_keys["ok"].setText(tr("OK"))
        labels = {
            "desk": N_("Switch to the front desk"),
            "settings": N_("Settings"),
            "diagnostics": N_("Diagnostics"),
            "quit": N_("Quit the kiosk"),
            "back": N_("Back to self check-in"),
        }
        for key, text in labels.items():
            self.staff_buttons[key].setText(tr(text))

    # ------------------------------------------------------------------ rendering

    def show_state(self, state: SelfState) -> None:
        link = state.connection
        if link.online:
            self.link_label.clear()  # guests need not know; offline, staff need to
        else:
            parts = [i18n.tr("Offline")]
            if link.data_as_of:
                parts.append(
                    i18n.tr("data from {time}", time=i18n.clock(wallclock.local(link.data_as_of)))
                )
            parts.append(
                i18n.trn("%n check-in waiting", "%n check-ins waiting", link.waiting)
                if link.waiting
                else i18n.tr("nothing waiting")
            )
            self.link_label.setText(" · ".join(parts))
        if state.serial != self._serial:
            self._serial = state.serial
            self._press.stop()
            if state.screen is not SelfScreen.ANSWER:
                self._answer_shown = None
                self._language.use(None)  # the start and staff pages: the desk's language
                self._retranslate()
                for label in (
                    self.verdict_word,
                    self.verdict_greeting,
                    self.verdict_sentence,
                    self.verdict_detail,
                    self.verdict_icon,
                    self.countdown,
                ):
                    label.clear()
                self.verdict_panel.setAccessibleName("")
        if state.screen is SelfScreen.CHECKING:
            self.checking_label.setText(  # type: ignore[union-attr]
                tr("Still checking… one moment, please.") if state.slow else tr("Checking…")
            )
        page = {
            SelfScreen.ATTRACT: self.attract_page,
            SelfScreen.CHECKING: self.checking_page,
            SelfScreen.ANSWER: self.verdict_page,
            SelfScreen.PIN: self.pin_page,
            SelfScreen.STAFF: self.staff_page,
            SelfScreen.DESK: self.staff_page,
        }[state.screen]
        if state.screen is SelfScreen.ANSWER:
            if state.answer is not None and state.answer is not self._answer_shown:
                self._show_answer(state.answer)
            elif state.problem is not None and self._answer_shown is None:
                self._show_problem(state.problem.sentence, state.problem.outcome)
            if state.held:
                self.countdown.setText(tr("Held: tap again to go on"))
            elif state.countdown:
                self.countdown.setText(
                    tr("Back to the start in %1 s").replace("%1", str(state.countdown))
                    + "  ·  "
                    + tr("Tap to keep this on screen")
                )
        warning = (
            tr("Back to the guest screen in %1 s: touch to stay").replace(
                "%1", str(state.staff_warning_s)
            )
            if state.staff_warning_s
            else ""
        )
        self.staff_warning.setText(warning)
        self.staff_warning.setVisible(bool(warning))
        below_rule = state.screen is SelfScreen.STAFF and state.pin_below_rule
        self.staff_note.setText(
            tr(
                "This kiosk's PIN was set before the rule of %1 digits or more, none easy to "
                "guess: set a new one (kiosk set-pin)."
            ).replace("%1", str(MIN_DIGITS))
            if below_rule
            else ""
        )
        self.staff_note.setVisible(below_rule)
        if state.screen is SelfScreen.PIN:
            self.pin_dots.setText("●" * state.pin_length)
            for button in self.pin_keys.values():
                button.setEnabled(not state.pin_stopped)
            if state.pin_stopped:
                self.pin_message.setText(
                    tr(
                        "The keypad is stopped after %1 wrong PINs. A manager's badge opens "
                        "it (scan it now), or kiosk set-pin on this machine."
                    ).replace("%1", str(HARD_STOP_FAILURES))
                )
            elif state.pin_opened:
                self.pin_message.setText(tr("Opened by a manager's badge: enter the PIN."))
            elif state.pin_checking:
                self.pin_message.setText(tr("Checking…"))
            elif state.pin_locked_s:
                self.pin_message.setText(
                    tr("Too many tries. Wait %1 s.").replace("%1", str(state.pin_locked_s))
                )
            else:
                self.pin_message.setText(tr("Wrong PIN") if state.pin_wrong else "")
        self.stack.setCurrentWidget(page)

    def _show_answer(self, answer: GuestAnswer) -> None:
        self._answer_shown = answer
        self._language.use(answer.locale)
        self._retranslate()
        locale = QLocale(f"{answer.locale}_{answer.region}" if answer.region else answer.locale)
        self._outcome(answer.outcome)
        if answer.outcome == "admit":
            # "checked in" only when a check-in was recorded (a guest list without check-ins
            # welcomes, and says no more than is true)
            self.verdict_word.setText(tr("Checked in") if answer.checked_in else tr("Welcome"))
            self.verdict_greeting.setText(
                tr("Welcome, %1!").replace("%1", answer.name) if answer.name else tr("Welcome!")
            )
            self.verdict_sentence.setText(
                tr("You're checked in. Enjoy your visit!")
                if answer.checked_in
                else tr("Enjoy your visit!")
            )
            details = []
            if answer.membership:
                details.append(tr("Membership: %1").replace("%1", answer.membership))
            if answer.band_expires_at is not None:
                moment = QDateTime.fromSecsSinceEpoch(int(answer.band_expires_at.timestamp()))
                when = locale.toString(moment, QLocale.FormatType.ShortFormat)
                details.append(tr("Wristband valid until %1").replace("%1", when))
            elif answer.band_never_expires:
                details.append(tr("Your wristband has no end date"))
            self.verdict_detail.setText("\n".join(details))
        else:
            self.verdict_word.setText(tr("One moment") if answer.outcome == "warn" else tr("Sorry"))
            self.verdict_greeting.setText(
                tr("Hello, %1").replace("%1", answer.name) if answer.name else tr("Hello")
            )
            self.verdict_sentence.setText(tr(answer.reason) if answer.reason else "")
            self.verdict_detail.setText(tr("Please see reception."))
        self._describe()
        self._speak(answer)
        self.answered.emit(answer)

    def _speak(self, answer: GuestAnswer | None) -> None:
        """The answer aloud, in the guest's language: the word, a greeting with the first name
        only (never a surname, even where the screen shows one), the sentence, and where to go
        on anything but green. No membership, dates or amounts."""
        first = (answer.name or "").split()[0] if answer is not None and answer.name else ""
        if answer is not None and answer.outcome == "admit":
            greeting = tr("Welcome, %1!").replace("%1", first) if first else tr("Welcome!")
        elif first:
            greeting = tr("Hello, %1").replace("%1", first)
        else:
            greeting = ""
        parts = [self.verdict_word.text(), greeting, self.verdict_sentence.text()]
        if answer is None or answer.outcome != "admit":
            parts.append(self.verdict_detail.text())
        spoken = " ".join(
            p.strip() if p.strip()[-1] in ".!?…" else p.strip() + "." for p in parts if p.strip()
        )
        self.speaker.say(
            spoken,
            answer.locale if answer is not None else self._language.current or i18n.current().code,
        )

    def _show_problem(self, sentence: str, outcome: str) -> None:
        self._outcome(outcome)
        self.verdict_word.setText(tr("One moment") if outcome == "warn" else tr("Sorry"))
        self.verdict_greeting.clear()
        self.verdict_sentence.setText(tr(sentence))
        self.verdict_detail.setText(tr("Please see reception."))
        self._describe()
        self._speak(None)

    def _outcome(self, outcome: str) -> None:
        self.verdict_panel.setProperty("outcome", outcome)
        self.verdict_panel.style().unpolish(self.verdict_panel)
        self.verdict_panel.style().polish(self.verdict_panel)
        self.verdict_icon.setText(_ICON.get(outcome, "!"))

    def _describe(self) -> None:
        self.verdict_panel.setAccessibleName(
            " ".join(
                w.text()
                for w in (
                    self.verdict_word,
                    self.verdict_greeting,
                    self.verdict_sentence,
                    self.verdict_detail,
                )
                if w.text()
            )
        )

    # ------------------------------------------------------------------ inputs

    def handle_scan(self, event: ScanEvent) -> None:
        self.session.scan(event)

    def handle_scan_in_pieces(self, _keys: int = 0) -> None:
        self.session.scan_in_pieces()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._in_corner(event.position().toPoint()) and self.session.state.screen in (
            SelfScreen.ATTRACT,
            SelfScreen.ANSWER,
        ):
            self._press.start()
        if self.session.state.staff_mode:
            self.session.staff_active()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        tapped = self._press.isActive() or not self._in_corner(event.position().toPoint())
        self._press.stop()  # a tap is not a long press
        if tapped and self.session.state.screen is SelfScreen.ANSWER:
            self.session.hold()  # a tap keeps the answer (a second tap lets it go)
        super().mouseReleaseEvent(event)

    @staticmethod
    def _in_corner(point: QPoint) -> bool:
        return point.x() <= CORNER_PX and point.y() <= CORNER_PX

    # ------------------------------------------------------------------ no way out

    def allow_close(self) -> None:
        self._allow_close = True
        self.keep_on_screen = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4 and friends: only staff, through the PIN

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # no shortcuts on an unattended screen (scans arrive as ScanEvents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._guard.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        """Minimised or hidden by the window manager: back on screen, on top."""
        if not self.keep_on_screen or self._allow_close:
            return
        if self.isMinimized() or not self.isVisible():
            log.info("self check-in window was minimised or hidden; showing it again")
            state = self.windowState() & ~Qt.WindowState.WindowMinimized
            self.setWindowState(state | Qt.WindowState.WindowActive)
            self.show()
            self.raise_()
            self.activateWindow()

    def shutdown(self) -> None:
        self._press.stop()
        self._guard.stop()
        self.session.shutdown()
