"""The Collins stand-in's tables: customers (labels, venues and marketing choices as JSON
arrays/objects, as the API carries them), venues and marketing preferences (no endpoints of
their own in seed 002; the ids customers point at), and the idempotency keys the gatekeeper
shares with the Trybe stand-in."""

from __future__ import annotations

from kiosk.sandbox.store import Store

COLLINS_SCHEMA = """
CREATE TABLE IF NOT EXISTS venues (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS preferences (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    first_name TEXT, last_name TEXT, email TEXT, phone TEXT, company TEXT, dob TEXT,
    custom_field_value TEXT, notes TEXT,
    labels TEXT NOT NULL DEFAULT '[]',
    associated_venues TEXT NOT NULL DEFAULT '[]',
    marketing_preferences TEXT NOT NULL DEFAULT '{}',
    created_date TEXT,
    last_updated TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS customers_by_seq ON customers (seq);
CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created_at REAL NOT NULL,
    PRIMARY KEY (scope, key)
);
"""


class CollinsStore(Store):
    schema = COLLINS_SCHEMA
    schema_version = 101
    filled_when = "venues"
