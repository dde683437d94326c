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
from kiosk.scan import InvalidPayload

FailureKind = Literal[
    "not_recognised",
    "bad_scan",
    "offline",
    "slow",
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
            "bad_scan", "That scan didn't read properly", exc.reason + " Please scan again."
        )
    if isinstance(exc, NotInLocalCopy):
        return Failure(
            "unknown_offline",
            "Can't check this band right now",
            f"{system} can't be reached and this band is not in the local copy. Check ID, or "
            "try again when the connection is back.",
        )
    if isinstance(exc, NeedsConnection):
        return Failure("needs_connection", "Not while offline", exc.message)
    if isinstance(exc, NotFound):
        return Failure(
            "not_recognised",
            "Wristband not recognised",
            "No guest has this code at this site. Try again, or search by name.",
        )
    if isinstance(exc, TimedOut):
        return Failure(
            "slow", f"{system} is taking too long to answer", "Please try again in a moment."
        )
    if isinstance(exc, Unreachable):
        return Failure(
            "offline", f"Can't reach {system}", "Check the network connection, then try again."
        )
    if isinstance(exc, Throttled):
        wait = f" Try again in {round(exc.retry_after_s)} s." if exc.retry_after_s else ""
        return Failure("busy", f"{system} is busy right now", "Too many requests." + wait)
    if isinstance(exc, SignedOut):
        return Failure(
            "signed_out",
            f"This kiosk is not signed in to {system}",
            "The API token is missing or no longer valid.",
        )
    if isinstance(exc, NotAllowed):
        return Failure(
            "not_allowed", "Not allowed", f"This kiosk's {system} account may not do that."
        )
    if isinstance(exc, Invalid):
        messages = [m for msgs in exc.field_errors.values() for m in msgs]
        return Failure("invalid", f"{system} didn't accept that", " ".join(messages) or exc.message)
    if isinstance(exc, Conflict):
        return Failure("refused", f"{system} refused that", exc.message)
    if isinstance(exc, Refused):
        return Failure("refused", f"{system} refused that", exc.message)
    if isinstance(exc, NotSupported):
        return Failure("refused", f"{system} can't do that", exc.message)
    if isinstance(exc, ServerTrouble):
        return Failure(
            "server", f"{system} is having trouble", "Server error; please try again shortly."
        )
    if isinstance(exc, BackendError):
        return Failure("unexpected", f"Unexpected answer from {system}", exc.message)
    return Failure("unexpected", "Something went wrong", "The details were written to the log.")
