"""The front desk's screen state, Qt-free: events in, :class:`DeskState` out.

Widgets render the state and report what staff did; nothing about what the screen shows is
kept anywhere else. :class:`DeskSession` is a coordinator over small parts, each the owner of
its own rules and of its fields of the state (``kiosk/checkin/desk/``): who is on duty, scans,
search, writes, bands and printing, the guest form, the report. It routes between them (the
parts never import each other) and owns what belongs to the whole screen: idle clearing, the
big button, the override, and who may do what (asked of the mode machine at the act).

The rules it keeps (each has a unit test in ``tests/unit/checkin``):

- **The newest scan always wins**: over a lookup in flight, over the refresh after an action,
  and over an action still saving (which carries on, and reports in the status line).
- **A refresh is not a scan**: no audit line, no sound, no "recent" entry, and no warning caused
  by our own write (a check-in we just made is not "already checked in").
- **An action is bound to its guest**: every request names the guest it was opened for, and is
  refused if another guest is on screen; a new guest bumps ``guest_serial`` so the screen closes
  the previous guest's menus and dialogs.
- **Writes tell the truth**: *saving* -> *done* / *not done* / *unknown*; *unknown* is shown as
  "checking whether it was saved..." while it is read back, never as a failure, and nothing is
  offered again until it is resolved ("Check again" re-reads; it never re-sends).
- **The verdict binds**: on a red verdict the primary action is "Override...", which needs a
  reason and then checks the guest in once; there is no one-tap check-in.
- **Every control comes back**: what is enabled is computed from the state after every event.

Start-up order of a desk: the app builds a ``Lookup`` and ``Actions`` on a backend, a runner,
the mode machine, then this session, then the window that renders it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from kiosk.checkin.actions import ActionKind, Actions, Intent, WriteResult
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.bands import Bands
from kiosk.checkin.desk.duty import SignIns
from kiosk.checkin.desk.form import Form
from kiosk.checkin.desk.idle import Idle
from kiosk.checkin.desk.report import Reports
from kiosk.checkin.desk.scans import Scans
from kiosk.checkin.desk.search import Search
from kiosk.checkin.desk.state import (
    READY,
    SIGN_IN,
    Activity,
    Cue,
    DeskState,
    Feedback,
    FormState,
    Primary,
    Screen,
)
from kiosk.checkin.desk.writes import Writes
from kiosk.checkin.i18n import tr
from kiosk.checkin.link import watch_link
from kiosk.checkin.lookup import GuestContext, Lookup
from kiosk.checkin.model import LinkStatus, QueuedWrite, RecentEntry, Site
from kiosk.checkin.modes import Mode, Modes, Transition
from kiosk.checkin.policy import decide
from kiosk.checkin.ports import RecentKeeper
from kiosk.checkin.printing import BandPrinter
from kiosk.checkin.staff import PERMISSION_WORDS, Duty, Permission, Roster
from kiosk.checkin.tasks import Listeners, NamedTimers, Runner
from kiosk.checkin.typed import TypedIntent
from kiosk.config.settings import PolicySettings
from kiosk.scan import PayloadRules, RepeatFilter, ScanEvent

log = logging.getLogger(__name__)

MIN_OVERRIDE_REASON = 3
PRIMARY_SETTLE_S = 0.8
"""After the big button changes what it does (Check in -> Check out), taps are ignored this
long: a double tap must never check a guest in and straight out again."""


class DeskSession:
    """The desk's state machine. Call its methods from one thread (the GUI thread)."""

    def __init__(
        self,
        lookup: Lookup,
        actions: Actions,
        runner: Runner,
        audit: AuditLog,
        *,
        policy: PolicySettings | None = None,
        rules: PayloadRules | None = None,
        repeats: RepeatFilter | None = None,
        idle_clear_s: float = 90.0,
        override_reasons: tuple[str, ...] = (),
        reports_dir: Path | None = None,
        decode_photo: Callable[[bytes], Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        exit_readers: frozenset[str] = frozenset(),
        recent_keeper: RecentKeeper | None = None,
        duty: Duty | None = None,
        sign_out_s: float = 600.0,
        printer: BandPrinter | None = None,
        band_codes: Callable[[], str] | None = None,
        modes: Modes | None = None,
    ) -> None:
        """``modes``: who may see and do what now (shared with self check-in, where there is
        one; a desk of its own otherwise). ``exit_readers``: the readers ("serial", "camera",
        "wedge") at an exit; their scans check guests out instead of in."""
        self.modes = modes if modes is not None else Modes(Mode.DESK)
        self.lookup = lookup
        self.actions = actions
        self.audit = audit
        self.runner = runner
        self.timers = NamedTimers(runner)
        self.clock = clock
        self.policy = policy or PolicySettings()
        self.site: Site | None = None
        """This desk's site once known (its country reads national phone numbers)."""
        self.override_reasons = override_reasons
        """Offered with one tap when overriding a red verdict (the site's own list)."""
        self.reports_dir = reports_dir
        """Where customers reports are saved (None: no reports from this desk)."""
        self.decode_photo = decode_photo
        self.own_visits: set[str] = set()
        self.changed: Listeners[DeskState] = Listeners()
        self.cues: Listeners[Cue] = Listeners()
        self.settled: Listeners[WriteResult] = Listeners()
        """Each write once its outcome is known (who is in now reads again after a check-in)."""
        self._closed = False
        self._primary_since = -PRIMARY_SETTLE_S

        self.duty = SignIns(self, duty, sign_out_s=sign_out_s)
        self.modes.staff_listed = self.duty.required
        self.state = DeskState(
            confirm_warn=self.policy.confirm_warn,
            sign_in_required=self.duty.required,
            status=tr(SIGN_IN) if self.duty.required else tr(READY),
            can_print=printer is not None,
        )
        self.scans = Scans(
            self,
            rules=rules,
            repeats=repeats,
            exit_readers=exit_readers,
            recent_keeper=recent_keeper,
        )
        self.searches = Search(self)
        self.writes = Writes(self)
        self.bands = Bands(self, printer, band_codes)
        self.form = Form(self)
        self.reports = Reports(self)
        self.idle = Idle(self, clear_after_s=idle_clear_s)
        audit.on_duty = self.modes.presence.staff_id
        self.modes.changed.connect(self._presence_changed)
        self._watch_link()

    # ------------------------------------------------------------------ plumbing

    @property
    def system(self) -> str:
        return self.lookup.backend.name

    def set(self, **changes: Any) -> None:
        if self._closed:
            return
        before, serial = self.state.primary, self.state.guest_serial
        self.state = replace(self.state, **changes)
        same_guest = self.state.guest_serial == serial
        if same_guest and before is not Primary.NONE and self.state.primary is not before:
            self._primary_since = self.clock()
        self.changed.emit(self.state)

    def _watch_link(self) -> None:
        """Keep the status chip true: online or offline, data age, what is waiting."""
        watch_link(
            self.lookup.status,
            self.timers,
            lambda: self.state.connection,
            self._link_changed,
        )

    def _link_changed(self, link: LinkStatus) -> None:
        """The chip, and what follows from the link: a queued write's words once the outbox
        moved; the guest on screen read again once the link is back (no "offline" mark left
        on a guest the system can now answer for)."""
        before = self.state.connection
        self.set(connection=link)
        if (link.waiting, link.needs_attention) != (before.waiting, before.needs_attention):
            self.writes.queue_moved()
        context = self.state.context
        if (
            link.online
            and not before.online
            and context is not None
            and context.offline
            and self.state.screen is Screen.GUEST
            and not self.state.busy
        ):
            self.scans.refresh(None)

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        """What was saved offline (the list behind the status chip)."""
        return self.lookup.backend.queued_writes()

    def shutdown(self) -> None:
        """Stop timers and forget work in flight: late answers are dropped, never shown."""
        self.timers.stop_all()
        self.cancel_reads()
        self._closed = True
        self.changed.disconnect_all()
        self.cues.disconnect_all()
        self.settled.disconnect_all()

    def cancel_reads(self) -> None:
        self.scans.cancel()
        self.searches.cancel()

    def use_rules(self, policy: PolicySettings, *, idle_clear_s: float) -> None:
        """New settings, at once: the next verdict follows ``policy``; the guest on screen is
        judged again (the rules changed under them); the start screen comes back after
        ``idle_clear_s`` from now on."""
        self.policy = policy
        self.idle.clear_after_s = idle_clear_s
        context = self.state.context
        changes: dict[str, Any] = {"confirm_warn": policy.confirm_warn}
        if context is not None and self.state.verdict is not None:
            own = frozenset(self.own_visits)
            changes["verdict"] = decide(context, policy, own_visits=own)
        self.set(**changes)

    # ------------------------------------------------------------------ the screen as a whole

    def restart_idle(self) -> None:
        self.idle.restart()

    def more_time(self) -> None:
        """Staff asked for more time (a warning's button): signed in and on screen for longer."""
        self.touch()
        self.idle.more_time()

    def clear(self) -> None:
        """Back to the start: nothing of the last guest stays in the state."""
        self.cancel_reads()
        self.timers.stop("slow")
        self.timers.stop("late")
        self.idle.stop()
        self.scans.forget_repeats()
        self.leave_guest(
            screen=Screen.IDLE,
            code="",
            problem=None,
            search=None,
            status=tr(READY),
            previous="",
            idle_warning_s=0,
        )

    def leave_guest(self, **changes: Any) -> None:
        """Another screen or another guest takes over: nothing of the last guest stays, and the
        screen closes that guest's menus and dialogs (``guest_serial``)."""
        self.set(
            **{
                "context": None,
                "picture": None,
                "verdict": None,
                "override_reason": None,
                "overridden": None,
                "feedback": None,
                "awaiting_band": None,
                "printing": None,
                "link": None,
                "slow": False,
                "activity": Activity.READY,
                "doing": "",
                "form": self.form_without_guest(),
                "guest_serial": self.state.guest_serial + 1,
                **changes,
            }
        )

    def form_without_guest(self) -> FormState | None:
        """A new guest on screen closes the previous guest's edit form (not a registration)."""
        form = self.state.form
        return form if form is not None and form.kind == "register" else None

    def current(self, guest_id: str | None) -> GuestContext | None:
        """The guest on screen, if it is the one the request was made for."""
        context = self.state.context
        if context is None or guest_id is None or context.guest.id != guest_id:
            self.set(status=tr("That was for the previous guest; nothing was done."))
            return None
        if self.state.screen is not Screen.GUEST:
            return None
        return context

    def say(self, words: str) -> None:
        """A line for the status bar from around the desk (a manager's PIN refused)."""
        self.set(status=words)

    # ------------------------------------------------------------------ who may do what

    def _presence_changed(self, transition: Transition) -> None:
        """The mode machine moved (here, or from self check-in): the screen and the audit
        follow. Back to the guest screen, nothing of the desk's guest stays."""
        after = transition.after
        self.audit.on_duty = after.staff_id
        if after.on_duty is None:
            self.timers.stop("duty")
        self.reports.drop()  # a manager's report is not saved for whoever is next
        if transition.before.mode is Mode.DESK and after.mode is not Mode.DESK:
            self.duty.cancel_badge()
            self.clear()
            self.set(form=None)
        if self.state.on_duty != after.on_duty:
            self.set(on_duty=after.on_duty)

    def may(self, permission: Permission) -> bool:
        """Whether whoever is on duty at this moment may do this at the desk (the mode machine
        decides: anyone at a desk where staff do not sign in); nothing while the desk is not
        the screen staff are on."""
        return self.modes.mode is Mode.DESK and self.modes.may(permission)

    def allowed(self, permission: Permission) -> bool:
        """:meth:`may`, saying why not on screen (and in the audit) when not."""
        if self.may(permission):
            return True
        self.audit.record("refused", str(permission), reason="role")
        words = (
            tr(PERMISSION_WORDS[permission])
            + " "
            + tr("Ask one to scan their badge: the desk switches to them.")
        )
        if self.state.context is not None and self.state.screen is Screen.GUEST:
            self.set(feedback=Feedback("bad", "✖ " + words))
        else:
            self.set(status=words)
        return False

    # ------------------------------------------------------------------ the big button

    def primary(self, guest_id: str | None) -> None:
        """The big button: check in, check out, or check again (an override needs a reason
        and comes through :meth:`override`; a confirmation through ``check_in(confirmed)``)."""
        action = self.state.primary
        if self.clock() - self._primary_since < PRIMARY_SETTLE_S:
            log.info("ignored a tap on %s: the button changed a moment ago", action)
            return
        if action is Primary.CHECK_OUT:
            self.act(guest_id, ActionKind.CHECK_OUT)
        elif action is Primary.CHECK_AGAIN:
            self.check_again(guest_id)
        elif action is Primary.CHECK_IN:
            self.check_in(guest_id)

    def check_in(self, guest_id: str | None, *, confirmed: bool = False) -> None:
        if self.state.primary is Primary.CHECK_IN_CONFIRM and not confirmed:
            return  # the screen asks first
        self.act(guest_id, ActionKind.CHECK_IN)

    def override(self, guest_id: str | None, reason: str) -> None:
        """Admit despite a red verdict: a reason is required, audited, then the check-in.
        A reason from the site's list is audited as it is; staff's own words are kept apart
        (``staff_text``) and never reach the application log."""
        context = self.current(guest_id)
        if context is None or not self.allowed(Permission.OVERRIDE):
            return
        reason = reason.strip()
        if len(reason) < MIN_OVERRIDE_REASON:
            self.set(
                feedback=Feedback("bad", "✖ " + tr("An override needs a reason (a few words)."))
            )
            return
        preset = reason in self.override_reasons
        self.audit.record(
            "override",
            "admit",
            customer_id=context.guest.id,
            reason=reason if preset else "staff's own words",
            staff_text=None if preset else reason,
        )
        self.set(override_reason=reason, overridden=reason, status=tr("Override recorded."))
        self.act(guest_id, ActionKind.CHECK_IN)

    # ------------------------------------------------------------------ routes to the parts

    # duty
    @property
    def roster(self) -> Roster:
        return self.duty.roster

    def use_roster(self, duty: Duty | None) -> None:
        self.duty.use_roster(duty)

    def touch(self) -> None:
        self.duty.touch()

    def staff_scan(self, code: str) -> bool:
        return self.duty.staff_scan(code)

    def await_badge(self, wanted: Callable[[str], None]) -> None:
        self.duty.await_badge(wanted)

    def cancel_badge(self) -> None:
        self.duty.cancel_badge()

    def sign_in(self, staff_id: str, pin: str) -> None:
        self.duty.sign_in(staff_id, pin)

    def sign_out(self, *, idle: bool = False) -> None:
        self.duty.sign_out(idle=idle)

    # scans
    def scan(self, event: ScanEvent) -> None:
        self.scans.scan(event)

    def scan_in_pieces(self) -> None:
        """A keyboard scanner's code arrived split (a busy computer): say so, look nothing up."""
        self.scans.in_pieces()

    def find_typed(self, text: str) -> TypedIntent | None:
        return self.scans.find_typed(text)

    def open_guest(self, guest_id: str, *, via: str) -> None:
        self.scans.open_guest(guest_id, via=via)

    def open_recent(self, entry: RecentEntry) -> None:
        self.scans.open_recent(entry)

    def load_recent(self) -> None:
        self.scans.load_recent()

    def set_exit_mode(self, on: bool) -> None:
        self.scans.set_exit_mode(on)

    def refresh(self, intent: Intent) -> None:
        self.scans.refresh(intent)

    # search
    def search_typed(self, text: str) -> None:
        self.searches.search_typed(text)

    def search(self, text: str, *, open_single: bool = False) -> None:
        self.searches.search(text, open_single=open_single)

    def stop_search(self) -> None:
        self.searches.cancel()

    # writes
    def act(self, guest_id: str | None, kind: ActionKind, value: Any = None) -> None:
        self.writes.act(guest_id, kind, value)

    def check_again(self, guest_id: str | None) -> None:
        self.writes.check_again(guest_id)

    def start_planned(self, plan: Callable[[Intent | None], Intent], doing: str | None) -> None:
        self.writes.start_planned(plan, doing)

    # bands
    def await_band(self, guest_id: str | None, mode: Literal["associate", "swap"]) -> None:
        self.bands.await_band(guest_id, mode)

    def cancel_band_scan(self) -> None:
        self.bands.cancel_band_scan()

    def band_scanned(self, code: str) -> None:
        self.bands.band_scanned(code)

    def awaited_again(self, intent: Intent) -> dict[str, Any]:
        return self.bands.awaited_again(intent)

    # the form
    def load_addresses(self, guest_id: str) -> None:
        self.form.load_addresses(guest_id)

    def update_form(self, **changes: Any) -> None:
        self.form.update(**changes)

    def registered(self, result: WriteResult) -> None:
        self.form.registered(result)
