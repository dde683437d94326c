"""Demo data for the Collins stand-in: a few hundred guests over two venues, with labels such as
VIP, Regular Customer and Banned, notes, companies and marketing choices; the same on every
start (seeded), and a few featured guests whose cards the demo prints."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.config import clock as wallclock
from kiosk.sandbox.collins.store import CollinsStore

DEFAULT_SEED = 20261129
GUEST_COUNT = 300
DATETIME = "%Y-%m-%d %H:%M:%S"
"""The seed's form: space-separated, no zone."""

VENUES = (
    ("5c80155a86bb06bc1401ea1e", "Palm Tree Brasserie"),
    ("5c8015884e68d55f12c7ec9d", "The Lido Bar"),
)
PREFERENCES = (
    ("5c8015f15dbf3bec42c4c66f", "Newsletter"),
    ("5c8016014e68d55f12c7eca1", "Offers by text message"),
)
LABELS = ("VIP", "Regular Customer", "Allergies", "Birthday", "Staff", "Banned")
FIRST = (
    "Marta",
    "Tom",
    "Priya",
    "Ben",
    "Ana",
    "Luca",
    "Sara",
    "Omar",
    "Ella",
    "Jack",
    "Nina",
    "Raj",
    "Zoe",
    "Leo",
    "Ivy",
    "Sam",
    "Maya",
    "Finn",
    "Rosa",
    "Theo",
)
LAST = (
    "Silva",
    "Hughes",
    "Shah",
    "Carter",
    "Costa",
    "Romano",
    "Novak",
    "Haddad",
    "Byrne",
    "Walsh",
    "Moreau",
    "Patel",
    "Kowalski",
    "Quinn",
    "Larsen",
    "Okafor",
    "Duarte",
    "Fox",
)
COMPANIES = (
    "The Access Group",
    "Harbour Events",
    "Northwind Ltd",
    "Blue Door Studio",
    None,
    None,
    None,
    None,
)


@dataclass(frozen=True)
class FeaturedGuest:
    id: str
    first_name: str
    last_name: str
    scenario: str
    labels: tuple[str, ...] = ()
    notes: str | None = None
    company: str | None = None


FEATURED = (
    FeaturedGuest(
        "65f1c0a2b3d4e5f601234567",
        "Marta",
        "Silva",
        "VIP, regular: shown loudly",
        ("VIP", "Regular Customer"),
        "Prefers the window table.",
        "Silva & Co",
    ),
    FeaturedGuest(
        "65f1c0a2b3d4e5f601234568",
        "Tom",
        "Hughes",
        "Banned: stop",
        ("Banned",),
        "Barred after an incident in March: call the manager.",
    ),
    FeaturedGuest(
        "65f1c0a2b3d4e5f601234569",
        "Priya",
        "Shah",
        "regular, no notes",
        ("Regular Customer",),
    ),
    FeaturedGuest(
        "65f1c0a2b3d4e5f60123456a",
        "Ana",
        "Costa",
        "allergies noted",
        ("Allergies",),
        "Severe nut allergy.",
        "Harbour Events",
    ),
    FeaturedGuest(
        "65f1c0a2b3d4e5f60123456b",
        "Ben",
        "Carter",
        "no labels, a company",
        company="The Access Group",
    ),
)


def populate(store: CollinsStore, *, seed: int = DEFAULT_SEED, now: datetime | None = None) -> None:
    now = (now or wallclock.now()).replace(microsecond=0)
    rng = random.Random(seed)
    with store.transaction() as db:
        db.executemany("INSERT INTO venues (id, name) VALUES (?, ?)", VENUES)
        db.executemany("INSERT INTO preferences (id, name) VALUES (?, ?)", PREFERENCES)
        seq = 0
        for featured in FEATURED:
            seq += 1
            db.execute(*_insert(featured_row(featured, rng, now, seq)))
        taken = {f.id for f in FEATURED}
        for _ in range(GUEST_COUNT - len(FEATURED)):
            seq += 1
            row = random_row(rng, now, seq)
            while row["id"] in taken:
                row["id"] = f"{rng.getrandbits(96):024x}"
            taken.add(row["id"])
            db.execute(*_insert(row))


def featured_row(featured: FeaturedGuest, rng: random.Random, now: datetime, seq: int) -> dict:  # type: ignore[type-arg]
    row = random_row(rng, now, seq)
    slug = f"{featured.first_name}.{featured.last_name}".lower()
    row.update(
        id=featured.id,
        first_name=featured.first_name,
        last_name=featured.last_name,
        email=f"{slug}@example.com",
        company=featured.company,
        notes=featured.notes,
        labels=json.dumps(list(featured.labels)),
        associated_venues=json.dumps([VENUES[0][0]]),
    )
    return row


def random_row(rng: random.Random, now: datetime, seq: int) -> dict:  # type: ignore[type-arg]
    first, last = rng.choice(FIRST), rng.choice(LAST)
    created = now - timedelta(days=rng.randint(1, 2000), minutes=rng.randint(0, 1440))
    updated = created + (now - created) * rng.random()
    labels = [label for label in LABELS[:5] if rng.random() < 0.15]
    if rng.random() < 0.02:
        labels.append("Banned")
    venues = [v for v, _ in VENUES if rng.random() < 0.6] or [VENUES[seq % 2][0]]
    prefs = {p: rng.random() < 0.5 for p, _ in PREFERENCES if rng.random() < 0.7}
    return {
        "id": f"{rng.getrandbits(96):024x}",
        "first_name": first,
        "last_name": last,
        "email": f"{first}.{last}{rng.randint(1, 99)}@example.com".lower(),
        "phone": f"+4477009{rng.randint(0, 99999):05d}",
        "company": rng.choice(COMPANIES),
        "dob": f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "custom_field_value": None,
        "notes": None,
        "labels": json.dumps(labels),
        "associated_venues": json.dumps(venues),
        "marketing_preferences": json.dumps(prefs),
        # before February 2019 the API kept no created date (the seed): null then
        "created_date": None if created.year < 2019 else created.strftime(DATETIME),
        "last_updated": updated.strftime(DATETIME),
        "seq": seq,
    }


def _insert(row: dict) -> tuple[str, tuple]:  # type: ignore[type-arg]
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return f"INSERT INTO customers ({columns}) VALUES ({marks})", tuple(row.values())
