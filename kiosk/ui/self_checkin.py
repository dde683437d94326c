"""The unattended self check-in screen: "Scan your wristband", then a big answer in the guest's
language, then back to the start with nothing of the guest left behind.

It reuses the desk's lookup, verdict and actions (kiosk.checkin); only what it shows differs:
first name, membership name and band expiry, and a reason safe for a public screen. Staff
reach the settings, the desk or "quit" through a hidden long press in the top-left corner and
a PIN (hashed; five wrong tries lock the keypad).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDateTime, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QMouseEvent
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

from kiosk.api import NotFound, TrybeError
from kiosk.checkin import CustomerContext, Lookup
from kiosk.checkin.actions import Actions
from kiosk.checkin.policy import decide
from kiosk.checkin.selfservice import GuestAnswer, answer_for
from kiosk.config import asset_path
from kiosk.config.pin import PinGuard
from kiosk.config.settings import PolicySettings
from kiosk.scan import InvalidPayload, PayloadRules, RepeatFilter, ScanEvent, normalise_payload
from kiosk.ui.sounds import Sounds
from kiosk.ui.tasks import Latest, TaskRunner
from kiosk.ui.translations import GuestLanguage, tr

log = logging.getLogger(__name__)

CORNER_PX = 110
LONG_PRESS_MS = 2000
_ICON = {"admit": "✔", "warn": "!", "deny": "✖"}


class SelfCheckInWindow(QWidget):
    switch_to_desk = Signal()
    open_settings = Signal()
    quit_requested = Signal()
    answered = Signal(object)  # GuestAnswer (for tests and diagnostics; never logged)

    def __init__(
        self,
        lookup: Lookup,
        runner: TaskRunner,
        actions: Actions,
        pin_guard: PinGuard,
        *,
        policy: PolicySettings | None = None,
        site_name: str = "",
        brand_colour: str = "#0f2f35",
        logo: str | None = None,
        show_surname: bool = False,
        countdown_s: int = 5,
        sounds: Sounds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfRoot")
        self.setWindowTitle("Kiosk · Self check-in")
        self._lookup = lookup
        self._runner = runner
        self._actions = actions
        self._pins = pin_guard
        self._policy = policy or PolicySettings()
        self._show_surname = show_surname
        self._countdown_s = max(1, min(countdown_s, 5))
        self._sounds = sounds or Sounds(enabled=False)
        self._lookups = Latest(runner)
        self._repeats = RepeatFilter()
        self._language = GuestLanguage(self)
        self._allow_close = False
        self._pin = ""
        self.context: CustomerContext | None = None

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
            picture.setAccessibleName("Logo")
            bar_layout.addWidget(picture)
        self.site_label = QLabel(site_name)
        bar_layout.addWidget(self.site_label)
        bar_layout.addStretch(1)
        root.addWidget(bar)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
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

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._remaining = 0
        self._press = QTimer(self)
        self._press.setSingleShot(True)
        self._press.setInterval(LONG_PRESS_MS)
        self._press.timeout.connect(self._open_pin)
        self.reset()

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
        self.attract_title.setAccessibleName("Scan your wristband or card")
        picture = QLabel()
        picture.setPixmap(QIcon(str(asset_path("icons", "scan.svg"))).pixmap(QSize(480, 240)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName("A wristband with a barcode")
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
            button.clicked.connect(lambda _=False, k=key: self._pin_key(k))
            grid.addWidget(button, index // 3, index % 3)
            self.pin_keys[key] = button
        self.pin_cancel = QPushButton()
        self.pin_cancel.setObjectName("staffButton")
        self.pin_cancel.clicked.connect(self.reset)
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
        for key, signal in (
            ("desk", self.switch_to_desk),
            ("settings", self.open_settings),
            ("quit", self.quit_requested),
            ("back", None),
        ):
            button = QPushButton()
            button.setObjectName("staffButton")
            button.clicked.connect(signal.emit if signal is not None else self.reset)
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
            "desk": "Switch to the front desk",
            "settings": "Scanner and camera settings",
            "quit": "Quit the kiosk",
            "back": "Back to self check-in",
        }
        for key, text in labels.items():
            self.staff_buttons[key].setText(tr(text))

    # ------------------------------------------------------------------ the guest's journey

    def reset(self) -> None:
        """Back to "Scan your wristband": no name, no reason, no guest object kept."""
        self._tick.stop()
        self._lookups.cancel()
        self.context = None
        self._pin = ""
        for label in (
            self.verdict_word,
            self.verdict_greeting,
            self.verdict_sentence,
            self.verdict_detail,
            self.verdict_icon,
            self.countdown,
            self.pin_dots,
            self.pin_message,
        ):
            label.clear()
        self._language.use("en")
        self._retranslate()
        self.stack.setCurrentWidget(self.attract_page)

    def handle_scan(self, event: ScanEvent) -> None:
        if self.stack.currentWidget() in (self.pin_page, self.staff_page):
            return  # staff are at the screen
        try:
            code = normalise_payload(event.payload, PayloadRules())
        except InvalidPayload:
            self._show_problem(tr("That didn't scan properly. Please try again."), "warn")
            return
        if (
            self._repeats.is_repeat(event, code)
            and self.stack.currentWidget() is not self.attract_page
        ):
            return
        self._tick.stop()
        self.context = None
        self._language.use("en")
        self._retranslate()
        self.stack.setCurrentWidget(self.checking_page)
        lookup, actions, policy = self._lookup, self._actions, self._policy
        show_surname = self._show_surname

        def work() -> GuestAnswer:
            context = lookup.by_code(code)
            verdict = decide(context, policy)
            checked_in = False
            if verdict.outcome == "admit":
                actions.check_in(context, method="Kiosk")
                checked_in = True
            return answer_for(context, verdict, checked_in=checked_in, show_surname=show_surname)

        self._lookups.run(work, self._show_answer, self._failed)

    def _show_answer(self, answer: GuestAnswer) -> None:
        self._language.use(answer.locale)
        self._retranslate()
        locale = QLocale(f"{answer.locale}_{answer.region}" if answer.region else answer.locale)
        self.verdict_panel.setProperty("outcome", answer.outcome)
        self.verdict_panel.style().unpolish(self.verdict_panel)
        self.verdict_panel.style().polish(self.verdict_panel)
        self.verdict_icon.setText(_ICON[answer.outcome])
        if answer.outcome == "admit":
            self.verdict_word.setText(tr("Checked in"))
            self.verdict_greeting.setText(
                tr("Welcome, %1!").replace("%1", answer.name) if answer.name else tr("Welcome!")
            )
            self.verdict_sentence.setText(tr("You're checked in. Enjoy your visit!"))
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
        self.verdict_panel.setAccessibleName(
            " ".join(
                w.text()
                for w in (
                    self.verdict_word,
                    self.verdict_greeting,
                    self.verdict_sentence,
                    self.verdict_detail,
                )
            )
        )
        self.stack.setCurrentWidget(self.verdict_page)
        self._sounds.play(answer.outcome)
        self.answered.emit(answer)
        self._start_countdown()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self._show_problem(tr("We don't recognise this wristband."), "deny")
        elif isinstance(error, TrybeError):
            log.info("self check-in failed: %s", type(error).__name__)
            self._show_problem(tr("We can't check you in right now."), "deny")
        else:
            log.exception("self check-in failed", exc_info=error)
            self._show_problem(tr("We can't check you in right now."), "deny")

    def _show_problem(self, sentence: str, outcome: str) -> None:
        self.verdict_panel.setProperty("outcome", outcome)
        self.verdict_panel.style().unpolish(self.verdict_panel)
        self.verdict_panel.style().polish(self.verdict_panel)
        self.verdict_icon.setText(_ICON.get(outcome, "!"))
        self.verdict_word.setText(tr("Sorry"))
        self.verdict_greeting.clear()
        self.verdict_sentence.setText(sentence)
        self.verdict_detail.setText(tr("Please see reception."))
        self.stack.setCurrentWidget(self.verdict_page)
        self._sounds.play("deny" if outcome == "deny" else "warn")
        self._start_countdown()

    def _start_countdown(self) -> None:
        self._remaining = self._countdown_s
        self._show_remaining()
        self._tick.start()

    def _count_down(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.reset()
            return
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.countdown.setText(tr("Back to the start in %1 s").replace("%1", str(self._remaining)))

    # ------------------------------------------------------------------ staff escape

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._in_corner(event.position().toPoint()) and self.stack.currentWidget() in (
            self.attract_page,
            self.verdict_page,
        ):
            self._press.start()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press.stop()  # a tap is not a long press
        super().mouseReleaseEvent(event)

    @staticmethod
    def _in_corner(point: QPoint) -> bool:
        return point.x() <= CORNER_PX and point.y() <= CORNER_PX

    def _open_pin(self) -> None:
        self._tick.stop()
        self._language.use("en")
        self._retranslate()
        self._pin = ""
        self.pin_dots.clear()
        locked = self._pins.locked_for()
        self.pin_message.setText(
            tr("Too many tries. Wait %1 s.").replace("%1", str(round(locked))) if locked else ""
        )
        self.stack.setCurrentWidget(self.pin_page)

    def _pin_key(self, key: str) -> None:
        if key == "clear":
            self._pin = ""
        elif key == "ok":
            result = self._pins.try_pin(self._pin)
            self._pin = ""
            if result == "ok":
                self.stack.setCurrentWidget(self.staff_page)
            elif result == "locked":
                wait = round(self._pins.locked_for())
                self.pin_message.setText(tr("Too many tries. Wait %1 s.").replace("%1", str(wait)))
            else:
                self.pin_message.setText(tr("Wrong PIN"))
        elif len(self._pin) < 12:
            self._pin += key
        self.pin_dots.setText("●" * len(self._pin))

    # ------------------------------------------------------------------ no way out

    def allow_close(self) -> None:
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4 and friends: only staff, through the PIN

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()  # no shortcuts on an unattended screen (scans arrive as ScanEvents)

    def shutdown(self) -> None:
        self._tick.stop()
        self._press.stop()
        self._lookups.cancel()
