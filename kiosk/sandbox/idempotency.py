"""Idempotency keys, as Stripe keeps them: the first answer to a write is kept for 24 hours
and replayed for a repeat with the same key and the same request; the same key with another
request is a 422; a repeat while the first is still being handled is a 409.

Trybe does not document idempotency keys, so the kiosk must not rely on them (it reconciles by
reading); the stand-in server keeps them so that a client's retry with the same key is shown to
be harmless, and so that a test can tell a replay from a second write. Keys are scoped to the
token that sent them (stored as a hash, never the token itself).
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Literal

from kiosk.config import clock as wallclock
from kiosk.sandbox.store import Store

KEEP_S = 24 * 3600


@dataclass(frozen=True)
class Stored:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


Claim = Literal["new", "busy", "mismatch"]


def fingerprint(method: str, path: str, query: str, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query.encode(), body):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def scope_of(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:24]


class IdempotencyKeys:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._in_flight: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def claim(self, scope: str, key: str, print_: str) -> Stored | Claim:
        """A stored answer to replay, or whether this request may go ahead ("new")."""
        row = self._store.one(
            "SELECT * FROM idempotency_keys WHERE scope = ? AND key = ? AND created_at > ?",
            (scope, key, wallclock.wall() - KEEP_S),
        )
        if row is not None:
            if row["fingerprint"] != print_:
                return "mismatch"
            headers = [(str(k), str(v)) for k, v in json.loads(row["headers"])]
            return Stored(int(row["status"]), headers, bytes(row["body"]))
        with self._lock:
            if (scope, key) in self._in_flight:
                return "busy"
            self._in_flight.add((scope, key))
        return "new"

    def release(self, scope: str, key: str) -> None:
        with self._lock:
            self._in_flight.discard((scope, key))

    def save(self, scope: str, key: str, print_: str, answer: Stored) -> None:
        """Keep a final answer (not a 5xx or a 429: those may be tried again)."""
        if answer.status >= 500 or answer.status == 429:
            return
        with self._store.transaction() as db:
            db.execute(
                "DELETE FROM idempotency_keys WHERE created_at <= ?", (wallclock.wall() - KEEP_S,)
            )
            db.execute(
                "INSERT OR REPLACE INTO idempotency_keys "
                "(scope, key, fingerprint, status, headers, body, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    scope,
                    key,
                    print_,
                    answer.status,
                    json.dumps(answer.headers),
                    answer.body,
                    wallclock.wall(),
                ),
            )
