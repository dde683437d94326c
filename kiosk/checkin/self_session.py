"""The self check-in screen's state, Qt-free: events in, :class:`SelfState` out.

A guest scans; the screen answers in their language; a countdown (or the next scan) takes it back
to the start with nothing of the guest kept. An admitted guest is checked in (method "Kiosk");
a check-in whose answer was lost is read back before the guest is told anything, so a saved
check-in is never told "we can't check you in", and an unsaved one never "you're in".

Staff reach a PIN page by a long press, then a staff menu (the front desk, the reader settings,
quit). An unattended kiosk never stays in staff mode: after ``staff_idle_s`` without a touch the
PIN page, the staff menu and the desk opened from it all go back to the guest screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

from kiosk.checkin.actions import (
    ActionKind,
    ActionRefused,
    Actions,
    Intent,
    WriteOutcome,
    WriteResult,
)
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import BackendError, NotFound
from kiosk.checkin.i18n import N_
from kiosk.checkin.link import watch_link
from kiosk.checkin.lookup import GuestContext, Lookup
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.modes import Mode, Modes
from kiosk.checkin.pin_policy import breaks_rule
from kiosk.checkin.pipeline import ScanPipeline
from kiosk.checkin.policy import Verdict, decide
from kiosk.checkin.ports import Capability
from kiosk.checkin.selfservice import GuestAnswer, answer_for
from kiosk.checkin.tasks import Handle, Listeners, NamedTimers, Runner
from kiosk.config import clock as wallclock
from kiosk.config.pin import PinGuard, PinResult
from kiosk.config.settings import PolicySettings
from kiosk.scan import InvalidPayload, ScanEvent

log = logging.getLogger(__name__)

Cue = Literal["admit", "warn", "deny"]
StaffRequest = Literal["settings", "diagnostics", "quit"]

PIN_MAX = 12
HOLD_MAX_S = 60.0
"""A held answer goes after this long all the same (a kiosk must not keep one guest's name)."""
STAFF_WARN_S = 10.0
"""The staff pages say they will close this long before they do."""

# What the screen may say without a guest to greet (English source, translated on screen).
BAD_SCAN = N_("That didn't scan properly. Please try again.")
NOT_RECOGNISED = N_("We don't recognise this wristband.")
CANNOT_CHECK_IN = N_("We can't check you in right now.")
NOT_CONFIRMED = N_("We couldn't confirm your check-in.")
SENTENCES = (BAD_SCAN, NOT_RECOGNISED, CANNOT_CHECK_IN, NOT_CONFIRMED)


class SelfScreen(StrEnum):
    ATTRACT = "attract"
    CHECKING = "checking"
    ANSWER = "answer"
    PIN = "pin"
    STAFF = "staff"
    DESK = "desk"
    """Staff opened the front desk from the staff menu; it comes back here when idle."""


@dataclass(frozen=True)
class Problem:
    """An answer without a guest: the sentence (English source, translated on screen)."""

    sentence: str
    outcome: Cue


@dataclass(frozen=True)
class SelfState:
    screen: SelfScreen = SelfScreen.ATTRACT
    answer: GuestAnswer | None = None
    problem: Problem | None = None
    countdown: int = 0
    slow: bool = False
    """The lookup passed its deadline and is still awaited (the guest is told to wait)."""
    held: bool = False
    """The guest tapped the answer: it stays until another tap (or HOLD_MAX_S)."""
    staff_warning_s: int = 0
    """Seconds before the staff pages close for want of a touch (0: no warning)."""
    pin_length: int = 0
    pin_wrong: bool = False
    pin_locked_s: int = 0
    pin_checking: bool = False
    """A PIN was sent to be checked (on a worker); its answer is not back yet."""
    pin_stopped: bool = False
    """The keypad takes no PIN (too many wrong ones): a manager's badge opens it."""
    pin_opened: bool = False
    """A manager's badge has just opened the stopped keypad."""
    pin_below_rule: bool = False
    """The right PIN was set before today's rule (6 digits, not guessable): change it."""
    serial: int = 0
    """Bumped on every change of screen (the window uses it to reset its own bits)."""
    connection: LinkStatus = field(default_factory=LinkStatus)
    """Online or offline (a discreet chip for staff; guests are told nothing of it)."""

    @property
    def staff_mode(self) -> bool:
        return self.screen in (SelfScreen.PIN, SelfScreen.STAFF, SelfScreen.DESK)


_MODE_OF: dict[SelfScreen, Mode] = {
    SelfScreen.ATTRACT: Mode.GUEST_SCREEN,
    SelfScreen.CHECKING: Mode.GUEST_SCREEN,
    SelfScreen.ANSWER: Mode.GUEST_SCREEN,
    SelfScreen.PIN: Mode.GUEST_SCREEN,  # no staff powers until the PIN is right
    SelfScreen.STAFF: Mode.STAFF,
    SelfScreen.DESK: Mode.DESK,
}


class SelfSession:
    def __init__(
        self,
        lookup: Lookup,
        actions: Actions,
        runner: Runner,
        audit: AuditLog,
        pins: PinGuard,
        *,
        policy: PolicySettings | None = None,
        show_surname: bool = False,
        countdown_s: int = 5,
        staff_idle_s: float = 60.0,
        site_locale: Callable[[], str | None] = lambda: None,
        manager_badge: Callable[[str], str | None] = lambda _code: None,
    ) -> None:
        """``manager_badge``: the staff id of the manager whose badge has this code, or None
        (a manager's badge opens a stopped keypad)."""
        self.lookup = lookup
        self.actions = actions
        self.audit = audit
        self._runner = runner
        self._pins = pins
        self._policy = policy or PolicySettings()
        self._show_surname = show_surname
        self._countdown_s = max(1, min(countdown_s, 5))
        self._staff_idle_s = staff_idle_s
        self._site_locale = site_locale
        self._manager_badge = manager_badge
        self._scans = ScanPipeline(lookup, runner, audit)
        """The desk's own scan pipeline: payload rules, repeats, the newest scan wins."""
        self.state = SelfState()
        self.changed: Listeners[SelfState] = Listeners()
        self.cues: Listeners[Cue] = Listeners()
        self.requests: Listeners[StaffRequest] = Listeners()
        self._timers = NamedTimers(runner)
        self._pin = ""
        self._pin_check: Handle | None = None
        self._closed = False
        self._unfinished: Intent | None = None
        """A check-in whose outcome is not known (or was not done): the same guest scanning
        again is the same action, with its key, read back before it is ever sent again."""
        self._modes: Modes | None = None
        self._why = "self check-in"
        self._watch_link()

    # ------------------------------------------------------------------ plumbing

    def _set(self, **changes: Any) -> None:
        if self._closed:
            return
        if "screen" in changes and changes["screen"] is not self.state.screen:
            changes["serial"] = self.state.serial + 1
            changes.setdefault("slow", False)  # "still checking" belongs to one wait
        self.state = replace(self.state, **changes)
        if self._modes is not None:
            # the mode first: the windows of a left mode close before the screen changes
            self._modes.enter(_MODE_OF[self.state.screen], why=self._why)
        self.changed.emit(self.state)

    def drive(self, modes: Modes) -> None:
        """This screen decides the kiosk's mode from now on (the guest screen, the staff pages
        or the desk opened from them): ``modes`` closes the windows of each mode it leaves."""
        self._modes = modes
        modes.enter(_MODE_OF[self.state.screen], why="self check-in started")

    def _because(self, why: str) -> None:
        """The reason the next change of screen gives for its mode (the transition log)."""
        self._why = why

    def _watch_link(self) -> None:
        """Keep the status chip true: online or offline, data age, what is waiting."""
        watch_link(
            self.lookup.status,
            self._timers,
            lambda: self.state.connection,
            lambda link: self._set(connection=link),
        )

    def shutdown(self) -> None:
        self._timers.stop_all()
        self._scans.cancel()
        self._closed = True
        for listeners in (self.changed, self.cues, self.requests):
            listeners.disconnect_all()

    def reset(self, *, why: str = "back to the guest screen") -> None:
        """Back to "Scan your wristband": no name, no reason, no guest kept."""
        self._because(why)
        self._scans.cancel()
        self._pin = ""
        for name in ("countdown", "staff", "staff_warn"):  # ("link" keeps running)
            self._timers.stop(name)
        self._set(
            screen=SelfScreen.ATTRACT,
            answer=None,
            problem=None,
            countdown=0,
            pin_length=0,
            pin_wrong=False,
            pin_locked_s=0,
            pin_stopped=False,
            pin_opened=False,
            pin_below_rule=False,
            held=False,
            staff_warning_s=0,
        )

    # ------------------------------------------------------------------ the guest's journey

    def scan_in_pieces(self) -> None:
        """A keyboard scanner's code arrived split: the guest is asked to scan again."""
        if not self.state.staff_mode:
            self._show_problem(BAD_SCAN, "warn")

    def scan(self, event: ScanEvent) -> None:
        if self.state.staff_mode:
            # staff are at the screen (the desk opened from here gets its own scans); on a
            # stopped keypad, a scan is a manager's badge or nothing
            if self.state.screen is SelfScreen.PIN and self.state.pin_stopped:
                self._badge_at_stopped_keypad(event.payload)
            return
        code = self._scans.read(event)
        if isinstance(code, InvalidPayload):
            self._show_problem(BAD_SCAN, "warn")
            return
        if self._scans.is_repeat(event, code) and self.state.screen is not SelfScreen.ATTRACT:
            return
        ticket = self._scans.start()
        self._timers.stop("countdown")
        self._set(
            screen=SelfScreen.CHECKING,
            answer=None,
            problem=None,
            countdown=0,
            held=False,
            slow=False,
        )
        self._timers.start("late", self.lookup.deadline_s, lambda: self._late(ticket))
        lookup = self.lookup
        self._scans.read_for(
            ticket,
            lambda: lookup.by_code(code),
            lambda context: self._found(ticket, context),
            lambda error: self._failed(ticket, code, error),
        )

    def _late(self, ticket: int) -> None:
        """Past the lookup's deadline: the guest is told it is still being checked (the answer
        is shown when it comes)."""
        if self._scans.current(ticket) and self.state.screen is SelfScreen.CHECKING:
            self._set(slow=True)

    def _found(self, ticket: int, context: GuestContext) -> None:
        self._timers.stop("late")
        verdict = decide(context, self._policy)
        self._scans.record_found(context, verdict)
        if verdict.outcome != "admit":
            self._answer(context, verdict, checked_in=False)
            return
        if context.open_visit is not None:
            self._answer(context, verdict, checked_in=True)  # on site already: welcome back
            return
        if not context.can(Capability.CHECK_INS):
            # a guest system without check-ins (a restaurant's guest list): welcomed, with
            # nothing recorded, and never told "you're checked in"
            self._answer(context, verdict, checked_in=False)
            return
        try:
            intent = self.actions.plan(
                ActionKind.CHECK_IN,
                context,
                verdict=verdict,
                method="Kiosk",
                previous=self._unfinished,
            )
        except ActionRefused as exc:
            log.info("self check-in refused: %s", exc)
            self._show_problem(CANNOT_CHECK_IN, "deny")
            return
        actions = self.actions

        def written(result: WriteResult) -> None:
            if result.outcome is WriteOutcome.UNKNOWN:
                self._runner.write(
                    lambda: actions.reconcile(result),
                    lambda settled: self._checked_in(ticket, context, verdict, settled),
                    lambda error: self._checked_in(ticket, context, verdict, result),
                )
                return
            self._checked_in(ticket, context, verdict, result)

        self._runner.write(
            lambda: actions.perform(intent),
            written,
            lambda error: self._crashed(ticket, error),
        )

    def _checked_in(
        self, ticket: int, context: GuestContext, verdict: Verdict, result: WriteResult
    ) -> None:
        done = result.outcome in (WriteOutcome.DONE, WriteOutcome.QUEUED)
        self._unfinished = None if done else result.intent
        if not self._scans.current(ticket):
            return  # a newer scan owns the screen; the check-in is in the audit log
        if done:
            self._answer(context, verdict, checked_in=True)
        elif result.outcome is WriteOutcome.NOT_DONE:
            self._show_problem(CANNOT_CHECK_IN, "deny")
        else:
            self._show_problem(NOT_CONFIRMED, "warn")

    def _answer(self, context: GuestContext, verdict: Verdict, *, checked_in: bool) -> None:
        answer = answer_for(
            context,
            verdict,
            checked_in=checked_in,
            show_surname=self._show_surname,
            site_locale=self._site_locale(),
        )
        self._set(screen=SelfScreen.ANSWER, answer=answer, problem=None)
        self.cues.emit(answer.outcome)
        self._start_countdown()

    def _failed(self, ticket: int, code: str, error: BaseException) -> None:
        self._timers.stop("late")
        if not isinstance(error, BackendError):
            log.error("self check-in lookup failed unexpectedly", exc_info=error)
        recognised = not isinstance(error, NotFound)
        self._scans.record_not_found(code, error, reason=type(error).__name__)
        if recognised:
            self._show_problem(CANNOT_CHECK_IN, "deny")
        else:
            self._show_problem(NOT_RECOGNISED, "deny")

    def _crashed(self, ticket: int, error: BaseException) -> None:
        log.error("self check-in failed unexpectedly", exc_info=error)
        if self._scans.current(ticket):
            self._show_problem(NOT_CONFIRMED, "warn")

    def _show_problem(self, sentence: str, outcome: Cue) -> None:
        self._set(screen=SelfScreen.ANSWER, answer=None, problem=Problem(sentence, outcome))
        self.cues.emit("deny" if outcome == "deny" else "warn")
        self._start_countdown()

    def _start_countdown(self) -> None:
        self._set(countdown=self._countdown_s)
        self._timers.start("countdown", 1.0, self._tick)

    def _tick(self) -> None:
        remaining = self.state.countdown - 1
        if remaining <= 0:
            self.reset()
            return
        self._set(countdown=remaining)
        self._timers.start("countdown", 1.0, self._tick)

    def hold(self) -> None:
        """A tap on the answer (WCAG 2.2.1): it stays for as long as the guest needs to read
        it, up to HOLD_MAX_S; a second tap lets it go on as before."""
        if self.state.screen is not SelfScreen.ANSWER:
            return
        if self.state.held:
            self._set(held=False)
            self._start_countdown()
            return
        self._timers.stop("countdown")
        self._set(held=True, countdown=0)
        self._timers.start("countdown", HOLD_MAX_S, self.reset)

    # ------------------------------------------------------------------ staff

    def use_settings(
        self,
        policy: PolicySettings,
        *,
        countdown_s: int,
        staff_idle_s: float,
        show_surname: bool,
    ) -> None:
        """New settings from the staff menu, for the next guest on."""
        self._policy = policy
        self._countdown_s = max(1, min(countdown_s, 5))
        self._staff_idle_s = staff_idle_s
        self._show_surname = show_surname

    def long_press(self) -> None:
        """The hidden corner was held: the PIN page (from the guest screens only)."""
        if self.state.screen not in (SelfScreen.ATTRACT, SelfScreen.ANSWER):
            return
        self._scans.cancel()
        self._timers.stop("countdown")
        self._pin = ""
        locked = self._pins.locked_for()
        self._set(
            screen=SelfScreen.PIN,
            answer=None,
            problem=None,
            countdown=0,
            pin_length=0,
            pin_wrong=False,
            pin_locked_s=round(locked),
            pin_stopped=self._pins.stopped,
            pin_opened=False,
        )
        self.staff_active()

    def _badge_at_stopped_keypad(self, code: str) -> None:
        """A manager's badge opens the stopped keypad (the PIN is still asked); any other scan
        changes nothing, and the audit keeps both."""
        self.staff_active()
        manager = self._manager_badge(code)
        self.audit.record("staff_pin", "opened" if manager else "badge_refused", staff_id=manager)
        if manager is None:
            return
        self._pins.open_after_stop()
        self._set(pin_stopped=False, pin_opened=True, pin_wrong=False, pin_locked_s=0)

    def staff_active(self) -> None:
        """Staff touched something: the staff idle clock starts again (a warning, with the
        seconds, comes STAFF_WARN_S before the pages close)."""
        if self.state.staff_mode:
            self._timers.stop("staff_warn")
            if self.state.staff_warning_s:
                self._set(staff_warning_s=0)
            warn_at = max(0.0, self._staff_idle_s - STAFF_WARN_S)
            self._timers.start("staff", warn_at, self._staff_warn)

    def _staff_warn(self) -> None:
        self._set(staff_warning_s=round(min(STAFF_WARN_S, self._staff_idle_s)))
        self._timers.start("staff_warn", 1.0, self._staff_tick)

    def _staff_tick(self) -> None:
        left = self.state.staff_warning_s - 1
        if left <= 0:
            self._staff_idle()
            return
        self._set(staff_warning_s=left)
        self._timers.start("staff_warn", 1.0, self._staff_tick)

    def _staff_idle(self) -> None:
        log.info("staff mode left idle; back to self check-in")
        self.reset(why="staff idle")

    def pin_key(self, key: str) -> None:
        if self.state.screen is not SelfScreen.PIN:
            return
        self.staff_active()
        if self.state.pin_stopped:
            return  # no PIN is taken: the page says what opens it
        if key == "clear":
            self._pin = ""
            self._set(pin_length=0, pin_wrong=False)
            return
        if key != "ok":
            if len(self._pin) < PIN_MAX and key.isdigit():
                self._pin += key
            self._set(pin_length=len(self._pin))
            return
        if self._pin_check is not None:
            return  # the last OK is still being checked
        pin, self._pin = self._pin, ""
        self._set(pin_length=0, pin_checking=True, pin_opened=False)
        below_rule = breaks_rule(pin, year=wallclock.today().year)
        # Argon2 takes tens of milliseconds by design: on a worker, not the GUI thread
        self._pin_check = self._runner.read(
            lambda: self._pins.try_pin(pin),
            lambda result: self._pin_checked(result, below_rule=below_rule),
            self._pin_check_failed,
        )

    def _pin_checked(self, result: PinResult, *, below_rule: bool = False) -> None:
        self._pin_check = None
        self._set(pin_checking=False)
        locked_s = round(self._pins.locked_for())
        self.audit.record(
            "staff_pin", result, new={"locked_for_s": locked_s} if result == "locked" else None
        )
        if self.state.screen is not SelfScreen.PIN:
            return  # the page was left meanwhile (staff idle): the answer opens nothing
        if result == "ok":
            self._because("the kiosk PIN")
            self._set(
                screen=SelfScreen.STAFF,
                pin_length=0,
                pin_wrong=False,
                pin_locked_s=0,
                pin_below_rule=below_rule,
            )
        elif result == "stopped":
            self._set(pin_length=0, pin_wrong=False, pin_locked_s=0, pin_stopped=True)
        elif result == "locked":
            self._set(pin_length=0, pin_wrong=False, pin_locked_s=locked_s)
        else:
            self._set(pin_length=0, pin_wrong=True, pin_locked_s=0)

    def _pin_check_failed(self, error: BaseException) -> None:
        self._pin_check = None
        self._set(pin_checking=False)
        log.error("the PIN check failed: %s", type(error).__name__)
        if self.state.screen is SelfScreen.PIN:
            self._set(pin_length=0, pin_wrong=True, pin_locked_s=0)

    def staff_choice(
        self, choice: Literal["desk", "settings", "diagnostics", "quit", "back"]
    ) -> None:
        if self.state.screen is not SelfScreen.STAFF:
            return
        self.staff_active()
        if choice == "back":
            self.reset(why="staff left the staff pages")
        elif choice == "desk":
            self._because("staff opened the front desk")
            self._set(screen=SelfScreen.DESK)
        else:
            self.requests.emit(choice)

    def back_from_desk(self) -> None:
        """The desk's "Back to self check-in" button."""
        if self.state.screen is SelfScreen.DESK:
            self.reset(why="back to self check-in from the desk")
