"""The demo data set is deterministic and covers every state the screens must show."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.sandbox.demo_data import ATTENTION_REASONS, FEATURED, STATUSES, populate
from kiosk.sandbox.store import Store

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _fill(path: Path, seed: int = 1) -> Store:
    store = Store(path)
    populate(store, seed=seed, now=NOW)
    return store


def test_same_seed_same_guests(tmp_path: Path) -> None:
    first = _fill(tmp_path / "a.db")
    second = _fill(tmp_path / "b.db")
    query = (
        "SELECT c.id, c.first_name, b.barcode, b.expires_at FROM customers c "
        "LEFT JOIN barcodes b ON b.customer_id = c.id ORDER BY c.id, b.barcode"
    )
    assert first.all(query) == second.all(query)
    other = _fill(tmp_path / "c.db", seed=2)
    assert other.all(query) != first.all(query)


def test_every_state_is_present(tmp_path: Path) -> None:
    store = _fill(tmp_path / "demo.db")
    assert store.scalar("SELECT COUNT(*) FROM customers") == 300
    statuses = {r["status"] for r in store.all("SELECT DISTINCT status FROM memberships")}
    assert statuses == set(STATUSES)
    reasons = {
        r["attention_reason"]
        for r in store.all("SELECT DISTINCT attention_reason FROM memberships")
    }
    assert set(ATTENTION_REASONS) <= reasons
    assert store.scalar("SELECT COUNT(*) FROM customers WHERE locked_at IS NOT NULL") > 0
    assert store.scalar("SELECT COUNT(*) FROM customers WHERE deleted_at IS NOT NULL") > 0
    assert store.scalar("SELECT COUNT(*) FROM barcodes WHERE expires_at IS NULL") > 0
    assert store.scalar("SELECT COUNT(*) FROM payment_methods WHERE revoked_at IS NOT NULL") > 0
    assert store.scalar("SELECT COUNT(*) FROM payment_methods WHERE type = 'direct_debit'") > 0
    featured = {r["barcode"] for r in store.all("SELECT barcode FROM barcodes")}
    assert {f.code for f in FEATURED} <= featured
