"""What one running stand-in server knows besides its database: tokens, settings, its request
log and the faults it has been asked to inject."""

from __future__ import annotations

import random
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from kiosk.sandbox.store import Store

Access = Literal["write", "read"]

DEFAULT_PER_PAGE = 15
PER_PAGE_CAP = 100
"""Assumption: the docs say per_page is capped but not at what; 100 is ours."""


@dataclass
class Fault:
    """One injected fault, applied to requests whose path starts with ``path_prefix``."""

    path_prefix: str = "/"
    path_suffix: str = ""
    """And ending with this (one step of several on a path with an id in the middle)."""
    method: str | None = None
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    status: int | None = None
    probability: float = 1.0
    retry_after: str | None = None
    reset: bool = False
    """Drop the connection (TCP reset) instead of answering."""
    headers: dict[str, str] | None = None
    """Extra response headers (e.g. X-Ratelimit-Remaining) on an otherwise normal answer."""
    slow_body_ms: float = 0.0
    """Send the answer's body in ten pieces spread over this long."""
    times: int | None = None
    """How many requests it applies to before it retires itself (None: until cleared)."""
    after: bool = False
    """Fire after the route has run: the write is committed, then its answer is delayed
    (``latency_ms``), dropped (``reset``) or replaced (``status``)."""

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return path.startswith(self.path_prefix) and path.endswith(self.path_suffix)


@dataclass
class SandboxState:
    store: Store
    tokens: dict[str, Access]
    admin_token: str
    match_expired_bands: bool = True
    """Assumption (decisions.md): whether barcode search still matches an expired band is not
    documented; by default it does, and the kiosk's verdict says "expired"."""
    clock_offset_s: float = 0.0
    """The server's clock against the real one: its ``Date`` header says now plus this (a
    kiosk's doctor compares its own clock with it)."""
    honour_idempotency_keys: bool = True
    """Trybe's public docs say nothing about idempotency keys; the real API may ignore them.
    Off, the stand-in ignores them too: a resent write is applied again, which is how the
    kiosk's own exactly-once (read back before any resend) is tested on its own."""
    request_log: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=2000))
    faults: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    def record(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.request_log.append(entry)

    def pick_fault(self, method: str, path: str) -> Fault | None:
        """The first fault that matches and fires (respecting probability and ``times``)."""
        with self.lock:
            for fault in self.faults:
                if not fault.matches(method, path):
                    continue
                if self.rng.random() >= fault.probability:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                return fault
        return None
