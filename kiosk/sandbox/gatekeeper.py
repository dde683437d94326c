"""The ASGI layer in front of every route: request log, bearer tokens, injected faults.

It sits outside the routes so that it sees every request the way a real gateway would:
a wrong token gets 401 before any routing, a read-only token gets 403 on any write, and a
test can read back exactly what the client sent (method, raw path, query, body).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import socket
import struct
import time
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.sandbox.state import SandboxState

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

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        method: str = scope["method"]
        if path.startswith(ADMIN_PREFIX):
            await self._admin(scope, receive, send)
            return
        body = await _read_body(receive)
        raw_path = scope.get("raw_path") or path.encode()
        self.state.record(
            {
                "at": time.time(),
                "method": method,
                "path": path,
                "raw_path": raw_path.decode("latin-1"),
                "query": scope.get("query_string", b"").decode("latin-1"),
                "body": body.decode("utf-8", "replace"),
                "idempotency_key": _header(scope, b"idempotency-key"),
                "authorized": _header(scope, b"authorization") is not None,
            }
        )
        replay = _replayer(body)
        if not path.startswith(PUBLIC_PREFIXES):
            refusal = self._check_token(scope, method)
            if refusal is not None:
                await send_json(send, *refusal)
                return
        fault = self.state.pick_fault(method, path)
        if fault is not None:
            delay = fault.latency_ms + self.state.rng.random() * fault.latency_jitter_ms
            if delay > 0:
                await asyncio.sleep(delay / 1000)
            if fault.reset:
                _reset_connection()
                await asyncio.sleep(0.01)  # let the server see the disconnect, quietly
                return
            if fault.status is not None:
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
                await send_json(send, fault.status, _fault_body(fault.status), headers)
                return
            if fault.slow_body_ms > 0:
                send = _slow(send, fault.slow_body_ms / 1000)
            if fault.headers:
                send = _with_headers(send, fault.headers)
        await self.app(scope, replay, send)

    def _check_token(self, scope: Scope, method: str) -> tuple[int, Any] | None:
        header = _header(scope, b"authorization") or ""
        if not header.startswith("Bearer "):
            return 401, UNAUTHENTICATED
        access = self.state.tokens.get(header[len("Bearer ") :])
        if access is None:
            return 401, UNAUTHENTICATED
        if access == "read" and method not in READ_METHODS:
            return 403, FORBIDDEN
        return None

    async def _admin(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _is_loopback_client(scope):
            await send_json(send, 403, {"message": "The sandbox admin API answers loopback only."})
            return
        if _header(scope, b"authorization") != f"Bearer {self.state.admin_token}":
            await send_json(send, 401, UNAUTHENTICATED)
            return
        await self.app(scope, receive, send)


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


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
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
