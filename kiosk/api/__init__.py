"""The Trybe HTTP client: typed models, typed errors, retries. No Qt here."""

from kiosk.api.client import InsecureURL, RateLimitInfo, TrybeClient
from kiosk.api.errors import (
    APIStatusError,
    BadRequest,
    Conflict,
    ConnectionFailed,
    Forbidden,
    NotFound,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
    TrybeError,
    Unauthorized,
    UnexpectedResponse,
    ValidationFailed,
)
from kiosk.api.models import Customer, Label, Membership, Page, Site

__all__ = [
    "APIStatusError",
    "BadRequest",
    "Conflict",
    "ConnectionFailed",
    "Customer",
    "Forbidden",
    "InsecureURL",
    "Label",
    "Membership",
    "NotFound",
    "Page",
    "RateLimitInfo",
    "RateLimited",
    "RequestTimeout",
    "ServerError",
    "Site",
    "TransportError",
    "TrybeClient",
    "TrybeError",
    "Unauthorized",
    "UnexpectedResponse",
    "ValidationFailed",
]
