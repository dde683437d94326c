"""The local copy: what the desk needs to decide a scan when the guest system cannot be reached,
and the outbox of check-ins made meanwhile. SQLite in WAL mode, one file in the user data folder.

Personal data never lies in it in plain text: each guest's record (name, email, bands, memberships,
visits, a small photo) is one JSON document encrypted with Fernet (AES-128 and an HMAC,
``cryptography``); a band's code is kept only as a keyed hash (HMAC-SHA256), enough to find the
guest by a scan and useless without the key. The key lives in the OS keyring (or, where there is
none, ``KIOSK_STORE_KEY``), never next to the file. Never full card data, never passwords: a
card is kept as its brand, last four digits and whether it is usable.

Rows not seen for ``retention_days`` are purged. A file that is not ours, is corrupt, or was
written under another key is set aside (renamed, kept for a person to look at) and a new one is
made: the desk never fails to start because of its local copy.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pydantic import ConfigDict, TypeAdapter

from kiosk.checkin.model import Band, Card, Guest, Membership, Site, Visit
from kiosk.config import clock as wallclock
from kiosk.config.private import create_private, write_private

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAGIC = "kiosk-local-copy"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS guests (
    id TEXT PRIMARY KEY, record BLOB NOT NULL, confirmed_at REAL NOT NULL, seen_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS codes (digest TEXT PRIMARY KEY, guest_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS codes_guest ON codes(guest_id);
CREATE TABLE IF NOT EXISTS site (id TEXT PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    guest_id TEXT NOT NULL,
    record BLOB NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    local_visit TEXT,
    server_visit TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, seq);
CREATE INDEX IF NOT EXISTS outbox_guest ON outbox(guest_id, state);
CREATE INDEX IF NOT EXISTS outbox_local_visit ON outbox(local_visit);
CREATE TABLE IF NOT EXISTS sync (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class GuestRecord:
    """Everything the local copy keeps of one guest (encrypted as one document)."""

    __pydantic_config__ = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    guest: Guest
    bands: tuple[Band, ...] = ()
    memberships: tuple[Membership, ...] = ()
    cards: tuple[Card, ...] = ()
    visits: tuple[Visit, ...] = ()
    photo: bytes | None = None
    """A small thumbnail (at most 96 px), never the original."""
    parts: frozenset[str] = field(default_factory=frozenset)
    """Which parts were ever filled (a part never read is missing, not empty)."""


_RECORD = TypeAdapter(GuestRecord)
_SITE = TypeAdapter(Site)


class ForeignDatabase(RuntimeError):
    """The file is not a local copy this key can read."""


class LocalStore:
    """The local copy in ``path``, readable only with ``key`` (a Fernet key)."""

    def __init__(self, path: Path, key: bytes, *, clock: Any = wallclock.wall) -> None:
        self.path = path
        self._fernet = Fernet(key)
        self._digest_key = hashlib.sha256(b"kiosk-code-digest:" + key).digest()
        self._clock = clock
        self._lock = threading.RLock()
        self.set_aside: Path | None = None
        """Where an unreadable earlier file was moved to, if one was."""
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, ForeignDatabase) as exc:
            self.set_aside = self._move_aside(exc)
            self._db = self._open()

    # ------------------------------------------------------------------ the file

    def _open(self) -> sqlite3.Connection:
        create_private(self.path)  # 0600 (and so its -wal and -shm) in a 0700 folder
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # the outbox must survive a power cut
            tables = db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
            if tables:
                self._check(db)
            else:
                db.executescript(SCHEMA)
                db.execute(
                    "INSERT INTO meta VALUES ('magic', ?), ('version', ?), ('check', ?)",
                    (MAGIC, str(SCHEMA_VERSION), self._seal({"check": MAGIC}).decode()),
                )
            db.execute("PRAGMA quick_check").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _check(self, db: sqlite3.Connection) -> None:
        try:
            rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise ForeignDatabase(f"no meta table: {exc}") from None
        if rows.get("magic") != MAGIC or rows.get("version") != str(SCHEMA_VERSION):
            raise ForeignDatabase("not a local copy of this version")
        try:
            self._open_seal(rows["check"].encode())
        except (KeyError, InvalidToken):
            raise ForeignDatabase("written under another key") from None

    def _move_aside(self, why: BaseException) -> Path:
        stamp = wallclock.now().strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                source.rename(Path(str(target) + suffix))
        log.warning("the local copy could not be read (%s); set aside as %s", why, target.name)
        return target

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------------ sealing

    def _seal(self, value: Any) -> bytes:
        return self._fernet.encrypt(json.dumps(value, separators=(",", ":")).encode())

    def _open_seal(self, token: bytes) -> Any:
        return json.loads(self._fernet.decrypt(token))

    def digest(self, code: str) -> str:
        """A band code as kept here: a keyed hash (the code itself is never stored)."""
        return hmac.new(self._digest_key, code.encode(), hashlib.sha256).hexdigest()

    # ------------------------------------------------------------------ guests

    def guest(self, guest_id: str) -> tuple[GuestRecord, float] | None:
        """A guest's record and when the guest system last confirmed it (epoch seconds)."""
        with self._lock:
            row = self._db.execute(
                "SELECT record, confirmed_at FROM guests WHERE id = ?", (guest_id,)
            ).fetchone()
        if row is None:
            return None
        try:
            return _RECORD.validate_json(self._fernet.decrypt(row[0])), float(row[1])
        except (InvalidToken, ValueError) as exc:
            log.warning("a guest record could not be read (%s); ignored", type(exc).__name__)
            return None

    def guest_id_for_code(self, code: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT guest_id FROM codes WHERE digest = ?", (self.digest(code),)
            ).fetchone()
        return str(row[0]) if row else None

    def put_guest(self, record: GuestRecord, *, confirmed_at: float | None = None) -> None:
        """Keep ``record`` as the guest system has it now (or as of ``confirmed_at``)."""
        now = self._clock()
        sealed = self._fernet.encrypt(_RECORD.dump_json(record))
        with self._transaction() as db:
            db.execute(
                "INSERT INTO guests (id, record, confirmed_at, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET record = excluded.record, "
                "confirmed_at = excluded.confirmed_at, seen_at = excluded.seen_at",
                (record.guest.id, sealed, confirmed_at or now, now),
            )
            if "bands" in record.parts:
                db.execute("DELETE FROM codes WHERE guest_id = ?", (record.guest.id,))
                db.executemany(
                    "INSERT OR REPLACE INTO codes (digest, guest_id) VALUES (?, ?)",
                    [(self.digest(b.code), record.guest.id) for b in record.bands],
                )
            db.execute(
                "INSERT OR REPLACE INTO codes (digest, guest_id) VALUES (?, ?)",
                (self.digest(record.guest.id), record.guest.id),
            )

    def remember_code(self, code: str, guest_id: str) -> None:
        """A code the guest system just resolved to this guest (a card that is not a band)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO codes (digest, guest_id) VALUES (?, ?)",
                (self.digest(code), guest_id),
            )

    def guest_ids(self) -> list[str]:
        with self._lock:
            return [str(r[0]) for r in self._db.execute("SELECT id FROM guests").fetchall()]

    def count_guests(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM guests").fetchone()[0])

    def oldest_confirmation(self) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT MIN(confirmed_at) FROM guests").fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def forget_guest(self, guest_id: str) -> None:
        """One guest out of the copy, codes and all (their record was erased)."""
        with self._transaction() as db:
            db.execute("DELETE FROM guests WHERE id = ?", (guest_id,))
            db.execute("DELETE FROM codes WHERE guest_id = ?", (guest_id,))

    def purge(self, older_than_s: float) -> int:
        """Forget guests not seen (scanned or synced) for ``older_than_s``; their codes too.
        Guests with a check-in still waiting in the outbox are kept."""
        cutoff = self._clock() - older_than_s
        with self._transaction() as db:
            stale = [
                str(r[0])
                for r in db.execute(
                    "SELECT id FROM guests WHERE seen_at < ? AND id NOT IN "
                    "(SELECT guest_id FROM outbox WHERE state != 'sent')",
                    (cutoff,),
                ).fetchall()
            ]
            for guest_id in stale:
                db.execute("DELETE FROM guests WHERE id = ?", (guest_id,))
                db.execute("DELETE FROM codes WHERE guest_id = ?", (guest_id,))
            db.execute("DELETE FROM outbox WHERE state = 'sent' AND updated_at < ?", (cutoff,))
        return len(stale)

    # ------------------------------------------------------------------ the site

    def put_site(self, site: Site) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO site (id, record) VALUES (?, ?)",
                (site.id, self._fernet.encrypt(_SITE.dump_json(site))),
            )

    def site(self) -> Site | None:
        with self._lock:
            row = self._db.execute("SELECT record FROM site LIMIT 1").fetchone()
        return _SITE.validate_json(self._fernet.decrypt(row[0])) if row else None

    # ------------------------------------------------------------------ sync progress

    def sync_value(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM sync WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_sync_value(self, key: str, value: str | None) -> None:
        with self._transaction() as db:
            if value is None:
                db.execute("DELETE FROM sync WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO sync (key, value) VALUES (?, ?)", (key, value))

    def sealed_value(self, key: str) -> Any:
        """A value kept encrypted under ``key`` (None if there is none or it can't be read)."""
        text = self.sync_value(f"sealed:{key}")
        if text is None:
            return None
        try:
            return self._open_seal(text.encode())
        except (InvalidToken, ValueError):
            return None

    def set_sealed_value(self, key: str, value: Any) -> None:
        self.set_sync_value(f"sealed:{key}", self._seal(value).decode())

    # ------------------------------------------------------------------ the outbox (rows)

    def outbox_add(
        self, key: str, guest_id: str, record: dict[str, Any], *, local_visit: str | None = None
    ) -> int:
        """Durable before it returns (synchronous=FULL): then the screen may say "saved"."""
        now = self._clock()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO outbox (key, guest_id, record, state, created_at, updated_at, "
                "local_visit) VALUES (?, ?, ?, 'waiting', ?, ?, ?)",
                (key, guest_id, self._seal(record), now, now, local_visit),
            )
            return int(cursor.lastrowid or 0)

    def outbox_rows(
        self,
        *states: str,
        guest_id: str | None = None,
        after_seq: int = 0,
        limit: int = -1,
    ) -> list[dict[str, Any]]:
        """Entries in ``states`` in the order they were made (after ``after_seq``, at most
        ``limit``; only ``guest_id``'s if given). Decrypting is the cost: ask for few."""
        marks = ",".join("?" for _ in states)
        where = f"state IN ({marks}) AND seq > ?"
        params: list[Any] = [*states, after_seq]
        if guest_id is not None:
            where += " AND guest_id = ?"
            params.append(guest_id)
        with self._lock:
            rows = self._db.execute(
                f"SELECT seq, key, guest_id, record, state, attempts, created_at, updated_at "
                f"FROM outbox WHERE {where} ORDER BY seq LIMIT ?",
                [*params, limit],
            ).fetchall()
        found = []
        for seq, key, guest_id, record, state, attempts, created, updated in rows:
            found.append(
                {
                    "seq": seq,
                    "key": key,
                    "guest_id": guest_id,
                    "record": self._open_seal(record),
                    "state": state,
                    "attempts": attempts,
                    "created_at": created,
                    "updated_at": updated,
                }
            )
        return found

    def outbox_update(
        self,
        key: str,
        *,
        state: str | None = None,
        attempts: int | None = None,
        record: dict[str, Any] | None = None,
        server_visit: str | None = None,
    ) -> None:
        changes: list[str] = ["updated_at = ?"]
        values: list[Any] = [self._clock()]
        if state is not None:
            changes.append("state = ?")
            values.append(state)
        if attempts is not None:
            changes.append("attempts = ?")
            values.append(attempts)
        if record is not None:
            changes.append("record = ?")
            values.append(self._seal(record))
        if server_visit is not None:
            changes.append("server_visit = ?")
            values.append(server_visit)
        with self._transaction() as db:
            db.execute(f"UPDATE outbox SET {', '.join(changes)} WHERE key = ?", [*values, key])

    def sent_visit_for(self, local_visit: str) -> str | None:
        """The guest system's id for a visit made offline, once its check-in was sent."""
        with self._lock:
            row = self._db.execute(
                "SELECT server_visit FROM outbox WHERE local_visit = ? "
                "AND server_visit IS NOT NULL",
                (local_visit,),
            ).fetchone()
        return str(row[0]) if row and row[0] else None

    def visit_accounted_for(self, guest_id: str, server_visit: str) -> bool:
        """Whether a sent entry already stands for this visit of this guest."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM outbox WHERE guest_id = ? AND server_visit = ?",
                (guest_id, server_visit),
            ).fetchone()
        return row is not None

    def outbox_oldest(self, state: str) -> float | None:
        """When the oldest entry in ``state`` was saved (epoch seconds), or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(created_at) FROM outbox WHERE state = ?", (state,)
            ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def outbox_counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()
        return {str(state): int(count) for state, count in rows}


def new_key() -> bytes:
    return Fernet.generate_key()


SCRYPT_N = 2**15
"""scrypt's cost (32 MiB, about 0.1 s here): once at start, against a stolen disk's guesses."""
SALT_SUFFIX = ".salt"


def salt_path(path: Path) -> Path:
    return path.with_name(path.name + SALT_SUFFIX)


def key_from_text(text: str, path: Path) -> bytes:
    """The key for the copy at ``path`` from a key given as text (``KIOSK_STORE_KEY``, a
    credential): a Fernet key as it is; any other text is a passphrase, stretched with scrypt
    and a random salt kept beside the copy (0600; no secret, but the app's own file). A copy
    made before the salt (its key an unsalted SHA-256 of the passphrase) keeps that key, so its
    outbox is never set aside unread; ``kiosk forget`` and a sync give it a salted one."""
    raw = text.strip().encode()
    try:
        Fernet(raw)
        return raw
    except ValueError:
        pass
    salt_file = salt_path(path)
    if salt_file.exists():
        salt = bytes.fromhex(salt_file.read_text(encoding="utf-8").strip())
    elif path.exists():
        log.warning("The local copy's passphrase key is unsalted: `kiosk forget` then sync")
        return base64.urlsafe_b64encode(hashlib.sha256(raw).digest())
    else:
        salt = os.urandom(16)
        write_private(salt_file, salt.hex())
    stretched = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(raw)
    return base64.urlsafe_b64encode(stretched)
