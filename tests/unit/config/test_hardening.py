"""What a shared desk PC or a guest at the keypad could otherwise get at: the staff PIN (hash
and lockout), the audit trail's codes, and files other accounts could read."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from kiosk.checkin.audit import AuditLog
from kiosk.config.persist import save_settings
from kiosk.config.pin import (
    HARD_STOP_FAILURES,
    PinGuard,
    forget_wrong_pins,
    hash_pin,
    pin_hash_is_current,
    verify_pin,
)
from tests.pins import quick_hash

PIN = "2468"
STORED = hash_pin(PIN)
QUICK = quick_hash(PIN)
"""The same PIN with Argon2 parameters cheap enough for a hundred tries in a test (a hash
carries its own parameters: the guard checks it as it checks the real one)."""


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_pin_is_an_argon2id_hash_and_old_scrypt_hashes_still_open() -> None:
    assert STORED.startswith("$argon2id$")
    assert PIN not in STORED
    assert verify_pin(PIN, STORED)
    assert not verify_pin("2469", STORED)
    assert pin_hash_is_current(STORED)

    salt = bytes(range(16))  # a hash as `kiosk set-pin` wrote it before Argon2
    digest = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=1)
    legacy = f"scrypt${salt.hex()}${digest.hex()}"
    assert verify_pin(PIN, legacy)
    assert not verify_pin("0000", legacy)
    assert not pin_hash_is_current(legacy)  # doctor says: set the PIN again
    assert not verify_pin(PIN, "garbage")


def test_lockouts_grow_and_a_right_pin_does_not_reset_the_escalation(tmp_path: Path) -> None:
    """Issue 30: a right PIN reset the escalation, so a guest guessing between two of staff's
    sign-ins had 136 tries a day. It clears the run of wrong tries; the next run locks for the
    next step; a full day without a wrong try forgives one step."""
    clock = Clock()
    guard = PinGuard(STORED, state_file=tmp_path / "lockout.json", clock=clock)
    lengths = []
    for _ in range(3):
        results = [guard.try_pin("0000") for _ in range(5)]
        assert results == ["wrong"] * 4 + ["locked"]
        lengths.append(round(guard.locked_for()))
        assert guard.try_pin(PIN) == "locked"  # even the right PIN, while locked
        clock.now += guard.locked_for() + 1
    assert lengths == [60, 300, 1800]

    assert guard.try_pin(PIN) == "ok"  # staff sign in
    assert [guard.try_pin("0000") for _ in range(5)][-1] == "locked"
    assert round(guard.locked_for()) == 3600  # where the escalation was, not back to 60

    clock.now += 3600 + 2 * 24 * 3600  # two days without a wrong try: two steps forgiven
    assert guard.try_pin(PIN) == "ok"
    assert [guard.try_pin("0000") for _ in range(5)][-1] == "locked"
    assert round(guard.locked_for()) == 1800


@pytest.mark.parametrize(
    "planted",
    [
        "{}",
        '{"wrong": -1000, "lockouts": 0, "locked_until": 0}',
        '{"wrong": 0, "lockouts": 0, "locked_until": NaN}',
        "{not json",
    ],
)
def test_a_lockout_file_edited_to_unlock_locks_instead(tmp_path: Path, planted: str) -> None:
    """Issue 30: a damaged file reset the escalation, and a valid but hostile one unlocked."""
    state = tmp_path / "pin-lockout.json"
    clock = Clock()
    guard = PinGuard(STORED, state_file=state, clock=clock)
    for _ in range(5):
        guard.try_pin("0000")  # locked once, signed on disk
    state.write_text(planted)
    reloaded = PinGuard(STORED, state_file=state, clock=clock)
    assert reloaded.try_pin(PIN) == "locked"
    assert round(reloaded.locked_for()) == 3600  # the longest step: a guess at the worst


def test_a_signed_lockout_file_edited_by_hand_locks_too(tmp_path: Path) -> None:
    state = tmp_path / "pin-lockout.json"
    clock = Clock()
    guard = PinGuard(STORED, state_file=state, clock=clock)
    for _ in range(5):
        guard.try_pin("0000")
    saved = json.loads(state.read_text())
    body = json.loads(saved["state"])
    body.update(wrong=0, lockouts=0, locked_until=0)
    saved["state"] = json.dumps(body)  # the signature no longer matches
    state.write_text(json.dumps(saved))
    assert PinGuard(STORED, state_file=state, clock=clock).try_pin(PIN) == "locked"
    assert mode(state.with_name(state.name + ".key")) == 0o600


def test_a_lockout_file_from_before_signing_is_kept_and_signed(tmp_path: Path) -> None:
    state = tmp_path / "pin-lockout.json"
    state.write_text('{"wrong": 2, "lockouts": 1, "locked_until": 0}')
    clock = Clock()
    guard = PinGuard(STORED, state_file=state, clock=clock)
    assert [guard.try_pin("0000") for _ in range(3)] == ["wrong", "wrong", "locked"]
    assert round(guard.locked_for()) == 300  # its escalation carried over
    assert "hmac" in json.loads(state.read_text())


def test_a_restart_does_not_reset_the_count_or_the_lockout(tmp_path: Path) -> None:
    clock = Clock()
    state = tmp_path / "pin-lockout.json"
    first = PinGuard(STORED, state_file=state, clock=clock)
    for _ in range(3):
        first.try_pin("0000")
    second = PinGuard(STORED, state_file=state, clock=clock)  # the plug was pulled
    assert [second.try_pin("0000") for _ in range(2)] == ["wrong", "locked"]
    third = PinGuard(STORED, state_file=state, clock=clock)
    assert third.locked_for() == 60
    assert third.try_pin(PIN) == "locked"
    assert mode(state) == 0o600

    clock.now -= 10 * 3600  # a clock set back by hours never lengthens the lockout
    assert PinGuard(STORED, state_file=state, clock=clock).locked_for() == 60


def test_a_damaged_lockout_file_locks_rather_than_forgets(tmp_path: Path) -> None:
    state = tmp_path / "pin-lockout.json"
    state.write_text("{not json")
    guard = PinGuard(STORED, state_file=state, clock=Clock())
    assert guard.try_pin(PIN) == "locked"
    assert guard.failures == HARD_STOP_FAILURES // 2  # not a fresh hundred guesses


def guess_until(guard: PinGuard, clock: Clock, tries: int) -> list[str]:
    """``tries`` wrong PINs, waiting out each lockout as a patient guesser would."""
    results = []
    for _ in range(tries):
        clock.now += guard.locked_for() + 1
        results.append(guard.try_pin("0000"))
    return results


def test_a_hundred_wrong_pins_stop_the_keypad_until_a_manager_opens_it(tmp_path: Path) -> None:
    """Issue 30: the lockout never became a hard stop (~36 % of 4-digit PINs in 30 days).
    NIST SP 800-63B's cap: after 100 wrong PINs no PIN opens the keypad, the right one neither,
    across a restart, until a manager's badge (open_after_stop) or `kiosk set-pin`."""
    clock, state = Clock(), tmp_path / "pin-lockout.json"
    guard = PinGuard(QUICK, state_file=state, clock=clock)
    results = guess_until(guard, clock, 60)
    clock.now += guard.locked_for() + 1
    assert guard.try_pin(PIN) == "ok"  # staff sign in between: the count goes on
    results += guess_until(guard, clock, 40)
    assert results[-1] == "stopped"
    assert "stopped" not in results[:-1]
    clock.now += 7 * 24 * 3600  # waiting forgives nothing once stopped
    assert guard.try_pin(PIN) == "stopped"
    assert guard.locked_for() == 0  # not a lockout that runs out: a stop

    restarted = PinGuard(QUICK, state_file=state, clock=clock)
    assert restarted.stopped
    assert restarted.try_pin(PIN) == "stopped"
    restarted.open_after_stop()  # a manager's badge
    assert restarted.try_pin(PIN) == "ok"
    assert PinGuard(QUICK, state_file=state, clock=clock).failures == 0

    guess_until(restarted, clock, HARD_STOP_FAILURES)
    assert PinGuard(QUICK, state_file=state, clock=clock).stopped
    forget_wrong_pins(state)  # what `kiosk set-pin` does with the new PIN
    assert PinGuard(QUICK, state_file=state, clock=clock).try_pin(PIN) == "ok"


def test_days_without_a_wrong_pin_forgive_staffs_typos(tmp_path: Path) -> None:
    """Ten a day off the count, so a year of typos never stops a kiosk (but a guesser waiting
    a day gets ten more tries, not a hundred)."""
    clock = Clock()
    guard = PinGuard(QUICK, state_file=tmp_path / "pin-lockout.json", clock=clock)
    guess_until(guard, clock, 35)
    clock.now += guard.locked_for() + 1
    clock.now += 2 * 24 * 3600
    assert guard.failures == 15
    clock.now += 2 * 24 * 3600
    assert guard.failures == 0


def test_the_audit_trail_keys_its_code_hashes_per_install(tmp_path: Path) -> None:
    code = "100200300"
    here = AuditLog(tmp_path / "a" / "audit.jsonl")
    here.record("scan", "found", code=code)
    here.record("scan", "found", code=code)
    there = AuditLog(tmp_path / "b" / "audit.jsonl")
    there.record("scan", "found", code=code)

    mine = [e["code_hash"] for e in here.entries()]
    assert mine[0] == mine[1]  # repeats still match within one install
    assert there.entries()[0]["code_hash"] != mine[0]  # another install: another key
    assert mine[0] != hashlib.sha256(code.encode()).hexdigest()[:12]  # no plain hash
    raw = (tmp_path / "a" / "audit.jsonl").read_text()
    assert code not in raw
    # the key is beside the trail, not in it, and only this user reads either
    assert mode(tmp_path / "a" / "audit.jsonl") == 0o600
    assert mode(tmp_path / "a" / "audit-key") == 0o600
    again = AuditLog(tmp_path / "a" / "audit.jsonl")  # a restart keeps the key
    assert again.code_hash(code) == mine[0]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_settings_and_an_old_world_readable_audit_become_private(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text("# the desk by the door\nsounds = false\n")
    settings.chmod(0o644)
    save_settings({"staff_pin_hash": STORED}, settings)
    assert mode(settings) == 0o600
    assert settings.read_text().startswith("# the desk by the door")

    old = tmp_path / "audit.jsonl"
    old.write_text(json.dumps({"action": "scan"}) + "\n")
    old.chmod(0o644)  # as versions before this one wrote it
    AuditLog(old).record("scan", "found", code="X1")
    assert mode(old) == 0o600
    assert len(AuditLog(old).entries()) == 2


def test_every_app_folder_and_file_is_made_private_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 30: the data folder was 0755, the local copy and its -wal/-shm 0644, an old
    0644 audit-key was never tightened, the customers CSV took the umask. The command's start
    (every ``kiosk`` command) makes the app's folders 0700 and their files 0600, and the
    doctor says when something is open to other accounts."""
    from kiosk.cli import main
    from kiosk.config import logs as log_paths
    from kiosk.ops.doctor import Doctor

    folders = {name: tmp_path / name for name in ("config", "data", "log", "reports")}
    monkeypatch.setattr(log_paths, "app_folders", lambda: list(folders.values()))
    planted = [
        folders["data"] / "local-copy.db",
        folders["data"] / "local-copy.db-wal",
        folders["data"] / "local-copy.db-shm",
        folders["data"] / "audit-key",
        folders["data"] / "prints" / "band-1.pdf",
        folders["reports"] / "guests-2026-12-07-101500.csv",
        folders["config"] / "settings.toml",
    ]
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
        path.chmod(0o644)
    for folder in [*folders.values(), folders["data"] / "prints"]:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    from kiosk.config import Settings

    doctor = Doctor(Settings(), token="", settings_path=folders["config"] / "settings.toml")
    before = doctor.files()
    assert before.status == "warn"
    assert str(folders["data"] / "local-copy.db-wal") in before.data["open"]

    blank = tmp_path / "blank.png"
    import cv2
    import numpy as np

    cv2.imwrite(str(blank), np.full((32, 32), 255, np.uint8))
    main(["decode", str(blank)])  # any command: the start is what tightens
    for path in planted:
        assert mode(path) == 0o600, path
    for folder in [*folders.values(), folders["data"] / "prints"]:
        assert mode(folder) == 0o700, folder
    assert doctor.files().status == "ok"
