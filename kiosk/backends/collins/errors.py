"""What can go wrong talking to the Collins customers API, as types the adapter maps to the
domain's vendor-neutral errors."""

from __future__ import annotations


class CollinsError(Exception):
    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class TransportError(CollinsError):
    """No answer: the network, a timeout."""


class ConnectionFailed(TransportError):
    pass


class NotSent(ConnectionFailed):
    """The request provably never reached the server (no connection was made)."""


class RequestTimeout(TransportError):
    pass


class APIStatusError(CollinsError):
    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        method: str = "",
        path: str = "",
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body
        self.retry_after_s = retry_after_s

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """A 422's errors by field (empty when the body has none)."""
        errors = self.body.get("errors") if isinstance(self.body, dict) else None
        if not isinstance(errors, dict):
            return {}
        return {
            str(k): [str(m) for m in (v if isinstance(v, list) else [v])] for k, v in errors.items()
        }


class BadRequest(APIStatusError):
    pass


class Unauthorized(APIStatusError):
    pass


class Forbidden(APIStatusError):
    pass


class NotFound(APIStatusError):
    pass


class ValidationFailed(APIStatusError):
    pass


class RateLimited(APIStatusError):
    pass


class ServerError(APIStatusError):
    pass


class UnexpectedResponse(APIStatusError):
    """An answer this client cannot read (not JSON, or not the shape the seed describes)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    422: ValidationFailed,
    429: RateLimited,
}


def error_for_status(
    status: int,
    body: object,
    *,
    method: str,
    path: str,
    retry_after_s: float | None = None,
) -> APIStatusError:
    kind = _BY_STATUS.get(status) or (ServerError if status >= 500 else UnexpectedResponse)
    message = body.get("message") if isinstance(body, dict) else None
    return kind(
        str(message or f"HTTP {status}"),
        status_code=status,
        body=body,
        method=method,
        path=path,
        retry_after_s=retry_after_s,
    )
