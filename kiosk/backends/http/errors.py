"""One error hierarchy for every vendor's HTTP API, mapped from status in one place
(:func:`error_for_status`).

Callers write ``except NotFound:`` instead of comparing integers. Every error carries the
server's ``message`` and the request's method and path, and never the token. A vendor's own
``errors`` module names these classes in its own words (``TrybeError`` is :class:`ApiError`).
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Anything that went wrong talking to a guest system's API."""


class TransportError(ApiError):
    """No usable HTTP answer: the network, DNS, TLS or the server's socket failed."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class ConnectionFailed(TransportError):
    """The connection could not be made or was dropped."""


class NotSent(ConnectionFailed):
    """Connecting failed: nothing was sent, so even a write may be retried (it was not done)."""


class RequestTimeout(TransportError):
    """The call ran past its timeout or its overall deadline."""


class APIStatusError(ApiError):
    """The server answered with a non-2xx status (or a 2xx this client cannot read)."""

    status_code: int = 0

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str = "",
        path: str = "",
        body: Any = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body
        self.retry_after_s = retry_after_s
        """The server's ``Retry-After`` in seconds, when it gave one."""

    def __str__(self) -> str:
        return f"{self.status_code} {self.method} {self.path}: {self.message}"

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """The body's errors by field (a 422's), empty when it has none."""
        return _field_errors(self.body)


class BadRequest(APIStatusError):
    """400: malformed, or a domain refusal (a locked customer cannot be changed)."""


class Unauthorized(APIStatusError):
    """401: no token, a wrong one, or a revoked one."""


class Forbidden(APIStatusError):
    """403: the token is valid but may not do this (e.g. a read-only token writing)."""


class NotFound(APIStatusError):
    """404: no such path, id or barcode (or not visible to this token)."""


class Conflict(APIStatusError):
    """409: the resource's state does not allow this."""


class ValidationFailed(APIStatusError):
    """422: the body did not pass validation; ``errors`` maps field -> messages."""

    def __init__(
        self, message: str, *, errors: dict[str, list[str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.errors = errors if errors is not None else self.field_errors


class RateLimited(APIStatusError):
    """429: throttled; ``retry_after_s`` is the server's wait, when it gave one."""


class ServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedResponse(APIStatusError):
    """An answer this client cannot read: not JSON, or not the documented shape."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: ValidationFailed,
    429: RateLimited,
}


def error_for_status(
    status_code: int,
    body: Any,
    *,
    method: str,
    path: str,
    retry_after_s: float | None = None,
) -> APIStatusError:
    """Build the typed error for a non-2xx answer (the only status -> class switch)."""
    kind = _BY_STATUS.get(status_code) or (ServerError if status_code >= 500 else APIStatusError)
    return kind(
        _message_from(body, status_code),
        status_code=status_code,
        method=method,
        path=path,
        body=body,
        retry_after_s=retry_after_s,
    )


def _message_from(body: Any, status_code: int) -> str:
    if isinstance(body, dict) and isinstance(body.get("message"), str) and body["message"]:
        return str(body["message"])
    return f"HTTP {status_code}"


def _field_errors(body: Any) -> dict[str, list[str]]:
    raw = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(raw, dict):
        return {}
    errors: dict[str, list[str]] = {}
    for field, messages in raw.items():
        if isinstance(messages, list):
            errors[str(field)] = [str(m) for m in messages]
        else:
            errors[str(field)] = [str(messages)]
    return errors
