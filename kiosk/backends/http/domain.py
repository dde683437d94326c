"""The transport's errors as the domain's (``kiosk.checkin.errors``), written once for every
vendor: what the screen can say in one sentence, and, for a write, whether it may have been
applied (a dropped connection or a 5xx after sending: the write is read back, never resent)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from kiosk.backends.http import errors as wire
from kiosk.backends.http.transport import InsecureURL
from kiosk.checkin import errors


@contextlib.contextmanager
def translated(*, write: bool) -> Iterator[None]:
    """Within this block, a vendor's wire errors are raised as the domain's."""
    try:
        yield
    except wire.ApiError as exc:
        raise domain_error(exc, write=write) from exc
    except InsecureURL as exc:
        raise errors.NotAllowed(str(exc)) from exc


def domain_error(exc: wire.ApiError, *, write: bool) -> errors.BackendError:
    message = str(getattr(exc, "message", "") or exc)
    if isinstance(exc, wire.NotFound):
        return errors.NotFound(message)
    if isinstance(exc, wire.ValidationFailed):
        return errors.Invalid(message, field_errors=exc.errors)
    if isinstance(exc, wire.Conflict):
        return errors.Conflict(message)
    if isinstance(exc, wire.BadRequest):
        return errors.Refused(message)
    if isinstance(exc, wire.Unauthorized):
        return errors.SignedOut(message)
    if isinstance(exc, wire.Forbidden):
        return errors.NotAllowed(message)
    if isinstance(exc, wire.RateLimited):
        return errors.Throttled(message, retry_after_s=exc.retry_after_s)
    if isinstance(exc, wire.ServerError):
        return errors.ServerTrouble(message, maybe_applied=write)
    if isinstance(exc, wire.NotSent):
        return errors.Unreachable(message, maybe_applied=False)
    if isinstance(exc, wire.ConnectionFailed):
        return errors.Unreachable(message, maybe_applied=write)
    if isinstance(exc, wire.RequestTimeout):
        return errors.TimedOut(message, maybe_applied=write)
    if isinstance(exc, wire.UnexpectedResponse):
        # a 2xx with a body this client cannot read: the write most likely happened
        return errors.UnexpectedAnswer(message, maybe_applied=write)
    if isinstance(exc, wire.APIStatusError):
        return errors.Refused(message)
    return errors.UnexpectedAnswer(message, maybe_applied=write)
