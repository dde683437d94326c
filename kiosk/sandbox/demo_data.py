"""A deterministic demo data set: the same seed and day give the same guests, bands and cards.

It covers every state the kiosk must show: valid, expiring, expired and never-expiring bands,
with and without a card or an order; valid, expired and revoked cards and a direct debit;
every membership status and attention reason; locked and anonymised guests; photos and none;
two sites in different timezones and currencies; four locales. All names are invented.

The *featured* guests have fixed, memorable wristband codes (see :data:`FEATURED`) so the
README, the tests and a person with a printed card sheet can reach each state directly.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as dt_time
from zoneinfo import ZoneInfo

from kiosk.config import clock as wallclock
from kiosk.sandbox.store import Store
from kiosk.sandbox.timefmt import iso

DEFAULT_SEED = 20261123
GUEST_COUNT = 300

ORGANISATION_ID = "0b6f3c1e-5a43-4f0e-9d43-3c8e5e0f9a10"
BRAND_ID = "2e12dd9b-e723-4798-9adf-b9bc3abb5b6d"

SITES = (
    {
        "id": "9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11",
        "name": "Palm Tree Spa",
        "currency": "gbp",
        "locale": "en",
        "timezone": "Europe/London",
        "country_code": "gb",
    },
    {
        "id": "5c3e8f27-1d9a-4b6c-a2e4-7f1b0c9d8e22",
        "name": "Thermen am See",
        "currency": "eur",
        "locale": "de",
        "timezone": "Europe/Berlin",
        "country_code": "de",
    },
)

LABELS = (
    ("VIP", "ff6634"),
    ("Spa day", "2a9d8f"),
    ("Staff", "264653"),
    ("Allergies", "e63946"),
    ("Birthday", "e9c46a"),
    ("Corporate", "6d597a"),
)

MEMBERSHIP_TYPES = (
    ("Gold tier", "Standard rate", 9900, 5000),
    ("Silver tier", "Standard rate", 5900, 2500),
    ("Off-peak", "Weekday rate", 3995, 0),
    ("Family", "Two adults", 14900, 5000),
)

STATUSES = (
    "active",
    "needs_dd_mandate",
    "needs_attention",
    "reserved",
    "inactive",
    "expired",
    "upcoming",
)
ATTENTION_REASONS = (
    "no_mandate",
    "setup_unpaid",
    "mandate_revoked",
    "payment_failed",
    "payment_disputed",
    "payment_outstanding",
)

FIRST_NAMES = {
    "en": (
        "Amelia",
        "Oliver",
        "Isla",
        "Harry",
        "Ava",
        "Noah",
        "Freya",
        "George",
        "Poppy",
        "Arthur",
    ),
    "de": ("Jonas", "Lena", "Felix", "Mia", "Lukas", "Hannah", "Paul", "Emilia", "Leon", "Clara"),
    "fr": ("Chloé", "Louis", "Léa", "Gabriel", "Manon", "Hugo", "Inès", "Jules", "Camille", "Théo"),
    "es": (
        "Sofía",
        "Mateo",
        "Lucía",
        "Hugo",
        "Martina",
        "Pablo",
        "Valeria",
        "Álvaro",
        "Carmen",
        "Diego",
    ),
}
LAST_NAMES = {
    "en": (
        "Hart",
        "Price",
        "Walsh",
        "Turner",
        "Brooks",
        "Fletcher",
        "Hughes",
        "Reid",
        "Marsh",
        "Lowe",
    ),
    "de": (
        "Becker",
        "Schmidt",
        "Wagner",
        "Hoffmann",
        "Krüger",
        "Vogel",
        "Keller",
        "Brandt",
        "Lang",
        "Franke",
    ),
    "fr": (
        "Martin",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Blanc",
        "Faure",
    ),
    "es": (
        "García",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Ortega",
        "Castro",
    ),
}
PHONE_PREFIX = {"en": "+4477009", "de": "+4915209", "fr": "+3361209", "es": "+3461209"}


@dataclass(frozen=True)
class Featured:
    """A hand-picked guest whose band code is fixed, one per state the desk must show."""

    code: str
    first_name: str
    last_name: str
    locale: str
    scenario: str
    site: int = 0


FEATURED: tuple[Featured, ...] = (
    Featured("100200300", "Amelia", "Hart", "en", "admit: active Gold member, card on band, VIP"),
    Featured("100200301", "Jonas", "Becker", "de", "warn: membership payment failed"),
    Featured("100200302", "Chloé", "Martin", "fr", "deny: band expired yesterday"),
    Featured("100200303", "Sofía", "García", "es", "deny: account locked"),
    Featured(
        "100200304", "Oliver", "Price", "en", "warn: no membership, no photo, band never expires"
    ),
    Featured("100200305", "", "", "en", "deny: anonymised customer"),
    Featured(
        "100200306", "Priya", "Shah", "en", "warn: band expires within the hour, revoked card"
    ),
    Featured("100200307", "Liam", "Walsh", "en", "deny: membership expired, expired card on file"),
    Featured("100200308", "Hannah", "Schmidt", "de", "warn: membership upcoming, direct debit"),
    Featured("100200309", "Emma", "Dubois", "fr", "warn: waiting for a direct-debit mandate"),
    Featured("9912345678", "Lena", "Vogel", "de", "code starting with 99; reserved membership"),
    Featured(
        "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P",
        "Mateo",
        "Navarro",
        "es",
        "long QR payload, active Silver member",
    ),
    Featured("200100300", "Klara", "Brandt", "de", "a band of the other site (Thermen am See)", 1),
)


class _Ids:
    """Deterministic UUIDs and object-ids from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def object_id(self) -> str:
        return f"{self._rng.getrandbits(96):024x}"


def populate(store: Store, *, seed: int = DEFAULT_SEED, now: datetime | None = None) -> None:
    """Fill an empty store with the demo data set for ``seed``, relative to ``now``."""
    now = (now or wallclock.now()).replace(microsecond=0)
    rng = random.Random(seed)
    ids = _Ids(rng)
    builder = _Builder(store, rng, ids, now)
    builder.sites_and_labels()
    for index, featured in enumerate(FEATURED):
        builder.featured_guest(index, featured)
    for index in range(GUEST_COUNT - len(FEATURED)):
        builder.random_guest(index)
    builder.flush()


class _Builder:
    def __init__(self, store: Store, rng: random.Random, ids: _Ids, now: datetime) -> None:
        self.store = store
        self.rng = rng
        self.ids = ids
        self.now = now
        self.rows: dict[str, list[dict[str, object]]] = {}
        self.label_ids: list[str] = []
        self.order_counter = 1000

    # -- helpers ------------------------------------------------------------------

    def add(self, table: str, **row: object) -> None:
        self.rows.setdefault(table, []).append(row)

    def flush(self) -> None:
        order = (
            "sites",
            "labels",
            "customers",
            "customer_labels",
            "payment_methods",
            "memberships",
            "orders",
            "barcodes",
        )
        with self.store.transaction() as db:
            for table in order:
                rows = self.rows.get(table, [])
                if not rows:
                    continue
                columns = list(rows[0])
                sql = (
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)})"
                )
                db.executemany(sql, [tuple(r[c] for c in columns) for r in rows])
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('demo_generated_at', ?)",
                (iso(self.now),),
            )

    def ago(self, **delta: float) -> str:
        return iso(self.now - timedelta(**delta))

    def ahead(self, **delta: float) -> str:
        return iso(self.now + timedelta(**delta))

    def earlier_today(self, site: int, *, hours: float) -> str:
        """``hours`` ago, but never before the site's midnight (a tab opened "today" is today's
        at 00:30 too): halfway since midnight when it is earlier than that."""
        zone = ZoneInfo(str(SITES[site]["timezone"]))
        local = self.now.astimezone(zone)
        midnight = datetime.combine(local.date(), dt_time(0, 0), tzinfo=zone)
        at = max(local - timedelta(hours=hours), midnight + (local - midnight) / 2)
        return iso(at.astimezone(UTC))

    def yesterday_at(self, site: int, hour: int, minute: int) -> str:
        """Yesterday at this wall-clock time in the site's zone (so "expired yesterday" holds at
        any hour of the day, 00:30 included, and across a change of clocks)."""
        zone = ZoneInfo(str(SITES[site]["timezone"]))
        day = self.now.astimezone(zone).date() - timedelta(days=1)
        return iso(datetime.combine(day, dt_time(hour, minute), tzinfo=zone).astimezone(UTC))

    def end_of_today(self, site: int) -> str:
        """A day band's expiry: 23:00 at the site, or, late in the evening, four hours from now
        (never inside the one-hour "expiring" warning, so the demo has a guest who may come in
        at any hour: at 22:50 "end of today" would have left every valid band amber)."""
        zone = ZoneInfo(str(SITES[site]["timezone"]))
        local = self.now.astimezone(zone)
        end = local.replace(hour=23, minute=0, second=0, microsecond=0)
        if end - local < timedelta(hours=3):
            end = local + timedelta(hours=4)
        return iso(end.astimezone(UTC))

    # -- reference data ------------------------------------------------------------

    def sites_and_labels(self) -> None:
        for site in SITES:
            self.add(
                "sites",
                brand_id=BRAND_ID,
                brand_name="Palm Tree Group",
                organisation_id=ORGANISATION_ID,
                organisation_name="Palm Tree Group Ltd",
                created_at=self.ago(days=900),
                **site,
            )
        for value, colour in LABELS:
            label_id = self.ids.uuid()
            self.label_ids.append(label_id)
            self.add(
                "labels",
                id=label_id,
                value=value,
                colour=colour,
                organisation_id=ORGANISATION_ID,
                created_at=self.ago(days=800),
            )

    # -- guests --------------------------------------------------------------------

    def customer(
        self,
        *,
        first: str,
        last: str,
        locale: str,
        site: int,
        photo: bool,
        locked: bool = False,
        anonymised: bool = False,
    ) -> str:
        customer_id = self.ids.uuid()
        created = self.ago(days=self.rng.randint(30, 1500))
        email = None
        phone = None
        dob = None
        if not anonymised:
            slug = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
            slug = slug.encode("ascii", "ignore").decode() or "guest"
            email = f"{slug}{self.rng.randint(1, 99)}@example.com"
            phone = PHONE_PREFIX[locale] + f"{self.rng.randint(0, 99999):05d}"
            year, month, day = (
                self.rng.randint(1950, 2004),
                self.rng.randint(1, 12),
                self.rng.randint(1, 28),
            )
            dob = f"{year}-{month:02d}-{day:02d}"
        checked_in = self.rng.random() < 0.6 and not anonymised
        self.add(
            "customers",
            id=customer_id,
            site_id=SITES[site]["id"],
            brand_id=BRAND_ID,
            first_name=None if anonymised else first,
            last_name=None if anonymised else last,
            email=email,
            phone=phone,
            dob=dob,
            preferred_locale=locale,
            has_password=int(self.rng.random() < 0.7),
            stripe_id=None if anonymised else f"cus_{self.ids.object_id()[:14]}",
            external_ref=None,
            avatar_id=self.ids.uuid() if photo and not anonymised else None,
            locked_at=self.ago(days=3) if locked else None,
            deleted_at=self.ago(days=20) if anonymised else None,
            last_active_at=self.ago(days=self.rng.randint(0, 60)),
            email_verified_at=created if email else None,
            last_check_in_at=self.ago(hours=self.rng.randint(20, 24 * 40)) if checked_in else None,
            last_check_in_method="Scanned" if checked_in else None,
            created_at=created,
            updated_at=self.ago(days=self.rng.randint(0, 29)),
        )
        return customer_id

    def labels_for(self, customer_id: str, names: tuple[str, ...] | None = None) -> None:
        if names is None:
            count = self.rng.choice((0, 0, 1, 1, 2, 3))
            chosen = self.rng.sample(range(len(LABELS)), count)
        else:
            chosen = [i for i, (value, _) in enumerate(LABELS) if value in names]
        for i in chosen:
            self.add("customer_labels", customer_id=customer_id, label_id=self.label_ids[i])

    def card(self, customer_id: str, holder: str, kind: str = "valid") -> str:
        """A stored payment method: ``valid``, ``expired``, ``revoked`` card or ``direct_debit``."""
        pm_id = self.ids.uuid()
        brand = self.rng.choice(("visa", "mastercard", "amex"))
        year = self.now.year % 100
        if kind == "expired":
            expiry = f"{self.rng.randint(1, 12):02d}/{year - 1:02d}"
        else:
            expiry = f"{self.rng.randint(1, 12):02d}/{year + self.rng.randint(1, 4):02d}"
        direct_debit = kind == "direct_debit"
        self.add(
            "payment_methods",
            id=pm_id,
            customer_id=customer_id,
            payment_method_id=f"pm_{self.ids.object_id()}",
            name="Direct debit" if direct_debit else f"{brand.title()} card",
            type="direct_debit" if direct_debit else "card",
            status="revoked" if kind == "revoked" else "active",
            cardholder_name=holder,
            card_brand=None if direct_debit else brand,
            card_country="gb",
            card_funding=None if direct_debit else self.rng.choice(("credit", "debit")),
            card_expiry=None if direct_debit else expiry,
            last_4=f"{self.rng.randint(0, 9999):04d}",
            processor="gocardless" if direct_debit else "stripe",
            created_at=self.ago(days=self.rng.randint(40, 400)),
            updated_at=self.ago(days=self.rng.randint(0, 39)),
            revoked_at=self.ago(days=5) if kind == "revoked" else None,
        )
        return pm_id

    def membership(
        self,
        customer_id: str,
        site: int,
        status: str,
        *,
        reason: str | None = None,
        type_index: int | None = None,
        payment_method_id: str | None = None,
    ) -> None:
        index = self.rng.randrange(len(MEMBERSHIP_TYPES)) if type_index is None else type_index
        type_name, rate_name, price, joining = MEMBERSHIP_TYPES[index]
        currency = str(SITES[site]["currency"]).upper()
        start_days = {"upcoming": -10, "reserved": -3}.get(status, self.rng.randint(30, 700))
        end = None
        if status == "expired":
            end = self.ago(days=self.rng.randint(2, 60))
        elif status == "inactive":
            end = self.ago(days=self.rng.randint(1, 30))
        billing_live = status in ("active", "needs_attention", "upcoming")
        self.add(
            "memberships",
            id=self.ids.uuid(),
            customer_id=customer_id,
            site_id=SITES[site]["id"],
            status=status,
            attention_reason=reason,
            membership_number=f"{self.rng.randint(0, 9_999_999_999):010d}",
            source=self.rng.choice(("self_signup", "app", "import", "unknown")),
            type_id=f"00000000-0000-4000-8000-00000000000{index}",
            type_name=type_name,
            rate_id=f"00000000-0000-4000-9000-00000000000{index}",
            rate_name=rate_name,
            rate_price=price,
            rate_joining_fee=joining,
            rate_currency=currency,
            billing_frequency="P1M",
            start_date=self.ago(days=start_days),
            end_date=end,
            next_billing_date=self.ahead(days=self.rng.randint(1, 28)) if billing_live else None,
            next_charge_amount=price if billing_live else None,
            next_charge_status="pending" if billing_live else None,
            payment_method_id=payment_method_id,
            created_at=self.ago(days=abs(start_days) + 7),
            status_updated_at=self.ago(days=self.rng.randint(0, 20)),
        )

    def orders(
        self, customer_id: str, site: int, count: int | None = None, *, tab: bool = False
    ) -> str | None:
        """``tab``: the last one is still open, started two hours ago (a running tab on the
        band; the random draws are the same either way, so the rest of the data stays)."""
        count = self.rng.choice((0, 1, 2, 3, 5)) if count is None else count
        last = None
        for number in range(count):
            self.order_counter += 1
            order_id = self.ids.object_id()
            total = self.rng.choice((2500, 4500, 8000, 12000, 15000, 19250, 23500))
            self.add(
                "orders",
                id=order_id,
                customer_id=customer_id,
                site_id=SITES[site]["id"],
                order_ref=f"TRY{self.order_counter:05d}",
                status=self.rng.choice(("submitted", "settled", "settled", "cancelled")),
                num_items=self.rng.randint(1, 4),
                total=total,
                order_discount=self.rng.choice((0, 0, 0, 500)),
                currency=str(SITES[site]["currency"]),
                sales_channel=self.rng.choice(("Website", "Reception", "Phone", "App")),
                submitted_at=self.ago(days=self.rng.randint(0, 300), hours=self.rng.randint(0, 23)),
            )
            if tab and number == count - 1:
                self.rows["orders"][-1].update(
                    status="submitted", submitted_at=self.earlier_today(site, hours=2)
                )
            last = order_id
        return last

    def band(
        self,
        customer_id: str,
        site: int,
        code: str,
        expires_at: str | None,
        *,
        payment_method_id: str | None = None,
        order_id: str | None = None,
    ) -> None:
        self.add(
            "barcodes",
            id=self.ids.uuid(),
            customer_id=customer_id,
            site_id=SITES[site]["id"],
            brand_id=BRAND_ID,
            organisation_id=ORGANISATION_ID,
            barcode=code,
            expires_at=expires_at,
            source=self.rng.choice(("kiosk", "reception", "import")),
            order_id=order_id,
            payment_method_id=payment_method_id,
            created_at=self.ago(days=self.rng.randint(0, 2), hours=self.rng.randint(1, 10)),
        )

    # -- the featured guests ---------------------------------------------------------

    def featured_guest(self, index: int, f: Featured) -> None:
        site = f.site
        holder = f"{f.first_name} {f.last_name}".strip()
        photo = index not in (4, 5, 9)
        cid = self.customer(
            first=f.first_name,
            last=f.last_name,
            locale=f.locale,
            site=site,
            photo=photo,
            locked=index == 3,
            anonymised=index == 5,
        )
        today = self.end_of_today(site)
        order = self.orders(cid, site, count=2 if index != 5 else 0, tab=index == 0)
        if index == 0:
            self.labels_for(cid, ("VIP", "Spa day"))
            card = self.card(cid, holder)
            self.membership(cid, site, "active", type_index=0, payment_method_id=card)
            self.band(cid, site, f.code, today, payment_method_id=card, order_id=order)
        elif index == 1:
            card = self.card(cid, holder)
            self.membership(
                cid,
                site,
                "needs_attention",
                reason="payment_failed",
                type_index=1,
                payment_method_id=card,
            )
            self.band(cid, site, f.code, today, payment_method_id=card)
        elif index == 2:
            self.labels_for(cid, ("Birthday",))
            self.membership(cid, site, "active", type_index=2)
            self.band(cid, site, f.code, self.yesterday_at(site, 18, 31))
        elif index == 3:
            self.membership(cid, site, "active", type_index=1)
            self.band(cid, site, f.code, today)
        elif index == 4:
            self.band(cid, site, f.code, None)
        elif index == 5:
            self.band(cid, site, f.code, today)
        elif index == 6:
            revoked = self.card(cid, holder, "revoked")
            self.card(cid, holder)
            self.membership(cid, site, "active", type_index=0)
            self.band(cid, site, f.code, self.ahead(minutes=45), payment_method_id=revoked)
        elif index == 7:
            expired = self.card(cid, holder, "expired")
            self.membership(cid, site, "expired", type_index=1, payment_method_id=expired)
            self.band(cid, site, f.code, today, payment_method_id=expired)
        elif index == 8:
            dd = self.card(cid, holder, "direct_debit")
            self.labels_for(cid, ("Corporate",))
            self.membership(cid, site, "upcoming", type_index=3, payment_method_id=dd)
            self.band(cid, site, f.code, self.ahead(days=7), payment_method_id=dd)
        elif index == 9:
            self.membership(cid, site, "needs_dd_mandate", reason="no_mandate", type_index=2)
            self.band(cid, site, f.code, today)
        elif index == 10:
            self.membership(cid, site, "reserved", type_index=0)
            self.band(cid, site, f.code, self.ahead(days=30))
        else:
            card = self.card(cid, holder)
            self.labels_for(cid, ("Spa day",))
            self.membership(cid, site, "active", type_index=1, payment_method_id=card)
            self.band(cid, site, f.code, today, payment_method_id=card)

    # -- the crowd -----------------------------------------------------------------

    def random_guest(self, index: int) -> None:
        rng = self.rng
        locale = rng.choice(("en", "en", "en", "de", "fr", "es"))
        site = 1 if locale == "de" and rng.random() < 0.7 else rng.choice((0, 0, 0, 1))
        first = rng.choice(FIRST_NAMES[locale])
        last = rng.choice(LAST_NAMES[locale])
        roll = rng.random()
        cid = self.customer(
            first=first,
            last=last,
            locale=locale,
            site=site,
            photo=rng.random() < 0.6,
            locked=roll < 0.03,
            anonymised=0.03 <= roll < 0.05,
        )
        self.labels_for(cid)
        holder = f"{first} {last}"
        cards = [
            self.card(cid, holder, rng.choice(("valid", "valid", "valid", "expired", "revoked")))
            for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        if rng.random() < 0.15:
            cards.append(self.card(cid, holder, "direct_debit"))
        if rng.random() < 0.75:
            status = (
                STATUSES[index % len(STATUSES)]
                if index < 70
                else rng.choice(("active",) * 6 + STATUSES)
            )
            reason = None
            if status == "needs_attention":
                reason = ATTENTION_REASONS[(index // len(STATUSES)) % len(ATTENTION_REASONS)]
            elif status == "needs_dd_mandate":
                reason = "no_mandate"
            self.membership(
                cid, site, status, reason=reason, payment_method_id=cards[0] if cards else None
            )
        order = self.orders(cid, site)
        if rng.random() < 0.8:
            kind = rng.choice(("today", "today", "days", "expired", "never", "hour"))
            expires = {
                "today": self.end_of_today(site),
                "days": self.ahead(days=rng.randint(1, 30)),
                "expired": self.ago(days=rng.randint(1, 10)),
                "never": None,
                "hour": self.ahead(minutes=rng.randint(10, 110)),
            }[kind]
            code = f"{200000000 + index * 7 + rng.randint(0, 6)}"
            self.band(
                cid,
                site,
                code,
                expires,
                payment_method_id=cards[0] if cards and rng.random() < 0.6 else None,
                order_id=order if order and rng.random() < 0.4 else None,
            )


def visit_history(store: Store) -> int:
    """Every guest who has been in gets their past visits: the last one (at their
    ``last_check_in_at``) and up to three before it, each checked out after an hour or three,
    made at one of two desks or in the guest system's own app; the desk's "Recent visits" has
    something to show. Drawn from each guest's own random stream (the rest of the demo stays
    as it was). The app's demo has them; the tests' stand-in does not, so a test counts only
    the visits it made. Returns how many were added."""
    rows = store.all(
        "SELECT id, site_id, last_check_in_at FROM customers WHERE last_check_in_at IS NOT NULL"
    )
    added = []
    for row in rows:
        own = random.Random(row["id"])
        last = datetime.fromisoformat(row["last_check_in_at"].replace("Z", "+00:00"))
        starts = [last]
        for _ in range(own.randint(0, 3)):
            starts.append(starts[-1] - timedelta(hours=own.randint(24 * 3, 24 * 20)))
        for start in starts:
            desk = own.choice((1, 2, None))
            added.append(
                (
                    str(uuid.UUID(int=own.getrandbits(128), version=4)),
                    row["id"],
                    row["site_id"],
                    iso(start),
                    iso(start + timedelta(minutes=own.randint(60, 200))),
                    f"demo-desk-{desk}" if desk else None,
                    f"Desk {desk}" if desk else None,
                )
            )
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO check_ins (id, customer_id, site_id, method, checked_in_at, "
            "checked_out_at, device_id, device_name) VALUES (?, ?, ?, 'Scanned', ?, ?, ?, ?)",
            added,
        )
    return len(added)


def open_visits(
    store: Store, *, count: int = 36, seed: int = DEFAULT_SEED, now: datetime | None = None
) -> int:
    """A busy afternoon at the first site: ``count`` guests checked in over the last five hours
    and still in (the demo's "who is in now"). Never a featured guest, whose states the README
    and the tests rely on; never a locked or anonymised one. Returns how many were added."""
    now = (now or wallclock.now()).replace(microsecond=0)
    rng = random.Random(seed + 1)
    featured = {f.code for f in FEATURED}
    rows = store.all(
        "SELECT c.id FROM customers c WHERE c.site_id = ? AND c.locked_at IS NULL "
        "AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM barcodes b "
        f"WHERE b.customer_id = c.id AND b.barcode IN ({','.join('?' for _ in featured)})) "
        "ORDER BY c.id",
        [SITES[0]["id"], *featured],
    )
    chosen = rng.sample([r["id"] for r in rows], min(count, len(rows)))
    if count > len(chosen):  # a bigger day than the demo has guests: walk-ins, made up
        builder = _Builder(store, rng, _Ids(rng), now)
        for _ in range(count - len(chosen)):
            locale = rng.choice(("en", "en", "de", "fr", "es"))
            chosen.append(
                builder.customer(
                    first=rng.choice(FIRST_NAMES[locale]),
                    last=rng.choice(LAST_NAMES[locale]),
                    locale=locale,
                    site=0,
                    photo=False,
                )
            )
        builder.flush()
    with store.transaction() as db:
        for customer_id in chosen:
            at = iso(now - timedelta(minutes=rng.randint(8, 300)))
            db.execute(
                "INSERT INTO check_ins (id, customer_id, site_id, method, checked_in_at) "
                "VALUES (?, ?, ?, 'Scanned', ?)",
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    customer_id,
                    SITES[0]["id"],
                    at,
                ),
            )
            db.execute(
                "UPDATE customers SET last_check_in_at = ?, last_check_in_method = 'Scanned' "
                "WHERE id = ?",
                (at, customer_id),
            )
    return len(chosen)
