"""Vendor-neutral errors, and what a write's failure says about whether it was applied.

A backend raises these (never its HTTP client's own errors), so the domain and the screens can
say what went wrong without knowing who the vendor is. Each error carries ``maybe_applied``:
whether the request may have reached the server and taken effect. A write that failed with
``maybe_applied`` set has an *unknown* outcome and must be reconciled by reading before anything
is offered again (``kiosk.checkin.actions``); without it, the write was certainly *not done*.
"""

from __future__ import annotations


class BackendError(Exception):
    """Anything that went wrong talking to the guest system."""

    maybe_applied: bool = False
    """True when a write may have taken effect although no success came back."""

    def __init__(self, message: str = "", *, maybe_applied: bool | None = None) -> None:
        super().__init__(message)
        self.message = message
        if maybe_applied is not None:
            self.maybe_applied = maybe_applied


class NotFound(BackendError):
    """No such code, guest, band or visit (or not visible to this kiosk)."""


class Invalid(BackendError):
    """The backend rejected the values; ``field_errors`` maps a field to its messages."""

    def __init__(self, message: str = "", *, field_errors: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.field_errors = field_errors


class Refused(BackendError):
    """A domain refusal in the backend's words (e.g. a locked account cannot be changed)."""


class Conflict(Refused):
    """The thing is not in a state that allows this (e.g. already checked out)."""


class NotAllowed(BackendError):
    """This kiosk's account may not do that (e.g. a read-only token writing)."""


class SignedOut(BackendError):
    """The kiosk's credentials are missing, wrong or revoked."""


class Throttled(BackendError):
    """Too many requests; ``retry_after_s`` is the backend's wait, when it gave one."""

    def __init__(self, message: str = "", *, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ServerTrouble(BackendError):
    """The backend failed (a 5xx). On a write, it may still have applied it."""


class Unreachable(BackendError):
    """The network failed: no connection, or it dropped before an answer came."""


class TimedOut(BackendError):
    """No answer within the time allowed."""


class UnexpectedAnswer(BackendError):
    """An answer that is not what the backend's contract says."""


class NotSupported(BackendError):
    """This backend cannot do that at all (it lacks the capability)."""


class NotInLocalCopy(BackendError):
    """Offline, and this code or guest is not in the local copy: nobody can say who it is."""


class NeedsConnection(BackendError):
    """Offline, and this write cannot be decided without the guest system (it is not queued)."""
