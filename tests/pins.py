"""PIN hashes and keypads for tests that need a hundred tries (issue 30's hard stop).

An Argon2id hash carries its own parameters, and the guard checks it as it checks the real
one; these are cheap (1 pass, 1 MiB) so a hundred wrong PINs take milliseconds, not seconds."""

from __future__ import annotations

from pathlib import Path

from argon2 import PasswordHasher

from kiosk.config.pin import HARD_STOP_FAILURES, PinGuard

_QUICK = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def quick_hash(pin: str) -> str:
    return _QUICK.hash(pin)


def stop_keypad(stored: str, state_file: Path) -> None:
    """A hundred wrong PINs into the keypad whose count ``state_file`` keeps, each lockout
    waited out, as a patient guesser would: it is stopped."""
    guesses = PinGuard(stored, state_file=state_file, lockout_steps_s=(0.0,))
    for _ in range(HARD_STOP_FAILURES):
        guesses.try_pin("000000")
    assert guesses.stopped
