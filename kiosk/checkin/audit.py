"""The audit trail: every scan and every action, one JSON object per line, under the user data
folder, readable by this user only. Ids only: no names, emails, phones or card digits (a scanned
code is kept as a short keyed hash, enough to match repeats without storing the code: the key is
random per install and kept beside the trail, never in it, so a copy of the trail sent to
support cannot be turned back into codes; a plain hash of a 9-digit code reverses in seconds).
A write's lines carry its action id (its idempotency key), so an "unknown" outcome can be
matched with how it was resolved. Where staff sign in, each line carries the id of who was on
duty (``on_duty``), or of who started a write that ends later (given with the line)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from pathlib import Path
from typing import Any

from kiosk.config import clock as wallclock
from kiosk.config.private import open_private_append, write_private

SALT_BYTES = 32

ON_DUTY = "on duty"
"""``record(staff_id=ON_DUTY)``: whoever is signed in now (the default)."""


def code_hash(code: str, salt: bytes) -> str:
    return hmac.new(salt, code.encode(), hashlib.sha256).hexdigest()[:12]


def install_salt(path: Path) -> bytes:
    """This install's key for code hashes: read from ``path``, made there (0600) on first use."""
    try:
        salt = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(salt) == SALT_BYTES:
            return salt
    except (FileNotFoundError, ValueError):
        pass
    salt = secrets.token_bytes(SALT_BYTES)
    write_private(path, salt.hex())
    return salt


class AuditLog:
    def __init__(self, path: Path, *, salt: bytes | None = None, device: str | None = None) -> None:
        self.path = path
        self.device = device
        """This desk's id, on every line: two desks' trails merged still say who did what."""
        self._lock = threading.Lock()
        self._salt = salt if salt is not None else install_salt(path.with_name("audit-key"))
        self.on_duty: str | None = None
        """The id of the staff member signed in at this desk (None: nobody, or no sign-in)."""

    def code_hash(self, code: str) -> str:
        """How ``code`` appears in this trail (the same code, the same hash, on this install)."""
        return code_hash(code, self._salt)

    def record(
        self,
        action: str,
        outcome: str,
        *,
        customer_id: str | None = None,
        band_id: str | None = None,
        action_id: str | None = None,
        code: str | None = None,
        reason: str | None = None,
        old: Any = None,
        new: Any = None,
        staff_text: str | None = None,
        staff_id: str | None = ON_DUTY,
    ) -> None:
        """One line. ``staff_text`` is what staff typed in their own words (an override's
        reason): kept apart from the coded fields, so an export can leave it out."""
        entry = {
            "at": wallclock.now().isoformat(timespec="milliseconds"),
            "staff_id": self.on_duty if staff_id == ON_DUTY else staff_id,
            "action": action,
            "outcome": outcome,
            "customer_id": customer_id,
            "band_id": band_id,
            "action_id": action_id,
            "code_hash": self.code_hash(code) if code else None,
            "reason": reason,
            "old": old,
            "new": new,
            "staff_text": staff_text,
            "device": self.device,
        }
        line = json.dumps({k: v for k, v in entry.items() if v is not None}, default=str)
        with self._lock, open_private_append(self.path) as out:
            # a process killed in the middle of a line (SIGKILL, power) left it torn: start
            # on a fresh line so the torn one costs only itself
            size = out.seek(0, 2)
            torn = False
            if size:
                out.seek(size - 1)
                torn = out.read(1) != b"\n"
            out.write((("\n" if torn else "") + line + "\n").encode())

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        with self._lock:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        entries = []
        for line in lines:
            try:
                entries.append(json.loads(line))
            except ValueError:  # a torn line (see record): not an entry
                continue
        return entries
