"""SQLite behind the stand-in server: real tables, WAL, one connection per thread.

The server runs request handlers on a thread pool; SQLite connections are not shared across
threads, so each thread opens its own (kept in a thread-local; the server closes them all at
shutdown, hence ``check_same_thread=False``).
Writes take a process-wide lock so that read-check-write sequences (unique payloads, lock
checks) are atomic across handlers.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS sites (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, brand_id TEXT NOT NULL, brand_name TEXT NOT NULL,
    organisation_id TEXT NOT NULL, organisation_name TEXT NOT NULL, currency TEXT NOT NULL,
    locale TEXT NOT NULL, timezone TEXT NOT NULL, country_code TEXT, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS labels (
    id TEXT PRIMARY KEY, value TEXT NOT NULL, colour TEXT NOT NULL,
    organisation_id TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY, site_id TEXT NOT NULL REFERENCES sites(id), brand_id TEXT NOT NULL,
    first_name TEXT, last_name TEXT, email TEXT, phone TEXT, dob TEXT,
    preferred_locale TEXT NOT NULL DEFAULT 'en', has_password INTEGER NOT NULL DEFAULT 0,
    stripe_id TEXT, external_ref TEXT, avatar_id TEXT,
    locked_at TEXT, deleted_at TEXT, last_active_at TEXT, email_verified_at TEXT,
    last_check_in_at TEXT, last_check_in_method TEXT, password_hash TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS customers_site ON customers(site_id);
CREATE INDEX IF NOT EXISTS customers_email ON customers(email);
CREATE TABLE IF NOT EXISTS customer_labels (
    customer_id TEXT NOT NULL REFERENCES customers(id),
    label_id TEXT NOT NULL REFERENCES labels(id),
    PRIMARY KEY (customer_id, label_id)
);
CREATE TABLE IF NOT EXISTS payment_methods (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    payment_method_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
    cardholder_name TEXT, card_brand TEXT, card_country TEXT, card_funding TEXT, card_expiry TEXT,
    last_4 TEXT, processor TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS payment_methods_customer ON payment_methods(customer_id);
CREATE TABLE IF NOT EXISTS memberships (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    site_id TEXT NOT NULL, status TEXT NOT NULL, attention_reason TEXT,
    membership_number TEXT NOT NULL, source TEXT NOT NULL,
    type_id TEXT NOT NULL, type_name TEXT NOT NULL,
    rate_id TEXT NOT NULL, rate_name TEXT NOT NULL, rate_price INTEGER NOT NULL,
    rate_joining_fee INTEGER NOT NULL, rate_currency TEXT NOT NULL, billing_frequency TEXT NOT NULL,
    start_date TEXT, end_date TEXT, next_billing_date TEXT,
    next_charge_amount INTEGER, next_charge_status TEXT,
    payment_method_id TEXT REFERENCES payment_methods(id),
    created_at TEXT NOT NULL, status_updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS memberships_customer ON memberships(customer_id);
CREATE TABLE IF NOT EXISTS orders (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), site_id TEXT NOT NULL,
    order_ref TEXT NOT NULL, status TEXT NOT NULL, num_items INTEGER NOT NULL,
    total INTEGER NOT NULL, order_discount INTEGER NOT NULL, currency TEXT NOT NULL,
    sales_channel TEXT NOT NULL, submitted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_customer ON orders(customer_id);
CREATE TABLE IF NOT EXISTS barcodes (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    site_id TEXT NOT NULL, brand_id TEXT NOT NULL, organisation_id TEXT NOT NULL,
    barcode TEXT NOT NULL, expires_at TEXT, source TEXT NOT NULL,
    order_id TEXT REFERENCES orders(id), payment_method_id TEXT REFERENCES payment_methods(id),
    created_at TEXT NOT NULL,
    UNIQUE (site_id, barcode)
);
CREATE INDEX IF NOT EXISTS barcodes_customer ON barcodes(customer_id);
CREATE TABLE IF NOT EXISTS addresses (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    name TEXT NOT NULL, address_line_1 TEXT NOT NULL, address_line_2 TEXT, city TEXT,
    county TEXT, country TEXT, postcode TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS addresses_customer ON addresses(customer_id);
CREATE TABLE IF NOT EXISTS check_ins (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    site_id TEXT NOT NULL, membership_id TEXT, method TEXT NOT NULL,
    checked_in_at TEXT NOT NULL, checked_out_at TEXT, device_id TEXT, device_name TEXT
);
CREATE INDEX IF NOT EXISTS check_ins_customer ON check_ins(customer_id);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL, event TEXT NOT NULL,
    subject_id TEXT, old_values TEXT NOT NULL, new_values TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL, kind TEXT NOT NULL,
    recipient TEXT NOT NULL, url TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS queued_jobs (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
    params TEXT NOT NULL, output TEXT, report TEXT, created_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE TABLE IF NOT EXISTS marketing_opt_ins (
    customer_id TEXT NOT NULL REFERENCES customers(id), preference_id TEXT NOT NULL,
    PRIMARY KEY (customer_id, preference_id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created_at REAL NOT NULL,
    PRIMARY KEY (scope, key)
);
"""

SCHEMA_VERSION = 3
"""Bump when a table changes; an older database is refused with a clear message."""


class OutdatedDatabase(RuntimeError):
    """The database file was made by an older sandbox; ``--reset`` recreates it."""


Row = dict[str, Any]


class Store:
    """The server's database: a file (or ``:memory:``-like temp file) with WAL journaling.
    A vendor's stand-in subclasses it with its own tables (``schema``)."""

    schema = SCHEMA
    schema_version = SCHEMA_VERSION
    filled_when = "sites"
    """A table that has rows once the demo data are in (``is_empty``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        conn = self._connection()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        has_tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        if has_tables and version != self.schema_version:
            raise OutdatedDatabase(
                f"{path} was made by another version of the sandbox "
                f"(schema {version}, expected {self.schema_version}); start it with --reset"
            )
        conn.executescript(self.schema)
        conn.execute(f"PRAGMA user_version = {self.schema_version}")

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=10, check_same_thread=False, isolation_level=None
            )
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, serialised across threads; rolled back on error."""
        conn = self._connection()
        with self._write_lock:
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [dict(r) for r in self._connection().execute(sql, params).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row = self._connection().execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._connection().execute(sql, params).fetchone()
        return row[0] if row is not None else None

    def is_empty(self) -> bool:
        return not self.scalar(f"SELECT COUNT(*) FROM {self.filled_when}")

    def close(self) -> None:
        """Close every thread's connection (at server shutdown)."""
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
