"""Who is on duty at the desk: signing in (a badge, or a name and a PIN), a badge taking the
desk over, the idle sign-out, and a badge scanned for the staff list.

The mode machine (``kiosk.checkin.modes``) is told of every change; it closes the windows of the
member who left and answers what the one on duty may do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import READY, SIGN_IN, Feedback, Screen
from kiosk.checkin.i18n import tr, trn
from kiosk.checkin.pin_policy import MIN_DIGITS
from kiosk.checkin.staff import Duty, OnDuty, PinAnswer, Roster, StaffMember
from kiosk.config.pin import HARD_STOP_FAILURES

log = logging.getLogger(__name__)

DUTY_CHECK_S = 5.0
"""How often the desk looks whether its staff member has gone (idle sign-out)."""
SIGN_OUT_WARN_S = 30
"""The desk says it will sign out this long before it does, with a "More time" button."""


class SignIns:
    """The desk's staff list, who is signed in, and when they are signed out."""

    def __init__(self, desk: Desk, duty: Duty | None, *, sign_out_s: float) -> None:
        self.desk = desk
        self._duty = duty if duty is not None and duty.roster.required else None
        self._sign_out_s = sign_out_s
        self._last_touch = 0.0
        self._badge_wanted: Callable[[str], None] | None = None

    @property
    def required(self) -> bool:
        """The site lists its staff: someone must be signed in."""
        return self._duty is not None

    @property
    def roster(self) -> Roster:
        return self._duty.roster if self._duty is not None else Roster()

    def use_roster(self, duty: Duty | None) -> None:
        """A new staff list, at once: whoever is signed in stays if they are still on it (in
        their new role); otherwise the desk signs out."""
        self._duty = duty if duty is not None and duty.roster.required else None
        self.desk.modes.staff_listed = self._duty is not None
        on_duty = self.desk.state.on_duty
        if self._duty is None:
            self.desk.timers.stop("duty")
            self.desk.modes.sign_out(why="the staff list was emptied")
            self.desk.set(sign_in_required=False, sign_in_note="", status=tr(READY))
            return
        member = self._duty.roster.by_id(on_duty.id) if on_duty is not None else None
        if member is None:
            if on_duty is not None:
                self.sign_out()
            else:
                self.desk.clear()
            self.desk.set(sign_in_required=True, status=tr(SIGN_IN))
            return
        self.desk.set(sign_in_required=True)
        self.desk.modes.sign_in(OnDuty.of(member), why="the staff list changed their role")

    def touch(self) -> None:
        """Staff used the desk (a key, a tap, a scan): the sign-out waits again."""
        self._last_touch = self.desk.clock()
        if self.desk.state.sign_out_warning_s:
            self.desk.set(sign_out_warning_s=0)

    def staff_scan(self, code: str) -> bool:
        """A staff badge (sign in, or switch to its owner), a badge being added to the list,
        or any scan while nobody is signed in: never looked up as a guest."""
        if self._badge_wanted is not None:
            wanted, self._badge_wanted = self._badge_wanted, None
            self.desk.set(awaiting_badge=False)
            wanted(code)
            return True
        duty = self._duty
        if duty is None:
            return False
        member = duty.roster.by_badge(code)
        if member is not None:
            if self.desk.state.on_duty is None or self.desk.state.on_duty.id != member.id:
                self._signed_in(member, via="badge")
            return True
        if self.desk.state.on_duty is None:
            self.desk.set(sign_in_note=tr(SIGN_IN))
            return True
        return False

    def await_badge(self, wanted: Callable[[str], None]) -> None:
        """The next scan is a staff badge for the staff list: handed to ``wanted``."""
        self._badge_wanted = wanted
        self.desk.set(awaiting_badge=True)

    def cancel_badge(self) -> None:
        self._badge_wanted = None
        if self.desk.state.awaiting_badge:
            self.desk.set(awaiting_badge=False)

    def sign_in(self, staff_id: str, pin: str) -> None:
        """A name tapped and a PIN typed: checked on a worker (Argon2 is slow on purpose)."""
        duty = self._duty
        if duty is None or self.desk.state.signing_in:
            return
        self.touch()
        self.desk.set(signing_in=True, sign_in_note=tr("Checking…"))

        def failed(error: BaseException) -> None:
            log.error("checking a staff PIN failed", exc_info=error)
            self.desk.set(signing_in=False, sign_in_note=tr("The PIN could not be checked."))

        self.desk.runner.read(lambda: duty.check_pin(staff_id, pin), self._pin_checked, failed)

    def _pin_checked(self, answer: PinAnswer) -> None:
        self.desk.set(signing_in=False)
        member = answer.member
        if answer.result == "ok" and member is not None:
            self._signed_in(member, via="pin", below_rule=answer.below_rule)
            return
        if member is None:
            self.desk.set(sign_in_note=tr("Tap your name, then type your PIN."))
            return
        self.desk.audit.record("sign_in", str(answer.result), staff_id=member.id)
        if answer.result == "stopped":
            note = tr(
                "Your PIN is stopped after {count} wrong tries: scan your badge, and ask a "
                "manager to set you a new PIN.",
                count=HARD_STOP_FAILURES,
            )
        elif answer.result == "locked":
            minutes = max(1, round(answer.locked_for_s / 60))
            note = trn(
                "Too many wrong PINs: try again in %n minute, or scan your badge.",
                "Too many wrong PINs: try again in %n minutes, or scan your badge.",
                minutes,
            )
        else:
            note = tr("That PIN is not right. Try again.")
        self.desk.set(sign_in_note=note)

    def _signed_in(self, member: StaffMember, *, via: str, below_rule: bool = False) -> None:
        before = self.desk.state.on_duty
        self.desk.modes.sign_in(
            OnDuty.of(member), why=f"signed in by {via}" if before is None else f"{via} take-over"
        )
        self.desk.audit.record("sign_in", "ok", reason=via)
        self._last_touch = self.desk.clock()
        self.desk.timers.start("duty", DUTY_CHECK_S, self._duty_tick)
        words = (
            tr("Signed in as {name}.", name=member.name)
            if before is None
            else tr("{name} took over the desk.", name=member.name)
        )
        if below_rule:
            words += " " + tr(
                "Your PIN was set before the rule of {low} digits or more, none easy to "
                "guess: ask a manager to set you a new one.",
                low=MIN_DIGITS,
            )
        status = words if self.desk.state.screen is Screen.IDLE else self.desk.state.status
        self.desk.set(
            sign_in_note="",
            sign_out_warning_s=0,
            status=status,
            feedback=Feedback("info", words) if self.desk.state.context is not None else None,
        )

    def sign_out(self, *, idle: bool = False) -> None:
        """Nothing of a guest stays on screen, and the next action needs someone signed in."""
        if self._duty is None or self.desk.state.on_duty is None:
            return
        self.desk.audit.record("sign_out", "idle" if idle else "ok")
        self.desk.modes.sign_out(why="idle" if idle else "signed out")
        self.desk.timers.stop("duty")
        self.cancel_badge()
        self.desk.clear()
        self.desk.set(
            form=None,
            sign_out_warning_s=0,
            status=tr(SIGN_IN),
            sign_in_note=self._idle_words() if idle else tr("Signed out."),
        )

    def _idle_words(self) -> str:
        """How long without use, truly: 45 s is not "1 minute"."""
        seconds = round(self._sign_out_s)
        if seconds < 60 or seconds % 60:
            return tr("Signed out after {seconds} s without use.", seconds=seconds)
        return trn(
            "Signed out after %n minute without use.",
            "Signed out after %n minutes without use.",
            seconds // 60,
        )

    def _duty_tick(self) -> None:
        if self.desk.state.on_duty is None:
            return
        self.desk.timers.start("duty", DUTY_CHECK_S, self._duty_tick)
        if self.desk.state.busy:
            self.touch()  # never sign out under a write
            return
        left = self._sign_out_s - (self.desk.clock() - self._last_touch)
        if left <= 0:
            self.sign_out(idle=True)
        elif left <= SIGN_OUT_WARN_S:
            self.desk.set(sign_out_warning_s=max(1, round(left)))
