"""Collins' errors: the one hierarchy every vendor's transport raises
(``kiosk.backends.http.errors``), by the names this client has always used; ``CollinsError`` is
anything that went wrong talking to the Collins customers API."""

from __future__ import annotations

from kiosk.backends.http.errors import (
    ApiError,
    APIStatusError,
    BadRequest,
    Conflict,
    ConnectionFailed,
    Forbidden,
    NotFound,
    NotSent,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    ValidationFailed,
    error_for_status,
)

CollinsError = ApiError

__all__ = [
    "APIStatusError",
    "BadRequest",
    "CollinsError",
    "Conflict",
    "ConnectionFailed",
    "Forbidden",
    "NotFound",
    "NotSent",
    "RateLimited",
    "RequestTimeout",
    "ServerError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "ValidationFailed",
    "error_for_status",
]
