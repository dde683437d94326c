"""The desk's screen state: what every part of the desk session writes and the window reads.

One frozen :class:`DeskState` (the window renders it whole after every event); each part of the
session (``kiosk/checkin/desk/``) owns some of its fields and writes only those, through the
coordinator (``kiosk.checkin.session.DeskSession``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from kiosk.checkin.failures import Failure
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Address, LinkStatus, RecentEntry, SearchHit
from kiosk.checkin.policy import Verdict
from kiosk.checkin.ports import Capability
from kiosk.checkin.staff import OnDuty

Tone = Literal["good", "warn", "bad", "info"]
Cue = Literal["admit", "warn", "deny"]

READY = N_("Ready. Scan a wristband or card.")
SIGN_IN = N_("Sign in: scan your staff badge, or tap your name and type your PIN.")


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

    @property
    def offline(self) -> bool:
        """The guest system cannot be reached (the link, or this guest read from the copy):
        only a check-in or check-out can be saved for later."""
        return not self.connection.online or (self.context is not None and self.context.offline)

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
        if control in (Control.EXPIRY, Control.CARD, Control.MORE) and self.offline:
            return False  # they need the guest system: greyed at once, not refused after a tap
        if control is Control.EXPIRY:
            return context.band is not None and context.can(Capability.BAND_EXPIRY)
        if control is Control.CARD:
            return context.band is not None and context.can(Capability.BAND_CARDS)
        return control is Control.MORE
