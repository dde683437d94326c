"""The demo data set is deterministic and covers every state the screens must show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

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


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 12, 7, 22, 50, tzinfo=UTC),
        datetime(2026, 12, 7, 23, 58, tzinfo=UTC),
        datetime(2026, 12, 8, 0, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 0, 30, tzinfo=UTC),  # London's clocks go forward at 01:00
        datetime(2027, 10, 31, 1, 30, tzinfo=UTC),  # and back
    ],
    ids=["22:50", "23:58", "00:30", "spring-forward", "fall-back"],
)
def test_the_demo_has_a_guest_who_may_come_in_and_one_expired_yesterday_at_any_hour(
    tmp_path: Path, now: datetime
) -> None:
    """Amelia's day band is never inside the one-hour "expiring" warning (at 22:50 it used to
    expire at 23:40: no green guest all evening), and Chloé's expired on the site's yesterday
    (26 hours ago was two days back before 2 am)."""
    store = Store(tmp_path / "demo.db")
    populate(store, seed=1, now=now)
    zone = ZoneInfo("Europe/London")

    def expiry(code: str) -> datetime:
        raw = store.scalar("SELECT expires_at FROM barcodes WHERE barcode = ?", (code,))
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00"))

    amelia, chloe = expiry("100200300"), expiry("100200302")
    assert amelia - now > timedelta(hours=2)
    assert chloe < now
    assert chloe.astimezone(zone).date() == now.astimezone(zone).date() - timedelta(days=1)
