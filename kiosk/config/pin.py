"""The staff PIN of an unattended kiosk.

Stored as an Argon2id hash (argon2-cffi's RFC 9106 low-memory profile: 64 MiB, 3 passes, what
OWASP advises), never in clear; hashes made by earlier versions (scrypt) are still accepted and
``kiosk doctor`` says to set the PIN again. A PIN is short, so the hash alone does not protect it
against a guest at the keypad: five wrong tries lock the keypad, each lockout longer than the
last (1 min, 5 min, 30 min, then an hour each), and the count survives a restart (pulling the
plug must not reset it).

A right PIN clears the run of wrong tries, not the escalation: a guest who guesses between two
of staff's sign-ins meets the lockout where it was (each full day without a wrong try forgives
one step). The lockout file is signed (HMAC-SHA256 with a key of this install's, 0600 beside
it): a file edited to unlock (``{}``, ``"wrong": -1000``, ``NaN``), damaged or unsigned locks at
the longest step instead, as a guess at the worst.

After ``HARD_STOP_FAILURES`` wrong PINs (NIST SP 800-63B's cap) the keypad stops: no PIN opens it,
the right one included, until a manager's badge (``open_after_stop``) or ``kiosk set-pin`` (a new
PIN, a new file). The count is of wrong tries since the PIN was set or the keypad last opened, not
reset by a right PIN (on a shared PIN the right one is someone else's); each full day without a
wrong try takes ``FORGIVE_FAILURES_PER_DAY`` off it, so staff's typos never add up to a stop.
What a new PIN may be (6 digits, nothing guessable) is the domain's rule:
``kiosk.checkin.pin_policy``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import secrets
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.config import clock as wallclock
from kiosk.config.private import write_private

log = logging.getLogger(__name__)

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_HASHER = PasswordHasher()  # the library's default: RFC 9106 "low memory" Argon2id

LOCKOUT_STEPS_S: tuple[float, ...] = (60.0, 300.0, 1800.0, 3600.0)
"""How long the keypad stays locked after the 1st, 2nd, 3rd... run of wrong PINs (the last
repeats)."""

PIN_LOCKOUT_FILE = "pin-lockout.json"
"""In the user data folder: the wrong tries and lockouts so far (``kiosk set-pin`` clears it)."""

PinResult = Literal["ok", "wrong", "locked", "stopped"]

HARD_STOP_FAILURES = 100
"""Wrong PINs after which only a manager's badge or ``kiosk set-pin`` opens the keypad."""
FORGIVE_FAILURES_PER_DAY = 10

FORGIVE_STEP_S = 24 * 3600.0
"""Each full day without a wrong try takes the escalation down one step."""
KEY_FILE_SUFFIX = ".key"


def forget_wrong_pins(state_file: Path) -> None:
    """A new PIN was set: its keypad starts with a clean count (locked or stopped, it is open)."""
    state_file.unlink(missing_ok=True)


def hash_pin(pin: str) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    return _HASHER.hash(pin)


def verify_pin(pin: str, stored: str) -> bool:
    if stored.startswith("$argon2"):
        try:
            return _HASHER.verify(stored, pin)
        except (VerificationError, InvalidHashError):
            return False
    return _verify_scrypt(pin, stored)


def pin_hash_is_current(stored: str) -> bool:
    """False for a hash of an older scheme or weaker parameters (set the PIN again)."""
    if not stored.startswith("$argon2"):
        return False
    try:
        return not _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return False


def _verify_scrypt(pin: str, stored: str) -> bool:
    """Hashes written before Argon2 (``scrypt$salt$digest``)."""
    try:
        scheme, salt_hex, digest_hex = stored.split("$")
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return hmac.compare_digest(digest.hex(), digest_hex)


class PinGuard:
    """Counts wrong tries; after ``max_attempts`` the keypad is locked, longer each time
    (``lockout_steps_s``); a right PIN starts the count again. With ``state_file`` the count,
    the lockouts so far and the end of the current one are kept on disk (0600), so a restart
    does not reset them. Thread-safe: the app checks a PIN on a worker (Argon2 takes tens of
    milliseconds, too long for the GUI thread)."""

    def __init__(
        self,
        stored: str,
        *,
        state_file: Path | None = None,
        max_attempts: int = 5,
        lockout_steps_s: Sequence[float] = LOCKOUT_STEPS_S,
        clock: Callable[[], float] = wallclock.wall,
    ) -> None:
        self._stored = stored
        self._state_file = state_file
        self._max = max_attempts
        self._steps = tuple(lockout_steps_s) or LOCKOUT_STEPS_S
        self._clock = clock
        self._lock = threading.Lock()
        self._wrong = 0
        self._lockouts = 0
        self._locked_until = 0.0
        self._last_wrong = 0.0
        self._failures = 0
        self._load()

    def locked_for(self) -> float:
        """Seconds until the keypad takes a PIN again (0: it does now). A clock set back
        never makes it longer than the lockout itself."""
        with self._lock:
            left = self._locked_until - self._clock()
            longest = self._steps[min(max(self._lockouts - 1, 0), len(self._steps) - 1)]
            return max(0.0, min(left, longest))

    @property
    def lockouts(self) -> int:
        return self._lockouts

    @property
    def failures(self) -> int:
        """Wrong PINs counted towards the hard stop."""
        with self._lock:
            self._forgive()
            return self._failures

    @property
    def stopped(self) -> bool:
        """No PIN is taken until a manager's badge or ``kiosk set-pin`` opens the keypad."""
        return self.failures >= HARD_STOP_FAILURES

    def open_after_stop(self) -> None:
        """A manager's badge was scanned: the keypad takes PINs again, with a clean count."""
        with self._lock:
            self._wrong = self._lockouts = self._failures = 0
            self._locked_until = 0.0
            self._save()

    def try_pin(self, pin: str) -> PinResult:
        if self.stopped:
            return "stopped"  # not even checked: a right PIN must not open a stopped keypad
        if self.locked_for() > 0:
            return "locked"
        right = verify_pin(pin, self._stored)  # slow: outside the lock
        with self._lock:
            self._forgive()
            if right:
                self._wrong = 0  # the escalation stays: see the module's docstring
                self._locked_until = 0.0
                self._save()
                return "ok"
            self._wrong += 1
            self._failures += 1
            self._last_wrong = self._clock()
            result: PinResult = "wrong"
            if self._failures >= HARD_STOP_FAILURES:
                result = "stopped"
            elif self._wrong >= self._max:
                self._wrong = 0
                step = self._steps[min(self._lockouts, len(self._steps) - 1)]
                self._lockouts += 1
                self._locked_until = self._clock() + step
                result = "locked"
            self._save()
            return result

    def _forgive(self) -> None:
        """For each full day since the last wrong try: one step of escalation off and
        ``FORGIVE_FAILURES_PER_DAY`` off the count (a stopped keypad is not forgiven)."""
        days = int((self._clock() - self._last_wrong) // FORGIVE_STEP_S)
        if days <= 0 or self._failures >= HARD_STOP_FAILURES:
            return
        if (self._lockouts > 0 or self._failures > 0) and self._locked_until <= self._clock():
            self._lockouts = max(0, self._lockouts - days)
            self._failures = max(0, self._failures - days * FORGIVE_FAILURES_PER_DAY)
            self._last_wrong += days * FORGIVE_STEP_S

    @property
    def _key_path(self) -> Path:
        assert self._state_file is not None
        return self._state_file.with_name(self._state_file.name + KEY_FILE_SUFFIX)

    def _key(self) -> bytes:
        path = self._key_path
        try:
            key = bytes.fromhex(path.read_text(encoding="ascii").strip())
            if len(key) == 32:
                return key
        except (FileNotFoundError, ValueError):
            pass
        key = secrets.token_bytes(32)
        write_private(path, key.hex())
        return key

    def _signature(self, body: str) -> str:
        return hmac.new(self._key(), body.encode(), hashlib.sha256).hexdigest()

    def _load(self) -> None:
        if self._state_file is None:
            return
        try:
            saved = json.loads(self._state_file.read_text(encoding="utf-8"))
            if isinstance(saved, dict) and "hmac" not in saved and not self._key_path.exists():
                state = {"last_wrong": self._clock(), **saved}  # as versions before signing
            else:
                body = saved["state"]
                if not hmac.compare_digest(str(saved["hmac"]), self._signature(body)):
                    raise ValueError("not signed by this install")
                state = json.loads(body)
            wrong, lockouts = int(state["wrong"]), int(state["lockouts"])
            failures = int(state.get("failures", wrong))
            until, last = float(state["locked_until"]), float(state["last_wrong"])
            if min(wrong, lockouts, failures) < 0 or not (
                math.isfinite(until) and math.isfinite(last)
            ):
                raise ValueError("out of range")
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            # edited, damaged or unsigned: lock at the longest step rather than forget, and
            # count half the way to the stop (neither a fresh hundred nor a stop by a disk fault)
            log.warning("the PIN lockout file is not this kiosk's (%s): locked", type(exc).__name__)
            self._failures = HARD_STOP_FAILURES // 2
            self._lockouts = len(self._steps)
            self._locked_until = self._clock() + self._steps[-1]
            self._last_wrong = self._clock()
            self._save()
            return
        self._wrong, self._lockouts, self._failures = wrong, lockouts, failures
        self._locked_until, self._last_wrong = until, last
        if "hmac" not in saved:
            self._save()  # signed from now on

    def _save(self) -> None:
        if self._state_file is None:
            return
        body = json.dumps(
            {
                "wrong": self._wrong,
                "lockouts": self._lockouts,
                "locked_until": self._locked_until,
                "last_wrong": self._last_wrong,
                "failures": self._failures,
            }
        )
        try:
            write_private(
                self._state_file, json.dumps({"state": body, "hmac": self._signature(body)})
            )
        except OSError as exc:
            log.warning("the PIN lockout could not be saved (%s)", type(exc).__name__)
