"""Every failure the client can raise, as one sentence a receptionist can act on.

The screen never shows a traceback or a status code as the headline; the detail line carries
the server's own message where it helps (a 422's field messages, say).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.api import (
    BadRequest,
    ConnectionFailed,
    Forbidden,
    InsecureURL,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TrybeError,
    Unauthorized,
    UnexpectedResponse,
    ValidationFailed,
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
]


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    title: str
    detail: str = ""


def describe_failure(exc: BaseException) -> Failure:
    """Map an exception from a lookup or action to what the screen says."""
    if isinstance(exc, InvalidPayload):
        return Failure(
            "bad_scan", "That scan didn't read properly", exc.reason + " Please scan again."
        )
    if isinstance(exc, NotFound):
        return Failure(
            "not_recognised",
            "Wristband not recognised",
            "No guest has this code at this site. Try again, or search by name.",
        )
    if isinstance(exc, RequestTimeout):
        return Failure(
            "slow", "Trybe is taking too long to answer", "Please try again in a moment."
        )
    if isinstance(exc, ConnectionFailed):
        return Failure(
            "offline", "Can't reach Trybe", "Check the network connection, then scan again."
        )
    if isinstance(exc, RateLimited):
        wait = f" Try again in {round(exc.retry_after_s)} s." if exc.retry_after_s else ""
        return Failure("busy", "Trybe is busy right now", "Too many requests." + wait)
    if isinstance(exc, Unauthorized):
        return Failure(
            "signed_out",
            "This kiosk is not signed in to Trybe",
            "The API token is missing or no longer valid.",
        )
    if isinstance(exc, Forbidden):
        return Failure("not_allowed", "Not allowed", "This kiosk's Trybe account may not do that.")
    if isinstance(exc, ValidationFailed):
        messages = [m for msgs in exc.errors.values() for m in msgs]
        return Failure("invalid", "Trybe didn't accept that", " ".join(messages) or exc.message)
    if isinstance(exc, BadRequest):
        return Failure("refused", "Trybe refused that", exc.message)
    if isinstance(exc, ServerError):
        return Failure(
            "server", "Trybe is having trouble", "Server error; please try again shortly."
        )
    if isinstance(exc, (UnexpectedResponse, InsecureURL, TrybeError)):
        return Failure("unexpected", "Unexpected answer from Trybe", str(exc))
    return Failure("unexpected", "Something went wrong", type(exc).__name__)
