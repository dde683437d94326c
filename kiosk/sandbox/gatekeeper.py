"""The ASGI layer in front of every route: body limit, bearer tokens, request log, injected
faults, idempotency keys.

It sits outside the routes so that it sees every request the way a real gateway would: a body
over the limit gets 413 before anything else (it is never read whole), a wrong token gets 401
before any routing (and its body is not kept), a read-only token gets 403 on any write, and a
test can read back exactly what an authenticated client sent (method, raw path, query, body).
Tokens are compared in constant time. A fault can fire before the route runs (the request
never reaches the "application") or after it (the write is committed, then the answer is slow,
dropped or replaced): the second kind is what makes a client's write outcome *unknown*.
"""

from __future__ import annotations

import asyncio
import email.utils
import hmac
import ipaddress
import json
import socket
import struct
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.config import clock as wallclock
from kiosk.sandbox.idempotency import IdempotencyKeys, Stored, fingerprint, scope_of
from kiosk.sandbox.state import Fault, SandboxState

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CURRENT_TRANSPORT: ContextVar[asyncio.Transport | None] = ContextVar(
    "sandbox_transport", default=None
)


class TransportAwareH11(H11Protocol):
    """uvicorn's h11 protocol, telling the app which socket a request came on.

    ASGI gives an app no way to drop a connection; the "connection reset" fault needs one. The
    request task is created while ``data_received`` runs, so it inherits this context variable.
    """

    def data_received(self, data: bytes) -> None:
        CURRENT_TRANSPORT.set(self.transport)
        super().data_received(data)


PUBLIC_PREFIXES = ("/_media/", "/openapi.json")
ADMIN_PREFIX = "/_sandbox/"
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

UNAUTHENTICATED = {"message": "Unauthenticated."}
FORBIDDEN = {"message": "This action is unauthorized."}
TOO_LARGE = {"message": "The request body is too large."}
MAX_BODY_BYTES = 1024 * 1024
"""Assumption: no documented limit; nothing the kiosk sends comes near 1 MiB."""


class BodyTooLarge(Exception):
    pass


async def send_json(
    send: Send, status: int, body: Any, headers: dict[str, str] | None = None
) -> None:
    payload = json.dumps(body).encode()
    raw_headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _is_loopback_client(scope: Scope) -> bool:
    client = scope.get("client")
    if not client:
        return False
    try:
        return ipaddress.ip_address(client[0]).is_loopback
    except ValueError:
        return False


class Gatekeeper:
    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state
        self.keys = IdempotencyKeys(state.store)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        method: str = scope["method"]
        if path.startswith(ADMIN_PREFIX):
            await self._admin(scope, receive, send)
            return
        send = _dated(send, self.state)
        try:
            body = await _read_body(receive, scope, MAX_BODY_BYTES)
        except BodyTooLarge:
            await send_json(send, 413, TOO_LARGE)
            return
        public = path.startswith(PUBLIC_PREFIXES)
        refusal = None if public else self._check_token(scope, method)
        raw_path = scope.get("raw_path") or path.encode()
        authorized = refusal is None and not public
        self.state.record(
            {
                "at": wallclock.wall(),
                "method": method,
                "path": path,
                "raw_path": raw_path.decode("latin-1"),
                "query": scope.get("query_string", b"").decode("latin-1"),
                # An unauthenticated body is not kept: it may be anything, from anyone.
                "body": body.decode("utf-8", "replace") if authorized or public else "",
                "idempotency_key": _header(scope, b"idempotency-key"),
                "authorized": _header(scope, b"authorization") is not None,
            }
        )
        if refusal is not None:
            await send_json(send, *refusal)
            return
        fault = self.state.pick_fault(method, path)
        if fault is not None and not fault.after and await self._fault_before(fault, send):
            return
        downstream = send
        if fault is not None:
            if fault.slow_body_ms > 0:
                downstream = _slow(downstream, fault.slow_body_ms / 1000)
            if fault.headers:
                downstream = _with_headers(downstream, fault.headers)
        held: list[Message] | None = [] if fault is not None and fault.after else None

        async def to_client(message: Message) -> None:
            if held is not None:
                held.append(message)  # committed, but the answer waits for the fault
            else:
                await downstream(message)

        key = _header(scope, b"idempotency-key")
        if key and method not in READ_METHODS and not public and self.state.honour_idempotency_keys:
            token = (_header(scope, b"authorization") or "")[len("Bearer ") :]
            await self._with_key(
                scope, scope_of(token), key, body, to_client, downstream, _replayer(body)
            )
        else:
            await self.app(scope, _replayer(body), to_client)
        if held is not None and fault is not None:
            await self._fault_after(fault, held, downstream)

    async def _with_key(
        self,
        scope: Scope,
        key_scope: str,
        key: str,
        body: bytes,
        to_client: Send,
        downstream: Send,
        receive: Receive,
    ) -> None:
        """Replay the first answer for a repeat of the same request and key; 422 for the same
        key on another request; 409 while the first is still being handled."""
        print_ = fingerprint(
            scope["method"], scope["path"], scope.get("query_string", b"").decode(), body
        )
        claim = self.keys.claim(key_scope, key, print_)
        if isinstance(claim, Stored):
            await _send_stored(to_client, claim)
            return
        if claim == "mismatch":
            await send_json(
                downstream,
                422,
                {
                    "message": "This idempotency key was used with another request.",
                    "errors": {"Idempotency-Key": ["Use a new key for a new request."]},
                },
            )
            return
        if claim == "busy":
            await send_json(
                downstream, 409, {"message": "A request with this idempotency key is in progress."}
            )
            return
        status = 0
        headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def recording(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [(k.decode(), v.decode()) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await to_client(message)

        try:
            await self.app(scope, receive, recording)
            if status:
                self.keys.save(key_scope, key, print_, Stored(status, headers, b"".join(chunks)))
        finally:
            self.keys.release(key_scope, key)

    async def _fault_before(self, fault: Fault, send: Send) -> bool:
        """Apply a fault in front of the route; True when it answered (or dropped) instead."""
        delay = fault.latency_ms + self.state.rng.random() * fault.latency_jitter_ms
        if delay > 0:
            await asyncio.sleep(delay / 1000)
        if fault.reset:
            _reset_connection()
            await asyncio.sleep(0.01)  # let the server see the disconnect, quietly
            return True
        if fault.status is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
            await send_json(send, fault.status, _fault_body(fault.status), headers)
            return True
        return False

    async def _fault_after(self, fault: Fault, held: list[Message], send: Send) -> None:
        """The route has run (and committed); now the answer is late, dropped or replaced."""
        delay = fault.latency_ms + self.state.rng.random() * fault.latency_jitter_ms
        if delay > 0:
            await asyncio.sleep(delay / 1000)
        if fault.reset:
            _reset_connection()
            await asyncio.sleep(0.01)
            return
        if fault.status is not None:
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
            await send_json(send, fault.status, _fault_body(fault.status), headers)
            return
        for message in held:
            await send(message)

    def _check_token(self, scope: Scope, method: str) -> tuple[int, Any] | None:
        header = _header(scope, b"authorization") or ""
        if not header.startswith("Bearer "):
            return 401, UNAUTHENTICATED
        presented = header[len("Bearer ") :].encode()
        access = None
        for token, kind in self.state.tokens.items():
            # Every known token is compared, in constant time: no timing tells which is close.
            if hmac.compare_digest(token.encode(), presented):
                access = kind
        if access is None:
            return 401, UNAUTHENTICATED
        if access == "read" and method not in READ_METHODS:
            return 403, FORBIDDEN
        return None

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _is_loopback_client(scope):
            await send_json(send, 403, {"message": "The sandbox admin API answers loopback only."})
            return
        presented = (_header(scope, b"authorization") or "").encode()
        expected = f"Bearer {self.state.admin_token}".encode()
        if not hmac.compare_digest(presented, expected):
            await send_json(send, 401, UNAUTHENTICATED)
            return
        await self.app(scope, receive, send)


async def _send_stored(send: Send, stored: Stored) -> None:
    headers = [(k.encode(), v.encode()) for k, v in stored.headers]
    headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": stored.status, "headers": headers})
    await send({"type": "http.response.body", "body": stored.body})


def _reset_connection() -> None:
    """Abort the request's connection with a TCP RST (SO_LINGER 0), sending nothing."""
    transport = CURRENT_TRANSPORT.get()
    if transport is None:
        raise ConnectionResetError("injected reset")  # no socket known: fail the request
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


def _slow(send: Send, total_s: float) -> Send:
    """Deliver each response body in ten pieces spread over ``total_s``."""

    async def slow_send(message: Message) -> None:
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: bytes = message.get("body", b"")
        pieces = 10
        size = max(1, -(-len(body) // pieces))
        for start in range(0, len(body), size):
            await send(
                {
                    "type": "http.response.body",
                    "body": body[start : start + size],
                    "more_body": True,
                }
            )
            await asyncio.sleep(total_s / pieces)
        await send(
            {
                "type": "http.response.body",
                "body": b"",
                "more_body": message.get("more_body", False),
            }
        )

    return slow_send


def _dated(send: Send, state: SandboxState) -> Send:
    """Every answer carries the server's time (uvicorn's own Date header is off), shifted by
    the clock offset the admin API set."""

    async def send_dated(message: Message) -> None:
        if message["type"] == "http.response.start":
            date = email.utils.formatdate(wallclock.wall() + state.clock_offset_s, usegmt=True)
            message = {
                **message,
                "headers": [*message.get("headers", []), (b"date", date.encode())],
            }
        await send(message)

    return send_dated


def _with_headers(send: Send, extra: dict[str, str]) -> Send:
    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            raw = [(k.lower().encode(), str(v).encode()) for k, v in extra.items()]
            message = {**message, "headers": [*message.get("headers", []), *raw]}
        await send(message)

    return send_with_headers


def _fault_body(status: int) -> dict[str, str]:
    if status == 429:
        return {"message": "Too Many Attempts."}
    if status >= 500:
        return {"message": "Server Error"}
    return {"message": f"Injected fault {status}"}


async def _read_body(receive: Receive, scope: Scope, limit: int) -> bytes:
    """The whole body, or BodyTooLarge as soon as it is known to exceed ``limit``."""
    declared = _header(scope, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _replayer(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # like a real socket: nothing more until disconnect
        return {"type": "http.disconnect"}

    return receive
