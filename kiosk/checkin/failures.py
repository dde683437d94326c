"""Every failure a lookup or an action can meet, as one sentence a receptionist can act on.

The screen never shows a traceback or a status code as the headline; the detail line carries
the backend's own message where it helps (a 422's field messages, say). ``system`` is the
backend's name as staff know it ("Trybe").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.checkin.errors import (
    BackendError,
    Conflict,
    Invalid,
    NeedsConnection,
    NotAllowed,
    NotFound,
    NotInLocalCopy,
    NotSupported,
    Refused,
    ServerTrouble,
    SignedOut,
    Throttled,
    TimedOut,
    Unreachable,
)
from kiosk.checkin.i18n import tr
from kiosk.scan import InvalidPayload

FailureKind = Literal[
    "not_recognised",
    "bad_scan",
    "offline",
    "slow",
    "late",
    "busy",
    "not_allowed",
    "signed_out",
    "refused",
    "invalid",
    "server",
    "unexpected",
    "unknown_offline",
    "needs_connection",
]


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    title: str
    detail: str = ""

    @property
    def sentence(self) -> str:
        return f"{self.title}. {self.detail}".strip() if self.detail else f"{self.title}."


def describe_failure(exc: BaseException, system: str = "Trybe") -> Failure:
    """Map an exception from a lookup or action to what the screen says."""
    if isinstance(exc, InvalidPayload):
        return Failure(
            "bad_scan",
            tr("That scan didn't read properly"),
            tr(exc.template, **exc.values) + " " + tr("Please scan again."),
        )
    if isinstance(exc, NotInLocalCopy):
        return Failure(
            "unknown_offline",
            tr("Can't check this band right now"),
            tr(
                "{system} can't be reached and this band is not in the local copy. Check ID, "
                "or try again when the connection is back.",
                system=system,
            ),
        )
    if isinstance(exc, NeedsConnection):
        return Failure(
            "needs_connection",
            tr("Not while offline"),
            tr(
                "This needs the connection to {system}; it can't be saved for later.", system=system
            ),
        )
    if isinstance(exc, NotFound):
        return Failure(
            "not_recognised",
            tr("Wristband not recognised"),
            tr("No guest has this code at this site. Try again, or search by name."),
        )
    if isinstance(exc, TimedOut):
        return Failure(
            "slow",
            tr("{system} is taking too long to answer", system=system),
            tr("Please try again in a moment."),
        )
    if isinstance(exc, Unreachable):
        return Failure(
            "offline",
            tr("Can't reach {system}", system=system),
            tr("Check the network connection, then try again."),
        )
    if isinstance(exc, Throttled):
        detail = (
            tr("Too many requests. Try again in {seconds} s.", seconds=round(exc.retry_after_s))
            if exc.retry_after_s
            else tr("Too many requests.")
        )
        return Failure("busy", tr("{system} is busy right now", system=system), detail)
    if isinstance(exc, SignedOut):
        return Failure(
            "signed_out",
            tr("This kiosk is not signed in to {system}", system=system),
            tr("The API token is missing or no longer valid."),
        )
    if isinstance(exc, NotAllowed):
        return Failure(
            "not_allowed",
            tr("Not allowed"),
            tr("This kiosk's {system} account may not do that.", system=system),
        )
    if isinstance(exc, Invalid):
        messages = [m for msgs in exc.field_errors.values() for m in msgs]
        return Failure(
            "invalid",
            tr("{system} didn't accept that", system=system),
            " ".join(messages) or exc.message,
        )
    if isinstance(exc, Conflict | Refused):
        return Failure("refused", tr("{system} refused that", system=system), exc.message)
    if isinstance(exc, NotSupported):
        return Failure("refused", tr("{system} can't do that", system=system), exc.message)
    if isinstance(exc, ServerTrouble):
        return Failure(
            "server",
            tr("{system} is having trouble", system=system),
            tr("Server error; please try again shortly."),
        )
    if isinstance(exc, BackendError):
        return Failure(
            "unexpected", tr("Unexpected answer from {system}", system=system), exc.message
        )
    return Failure(
        "unexpected", tr("Something went wrong"), tr("The details were written to the log.")
    )
