"""The one HTTP transport every vendor's client sends through.

It owns what must not drift between vendors: one overall deadline per call (retries, waits and
a body that trickles in included), the retry rules (reads after any failure; a write only when
it provably never left, or was refused with a 429), the pause every thread of the client takes
after a 429 (``Retry-After`` in seconds or as an HTTP date), plain ``http://`` refused except to
this machine, no proxy, CA bundle or ``.netrc`` picked up from the environment (only the proxy
the settings name), an ``Idempotency-Key`` on every write, and the status -> error mapping.

Thread-safety: one transport is shared by the app's worker threads; httpx's sync client and its
connection pool are thread-safe, and the transport keeps no per-call state outside a
thread-local deadline.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from kiosk.backends.http.errors import (
    ApiError,
    ConnectionFailed,
    NotSent,
    RateLimited,
    RequestTimeout,
    UnexpectedResponse,
    error_for_status,
)
from kiosk.checkin.telemetry import meter
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Safe to resend after any failure. Writes (POST, PUT, DELETE) are resent only when they
provably never reached the server, or were refused with a 429."""
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_RETRY_DELAY_S = 0.25
MAX_RETRY_DELAY_S = 2.0
MAX_RETRY_AFTER_S = 5.0
"""A server's ``Retry-After`` is honoured up to this; longer waits surface as RateLimited."""

Params = Mapping[str, str | int | list[str] | None]


class InsecureURL(ValueError):
    """Plain http:// to anything but this machine would send the token in clear."""


def safe_base_url(base_url: str) -> str:
    """``base_url`` without its trailing slash, if it is https, or http to this machine."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(f"not an http(s) URL: {base_url!r}")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureURL("https:// is required except for this machine (loopback)")
    return base_url.rstrip("/")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def retry_after_s(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header in either form (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - wallclock.wall())


def int_header(headers: httpx.Headers, name: str) -> int | None:
    raw = headers.get(name)
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


def json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer, its body read within the call's deadline."""

    status_code: int
    headers: httpx.Headers
    content: bytes

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300


@dataclass(frozen=True)
class RateLimitInfo:
    """The optional ``X-Ratelimit-*`` headers of the last answer that carried them."""

    limit: int | None
    remaining: int | None


@dataclass(frozen=True)
class Probe:
    """What one plain read of the API showed (``kiosk doctor``)."""

    elapsed_s: float
    server_time: datetime | None


class Transport:
    """Sends a vendor's requests; ``deadline_s`` bounds a whole call, retries included."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        user_agent: str,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 5.0,
        deadline_s: float = 8.0,
        max_retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        proxy: str | None = None,
    ) -> None:
        if not token:
            raise ValueError("an API token is required")
        self.base_url = safe_base_url(base_url)
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s
        self.deadline_s = deadline_s
        self.max_retries = max_retries
        self._sleep = sleep
        self._lock = threading.Lock()
        self._rate_limit: RateLimitInfo | None = None
        self._call_deadline = threading.local()
        self._paused_until = 0.0
        """After a 429, every call from every thread waits this out (monotonic): the whole app
        backs off, not just the call that was throttled."""
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": user_agent,
            },
            timeout=httpx.Timeout(read_timeout_s, connect=connect_timeout_s),
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
            transport=transport,
            follow_redirects=False,
            # Only the proxy the settings name: one from the environment (HTTP_PROXY...) is
            # not trusted with the token, nor is a CA bundle or .netrc picked up from there.
            trust_env=False,
            proxy=proxy,
        )

    def close(self) -> None:
        self._http.close()

    @contextlib.contextmanager
    def deadline_at(self, at: float | None) -> Iterator[None]:
        """Within this block, calls on this thread end by ``at`` (a ``time.monotonic()``
        instant) if that is sooner than their own deadline: one lookup bounds all its parts."""
        previous = getattr(self._call_deadline, "at", None)
        self._call_deadline.at = at if previous is None or at is None else min(at, previous)
        try:
            yield
        finally:
            self._call_deadline.at = previous

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The last ``X-Ratelimit-*`` values seen, if the server sends them at all."""
        with self._lock:
            return self._rate_limit

    def own_origin(self, target: httpx.URL) -> bool:
        """Whether ``target`` is the API's own origin (the only one the token is sent to)."""
        base = self._http.base_url
        return (target.scheme, target.host, target.port) == (base.scheme, base.host, base.port)

    def url(self, url: str) -> httpx.URL:
        """``url`` as an absolute URL (a path is the API's own)."""
        return httpx.URL(url) if "://" in url else httpx.URL(self.base_url + url)

    def probe(self, path: str, params: Params) -> Probe:
        """One read (no retries, the normal deadline): how long the API takes to answer and
        what time it says it is (its ``Date`` header). Raises as any call does."""
        started = time.monotonic()
        with self.deadline_at(time.monotonic() + self.deadline_s):
            answer = self.send("GET", path, params=params, retries=0)
        server_time = None
        date = answer.headers.get("Date")
        if date:
            with contextlib.suppress(TypeError, ValueError):
                server_time = email.utils.parsedate_to_datetime(date)
        return Probe(elapsed_s=time.monotonic() - started, server_time=server_time)

    def request_json(
        self,
        method: str,
        url: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """The answer's JSON (None for an empty answer); UnexpectedResponse if it is not."""
        answer = self.send(
            method, url, params=params, json_body=json_body, idempotency_key=idempotency_key
        )
        if answer.status_code == 204 or not answer.content:
            return None
        try:
            return json.loads(answer.content)
        except ValueError:
            raise UnexpectedResponse(
                "the server's answer is not JSON",
                status_code=answer.status_code,
                method=method,
                path=url,
            ) from None

    def send(
        self,
        method: str,
        url: str | httpx.URL,
        *,
        params: Params | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        retries: int | None = None,
    ) -> Answer:
        """Send with retries, inside one overall deadline; return a 2xx answer or raise.

        A write carries one ``Idempotency-Key`` on every attempt (the caller's, so that the
        staff's own retry of the same action sends the same key; else a fresh one per call).
        A header given as "" is removed (the token withheld from another origin)."""
        deadline = time.monotonic() + self.deadline_s
        tighter = getattr(self._call_deadline, "at", None)
        if tighter is not None:
            deadline = min(deadline, tighter)
        most = self.max_retries if retries is None else retries
        clean = {k: v for k, v in (params or {}).items() if v not in (None, [], "")}
        path = url.path if isinstance(url, httpx.URL) else url
        request_headers = dict(headers or {})
        if method not in READ_METHODS:
            request_headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
        attempt = 0
        while True:
            self._wait_out_pause(deadline, method, path)
            if deadline - time.monotonic() <= 0:
                raise RequestTimeout("deadline exceeded", method=method, path=path)
            try:
                answer = self._attempt(method, url, clean, json_body, request_headers, deadline)
            except (ConnectionFailed, RequestTimeout) as exc:
                if not _may_retry_transport(exc, method, attempt, most):
                    raise
                self._backoff(attempt, None, deadline, exc)
                attempt += 1
                continue
            self._note_rate_limit(answer.headers)
            if answer.is_success:
                return answer
            wait = retry_after_s(answer.headers.get("Retry-After"))
            if answer.status_code == 429:
                self._pause(wait if wait is not None else INITIAL_RETRY_DELAY_S)
            error = error_for_status(
                answer.status_code,
                json_or_none(answer.content),
                method=method,
                path=path,
                retry_after_s=wait,
            )
            if not _may_retry_status(answer.status_code, method, attempt, most, wait):
                raise error
            self._backoff(attempt, wait, deadline, error)
            attempt += 1

    def _attempt(
        self,
        method: str,
        url: str | httpx.URL,
        params: dict[str, Any],
        json_body: Any,
        headers: dict[str, str],
        deadline: float,
    ) -> Answer:
        path = url.path if isinstance(url, httpx.URL) else url
        remaining = max(0.001, deadline - time.monotonic())
        timeout = httpx.Timeout(
            min(self.read_timeout_s, remaining), connect=min(self.connect_timeout_s, remaining)
        )
        request = self._http.build_request(
            method, url, params=params, json=json_body, headers=headers, timeout=timeout
        )
        for name in [k for k, v in request.headers.items() if v == ""]:
            del request.headers[name]
        try:
            response = self._http.send(request, stream=True)
            try:
                chunks = []
                # the deadline bounds the body too: a server trickling it in is cut off
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise RequestTimeout(
                            "the answer arrived too slowly", method=method, path=path
                        )
            finally:
                response.close()
        except httpx.ConnectTimeout:
            raise NotSent("connect timed out", method=method, path=path) from None
        except httpx.ConnectError:
            raise NotSent("could not connect", method=method, path=path) from None
        except httpx.PoolTimeout:
            raise NotSent("no free connection", method=method, path=path) from None
        except httpx.TimeoutException:
            raise RequestTimeout("timed out", method=method, path=path) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise ConnectionFailed("the connection was dropped", method=method, path=path) from None
        except httpx.HTTPError as exc:
            raise ConnectionFailed(
                f"network error ({type(exc).__name__})", method=method, path=path
            ) from None
        _note_server_clock(response.headers.get("date"))
        return Answer(response.status_code, response.headers, b"".join(chunks))

    def _pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)

    def _wait_out_pause(self, deadline: float, method: str, path: str) -> None:
        """Wait for an app-wide pause to end, or fail at once (nothing sent) if it outlasts
        this call's deadline."""
        with self._lock:
            wait = self._paused_until - time.monotonic()
        if wait <= 0:
            return
        if time.monotonic() + wait >= deadline:
            raise RateLimited(
                "Too Many Attempts.",
                retry_after_s=wait,
                status_code=429,
                method=method,
                path=path,
            )
        self._sleep(wait)

    def _backoff(
        self, attempt: int, retry_after: float | None, deadline: float, cause: ApiError
    ) -> None:
        if retry_after is not None:
            delay = min(retry_after, MAX_RETRY_AFTER_S)
        else:
            base = min(INITIAL_RETRY_DELAY_S * (2**attempt), MAX_RETRY_DELAY_S)
            delay = base * (1 - 0.25 * random.random())
        if time.monotonic() + delay >= deadline:
            raise cause  # waiting would overrun the deadline: say what went wrong now
        log.info("retrying after %.2fs (%s)", delay, type(cause).__name__)
        self._sleep(delay)

    def _note_rate_limit(self, headers: httpx.Headers) -> None:
        limit = int_header(headers, "X-Ratelimit-Limit")
        remaining = int_header(headers, "X-Ratelimit-Remaining")
        if limit is None and remaining is None:
            return
        with self._lock:
            self._rate_limit = RateLimitInfo(limit=limit, remaining=remaining)


def _note_server_clock(date: str | None) -> None:
    """The guest system's clock against ours (its ``Date`` header, to the second): a kiosk
    whose clock is off judges expiries wrong, and the fleet's dashboard says so."""
    if not date:
        return
    try:
        theirs = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError):
        return
    if theirs.tzinfo is None:
        return
    meter().clock_skew((wallclock.now() - theirs).total_seconds())


def _may_retry_transport(exc: ApiError, method: str, attempt: int, most: int) -> bool:
    """Reads are retried after any network failure; a write only if it provably never
    reached the server. A write that may have arrived is not resent blindly: its caller reads
    back what happened first (kiosk.checkin.actions)."""
    if attempt >= most:
        return False
    return isinstance(exc, NotSent) or method in READ_METHODS


def _may_retry_status(
    status: int, method: str, attempt: int, most: int, retry_after: float | None
) -> bool:
    """Reads are retried on 408/429/5xx; a write only on 429 (refused before any work). A 5xx
    on a write may have been applied, so the caller reads back instead."""
    if attempt >= most or status not in RETRYABLE_STATUSES:
        return False
    if method not in READ_METHODS and status != 429:
        return False
    return not (retry_after is not None and retry_after > MAX_RETRY_AFTER_S)
