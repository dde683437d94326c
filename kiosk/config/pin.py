"""The staff PIN of an unattended kiosk: stored as a scrypt hash, never in clear; five wrong
tries lock the keypad for a while."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from typing import Literal

_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=_N, r=_R, p=_P)
    return hmac.compare_digest(digest.hex(), digest_hex)


class PinGuard:
    """Counts wrong tries; after ``max_attempts`` the keypad is locked for ``lockout_s``."""

    def __init__(
        self,
        stored: str,
        *,
        max_attempts: int = 5,
        lockout_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stored = stored
        self._max = max_attempts
        self._lockout_s = lockout_s
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_for(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def try_pin(self, pin: str) -> Literal["ok", "wrong", "locked"]:
        if self.locked_for() > 0:
            return "locked"
        if verify_pin(pin, self._stored):
            self._wrong = 0
            return "ok"
        self._wrong += 1
        if self._wrong >= self._max:
            self._wrong = 0
            self._locked_until = self._clock() + self._lockout_s
            return "locked"
        return "wrong"
