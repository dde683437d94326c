"""Trybe's errors: the one hierarchy every vendor's transport raises
(``kiosk.backends.http.errors``), by the names this client has always used. Callers write
``except NotFound:`` instead of comparing integers; ``TrybeError`` is anything that went wrong
talking to Trybe."""

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

TrybeError = ApiError

__all__ = [
    "APIStatusError",
    "BadRequest",
    "Conflict",
    "ConnectionFailed",
    "Forbidden",
    "NotFound",
    "NotSent",
    "RateLimited",
    "RequestTimeout",
    "ServerError",
    "TransportError",
    "TrybeError",
    "Unauthorized",
    "UnexpectedResponse",
    "ValidationFailed",
    "error_for_status",
]
