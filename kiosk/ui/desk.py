"""The staff desk window: scan (or type) a code, see the guest.

States, one at a time in a stack: *idle* (what to do), *checking* (a lookup in flight; says
"still checking..." after a second), *guest* (the customer panel), *problem* (one sentence of
what went wrong and what to do). A newer scan supersedes a lookup in flight.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import CustomerSearchResult, TrybeError, ValidationFailed
from kiosk.checkin import CustomerContext, Failure, Lookup, describe_failure
from kiosk.checkin.actions import ActionBusy, ActionRefused, Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.policy import decide
from kiosk.config import asset_path
from kiosk.config.settings import PolicySettings
from kiosk.scan import InvalidPayload, PayloadRules, RepeatFilter, ScanEvent, normalise_payload
from kiosk.scan.keymap import layout_check
from kiosk.ui.customer_panel import CustomerPanel
from kiosk.ui.guest_form import GuestForm
from kiosk.ui.sounds import Sounds
from kiosk.ui.tasks import Latest, TaskRunner

log = logging.getLogger(__name__)

STILL_CHECKING_AFTER_MS = 1000
SEARCH_AFTER_MS = 300
"""Typing pauses this long before a name search is sent (one request per pause, not per key)."""


def _decode_photo(context: CustomerContext) -> tuple[CustomerContext, QImage | None]:
    """Runs on the worker: decoding an image is too slow for the GUI thread."""
    if not context.photo:
        return context, None
    image = QImage.fromData(context.photo)
    return context, None if image.isNull() else image


class DeskWindow(QMainWindow):
    """The front-desk screen. ``lookup`` does the work; ``runner`` keeps it off this thread."""

    guest_shown = Signal(object)  # CustomerContext
    settings_requested = Signal()
    problem_shown = Signal(object)  # Failure

    def __init__(
        self,
        lookup: Lookup,
        runner: TaskRunner,
        *,
        site_name: str = "",
        rules: PayloadRules | None = None,
        repeats: RepeatFilter | None = None,
        policy: PolicySettings | None = None,
        audit: AuditLog | None = None,
        sounds: Sounds | None = None,
        idle_clear_ms: int = 90_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kiosk · Front desk")
        self._lookup = lookup
        self._lookups = Latest(runner)
        self._searches = Latest(runner)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._search_names)
        self._rules = rules or PayloadRules()
        self._repeats = repeats or RepeatFilter()
        self._runner = runner
        self._policy = policy or PolicySettings()
        self._audit = audit
        self._actions = Actions(lookup.client, audit) if audit is not None else None
        self.context: CustomerContext | None = None
        self.sounds = sounds or Sounds(enabled=False)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_clear_ms)
        self._idle.timeout.connect(self.clear_screen)
        self.camera_preview: QWidget | None = None
        self._pending_code = ""
        self._still_checking = QTimer(self)
        self._still_checking.setSingleShot(True)
        self._still_checking.timeout.connect(self._say_still_checking)

        root = QWidget()
        root.setObjectName("deskRoot")
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_top_bar(site_name))

        self.stack = QStackedWidget()
        self.idle_page = self._build_idle()
        self.checking_page, self.checking_label = self._build_checking()
        self.customer_panel = CustomerPanel()
        band_card = self.customer_panel.band_card
        band_card.check_in_requested.connect(self._check_in)
        band_card.expiry_requested.connect(self._set_expiry)
        band_card.card_requested.connect(self._set_card)
        band_card.more_requested.connect(self._more)
        self.customer_panel.verdict.override_button.clicked.connect(self._override)
        self.recent: list[tuple[str, str, str, str]] = []
        """This shift's scans: (time, customer id, name, outcome), newest first, to reopen."""
        self._next_scan_for: str | None = None
        """"associate" or "swap": the next scan is a new band for the guest on screen."""
        self.problem_page, self.problem_card = self._build_problem()
        self.results_page, self.results = self._build_results()
        for page in (
            self.idle_page,
            self.checking_page,
            self._padded(self.customer_panel),
            self.problem_page,
            self.results_page,
        ):
            self.stack.addWidget(page)
        column.addWidget(self.stack, 1)

        self.status_line = QLabel("Ready. Scan a wristband or card.")
        self.status_line.setObjectName("statusLine")
        column.addWidget(self.status_line)
        self.setCentralWidget(root)

    # ------------------------------------------------------------------ building

    def _build_top_bar(self, site_name: str) -> QWidget:
        bar = QFrame()
        bar.setObjectName("topBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(20, 12, 20, 12)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.site_label = QLabel(site_name or "Trybe")
        self.site_label.setObjectName("siteName")
        mode = QLabel("Front desk")
        mode.setObjectName("modeName")
        titles.addWidget(self.site_label)
        titles.addWidget(mode)
        layout.addLayout(titles)
        layout.addStretch(1)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText("Code, name, email or phone")
        self.search_box.setAccessibleName("Find a guest by wristband code, name, email or phone")
        self.search_box.textEdited.connect(self._search_typed)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self._search_typed_code)
        self.search_button = QPushButton("Find")
        self.search_button.setObjectName("searchButton")
        self.search_button.setAccessibleName("Find guest by code")
        self.search_button.clicked.connect(self._search_typed_code)
        layout.addWidget(self.search_box)
        layout.addWidget(self.search_button)
        self.recent_button = QPushButton("Recent")
        self.recent_button.setObjectName("searchButton")
        self.recent_button.setAccessibleName("This shift's scans")
        self.recent_button.setEnabled(False)
        layout.addWidget(self.recent_button)
        self.new_guest_button = QPushButton("New guest")
        self.new_guest_button.setObjectName("searchButton")
        self.new_guest_button.setAccessibleName("Register a walk-in guest")
        self.new_guest_button.clicked.connect(lambda: self.open_guest_form(None))
        layout.addWidget(self.new_guest_button)
        self.settings_button = QPushButton("⚙")
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setToolTip("Scanners and camera")
        self.settings_button.setAccessibleName("Scanners and camera settings")
        self.settings_button.clicked.connect(self.settings_requested)
        layout.addWidget(self.settings_button)
        return bar

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(32, 28, 32, 20)
        layout.addWidget(widget)
        return holder

    def clear_screen(self) -> None:
        """Back to the start: nothing of the last guest stays on screen or in the window."""
        self._idle.stop()
        self._next_scan_for = None
        self.context = None
        self._lookups.cancel()
        self._searches.cancel()
        self.customer_panel.clear()
        self.results.clear()
        self.search_box.clear()
        self._repeats.forget()
        self.stack.setCurrentWidget(self.idle_page)
        self.status_line.setText("Ready. Scan a wristband or card.")

    def _remember(self, context: CustomerContext, outcome: str) -> None:
        entry = (
            datetime.now().strftime("%H:%M"),
            context.customer.id,
            context.customer.display_name,
            outcome,
        )
        self.recent = [entry, *[r for r in self.recent if r[1] != entry[1]]][:20]
        menu = QMenu(self)
        for at, customer_id, name, result in self.recent:
            action = menu.addAction(f"{at}  {name}  ({result})")
            action.triggered.connect(
                lambda _=False, cid=customer_id: self._start_lookup(cid, via="recent")
            )
        self.recent_button.setMenu(menu)
        self.recent_button.setEnabled(True)

    def _override(self) -> None:
        """Admit despite a deny, with a typed reason: audited, and shown on the banner."""
        context = self.context
        if context is None:
            return
        reason, ok = QInputDialog.getText(
            self, "Admit anyway", "Why is this guest admitted despite the warning?"
        )
        reason = reason.strip()
        if not ok or len(reason) < 3:
            if ok:
                self.customer_panel.band_card.say("✖ An override needs a reason (a few words).")
            return
        if self._audit is not None:
            self._audit.record("override", "admit", customer_id=context.customer.id, reason=reason)
        self.customer_panel.verdict.show_override(reason)
        self.customer_panel.band_card.check_in_button.setEnabled(True)
        self.status_line.setText("Override recorded.")

    def shutdown(self) -> None:
        """Stop timers and forget work in flight: late answers are dropped, never shown."""
        for timer in (self._search_timer, self._still_checking, self._idle):
            timer.stop()
        self._lookups.cancel()
        self._searches.cancel()

    def attach_camera_preview(self, preview: QWidget) -> None:
        """Show the live camera on the idle screen, so staff can see where to hold a band."""
        preview.setFixedSize(480, 300)
        self._idle_layout.insertWidget(4, preview, 0, Qt.AlignmentFlag.AlignHCenter)
        self.camera_preview = preview

    def show_device_status(self, status: str) -> None:
        """A reader's state in words ("scanner disconnected; reconnecting…")."""
        self.status_line.setText(status[:1].upper() + status[1:] + ".")

    def _build_idle(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._idle_layout = layout
        layout.addStretch(1)
        icon = QLabel()
        icon.setPixmap(QIcon(str(asset_path("icons", "scan.svg"))).pixmap(QSize(240, 120)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName("A wristband with a barcode")
        title = QLabel("Scan a wristband or card")
        title.setObjectName("idleTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel("The scanner works anywhere on this screen. You can also type a code above.")
        hint.setObjectName("idleHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        for widget in (icon, title, hint):
            layout.addWidget(widget)
        layout.addStretch(2)
        return page

    def _build_checking(self) -> tuple[QWidget, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel("Checking…")
        label.setObjectName("checkingTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        results = QListWidget()
        results.setObjectName("searchResults")
        results.setAccessibleName("Guests found")
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

    # ------------------------------------------------------------------ inputs

    def handle_scan(self, event: ScanEvent) -> None:
        """A scan from any reader: validate, then look it up off the GUI thread."""
        try:
            code = normalise_payload(event.payload, self._rules)
        except InvalidPayload as exc:
            self._show_problem(describe_failure(exc))
            return
        if self._next_scan_for is not None and self.context is not None:
            self._use_scan_as_new_band(code)
            return
        advice = layout_check(code)
        if advice is not None:
            ok = advice.startswith("The scanner and this PC agree")
            self._show_problem(
                Failure("bad_scan", "Scanner layout test", advice), tone="good" if ok else "warn"
            )
            return
        if self._repeats.is_repeat(event, code):
            self.status_line.setText(f"{code} was just scanned; showing it already.")
            return
        self._start_lookup(code, via="scanner" if event.source != "manual" else "typed")

    def _search_typed_code(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            return
        self._search_timer.stop()
        self._searches.cancel()
        self.search_box.clear()
        self.handle_scan(ScanEvent(payload=text, source="manual"))

    def _search_typed(self, text: str) -> None:
        """Live search: after 2 characters, once typing pauses."""
        if len(text.strip()) >= 2:
            self._search_timer.start(SEARCH_AFTER_MS)
        else:
            self._search_timer.stop()
            self._searches.cancel()
            if self.stack.currentWidget() is self.results_page:
                self.stack.setCurrentWidget(self.idle_page)

    def _search_names(self) -> None:
        text = self.search_box.text().strip()
        client = self._lookup.client
        self.results_title.setText(f"Searching for “{text}”…")
        self.stack.setCurrentWidget(self.results_page)
        self._searches.run(
            lambda: client.action_customer_search(query=text),
            lambda found: self._show_results(text, found),
            self._search_failed,
        )

    def _show_results(self, text: str, found: list[CustomerSearchResult]) -> None:
        self.results.clear()
        for guest in found:
            labels = ", ".join(label.name for label in guest.labels)
            line = guest.display_name + (f"   {guest.email}" if guest.email else "")
            item = QListWidgetItem(line + (f"   [{labels}]" if labels else ""))
            item.setData(Qt.ItemDataRole.UserRole, guest.id)
            self.results.addItem(item)
        count = len(found)
        self.results_title.setText(
            f"{count} guest{'s' if count != 1 else ''} matching “{text}”"
            if found
            else f"No guest matches “{text}”. Check the spelling, or try the email."
        )
        self.stack.setCurrentWidget(self.results_page)
        self._idle.start()

    def _search_failed(self, error: BaseException) -> None:
        failure = describe_failure(error)
        self.results_title.setText(f"{failure.title}. {failure.detail}")

    def _open_result(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        self.search_box.clear()
        self._start_lookup(str(customer_id), via="search")

    def _start_lookup(self, code: str, *, via: str) -> None:
        self._pending_code = code
        self.checking_label.setText(f"Checking {code}…")
        self.stack.setCurrentWidget(self.checking_page)
        self.status_line.setText(f"Looking up {code} ({via})…")
        self._still_checking.start(STILL_CHECKING_AFTER_MS)
        lookup = self._lookup
        self._lookups.run(
            lambda: _decode_photo(lookup.by_code(code)),
            self._on_found,
            self._on_failed,
        )

    # ------------------------------------------------------------------ outcomes

    def _say_still_checking(self) -> None:
        self.checking_label.setText(f"Still checking {self._pending_code}…")
        self.status_line.setText("Trybe is slow to answer; still checking…")

    def _on_found(self, result: Any) -> None:
        context, image = result
        self._still_checking.stop()
        self.context = context
        verdict = decide(context, self._policy)
        self.sounds.play(verdict.outcome)
        self._idle.start()
        self._remember(context, verdict.outcome)
        self.customer_panel.show_context(context, image, verdict)
        self.stack.setCurrentIndex(2)
        if context.matched_by == "customer_id":
            self.status_line.setText(f"Opened {context.customer.display_name}.")
        else:
            self.status_line.setText(f"Found {context.customer.display_name} for {context.code}.")
        if self._audit is not None:
            band = context.band
            self._audit.record(
                "scan",
                verdict.outcome,
                customer_id=context.customer.id,
                band_id=band.id if band else None,
                code=context.code,
                reason=",".join(r.code for r in verdict.reasons) or None,
            )
        self.guest_shown.emit(context)

    # ------------------------------------------------------------------ actions

    def _check_in(self) -> None:
        """The primary button: check in, or check out a guest who is on site."""
        if self.context is not None and self.context.open_visit is not None:
            self._act("Checking out…", lambda a, c: a.check_out(c), "✔ Checked out.")
        else:
            self._act("Checking in…", lambda a, c: a.check_in(c), "✔ Checked in.")

    def _set_expiry(self, until: Any) -> None:
        def run(actions: Actions, context: CustomerContext) -> Any:
            assert context.band is not None
            return actions.set_expiry(context, context.band, until)

        done = "✔ Expiry cleared: the band never expires." if until is None else "✔ Expiry changed."
        self._act("Saving the new expiry…", run, done)

    def _set_card(self, payment_method_id: Any) -> None:
        def run(actions: Actions, context: CustomerContext) -> Any:
            assert context.band is not None
            return actions.set_card(context, context.band, payment_method_id)

        done = (
            "✔ Card taken off the band." if payment_method_id is None else "✔ Card put on the band."
        )
        self._act("Saving the card…", run, done)

    def _more(self, key: str) -> None:
        card = self.customer_panel.band_card
        if key in ("associate", "swap"):
            self._next_scan_for = key
            what = "new" if key == "associate" else "replacement"
            card.say(f"Scan the {what} wristband now (or press Esc to cancel).")
            self.status_line.setText(f"Waiting for the {what} wristband…")
            return
        if key == "dissociate":
            box = QMessageBox(self)
            box.setWindowTitle("Remove wristband")
            box.setText("Remove this wristband from the guest? It will no longer find them.")
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return

            def remove(a: Actions, c: CustomerContext) -> Any:
                assert c.band is not None
                return a.dissociate(c, c.band)

            self._act("Removing the wristband…", remove, "✔ Wristband removed.")
            return
        simple = {
            "lock": ("Locking…", lambda a, c: a.set_locked(c, True), "✔ Account locked."),
            "unlock": ("Unlocking…", lambda a, c: a.set_locked(c, False), "✔ Account unlocked."),
            "reset": (
                "Sending…",
                lambda a, c: a.send_password_reset(c),
                "✔ Password reset email sent (the link works for one hour).",
            ),
            "verify": (
                "Sending…",
                lambda a, c: a.resend_verification(c),
                "✔ Verification email sent.",
            ),
        }
        if key in simple:
            doing, work, done = simple[key]
            self._act(doing, work, done)
        elif key == "edit":
            self.open_guest_form(self.context)
        elif key == "link":
            self._act(
                "Creating the link…",
                lambda a, c: a.set_password_link(c),
                "✔ Link created.",
                on_result=self._show_link,
            )

    def open_guest_form(self, context: CustomerContext | None) -> GuestForm:
        """Register a walk-in (no context) or edit the guest on screen; errors stay in the form."""
        form = GuestForm(context.customer if context else None, self)
        self.guest_form = form
        actions = self._actions

        def send(fields: dict[str, Any]) -> None:
            if actions is None:
                form.show_errors({}, "This desk cannot change guests (no audit log configured).")
                return
            if context is None:
                work: Any = lambda: actions.register_guest(fields)  # noqa: E731
            else:
                work = lambda: actions.update_profile(context, fields)  # noqa: E731

            def saved(guest: Any) -> None:
                form.accept()
                self._start_lookup(guest.id, via="new guest" if context is None else "edit")

            def refused(error: BaseException) -> None:
                if isinstance(error, ValidationFailed):
                    form.show_errors(error.errors, "Trybe didn't accept some details:")
                elif isinstance(error, ActionRefused):
                    form.show_errors({}, str(error))
                else:
                    failure = describe_failure(error)
                    form.show_errors({}, f"{failure.title}. {failure.detail}")

            self._runner.run(work, saved, refused)

        form.submitted.connect(send)
        form.open()
        return form

    def _show_link(self, url: Any) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Set-password link")
        box.setText("Give this link to the guest (it works for a limited time):")
        box.setInformativeText(str(url))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.show()

    def _use_scan_as_new_band(self, code: str) -> None:
        mode, self._next_scan_for = self._next_scan_for, None
        context = self.context
        assert context is not None
        if mode == "swap" and context.band is not None:
            lost = context.band
            self._act(
                "Replacing the wristband…",
                lambda a, c: a.swap(c, lost, code),
                f"✔ {code} replaces {lost.barcode}; expiry and card moved over.",
                show_code=code,
            )
        else:
            band = context.band
            expires = band.expires_at if band else None
            self._act(
                "Adding the wristband…",
                lambda a, c: a.associate(c, code, expires_at=expires),
                f"✔ Wristband {code} added.",
                show_code=code,
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._next_scan_for is not None:
            self._next_scan_for = None
            self.customer_panel.band_card.say("Cancelled: no wristband was added.")
            return
        super().keyPressEvent(event)

    def _act(
        self,
        doing: str,
        work: Any,
        done: str,
        on_result: Any = None,
        show_code: str | None = None,
    ) -> None:
        """Run one action off the GUI thread, then show the guest again as Trybe now has them."""
        context, actions = self.context, self._actions
        if context is None or actions is None:
            return
        card = self.customer_panel.band_card
        card.set_busy(True, doing)
        lookup = self._lookup

        def succeeded(result: Any) -> None:
            if self.context is not context:
                return  # a newer scan is on screen; it owns the panel now
            if on_result is not None:
                on_result(result)
            self.status_line.setText(done.removeprefix("✔ "))

            def refreshed(result: Any) -> None:
                self._on_found(result)
                self.customer_panel.band_card.say(done)

            shown = replace(context, code=show_code) if show_code else context
            self._lookups.run(
                lambda: _decode_photo(lookup.refresh(shown)),
                refreshed,
                lambda error: card.say("Saved, but the screen could not refresh: scan again."),
            )

        def failed(error: BaseException) -> None:
            if self.context is not context:
                return
            card.set_busy(False)
            if isinstance(error, (ActionRefused, ActionBusy)):
                card.say(f"✖ {error}")
            elif isinstance(error, TrybeError):
                failure = describe_failure(error)
                card.say(f"✖ {failure.title}. {failure.detail}")
            else:
                card.say("✖ Something went wrong; nothing was changed.")

        self._runner.run(lambda: work(actions, context), succeeded, failed)

    def _on_failed(self, error: BaseException) -> None:
        self._still_checking.stop()
        if not isinstance(error, Exception):
            raise error
        log.info("lookup failed: %s", type(error).__name__)
        self._show_problem(describe_failure(error))

    def _show_problem(self, failure: Failure, *, tone: str | None = None) -> None:
        if tone is None:
            warn_kinds = ("not_recognised", "bad_scan", "slow", "busy")
            tone = "warn" if failure.kind in warn_kinds else "bad"
        icon, colour = {"good": ("✔", "#2e7d32"), "warn": ("⚠", "#b7791f")}.get(
            tone, ("✖", "#c0392b")
        )
        self.problem_icon.setText(icon)
        self.problem_icon.setStyleSheet(f"color: {colour};")
        self.problem_title.setText(failure.title)
        self.problem_detail.setText(failure.detail)
        self.problem_card.setProperty("tone", tone)
        self.problem_card.style().unpolish(self.problem_card)
        self.problem_card.style().polish(self.problem_card)
        self.stack.setCurrentWidget(self.problem_page)
        self.status_line.setText(failure.title + ".")
        self.sounds.play("admit" if tone == "good" else "warn" if tone == "warn" else "deny")
        self._idle.start()
        self.problem_shown.emit(failure)
