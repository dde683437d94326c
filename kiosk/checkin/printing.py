"""Printing a wristband or a label: what goes on it, the code it carries, and the printer port.

The desk prints a band for a walk-in, a lost band or a guest without one, then associates the
printed code with the guest. Two rules make that safe:

- **Nothing private on a band.** A band is worn in public and thrown away in public: it carries
  the guest's first name and the initial of the last name, when the band is valid until (in the
  site's zone), the membership's name and the site's name, and never an email, a phone number or
  card digits. :class:`BandLabel` has no field that could hold them.
- **A print tells the truth, like a write.** A printer says before a job whether it can print
  (paper out, head open, paused): a print it cannot make is refused in words and nothing is
  associated. A job sent whose end the printer never confirmed is *unconfirmed*, not failed:
  staff look at the printer, then use the band that came out or print again.

Drivers live in ``kiosk.devices.printers``; this module is their port and is Qt-free.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from kiosk.checkin import i18n
from kiosk.checkin.i18n import tr
from kiosk.checkin.model import Guest, Membership
from kiosk.checkin.people import first_name_and_initial

ACTIVE_STATUSES = frozenset({"active", "needs_attention", "needs_dd_mandate"})


@dataclass(frozen=True)
class BandLabel:
    """Everything printed on one band or label (and nothing else can be)."""

    code: str
    name: str = ""
    """First name and the initial of the last name ("Amelia H."); empty for nobody."""
    valid_until: str = ""
    """In the site's zone, in words ("Valid until Sat 5 Dec, 18:00"); empty when it never
    expires or is not yet known."""
    tier: str = ""
    """The membership's name ("Gold membership"), or empty."""
    site: str = ""
    test: bool = False
    """A test print (doctor, the printer settings): says so in large letters."""


class PrintProblem(Exception):
    """A print that was not made: the printer said it cannot print, or could not be reached.
    ``words`` is one sentence for the screen."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


class PrintUnconfirmed(PrintProblem):
    """The job went to the printer, which never confirmed that it printed it: a band may or may
    not have come out. Never shown as a failure."""


@dataclass(frozen=True)
class PrinterState:
    """What a printer said when asked (before a print, and in the doctor)."""

    ready: bool
    words: str
    """"Ready", or what stops it ("out of paper", "the print head is open")."""
    detail: str = ""
    """The printer's own answer, for the log and the doctor (no personal data in it)."""
    problems: frozenset[str] = frozenset()
    """What stops it, as stable codes for the fleet's dashboard and alerts (``words`` is in
    the desk's language): "out_of_bands", "head_open", "ribbon_out", "paused", "error"..."""


class BandPrinter(Protocol):
    """A printer the desk can print bands on (the drivers in ``kiosk.devices.printers``)."""

    @property
    def description(self) -> str:
        """Which printer ("Zebra at 10.0.0.7:9100, 203 dpi, wristband")."""
        ...

    def state(self) -> PrinterState:
        """Ask the printer; raise :class:`PrintProblem` when it cannot be reached."""
        ...

    def print_band(self, label: BandLabel) -> None:
        """Check the printer, print one band; raise :class:`PrintProblem` (nothing printed) or
        :class:`PrintUnconfirmed` (it may have printed). Runs on a worker, never the GUI."""
        ...


def short_name(guest: Guest) -> str:
    """The name a band carries: the first name and the last name's initial, nothing more."""
    if guest.anonymised:
        return ""
    first, last = guest.first_name, guest.last_name
    if not (first or "").strip() and not (last or "").strip() and guest.full_name:
        parts = guest.full_name.split()
        first, last = parts[0], (parts[-1] if len(parts) > 1 else "")
    return first_name_and_initial(first, last)


def tier_of(memberships: tuple[Membership, ...]) -> str:
    """The name of the guest's current membership, if any (an expired one is no tier)."""
    for membership in memberships:
        if (membership.status or "") in ACTIVE_STATUSES:
            return membership.name
    return ""


def valid_until_words(expires_at: datetime | None, zone: ZoneInfo) -> str:
    """ "Valid until Sat 5 Dec 2026, 18:00" in the site's zone (a band is read by a person)."""
    if expires_at is None:
        return ""
    local = expires_at.astimezone(zone)
    # the date and time as the desk's language writes them ("5 Dec 2026", "5. Dez. 2026")
    return tr("Valid until {date}, {time}", date=i18n.day(local, year=True), time=i18n.clock(local))


_DIGITS = "0123456789"


def new_band_code(*, prefix: str = "", digits: int = 10, pattern: str | None = None) -> str:
    """A fresh band code: ``prefix`` and random digits from the OS's CSPRNG, so nobody can guess
    the next band. It never starts "0" or "99" (a leading zero is lost by some systems that read
    codes as numbers; "99" is the rendering library's blind spot), and it matches the site's
    ``pattern`` (scanning.code_pattern) when there is one."""
    compiled = re.compile(pattern) if pattern else None
    for _ in range(1000):
        body = secrets.choice("12345678") + "".join(
            secrets.choice(_DIGITS) for _ in range(max(digits, 4) - 1)
        )
        code = prefix + body
        if compiled is None or compiled.fullmatch(code):
            return code
    raise PrintProblem(
        tr(
            "No printed band can match this site's code pattern: set the printer's code "
            "prefix and length to fit it."
        )
    )
