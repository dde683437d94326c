"""The front desk's screen state, Qt-free: events in, :class:`DeskState` out.

Widgets render the state and report what staff did; nothing about what the screen shows is
kept anywhere else. The rules it owns (each has a unit test in ``tests/unit/checkin``):

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
  reason and then checks the guest in; there is no one-tap check-in.
- **Every control comes back**: what is enabled is computed from the state after every event.

Start-up order of a desk: the app builds a ``Lookup`` and ``Actions`` on a backend, a runner,
then this session, then the window that renders it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
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
from kiosk.checkin.errors import BackendError, Invalid, NotFound
from kiosk.checkin.failures import Failure, describe_failure
from kiosk.checkin.i18n import N_, tr, trn
from kiosk.checkin.link import watch_link
from kiosk.checkin.lookup import GuestContext, Lookup, with_band
from kiosk.checkin.model import (
    Address,
    Band,
    Guest,
    GuestDetails,
    LinkStatus,
    QueuedWrite,
    RecentEntry,
    ReportJob,
    SearchHit,
    Site,
    Visit,
)
from kiosk.checkin.modes import Mode, Modes, Transition
from kiosk.checkin.people import plain_field_errors, tidy_details
from kiosk.checkin.policy import Verdict, decide
from kiosk.checkin.ports import Capability, RecentKeeper
from kiosk.checkin.printing import (
    BandLabel,
    BandPrinter,
    PrintProblem,
    PrintUnconfirmed,
    new_band_code,
    short_name,
    tier_of,
    valid_until_words,
)
from kiosk.checkin.shift import ShiftSummary, summarise
from kiosk.checkin.staff import (
    PERMISSION_WORDS,
    Duty,
    OnDuty,
    Permission,
    PinAnswer,
    Roster,
    StaffMember,
)
from kiosk.checkin.tasks import Handle, Listeners, NamedTimers, Runner
from kiosk.checkin.timewords import site_zone
from kiosk.checkin.typed import TypedIntent, typed_intent
from kiosk.config.settings import PolicySettings
from kiosk.scan import InvalidPayload, PayloadRules, RepeatFilter, ScanEvent, normalise_payload
from kiosk.scan.keymap import layout_check

log = logging.getLogger(__name__)

Tone = Literal["good", "warn", "bad", "info"]
Cue = Literal["admit", "warn", "deny"]

STILL_CHECKING_AFTER_S = 1.0
"""How often the status chip asks the backend whether it is online (in memory: cheap)."""
SEARCH_AFTER_S = 0.3
IDLE_WARN_S = 10.0
"""The desk says it will clear this long before it does, with a "More time" button."""
"""Typing pauses this long before a name search is sent (one request per pause, not per key)."""
MIN_OVERRIDE_REASON = 3
PRIMARY_SETTLE_S = 0.8
"""After the big button changes what it does (Check in -> Check out), taps are ignored this
long: a double tap must never check a guest in and straight out again."""
READY = N_("Ready. Scan a wristband or card.")
SIGN_IN = N_("Sign in: scan your staff badge, or tap your name and type your PIN.")
DUTY_CHECK_S = 5.0
"""How often the desk looks whether its staff member has gone (idle sign-out)."""
SIGN_OUT_WARN_S = 30
"""The desk says it will sign out this long before it does, with a "More time" button."""
RECENT_KEPT = 20
"""The Recent menu's length (kept across a restart where the desk has a local copy)."""
_VIA = {
    "wedge": N_("scanner"),
    "serial": N_("scanner"),
    "camera": N_("camera"),
    "manual": N_("typed"),
}
"""How a code arrived, in the words staff use (shown with what was read)."""


class Screen(StrEnum):
    IDLE = "idle"
    LOOKING_UP = "looking_up"
    GUEST = "guest"
    PROBLEM = "problem"
    RESULTS = "results"


class Activity(StrEnum):
    READY = "ready"
    SAVING = "saving"
    CHECKING = "checking"
    """A write's answer was lost: reading back whether it was saved."""
    UNCONFIRMED = "unconfirmed"
    """Reading back failed too: nothing is offered until a read settles it."""


class Primary(StrEnum):
    """What the big button does for the guest on screen."""

    NONE = "none"
    CHECK_IN = "check_in"
    CHECK_IN_CONFIRM = "check_in_confirm"
    """Amber with ``confirm_warn``, or on-site status unknown: ask "check in anyway?" first."""
    CHECK_OUT = "check_out"
    OVERRIDE = "override"
    CHECK_AGAIN = "check_again"


class Control(StrEnum):
    PRIMARY = "primary"
    EXPIRY = "expiry"
    CARD = "card"
    MORE = "more"
    SEARCH = "search"
    NEW_GUEST = "new_guest"
    RECENT = "recent"


@dataclass(frozen=True)
class Feedback:
    tone: Tone
    text: str


PrintPhase = Literal["printing", "printed", "unconfirmed", "failed"]
BandMode = Literal["associate", "swap"]
"""A new band is added to the guest, or replaces the lost one."""


@dataclass(frozen=True)
class PrintState:
    """A band being printed (or just printed) for the guest on screen."""

    phase: PrintPhase
    code: str
    guest_id: str
    mode: BandMode | None = "associate"
    """What the band is for once it is out; None: the guest's own band printed again
    (nothing to associate). Kept until the band is the guest's, so a band whose adding was
    not done (the guest system down) is still offered."""

    @property
    def new_band(self) -> bool:
        return self.mode is not None


@dataclass(frozen=True)
class SearchState:
    text: str
    hits: tuple[SearchHit, ...] = ()
    searching: bool = True
    failure: Failure | None = None
    pictures: dict[str, Any] = field(default_factory=dict)
    """Each hit's photo, decoded on the worker (guest id -> what ``decode_photo`` made)."""


@dataclass(frozen=True)
class FormState:
    """The register / edit form: open while ``open``; errors under their fields."""

    kind: Literal["register", "edit"]
    guest_id: str | None
    saving: bool = False
    field_errors: dict[str, list[str]] = field(default_factory=dict)
    message: str = ""
    open: bool = True
    addresses: tuple[Address, ...] | None = None
    """The guest's addresses (edit form; None while loading or if they couldn't load)."""
    addresses_note: str = ""


@dataclass(frozen=True)
class ReportState:
    text: str
    tone: Tone = "warn"
    done: bool = False
    path: str | None = None
    """Where the finished report was saved."""


@dataclass(frozen=True)
class DeskState:
    screen: Screen = Screen.IDLE
    code: str = ""
    """The code being looked up (or last looked up)."""
    slow: bool = False
    context: GuestContext | None = None
    picture: Any = None
    """The photo, decoded off the GUI thread by the screen's decoder (opaque here)."""
    verdict: Verdict | None = None
    override_reason: str | None = None
    """An override granted for the guest on screen: used by one check-in, then gone (checked
    out and back in needs a new override)."""
    overridden: str | None = None
    """The reason an override was given with, shown on the verdict while the guest is."""
    problem: Failure | None = None
    problem_tone: Tone = "bad"
    activity: Activity = Activity.READY
    doing: str = ""
    feedback: Feedback | None = None
    awaiting_band: Literal["associate", "swap"] | None = None
    printing: PrintState | None = None
    can_print: bool = False
    """This desk has a band printer."""
    search: SearchState | None = None
    form: FormState | None = None
    link: str | None = None
    recent: tuple[RecentEntry, ...] = ()
    status: str = field(default_factory=lambda: tr(READY))
    previous: str = ""
    """What became of a write for a guest no longer on screen ("Previous guest: checked in.")."""
    guest_serial: int = 0
    """Bumped whenever another guest (or none) takes the screen."""
    confirm_warn: bool = False
    connection: LinkStatus = field(default_factory=LinkStatus)
    """Online or offline, how old the local copy is, what is waiting (the status chip)."""
    report: ReportState | None = None
    """The customers report being prepared, or how the last one ended."""
    idle_warning_s: int = 0
    exit_mode: bool = False
    """Every scan checks the guest out (a desk at the exit); shown on screen while on."""
    sign_in_required: bool = False
    """The site lists its staff: nothing of a guest is shown until someone signs in."""
    on_duty: OnDuty | None = None
    sign_in_note: str = ""
    """What became of the last sign-in (a wrong PIN, a lockout, an idle sign-out)."""
    signing_in: bool = False
    sign_out_warning_s: int = 0
    """Seconds before the desk signs its staff member out (shown with "More time")."""
    awaiting_badge: bool = False
    """The next scan is a staff badge being added to the staff list (not a guest)."""
    """Seconds before the screen clears itself (shown with "More time"); 0: no warning."""

    @property
    def guest_id(self) -> str | None:
        return self.context.guest.id if self.context is not None else None

    @property
    def busy(self) -> bool:
        return self.activity in (Activity.SAVING, Activity.CHECKING)

    @property
    def signed_out(self) -> bool:
        return self.sign_in_required and self.on_duty is None

    @property
    def primary(self) -> Primary:
        context = self.context
        if context is None or self.screen is not Screen.GUEST:
            return Primary.NONE
        if self.activity is Activity.UNCONFIRMED:
            return Primary.CHECK_AGAIN
        if not context.can(Capability.CHECK_INS) or context.guest.anonymised:
            return Primary.NONE
        if context.open_visit is not None:
            return Primary.CHECK_OUT
        verdict = self.verdict
        if verdict is not None and verdict.outcome == "deny" and not self.override_reason:
            return Primary.OVERRIDE
        if context.on_site_unknown:
            return Primary.CHECK_IN_CONFIRM
        if verdict is not None and verdict.outcome == "warn" and self.confirm_warn:
            return Primary.CHECK_IN_CONFIRM
        return Primary.CHECK_IN

    @property
    def offers_print(self) -> bool:
        """ "Print a band": this desk has a printer, the guest may have a band, and a new one is
        awaited (added, or replacing a lost one) or the guest has none (a walk-in just
        registered). Offered again after a print that failed."""
        context = self.context
        if (
            not self.can_print
            or context is None
            or self.signed_out
            or self.busy
            or self.screen is not Screen.GUEST
            or context.provisional
            or not context.can(Capability.WRISTBANDS)
            or context.guest.anonymised
        ):
            return False
        if self.printing is not None and self.printing.phase != "failed":
            return False
        return self.awaiting_band is not None or (context.band is None and not context.band_unknown)

    @property
    def offers_printed(self) -> bool:
        """ "Use the printed band" and "Print it again": a new band came out (or may have)."""
        printing, context = self.printing, self.context
        return (
            printing is not None
            and printing.new_band
            and printing.phase in ("printed", "unconfirmed")
            and context is not None
            and printing.guest_id == context.guest.id
            and not self.busy
            and self.activity is not Activity.UNCONFIRMED
            and not self.signed_out
        )

    def enabled(self, control: Control) -> bool:
        """Computed after every event: nothing stays disabled after an outcome."""
        if self.signed_out:
            return False
        if control in (Control.SEARCH, Control.NEW_GUEST):
            return True
        if control is Control.RECENT:
            return bool(self.recent)
        context = self.context
        if context is None or self.screen is not Screen.GUEST or self.busy:
            return False
        if context.provisional:
            return False  # shown while the guest system answers; never acted on
        if control is Control.PRIMARY:
            return self.primary is not Primary.NONE
        if self.activity is Activity.UNCONFIRMED:
            return False
        if control is Control.EXPIRY:
            return context.band is not None and context.can(Capability.BAND_EXPIRY)
        if control is Control.CARD:
            return context.band is not None and context.can(Capability.BAND_CARDS)
        return control is Control.MORE


@dataclass(frozen=True)
class _Lookup:
    ticket: int
    handle: Handle | None = None


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
        self._exit_readers = exit_readers
        self._printer = printer
        self._band_codes = band_codes or new_band_code
        self._keeper = recent_keeper
        self._duty = duty if duty is not None and duty.roster.required else None
        self.modes = modes if modes is not None else Modes(Mode.DESK)
        self.modes.staff_listed = self._duty is not None
        self._sign_out_s = sign_out_s
        self._last_touch = 0.0
        self._badge_wanted: Callable[[str], None] | None = None
        self.lookup = lookup
        self.actions = actions
        self.audit = audit
        self._runner = runner
        self._policy = policy or PolicySettings()
        self._rules = rules or PayloadRules()
        self._repeats = repeats or RepeatFilter()
        self._idle_clear_s = idle_clear_s
        self.site: Site | None = None
        """This desk's site once known (its country reads national phone numbers)."""
        self.override_reasons = override_reasons
        self.reports_dir = reports_dir
        """Where customers reports are saved (None: no reports from this desk)."""
        """Offered with one tap when overriding a red verdict (the site's own list)."""
        self._decode_photo = decode_photo
        self._system = lookup.backend.name
        self.state = DeskState(
            confirm_warn=self._policy.confirm_warn,
            sign_in_required=self._duty is not None,
            status=tr(SIGN_IN) if self._duty is not None else tr(READY),
            can_print=printer is not None,
        )
        self.changed: Listeners[DeskState] = Listeners()
        self.cues: Listeners[Cue] = Listeners()
        self.settled: Listeners[WriteResult] = Listeners()
        """Each write once its outcome is known (who is in now reads again after a check-in)."""
        self._ticket = 0
        self._read: Handle | None = None
        self._peek: Handle | None = None
        """The provisional read of the local copy, racing the live lookup."""
        self._search_ticket = 0
        self._search_read: Handle | None = None
        self._timers = NamedTimers(runner)
        self._own_visits: set[str] = set()
        self._unfinished: Intent | None = None
        """The last write that ended not done or unknown: the same action again keeps its key."""
        self._pending_check: WriteResult | None = None
        """An unknown write that reading back could not settle yet ("Check again")."""
        self._closed = False
        self._clock = clock
        self._primary_since = -PRIMARY_SETTLE_S
        self._report_for = self.modes.presence
        """Who asked for the customers report being prepared (saved only while they are on
        duty)."""
        audit.on_duty = self.modes.presence.staff_id
        self.modes.changed.connect(self._presence_changed)
        self._watch_link()

    # ------------------------------------------------------------------ plumbing

    def _set(self, **changes: Any) -> None:
        if self._closed:
            return
        before, serial = self.state.primary, self.state.guest_serial
        self.state = replace(self.state, **changes)
        same_guest = self.state.guest_serial == serial
        if same_guest and before is not Primary.NONE and self.state.primary is not before:
            self._primary_since = self._clock()
        self.changed.emit(self.state)

    def _watch_link(self) -> None:
        """Keep the status chip true: online or offline, data age, what is waiting."""
        watch_link(
            self.lookup.backend.status,
            self._timers,
            lambda: self.state.connection,
            lambda link: self._set(connection=link),
        )

    def queued_writes(self) -> tuple[QueuedWrite, ...]:
        """What was saved offline (the list behind the status chip)."""
        return self.lookup.backend.queued_writes()

    def _restart_idle(self) -> None:
        """Activity: the screen stays; a warning on screen goes away. The warning comes
        IDLE_WARN_S before the screen would clear (WCAG 2.2.1: time can be extended)."""
        self._timers.stop("idle_warn")
        if self.state.idle_warning_s:
            self._set(idle_warning_s=0)
        warn_at = max(0.0, self._idle_clear_s - IDLE_WARN_S)
        self._timers.start("idle", warn_at, self._idle_timeout)

    def more_time(self) -> None:
        """Staff asked for more time (the warning's button): a whole idle period again."""
        self.touch()
        if self.state.screen is not Screen.IDLE or self.state.idle_warning_s:
            self._restart_idle()

    def _idle_timeout(self) -> None:
        if self.state.busy or (self.state.form is not None and self.state.form.open):
            self._restart_idle()  # never clear the screen under a write or an open form
            return
        if self.state.screen is Screen.IDLE:
            return  # nothing on screen to take away
        left = min(IDLE_WARN_S, self._idle_clear_s)
        self._set(idle_warning_s=round(left))
        self._timers.start("idle_warn", 1.0, self._idle_tick)

    def _idle_tick(self) -> None:
        left = self.state.idle_warning_s - 1
        if left <= 0:
            self._set(idle_warning_s=0)
            self.clear()
            return
        self._set(idle_warning_s=left)
        self._timers.start("idle_warn", 1.0, self._idle_tick)

    def shutdown(self) -> None:
        """Stop timers and forget work in flight: late answers are dropped, never shown."""
        self._timers.stop_all()
        self._cancel_reads()
        self._closed = True
        self.changed.disconnect_all()
        self.cues.disconnect_all()
        self.settled.disconnect_all()

    def _cancel_reads(self) -> None:
        self._ticket += 1
        self._search_ticket += 1
        for handle in (self._read, self._search_read, self._peek):
            if handle is not None:
                handle.cancel()
        self._read = self._search_read = self._peek = None

    def use_rules(self, policy: PolicySettings, *, idle_clear_s: float) -> None:
        """New settings, at once: the next verdict follows ``policy``; the guest on screen is
        judged again (the rules changed under them); the start screen comes back after
        ``idle_clear_s`` from now on."""
        self._policy = policy
        self._idle_clear_s = idle_clear_s
        context = self.state.context
        changes: dict[str, Any] = {"confirm_warn": policy.confirm_warn}
        if context is not None and self.state.verdict is not None:
            own = frozenset(self._own_visits)
            changes["verdict"] = decide(context, policy, own_visits=own)
        self._set(**changes)

    def clear(self) -> None:
        """Back to the start: nothing of the last guest stays in the state."""
        self._cancel_reads()
        self._timers.stop("slow")
        self._timers.stop("search")
        self._timers.stop("idle")
        self._timers.stop("idle_warn")
        self._repeats.forget()
        self._leave_guest(
            screen=Screen.IDLE,
            code="",
            problem=None,
            search=None,
            status=tr(READY),
            previous="",
            idle_warning_s=0,
        )

    def _leave_guest(self, **changes: Any) -> None:
        """Another screen or another guest takes over: nothing of the last guest stays, and the
        screen closes that guest's menus and dialogs (``guest_serial``)."""
        self._set(
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
                "form": self._form_without_guest(),
                "guest_serial": self.state.guest_serial + 1,
                **changes,
            }
        )

    # ------------------------------------------------------------------ scans

    def scan(self, event: ScanEvent) -> None:
        """A scan from any reader (or a code typed and entered)."""
        self._scan(event)

    def _scan(self, event: ScanEvent, *, fallback_search: str | None = None) -> None:
        self.touch()
        try:
            code = normalise_payload(event.payload, self._rules)
        except InvalidPayload as exc:
            self.audit.record("scan", "bad_scan", reason=exc.reason)
            self._problem(describe_failure(exc, self._system))
            return
        if self._staff_scan(code):
            return
        if self.state.awaiting_band is not None and self.state.context is not None:
            printing = self.state.printing
            if printing is None or not printing.new_band or printing.code == code:
                self._new_band_scanned(code)
                return
            # a band was printed for this guest: only that band is theirs; any other code is
            # the next guest, and the newest scan wins
        advice = layout_check(code)
        if advice is not None:
            self._problem(
                Failure(
                    "bad_scan",
                    tr("Scanner layout test"),
                    tr(advice.template, **_translated(advice.values)),
                ),
                "good" if advice.agrees else "warn",
            )
            return
        if self._repeats.is_repeat(event, code):
            self._set(status=tr("{code} was just scanned; showing it already.", code=code))
            return
        self._look_up(
            code,
            via=_VIA.get(event.source, event.source),
            as_scan=True,
            fallback_search=fallback_search,
            checks_out=self.state.exit_mode or event.source in self._exit_readers,
        )

    def find_typed(self, text: str) -> TypedIntent | None:
        """The search box's Enter / Find: a code is looked up, a name, email or phone searched
        (one match opens at once), digits alone looked up then searched (see ``typed``)."""
        if not text.strip():
            return None
        self._timers.stop("search")
        self._search_ticket += 1
        can_search = Capability.SEARCH in self.lookup.backend.capabilities
        intent = typed_intent(text, can_search=can_search)
        if intent is TypedIntent.SEARCH:
            self._search(text.strip(), open_single=True)
        else:
            fallback = text.strip() if intent is TypedIntent.CODE_THEN_SEARCH else None
            self._scan(ScanEvent(payload=text, source="manual"), fallback_search=fallback)
        return intent

    def open_guest(self, guest_id: str, *, via: str) -> None:
        """Open a guest by record (a search result, a new registration)."""
        self._look_up(guest_id, via=via, as_scan=False)

    def open_recent(self, entry: RecentEntry) -> None:
        self._look_up(entry.code or entry.guest_id, via=N_("recent"), as_scan=False)

    # ------------------------------------------------------------------ who is on duty

    @property
    def roster(self) -> Roster:
        return self._duty.roster if self._duty is not None else Roster()

    def use_roster(self, duty: Duty | None) -> None:
        """A new staff list, at once: whoever is signed in stays if they are still on it (in
        their new role); otherwise the desk signs out."""
        self._duty = duty if duty is not None and duty.roster.required else None
        self.modes.staff_listed = self._duty is not None
        on_duty = self.state.on_duty
        if self._duty is None:
            self._timers.stop("duty")
            self.modes.sign_out(why="the staff list was emptied")
            self._set(sign_in_required=False, sign_in_note="", status=tr(READY))
            return
        member = self._duty.roster.by_id(on_duty.id) if on_duty is not None else None
        if member is None:
            if on_duty is not None:
                self.sign_out()
            else:
                self.clear()
            self._set(sign_in_required=True, status=tr(SIGN_IN))
            return
        self._set(sign_in_required=True)
        self.modes.sign_in(OnDuty.of(member), why="the staff list changed their role")

    def touch(self) -> None:
        """Staff used the desk (a key, a tap, a scan): the sign-out waits again."""
        self._last_touch = self._clock()
        if self.state.sign_out_warning_s:
            self._set(sign_out_warning_s=0)

    def _staff_scan(self, code: str) -> bool:
        """A staff badge (sign in, or switch to its owner), a badge being added to the list,
        or any scan while nobody is signed in: never looked up as a guest."""
        if self._badge_wanted is not None:
            wanted, self._badge_wanted = self._badge_wanted, None
            self._set(awaiting_badge=False)
            wanted(code)
            return True
        duty = self._duty
        if duty is None:
            return False
        member = duty.roster.by_badge(code)
        if member is not None:
            if self.state.on_duty is None or self.state.on_duty.id != member.id:
                self._signed_in(member, via="badge")
            return True
        if self.state.on_duty is None:
            self._set(sign_in_note=tr(SIGN_IN))
            return True
        return False

    def await_badge(self, wanted: Callable[[str], None]) -> None:
        """The next scan is a staff badge for the staff list: handed to ``wanted``."""
        self._badge_wanted = wanted
        self._set(awaiting_badge=True)

    def cancel_badge(self) -> None:
        self._badge_wanted = None
        if self.state.awaiting_badge:
            self._set(awaiting_badge=False)

    def sign_in(self, staff_id: str, pin: str) -> None:
        """A name tapped and a PIN typed: checked on a worker (Argon2 is slow on purpose)."""
        duty = self._duty
        if duty is None or self.state.signing_in:
            return
        self.touch()
        self._set(signing_in=True, sign_in_note=tr("Checking…"))

        def failed(error: BaseException) -> None:
            log.error("checking a staff PIN failed", exc_info=error)
            self._set(signing_in=False, sign_in_note=tr("The PIN could not be checked."))

        self._runner.read(lambda: duty.check_pin(staff_id, pin), self._pin_checked, failed)

    def _pin_checked(self, answer: PinAnswer) -> None:
        self._set(signing_in=False)
        member = answer.member
        if answer.result == "ok" and member is not None:
            self._signed_in(member, via="pin")
            return
        if member is None:
            self._set(sign_in_note=tr("Tap your name, then type your PIN."))
            return
        self.audit.record("sign_in", str(answer.result), staff_id=member.id)
        if answer.result == "locked":
            minutes = max(1, round(answer.locked_for_s / 60))
            note = trn(
                "Too many wrong PINs: try again in %n minute, or scan your badge.",
                "Too many wrong PINs: try again in %n minutes, or scan your badge.",
                minutes,
            )
        else:
            note = tr("That PIN is not right. Try again.")
        self._set(sign_in_note=note)

    def _signed_in(self, member: StaffMember, *, via: str) -> None:
        before = self.state.on_duty
        self.modes.sign_in(
            OnDuty.of(member), why=f"signed in by {via}" if before is None else f"{via} take-over"
        )
        self.audit.record("sign_in", "ok", reason=via)
        self._last_touch = self._clock()
        self._timers.start("duty", DUTY_CHECK_S, self._duty_tick)
        words = (
            tr("Signed in as {name}.", name=member.name)
            if before is None
            else tr("{name} took over the desk.", name=member.name)
        )
        status = words if self.state.screen is Screen.IDLE else self.state.status
        self._set(
            sign_in_note="",
            sign_out_warning_s=0,
            status=status,
            feedback=Feedback("info", words) if self.state.context is not None else None,
        )

    def sign_out(self, *, idle: bool = False) -> None:
        """Nothing of a guest stays on screen, and the next action needs someone signed in."""
        if self._duty is None or self.state.on_duty is None:
            return
        self.audit.record("sign_out", "idle" if idle else "ok")
        self.modes.sign_out(why="idle" if idle else "signed out")
        self._timers.stop("duty")
        self.cancel_badge()
        self.clear()
        minutes = max(1, round(self._sign_out_s / 60))
        self._set(
            form=None,
            sign_out_warning_s=0,
            status=tr(SIGN_IN),
            sign_in_note=trn(
                "Signed out after %n minute without use.",
                "Signed out after %n minutes without use.",
                minutes,
            )
            if idle
            else tr("Signed out."),
        )

    def _duty_tick(self) -> None:
        if self.state.on_duty is None:
            return
        self._timers.start("duty", DUTY_CHECK_S, self._duty_tick)
        if self.state.busy:
            self.touch()  # never sign out under a write
            return
        left = self._sign_out_s - (self._clock() - self._last_touch)
        if left <= 0:
            self.sign_out(idle=True)
        elif left <= SIGN_OUT_WARN_S:
            self._set(sign_out_warning_s=max(1, round(left)))

    def say(self, words: str) -> None:
        """A line for the status bar from around the desk (a manager's PIN refused)."""
        self._set(status=words)

    def _presence_changed(self, transition: Transition) -> None:
        """The mode machine moved (here, or from self check-in): the screen and the audit
        follow. Back to the guest screen, nothing of the desk's guest stays."""
        after = transition.after
        self.audit.on_duty = after.staff_id
        if after.on_duty is None:
            self._timers.stop("duty")
        if self.state.report is not None and not self.state.report.done:
            self._timers.stop("report")  # a manager's report is not saved for whoever is next
            self._set(report=None)
        if transition.before.mode is Mode.DESK and after.mode is not Mode.DESK:
            self.cancel_badge()
            self.clear()
            self._set(form=None)
        if self.state.on_duty != after.on_duty:
            self._set(on_duty=after.on_duty)

    def may(self, permission: Permission) -> bool:
        """Whether whoever is on duty at this moment may do this (the mode machine decides:
        anyone at a desk where staff do not sign in; nobody on the guest screen)."""
        return self.modes.may(permission)

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
            self._set(feedback=Feedback("bad", "✖ " + words))
        else:
            self._set(status=words)
        return False

    def _look_up(
        self,
        code: str,
        *,
        via: str,
        as_scan: bool,
        fallback_search: str | None = None,
        checks_out: bool = False,
    ) -> None:
        if self.state.signed_out:
            self._set(sign_in_note=tr(SIGN_IN))
            return
        self._cancel_reads()
        ticket = self._ticket
        # the scan's line is theirs, even if a badge takes the desk over before it answers
        read_by = self.modes.presence.staff_id
        self._leave_guest(
            screen=Screen.LOOKING_UP,
            code=code,
            problem=None,
            search=None,
            status=tr("Looking up {code} ({via})…", code=code, via=tr(via)),
        )
        self._timers.start("slow", STILL_CHECKING_AFTER_S, lambda: self._still_checking(ticket))
        self._restart_idle()
        lookup, decode = self.lookup, self._decode_photo

        def work() -> tuple[GuestContext, Any]:
            context = lookup.by_code(code)
            return context, decode(context.photo) if decode and context.photo else None

        self._read = self._runner.read(
            work,
            lambda found: self._found(
                ticket, found, via=via, as_scan=as_scan, checks_out=checks_out, read_by=read_by
            ),
            lambda error: self._not_found(
                ticket,
                code,
                error,
                as_scan=as_scan,
                via=via,
                fallback_search=fallback_search,
                read_by=read_by,
            ),
        )
        if lookup.copy is not None:

            def peek() -> tuple[GuestContext, Any] | None:
                context = lookup.provisional(code)
                if context is None:
                    return None
                return context, decode(context.photo) if decode and context.photo else None

            self._peek = self._runner.read(
                peek,
                lambda found: self._provisional(ticket, found),
                lambda error: log.info("no provisional answer: %s", type(error).__name__),
            )

    def _form_without_guest(self) -> FormState | None:
        """A new guest on screen closes the previous guest's edit form (not a registration)."""
        form = self.state.form
        return form if form is not None and form.kind == "register" else None

    def _provisional(self, ticket: int, found: tuple[GuestContext, Any] | None) -> None:
        """The local copy's answer, shown until the live one replaces it (no sound, no audit
        line, no action: it is not the answer yet)."""
        self._peek = None
        if found is None or ticket != self._ticket or self.state.screen is not Screen.LOOKING_UP:
            return
        context, picture = found
        self._set(
            screen=Screen.GUEST,
            context=context,
            picture=picture,
            verdict=decide(context, self._policy),
            status=tr("Showing the local copy while {system} answers…", system=self._system),
        )

    def _still_checking(self, ticket: int) -> None:
        if ticket == self._ticket and self.state.screen is Screen.LOOKING_UP:
            self._set(
                slow=True,
                status=tr("{system} is slow to answer; still checking…", system=self._system),
            )

    def _found(
        self,
        ticket: int,
        found: tuple[GuestContext, Any],
        *,
        via: str,
        as_scan: bool,
        checks_out: bool = False,
        read_by: str | None = None,
    ) -> None:
        if ticket != self._ticket:
            log.debug("dropped a superseded lookup (%d, now %d)", ticket, self._ticket)
            return
        context, picture = found
        self._timers.stop("slow")
        self._read = None
        if context.site is not None:
            self.site = context.site
        verdict = decide(context, self._policy)
        band = context.band
        self.audit.record(
            "scan" if as_scan else "open",
            verdict.outcome,
            customer_id=context.guest.id,
            band_id=band.id if band else None,
            code=context.code if as_scan else None,
            reason=",".join(r.code for r in verdict.reasons) or (None if as_scan else via),
            staff_id=read_by,
        )
        name = context.guest.display_name
        recent = RecentEntry(
            datetime.now(UTC),
            context.guest.id,
            name,
            verdict.outcome,
            context.code if context.matched_by == "band" else context.guest.id,
        )
        self._set(
            screen=Screen.GUEST,
            context=context,
            picture=picture,
            verdict=verdict,
            slow=False,
            recent=(recent, *[r for r in self.state.recent if r.guest_id != recent.guest_id])[
                :RECENT_KEPT
            ],
            status=(
                tr("Opened {name}.", name=name)
                if context.matched_by == "id"
                else tr("Found {name} for {code}.", name=name, code=context.code)
            ),
        )
        self._keep_recent()
        if checks_out:
            self._check_out_at_exit(context)
            return
        self.cues.emit(verdict.outcome)
        self._restart_idle()

    def load_recent(self) -> None:
        """The shift's scans as kept before a restart (read on the worker; what this run has
        scanned meanwhile stays first)."""
        keeper = self._keeper
        if keeper is None:
            return

        def loaded(kept: tuple[RecentEntry, ...]) -> None:
            now = {r.guest_id for r in self.state.recent}
            merged = (*self.state.recent, *[r for r in kept if r.guest_id not in now])
            self._set(recent=merged[:RECENT_KEPT])

        self._runner.read(keeper.load, loaded, lambda e: log.warning("recent not read: %s", e))

    def _keep_recent(self) -> None:
        keeper, recent = self._keeper, self.state.recent
        if keeper is not None:
            self._runner.write(
                lambda: keeper.save(recent),
                lambda _: None,
                lambda e: log.warning("recent not kept: %s", e),
            )

    def set_exit_mode(self, on: bool) -> None:
        """A desk at the exit: from now on every scan checks the guest out."""
        self._set(exit_mode=on, status=tr("Exit: scans check guests out.") if on else tr(READY))

    def _check_out_at_exit(self, context: GuestContext) -> None:
        """A scan at the exit: the guest's open visit is checked out at once (leaving is never
        refused, whatever the verdict); a guest not checked in is said so."""
        self._restart_idle()
        if context.open_visit is None:
            self._set(
                feedback=Feedback(
                    "warn",
                    "⚠ " + tr("{name} is not checked in here.", name=context.guest.display_name),
                )
            )
            self.cues.emit("warn")
            return
        self.cues.emit("admit")
        self.act(context.guest.id, ActionKind.CHECK_OUT)

    def _not_found(
        self,
        ticket: int,
        code: str,
        error: BaseException,
        *,
        as_scan: bool,
        via: str = "",
        fallback_search: str | None = None,
        read_by: str | None = None,
    ) -> None:
        if ticket != self._ticket:
            return
        self._timers.stop("slow")
        self._read = None
        if fallback_search is not None and isinstance(error, NotFound):
            self._search(fallback_search, open_single=True)  # no band: a phone, perhaps
            return
        if not isinstance(error, BackendError):
            log.error("lookup of a code failed unexpectedly", exc_info=error)
        failure = describe_failure(error, self._system)
        if isinstance(error, NotFound) and as_scan:
            # what was read, and how: a misread (a digit short, a wrong layout) shows itself
            how = {"typed": tr("typed"), "camera": tr("read by the camera")}.get(via, tr("scanned"))
            failure = replace(
                failure,
                detail=tr(
                    "“{code}” ({how}): no guest has this code at this site. "
                    "Try again, or search by name.",
                    code=code,
                    how=how,
                ),
            )
        if as_scan:
            self.audit.record(
                "scan",
                "not_recognised" if isinstance(error, NotFound) else "failed",
                code=code,
                reason=failure.kind,
                staff_id=read_by,
            )
        self._problem(failure)

    def _problem(self, failure: Failure, tone: Tone | None = None) -> None:
        if tone is None:
            tone = (
                "warn" if failure.kind in ("not_recognised", "bad_scan", "slow", "busy") else "bad"
            )
        self._cancel_reads()
        self._timers.stop("slow")
        self._leave_guest(
            screen=Screen.PROBLEM, problem=failure, problem_tone=tone, status=failure.title + "."
        )
        self.cues.emit("admit" if tone == "good" else "warn" if tone == "warn" else "deny")
        self._restart_idle()

    # ------------------------------------------------------------------ search

    def search_typed(self, text: str) -> None:
        """Live search: after 2 characters, once typing pauses (if the backend can search)."""
        if Capability.SEARCH not in self.lookup.backend.capabilities:
            return
        if len(text.strip()) >= 2:
            self._timers.start("search", SEARCH_AFTER_S, lambda: self._search(text.strip()))
            return
        self._timers.stop("search")
        self._search_ticket += 1
        if self.state.screen is Screen.RESULTS:
            self._set(screen=Screen.IDLE, search=None, status=tr(READY))

    def _search(self, text: str, *, open_single: bool = False) -> None:
        """Search; ``open_single``: one match opens at once (Enter on a name)."""
        if self.state.signed_out:
            return
        self._search_ticket += 1
        ticket = self._search_ticket
        self._set(
            screen=Screen.RESULTS,
            search=SearchState(text),
            status=tr("Searching for “{text}”…", text=text),
        )
        backend = self.lookup.backend

        def found(answer: tuple[tuple[SearchHit, ...], dict[str, Any]]) -> None:
            hits, pictures = answer
            if ticket == self._search_ticket and self.state.screen is Screen.RESULTS:
                if open_single and len(hits) == 1:
                    self.open_guest(hits[0].id, via=N_("search"))
                    return
                self._set(
                    search=SearchState(text, hits, searching=False, pictures=pictures),
                    status=tr(READY),
                )
                self._restart_idle()

        def failed(error: BaseException) -> None:
            if ticket == self._search_ticket and self.state.screen is Screen.RESULTS:
                failure = describe_failure(error, self._system)
                self._set(search=SearchState(text, (), searching=False, failure=failure))

        decode = self._decode_photo

        def work() -> tuple[tuple[SearchHit, ...], dict[str, Any]]:
            hits = backend.search(text)
            pictures = {}
            if decode is not None:
                for hit in hits:
                    if hit.photo:
                        pictures[hit.id] = decode(hit.photo)
            return hits, pictures

        self._search_read = self._runner.read(work, found, failed)

    # ------------------------------------------------------------------ actions

    def _current(self, guest_id: str | None) -> GuestContext | None:
        """The guest on screen, if it is the one the request was made for."""
        context = self.state.context
        if context is None or guest_id is None or context.guest.id != guest_id:
            self._set(status=tr("That was for the previous guest; nothing was done."))
            return None
        if self.state.screen is not Screen.GUEST:
            return None
        return context

    def primary(self, guest_id: str | None) -> None:
        """The big button: check in, check out, or check again (an override needs a reason
        and comes through :meth:`override`; a confirmation through ``check_in(confirmed)``)."""
        action = self.state.primary
        if self._clock() - self._primary_since < PRIMARY_SETTLE_S:
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
        context = self._current(guest_id)
        if context is None or not self.allowed(Permission.OVERRIDE):
            return
        reason = reason.strip()
        if len(reason) < MIN_OVERRIDE_REASON:
            self._set(
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
        self._set(override_reason=reason, overridden=reason, status=tr("Override recorded."))
        self.act(guest_id, ActionKind.CHECK_IN)

    def act(self, guest_id: str | None, kind: ActionKind, value: Any = None) -> None:
        """Any write on the guest on screen. Refused (in words) while another one is saving."""
        context = self._current(guest_id)
        if context is None:
            return
        needs = _NEEDS.get(kind)
        if needs is not None and not self.allowed(needs):
            return
        if self.state.busy:
            self._set(feedback=Feedback("warn", tr("Still saving the last change…")))
            return
        if self.state.activity is Activity.UNCONFIRMED:
            self._set(
                feedback=Feedback("warn", tr("First check whether the last change was saved."))
            )
            return
        try:
            intent = self._plan(context, kind, value)
        except ActionRefused as exc:
            self._set(feedback=Feedback("bad", f"✖ {exc}"))
            return
        self._start_write(intent, tr(_DOING.get(kind, N_("Saving…"))))

    def _plan(self, context: GuestContext, kind: ActionKind, value: Any) -> Intent:
        """The write, with who started it (a retry keeps its own)."""
        intent = self._planned(context, kind, value)
        if intent.staff_id is None and self.audit.on_duty is not None:
            intent = replace(intent, staff_id=self.audit.on_duty)
        return intent

    def _planned(self, context: GuestContext, kind: ActionKind, value: Any) -> Intent:
        a, previous = self.actions, self._unfinished
        if kind is ActionKind.CHECK_IN:
            assert self.state.verdict is not None
            return a.plan_check_in(
                context,
                self.state.verdict,
                override_reason=self.state.override_reason,
                previous=previous,
            )
        planners: dict[ActionKind, Callable[[], Intent]] = {
            ActionKind.CHECK_OUT: lambda: a.plan_check_out(context, previous=previous),
            ActionKind.SET_EXPIRY: lambda: a.plan_set_expiry(context, value, previous=previous),
            ActionKind.SET_CARD: lambda: a.plan_set_card(context, value, previous=previous),
            ActionKind.ADD_BAND: lambda: a.plan_add_band(context, value, previous=previous),
            ActionKind.SWAP_BAND: lambda: a.plan_swap_band(context, value, previous=previous),
            ActionKind.REMOVE_BAND: lambda: a.plan_remove_band(context, previous=previous),
            ActionKind.LOCK: lambda: a.plan_set_locked(context, True, previous=previous),
            ActionKind.ANONYMISE: lambda: a.plan_anonymise(context, str(value), previous=previous),
            ActionKind.SAVE_ADDRESS: lambda: a.plan_save_address(context, value, previous=previous),
            ActionKind.DELETE_ADDRESS: lambda: a.plan_delete_address(
                context, str(value), previous=previous
            ),
            ActionKind.UNLOCK: lambda: a.plan_set_locked(context, False, previous=previous),
            ActionKind.PASSWORD_RESET: lambda: a.plan_email(context, kind, previous=previous),
            ActionKind.VERIFICATION: lambda: a.plan_email(context, kind, previous=previous),
            ActionKind.PASSWORD_LINK: lambda: a.plan_password_link(context, previous=previous),
            ActionKind.UPDATE: lambda: a.plan_update(context, value, previous=previous),
            ActionKind.ADD_NOTE: lambda: a.plan_add_note(context, str(value), previous=previous),
            ActionKind.ADD_LABEL: lambda: a.plan_add_label(context, str(value), previous=previous),
        }
        return planners[kind]()

    def _start_write(self, intent: Intent, doing: str) -> None:
        self._set(
            activity=Activity.SAVING, doing=doing, feedback=Feedback("info", doing), link=None
        )
        actions = self.actions
        self._runner.write(
            lambda: actions.perform(intent),
            self._written,
            lambda error: self._write_crashed(intent, error),
        )

    def _write_crashed(self, intent: Intent, error: BaseException) -> None:
        """A bug, not a backend's answer: log it, and treat the write as unknown (it may have
        been sent), so it is read back rather than offered again blindly."""
        log.error("a write failed unexpectedly: %s", intent.kind, exc_info=error)
        self._written(WriteResult(intent, WriteOutcome.UNKNOWN, error=error))

    def _on_screen(self, intent: Intent) -> bool:
        context = self.state.context
        if intent.kind is ActionKind.REGISTER:
            return self.state.form is not None and self.state.form.kind == "register"
        return (
            context is not None
            and context.guest.id == intent.guest_id
            and self.state.screen is Screen.GUEST
        )

    def _written(self, result: WriteResult) -> None:
        intent = result.intent
        if result.outcome is WriteOutcome.UNKNOWN:
            self._unfinished = intent
            if intent.kind is ActionKind.REGISTER:
                self._form(saving=True, message=tr("Checking whether the guest was saved…"))
            elif self._on_screen(intent):
                self._set(
                    activity=Activity.CHECKING,
                    feedback=Feedback("info", tr("Checking whether it was saved…")),
                )
            else:
                self._set(
                    previous=tr("Previous guest: checking whether the last change was saved…")
                )
            actions = self.actions
            self._runner.write(
                lambda: actions.reconcile(result),
                self._reconciled,
                lambda error: self._reconcile_crashed(result, error),
            )
            return
        self._settled(result)

    def _reconcile_crashed(self, result: WriteResult, error: BaseException) -> None:
        log.error("reading back a write failed unexpectedly", exc_info=error)
        self._reconciled(result)

    def _reconciled(self, result: WriteResult) -> None:
        if result.outcome is WriteOutcome.UNKNOWN:
            words = result.note or tr(
                "Couldn't confirm whether it was saved: check again before retrying."
            )
            if result.intent.kind is ActionKind.REGISTER:
                self._form(saving=False, message=words)
            elif self._on_screen(result.intent):
                self._pending_check = result
                self._set(activity=Activity.UNCONFIRMED, feedback=Feedback("warn", f"? {words}"))
            else:
                self._set(previous=tr("Previous guest: {words}", words=words))
            return
        self._settled(result, confirmed=True)

    def check_again(self, guest_id: str | None) -> None:
        """Read back the unconfirmed write again (never resend it)."""
        if self._current(guest_id) is None or self.state.activity is not Activity.UNCONFIRMED:
            return
        pending = self._pending_check
        if pending is None:
            self._set(activity=Activity.READY)
            return
        self._set(
            activity=Activity.CHECKING,
            feedback=Feedback("info", tr("Checking whether it was saved…")),
        )
        actions = self.actions
        self._runner.write(
            lambda: actions.reconcile(pending),
            self._reconciled,
            lambda error: self._reconcile_crashed(pending, error),
        )

    def _settled(self, result: WriteResult, *, confirmed: bool = False) -> None:
        self.settled.emit(result)
        intent = result.intent
        self._pending_check = None
        on_screen = self._on_screen(intent)
        if intent.kind is ActionKind.REGISTER:
            self._registered(result)
            return
        if result.outcome in (WriteOutcome.DONE, WriteOutcome.QUEUED):
            self._unfinished = None
            if intent.kind in (ActionKind.SAVE_ADDRESS, ActionKind.DELETE_ADDRESS):
                form = self.state.form
                if form is not None and form.guest_id == intent.guest_id:
                    self.load_addresses(form.guest_id or "")
            words = _done_words(intent)
            if result.outcome is WriteOutcome.QUEUED:
                words = tr(
                    "{words} — saved for later: it will be sent when the connection is back.",
                    words=words.removesuffix("."),
                )
            if confirmed:
                words = tr("{words} (confirmed by reading back).", words=words.removesuffix("."))
            if isinstance(result.value, Visit) and intent.kind is ActionKind.CHECK_IN:
                self._own_visits.add(result.value.id)
            if not on_screen:
                self._set(previous=tr("Previous guest: {words}", words=words))
                return
            if intent.kind is ActionKind.PASSWORD_LINK and isinstance(result.value, str):
                self._set(link=result.value)
            if intent.kind is ActionKind.UPDATE:
                self._form(open=False)
            self._apply_locally(result)
            printing = self.state.printing
            self._set(
                activity=Activity.READY,
                feedback=Feedback("good", f"✔ {words}"),
                status=words,
                # an override admits once: the check-in it was given for has used it
                override_reason=(
                    None if intent.kind is ActionKind.CHECK_IN else self.state.override_reason
                ),
                # the printed band is the guest's now: nothing left to offer
                printing=None if printing and printing.code == intent.value else printing,
            )
            self._refresh(intent)
        else:
            self._unfinished = intent
            if not on_screen:
                self._set(
                    previous=tr("Previous guest: not saved. {why}", why=_why(result, self._system))
                )
                return
            if intent.kind is ActionKind.UPDATE and isinstance(result.error, Invalid):
                self._form(
                    saving=False,
                    field_errors=plain_field_errors(result.error.field_errors),
                    message=tr("{system} didn't accept some details:", system=self._system),
                )
                self._set(activity=Activity.READY, feedback=None)
                return
            if intent.kind is ActionKind.UPDATE:
                self._form(saving=False, message=_not_saved(result, self._system))
            self._set(
                activity=Activity.READY,
                feedback=Feedback("bad", "✖ " + _not_saved(result, self._system)),
                status=tr("Not saved."),
                **self._printed_band_again(intent),
            )
        self._restart_idle()

    def _apply_locally(self, result: WriteResult) -> None:
        """What the write returned is true now: show it at once, so no control offers the same
        action again on a stale screen while the refresh is on its way."""
        context = self.state.context
        if context is None:
            return
        value = result.value
        kind = result.intent.kind
        if kind is ActionKind.CHECK_IN and isinstance(value, Visit):
            context = replace(context, visits=(value, *context.visits))
        elif kind is ActionKind.CHECK_OUT and isinstance(value, Visit):
            context = replace(
                context, visits=tuple(value if v.id == value.id else v for v in context.visits)
            )
        elif kind in (ActionKind.SET_EXPIRY, ActionKind.SET_CARD) and isinstance(value, Band):
            context = with_band(context, value)
        elif kind in (ActionKind.ADD_BAND, ActionKind.SWAP_BAND) and isinstance(value, Band):
            context = with_band(context, value)
            if kind is ActionKind.SWAP_BAND:
                context = replace(
                    context,
                    code=value.code,
                    bands=tuple(b for b in context.bands if b.id != result.intent.band_id),
                )
        elif kind is ActionKind.REMOVE_BAND:
            context = replace(
                context, bands=tuple(b for b in context.bands if b.id != result.intent.band_id)
            )
        elif isinstance(value, Guest):
            context = replace(context, guest=value)
        self._set(
            context=context,
            verdict=decide(context, self._policy, own_visits=frozenset(self._own_visits)),
        )

    def _refresh(self, intent: Intent) -> None:
        """The guest again as the backend now has them. Not a scan: no audit, no sound."""
        context = self.state.context
        if context is None:
            return
        self._cancel_reads()
        ticket = self._ticket
        code = (
            str(intent.value)
            if intent.kind in (ActionKind.ADD_BAND, ActionKind.SWAP_BAND)
            else None
        )
        lookup, decode = self.lookup, self._decode_photo

        def work() -> tuple[GuestContext, Any]:
            fresh = lookup.refresh(context, code=code)
            return fresh, decode(fresh.photo) if decode and fresh.photo else None

        def refreshed(found: tuple[GuestContext, Any]) -> None:
            if ticket != self._ticket or self.state.screen is not Screen.GUEST:
                return  # a newer scan owns the screen
            fresh, picture = found
            if self.state.guest_id != fresh.guest.id:
                return
            self._read = None
            self._set(
                context=fresh,
                picture=picture if picture is not None else self.state.picture,
                verdict=decide(fresh, self._policy, own_visits=frozenset(self._own_visits)),
            )

        def failed(error: BaseException) -> None:
            if ticket == self._ticket and self.state.screen is Screen.GUEST:
                self._read = None
                self._set(
                    status=tr("Saved, but the screen could not refresh: scan again to update.")
                )

        self._read = self._runner.read(work, refreshed, failed)

    # ------------------------------------------------------------------ bands by scanning

    def await_band(self, guest_id: str | None, mode: Literal["associate", "swap"]) -> None:
        """The next scan is a new band for this guest (added, or replacing the scanned one)."""
        context = self._current(guest_id)
        if context is None or self.state.busy:
            return
        if mode == "swap" and context.band is None:
            self._set(feedback=Feedback("bad", "✖ " + tr("Scan the lost wristband first.")))
            return
        new = mode == "associate"
        self._set(
            awaiting_band=mode,
            feedback=Feedback(
                "info",
                tr("Scan the new wristband now (or press Esc to cancel).")
                if new
                else tr("Scan the replacement wristband now (or press Esc to cancel)."),
            ),
            status=tr("Waiting for the new wristband…")
            if new
            else tr("Waiting for the replacement wristband…"),
        )

    def cancel_band_scan(self) -> None:
        if self.state.awaiting_band is None:
            return
        self._set(
            awaiting_band=None,
            printing=None,
            feedback=Feedback("info", tr("Cancelled: no wristband was added.")),
            status=tr(READY),
        )

    def _new_band_scanned(self, code: str) -> None:
        mode = self.state.awaiting_band
        printing = self.state.printing
        # the printed band stays on screen until it is the guest's (see _settled)
        kept = printing if printing is not None and printing.code == code else None
        self._set(awaiting_band=None, printing=kept)
        kind = ActionKind.SWAP_BAND if mode == "swap" else ActionKind.ADD_BAND
        self.act(self.state.guest_id, kind, code)

    # ------------------------------------------------------------------ printing bands

    def use_printer(self, printer: BandPrinter | None) -> None:
        """The band printer as the settings now name it (⚙ > Printer…), from the next print."""
        self._printer = printer
        self._set(can_print=printer is not None, printing=None)

    def print_band(self, guest_id: str | None, *, again: bool = False) -> None:
        """Print a new band for this guest, to be added (or to replace the lost one when a
        replacement is awaited): the printer is asked first, nothing is associated until staff
        use the printed band (one tap) or scan it. ``again``: the same code once more (a jam,
        a smudge)."""
        context = self._current(guest_id)
        if context is None or self._printer is None or self.state.busy:
            return
        printing = self.state.printing
        if printing is not None and printing.phase == "printing":
            return
        if not context.can(Capability.WRISTBANDS) or context.guest.anonymised:
            self._set(feedback=Feedback("bad", "✖ " + tr("This guest cannot be given a band.")))
            return
        mode = self.state.awaiting_band or "associate"
        reuse = (
            printing is not None
            and printing.guest_id == context.guest.id
            and printing.new_band
            and (again or printing.phase == "failed")
        )
        try:
            # the same code again after a jam or a refusal: never two live codes for one print
            code = printing.code if reuse and printing is not None else self._band_codes()
        except PrintProblem as exc:
            self._set(feedback=Feedback("bad", "✖ " + exc.words))
            return
        keep = context.band.expires_at if context.band is not None else None
        self._print(context, code, keep, mode=mode)

    def reprint_own_band(self, guest_id: str | None) -> None:
        """The band the guest has (the one scanned) printed again: nothing to associate."""
        context = self._current(guest_id)
        if context is None or self._printer is None or self.state.busy:
            return
        band = context.band
        if band is None:
            self._set(feedback=Feedback("bad", "✖ " + tr("Scan the guest's wristband first.")))
            return
        self._print(context, band.code, band.expires_at, mode=None)

    def _print(
        self,
        context: GuestContext,
        code: str,
        expires_at: datetime | None,
        *,
        mode: BandMode | None,
    ) -> None:
        printer = self._printer
        assert printer is not None
        now = datetime.now(UTC)
        zone = site_zone(context.site.timezone if context.site else None)
        label = BandLabel(
            code=code,
            name=short_name(context.guest),
            valid_until=valid_until_words(
                expires_at if expires_at is not None and expires_at > now else None, zone
            ),
            tier=tier_of(context.memberships),
            site=(context.site.name or "") if context.site else "",
        )
        gid = context.guest.id
        job = PrintState("printing", code, gid, mode=mode)
        new_band = job.new_band
        self._set(
            awaiting_band=mode,
            printing=job,
            feedback=Feedback("info", tr("Printing the band…")),
            status=tr("Printing the band…"),
        )
        audit = self.audit

        def done(_: object) -> None:
            audit.record("print_band", "printed", customer_id=gid, code=code)
            words = (
                tr("✔ Band {code} printed.", code=code)
                if new_band
                else tr("✔ Band {code} printed again.", code=code)
            )
            # the band card stays short (it must fit 1280x800); the next step is said below
            status = (
                tr("Put the band on the guest, then tap “Use the printed band” (or scan it).")
                if new_band
                else tr(READY)
            )
            self._printed(job, "printed", Feedback("good", words), status)

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintUnconfirmed):
                audit.record("print_band", "unconfirmed", customer_id=gid, code=code)
                self._printed(job, "unconfirmed", Feedback("warn", "⚠ " + error.words))
                return
            words = (
                error.words
                if isinstance(error, PrintProblem)
                else tr("The band could not be printed.")
            )
            audit.record("print_band", "failed", customer_id=gid, code=code, reason=words)
            extra = " " + tr("Nothing was added to the guest.") if new_band else ""
            self._printed(job, "failed", Feedback("bad", "✖ " + words + extra))

        self._runner.read(lambda: printer.print_band(label), done, failed)

    def _printed(
        self, job: PrintState, phase: PrintPhase, feedback: Feedback, status: str = ""
    ) -> None:
        """A print's end, shown only while that print is still the one on screen (a band that
        came out for the previous guest is said in the status line)."""
        if self.state.printing != job:
            if phase != "printed":
                self._set(status=tr("The previous guest's band: {words}", words=feedback.text))
            return
        if phase != "printed":
            self.cues.emit("warn")  # staff have turned to the printer: they hear it did not
        self._set(
            printing=replace(job, phase=phase),
            feedback=feedback,
            status=status or tr(READY),
            awaiting_band=job.mode,
        )

    def _printed_band_again(self, intent: Intent) -> dict[str, Any]:
        """A printed band whose adding was not done is awaited again, so scanning it adds it
        as well as the button does: a band in the guest's hand is never forgotten."""
        printing = self.state.printing
        if printing is None or printing.code != intent.value:
            return {}
        return {"awaiting_band": printing.mode}

    def use_printed_band(self, guest_id: str | None) -> None:
        """Associate the band just printed (as if it had been scanned): one tap."""
        printing = self.state.printing
        if (
            printing is None
            or not printing.new_band
            or printing.phase not in ("printed", "unconfirmed")
            or printing.guest_id != guest_id
            or self._current(guest_id) is None
        ):
            return
        self._set(awaiting_band=printing.mode)
        self._new_band_scanned(printing.code)

    # ------------------------------------------------------------------ the shift

    def read_shift(
        self,
        done: Callable[[ShiftSummary], None],
        failed: Callable[[BaseException], None],
        *,
        since: datetime | None = None,
    ) -> None:
        """The shift so far (from local midnight), counted from the audit on the read worker."""
        now = datetime.now(UTC)
        start = since or now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        audit = self.audit
        self._runner.read(lambda: summarise(audit.entries(), start, now), done, failed)

    def save_shift(
        self,
        summary: ShiftSummary,
        done: Callable[[Path], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """The summary as a CSV file beside the customers reports (written whole)."""
        folder = self.reports_dir
        if folder is None:
            failed(RuntimeError("no reports folder"))
            return
        name = f"shift-{summary.until.astimezone():%Y-%m-%d-%H%M}.csv"
        text = summary.csv().encode()
        self._runner.read(lambda: _save_file(text, folder / name), done, failed)

    # ------------------------------------------------------------------ the customers report

    @property
    def can_report(self) -> bool:
        caps = self.lookup.backend.capabilities
        return self.reports_dir is not None and Capability.REPORTS in caps

    def start_report(self) -> None:
        """The site's guests as a CSV file: asked for, prepared by the guest system in the
        background (polled, with the time so far on screen), then saved in ``reports_dir``."""
        if not self.can_report or not self.allowed(Permission.EXPORT):
            return
        if self.state.report is not None and not self.state.report.done:
            return  # one at a time
        backend = self.lookup.backend
        started = self._clock()
        self._report_for = self.modes.presence
        self._set(
            report=ReportState(tr("Asking {system} for the customers report…", system=self._system))
        )

        def queued(job: ReportJob) -> None:
            self._set(report=ReportState(tr("Preparing the customers report…")))
            self._timers.start("report", REPORT_POLL_S, lambda: self._poll_report(job, started))

        self._runner.read(backend.start_guest_report, queued, self._report_failed)

    def _poll_report(self, job: ReportJob, started: float) -> None:
        backend = self.lookup.backend
        folder = self.reports_dir
        assert folder is not None

        def seen(now: ReportJob) -> None:
            waited = self._clock() - started
            if now.failed:
                self._set(
                    report=ReportState(
                        tr("{system} could not prepare the report.", system=self._system),
                        "bad",
                        True,
                    )
                )
            elif not now.finished:
                if waited > REPORT_GIVE_UP_S:
                    self._set(
                        report=ReportState(
                            tr("The report is taking too long; try again later."), "bad", True
                        )
                    )
                    return
                self._set(
                    report=ReportState(
                        tr("Preparing the customers report… ({seconds} s)", seconds=round(waited))
                    )
                )
                self._timers.start("report", REPORT_POLL_S, lambda: self._poll_report(job, started))
            elif self.modes.presence != self._report_for or not self.may(Permission.EXPORT):
                # asked for by someone no longer on duty: the file is theirs to save, not the
                # next person's at the desk
                self.audit.record("refused", str(Permission.EXPORT), reason="mode ended")
                self._set(report=None)
            else:
                self._set(report=ReportState(tr("Saving the report…")))
                self._runner.read(
                    lambda: _save_report(backend.report_file(now), folder),
                    saved(now),
                    self._report_failed,
                )

        asker = self._report_for

        def saved(now: ReportJob) -> Callable[[Path], None]:
            def done(path: Path) -> None:
                if self.modes.presence != asker:
                    # written while its manager left the desk: not left behind for whoever is
                    # next (they may ask again)
                    path.unlink(missing_ok=True)
                    self.audit.record(
                        "report", "dropped", reason="mode ended", staff_id=asker.staff_id
                    )
                    return
                words = (
                    trn(
                        "%n guest saved to {path}", "%n guests saved to {path}", now.rows, path=path
                    )
                    if now.rows is not None
                    else tr("The report saved to {path}", path=path)
                )
                self.audit.record(
                    "report", "done", reason="customers CSV", staff_id=asker.staff_id
                )
                self._set(report=ReportState(words, "good", True, str(path)))

            return done

        self._runner.read(lambda: backend.report_job(job.id), seen, self._report_failed)

    def _report_failed(self, error: BaseException) -> None:
        failure = describe_failure(error, self._system)
        self._set(report=ReportState(tr("No report: {why}", why=failure.sentence), "bad", True))

    # ------------------------------------------------------------------ the guest form

    def open_form(self, kind: Literal["register", "edit"], guest_id: str | None = None) -> None:
        if self.state.signed_out:
            return
        if kind == "edit" and self._current(guest_id) is None:
            return
        self._set(form=FormState(kind, guest_id if kind == "edit" else None))
        if kind == "edit" and guest_id is not None:
            self.load_addresses(guest_id)

    def load_addresses(self, guest_id: str) -> None:
        """The edit form's address list, read off the GUI thread."""
        if Capability.ADDRESSES not in self.lookup.backend.capabilities:
            return
        backend = self.lookup.backend

        def loaded(found: tuple[Address, ...]) -> None:
            form = self.state.form
            if form is not None and form.guest_id == guest_id:
                self._form(addresses=found, addresses_note="")

        def failed(error: BaseException) -> None:
            form = self.state.form
            if form is not None and form.guest_id == guest_id:
                words = describe_failure(error, self._system).title
                self._form(
                    addresses=None, addresses_note=tr("Addresses couldn't load: {why}.", why=words)
                )

        self._form(addresses_note=tr("Loading addresses…"))
        self._runner.read(lambda: backend.addresses(guest_id), loaded, failed)

    def close_form(self) -> None:
        if self.state.form is not None and not self.state.form.saving:
            self._set(form=None)

    def _form(self, **changes: Any) -> None:
        if self.state.form is not None:
            self._set(form=replace(self.state.form, **changes))

    def submit_form(self, details: GuestDetails) -> None:
        form = self.state.form
        if form is None or form.saving:
            return
        details, problems = tidy_details(details, self.site)
        if problems:  # read as people write them; what can't be read is said beside its field
            self._form(saving=False, field_errors=problems, message=tr("Check these details:"))
            return
        self._form(saving=True, field_errors={}, message="")
        if form.kind == "edit":
            context = self._current(form.guest_id)
            if context is None:
                self._set(form=None)
                return
            try:
                intent = self.actions.plan_update(context, details, previous=self._unfinished)
            except ActionRefused as exc:
                self._form(saving=False, message=str(exc))
                return
            self._start_write(intent, tr("Saving the guest's details…"))
            return
        try:
            intent = self.actions.plan_register(details, previous=self._unfinished)
        except ActionRefused as exc:
            self._form(saving=False, message=str(exc))
            return
        self._unfinished = intent
        actions = self.actions
        self._runner.write(
            lambda: actions.perform(intent),
            self._written,
            lambda error: self._write_crashed(intent, error),
        )

    def _registered(self, result: WriteResult) -> None:
        if result.outcome is WriteOutcome.DONE:
            self._unfinished = None
            guest = result.value
            self._set(form=None)
            if isinstance(guest, Guest):
                self.open_guest(guest.id, via=N_("new guest"))
            return
        error = result.error
        if isinstance(error, Invalid):
            self._form(
                saving=False,
                field_errors=plain_field_errors(error.field_errors),
                message=tr("{system} didn't accept some details:", system=self._system),
            )
        else:
            self._form(saving=False, message=_not_saved(result, self._system))


REPORT_POLL_S = 0.5
REPORT_GIVE_UP_S = 300.0


_NEEDS: dict[ActionKind, Permission] = {
    ActionKind.LOCK: Permission.LOCK,
    ActionKind.UNLOCK: Permission.LOCK,
    ActionKind.ANONYMISE: Permission.ANONYMISE,
}
"""Writes only some roles may make (where staff sign in)."""


def _save_file(data: bytes, path: Path) -> Path:
    """Written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def _save_report(data: bytes, folder: Path) -> Path:
    """Written whole or not at all (a half-written CSV is worse than none)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"guests-{datetime.now():%Y-%m-%d-%H%M%S}.csv"
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def _done_words(intent: Intent) -> str:
    if intent.kind is ActionKind.SET_EXPIRY and intent.value is None:
        return tr("Expiry cleared: the band never expires.")
    if intent.kind is ActionKind.SET_CARD:
        return tr("Card put on the band.") if intent.value else tr("Card taken off the band.")
    if intent.kind is ActionKind.ADD_BAND:
        return tr("Wristband {code} added.", code=intent.value)
    if intent.kind is ActionKind.SWAP_BAND and intent.order_to_move is not None:
        return tr(
            "Wristband {code} replaces the lost one; expiry, card and open tab moved over.",
            code=intent.value,
        )
    if intent.kind is ActionKind.SWAP_BAND:
        return tr(
            "Wristband {code} replaces the lost one; expiry and card moved over.",
            code=intent.value,
        )
    return tr(_DONE.get(intent.kind, N_("Saved.")))


def _not_saved(result: WriteResult, system: str) -> str:
    return tr("Not saved. {why}", why=_why(result, system)).strip()


def _why(result: WriteResult, system: str) -> str:
    if result.note:
        return result.note
    if result.error is None:
        return ""
    if isinstance(result.error, ActionRefused):
        return str(result.error)
    return describe_failure(result.error, system).sentence


_DOING: dict[ActionKind, str] = {
    ActionKind.CHECK_IN: N_("Checking in…"),
    ActionKind.CHECK_OUT: N_("Checking out…"),
    ActionKind.SET_EXPIRY: N_("Saving the new expiry…"),
    ActionKind.SET_CARD: N_("Saving the card…"),
    ActionKind.ADD_BAND: N_("Adding the wristband…"),
    ActionKind.SWAP_BAND: N_("Replacing the wristband…"),
    ActionKind.REMOVE_BAND: N_("Removing the wristband…"),
    ActionKind.LOCK: N_("Locking…"),
    ActionKind.ANONYMISE: N_("Anonymising…"),
    ActionKind.SAVE_ADDRESS: N_("Saving the address…"),
    ActionKind.DELETE_ADDRESS: N_("Removing the address…"),
    ActionKind.UNLOCK: N_("Unlocking…"),
    ActionKind.PASSWORD_RESET: N_("Sending…"),
    ActionKind.VERIFICATION: N_("Sending…"),
    ActionKind.PASSWORD_LINK: N_("Creating the link…"),
    ActionKind.ADD_NOTE: N_("Adding the note…"),
    ActionKind.ADD_LABEL: N_("Adding the label…"),
}

_DONE: dict[ActionKind, str] = {
    ActionKind.CHECK_IN: N_("Checked in."),
    ActionKind.CHECK_OUT: N_("Checked out."),
    ActionKind.SET_EXPIRY: N_("Expiry changed."),
    ActionKind.SET_CARD: N_("Card changed on the band."),
    ActionKind.ADD_BAND: N_("Wristband added."),
    ActionKind.SWAP_BAND: N_("Wristband replaced; expiry and card moved over."),
    ActionKind.REMOVE_BAND: N_("Wristband removed."),
    ActionKind.LOCK: N_("Account locked."),
    ActionKind.ANONYMISE: N_("Anonymised: the guest's personal details are erased."),
    ActionKind.SAVE_ADDRESS: N_("Address saved."),
    ActionKind.DELETE_ADDRESS: N_("Address removed."),
    ActionKind.UNLOCK: N_("Account unlocked."),
    ActionKind.PASSWORD_RESET: N_("Password reset email sent (the link works for one hour)."),
    ActionKind.VERIFICATION: N_("Verification email sent."),
    ActionKind.PASSWORD_LINK: N_("Link created."),
    ActionKind.UPDATE: N_("Details saved."),
    ActionKind.ADD_NOTE: N_("Note added."),
    ActionKind.ADD_LABEL: N_("Label added."),
}


def _translated(values: dict[str, str]) -> dict[str, str]:
    """A layout guess ("UK") in the desk's language; the codes themselves as they are."""
    return {k: v if k in ("expected", "received") else tr(v) for k, v in values.items()}
