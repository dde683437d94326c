"""Response models of the Trybe API (pydantic), tolerant of what the docs contradict.

Unknown fields are kept (``extra="allow"``) so a new server field never breaks an old kiosk.
Datetimes accept the three forms the docs use (``.0Z``, ``.000Z``, ``+00:00``). Money is an
integer in minor units with its currency; currency codes compare case-insensitively.
See ``shared/api/trybe-api-facts.md`` §4 and §6 for the sources of each shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class TrybeModel(BaseModel):
    """Base of every model: unknown fields kept, never fatal."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Label(TrybeModel):
    """A customer label, in either documented shape (§6.8).

    ``{value, colour:"ff6634"}`` on customers and ``{name, color:"#FF5733"}`` in search results
    both become ``name`` and ``colour`` ("#rrggbb").
    """

    id: str | None = None
    name: str = ""
    colour: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _unify_shapes(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        unified = dict(data)
        if "name" not in unified and "value" in unified:
            unified["name"] = unified.pop("value")
        if "colour" not in unified and "color" in unified:
            unified["colour"] = unified.pop("color")
        return unified

    @field_validator("colour")
    @classmethod
    def _hash_prefixed(cls, value: str | None) -> str | None:
        if not value:
            return None
        text = value.strip().lstrip("#")
        if len(text) not in (3, 6) or any(c not in "0123456789abcdefABCDEF" for c in text):
            return None
        return "#" + text.lower()


class Media(TrybeModel):
    """An avatar. S3 makes ``url`` a thumbnail and adds ``original_url``; S1 shows a bare string."""

    id: str | None = None
    file_name: str | None = None
    mime_type: str | None = None
    size: int | None = None
    url: str | None = None
    original_url: str | None = None


def _method_name(value: Any) -> Any:
    """A check-in method is a string on Customer.last_check_in and an object ``{"name": ...}``
    on CheckIn (§6.9): accept both."""
    if isinstance(value, dict):
        return value.get("name")
    return value


class LastCheckIn(TrybeModel):
    checked_in_at: datetime | None = None
    method: str | None = None

    _method = field_validator("method", mode="before")(_method_name)


class Customer(TrybeModel):
    id: str
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    phone: str | None = None
    has_password: bool | None = None
    dob: date | None = None
    brand_id: str | None = None
    site_id: str | None = None
    stripe_id: str | None = None
    express_stripe_id: str | None = None
    email: str | None = None
    labels: list[Label] = Field(default_factory=list)
    preferred_locale: str | None = None
    locked_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_active_at: datetime | None = None
    email_verified_at: datetime | None = None
    last_check_in: LastCheckIn | None = None
    avatar_id: str | None = None
    avatar: Media | None = None
    external_ref: str | None = None

    @field_validator("avatar", mode="before")
    @classmethod
    def _avatar_string(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"url": value} if value else None
        return value

    @field_validator("labels", mode="before")
    @classmethod
    def _labels_none(cls, value: Any) -> Any:
        return [] if value is None else value

    @property
    def display_name(self) -> str:
        """The name to show: full name, else first + last, else a neutral placeholder."""
        if self.full_name and self.full_name.strip():
            return self.full_name.strip()
        parts = [p for p in (self.first_name, self.last_name) if p and p.strip()]
        return " ".join(p.strip() for p in parts) or "Unnamed guest"

    @property
    def initials(self) -> str:
        parts = [p for p in (self.first_name, self.last_name) if p and p.strip()]
        if not parts and self.full_name:
            parts = self.full_name.split()
        return "".join(p.strip()[0].upper() for p in parts[:2]) or "?"

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def is_anonymised(self) -> bool:
        return self.deleted_at is not None

    @property
    def photo_url(self) -> str | None:
        if self.avatar is None:
            return None
        return self.avatar.url or self.avatar.original_url


class Money(TrybeModel):
    amount: int
    currency: str

    def same_currency(self, other: str) -> bool:
        return self.currency.casefold() == other.casefold()


class MembershipRate(TrybeModel):
    id: str | None = None
    membership_type_id: str | None = None
    name: str | None = None
    currency: str | None = None
    price: int | None = None
    joining_fee: int | None = None
    billing_frequency: str | None = None
    default_duration: str | None = None
    processors: list[str] = Field(default_factory=list)
    private: bool | None = None


class MembershipType(TrybeModel):
    id: str | None = None
    name: str | None = None
    description: str | None = None
    brand_id: str | None = None
    private: bool | None = None
    visibility: str | None = None


class NextCharge(TrybeModel):
    id: str | None = None
    amount: int | None = None
    currency: str | None = None
    status: str | None = None
    billing_period_from: date | datetime | None = None
    billing_period_to: date | datetime | None = None


class PaymentMethodSummary(TrybeModel):
    id: str | None = None
    type: str | None = None
    last_4: str | None = None
    status: str | None = None
    card_brand: str | None = None


class Membership(TrybeModel):
    id: str
    status: str | None = None
    attention_reason: str | None = None
    membership_number: str | None = None
    site_id: str | None = None
    source: str | None = None
    start_date: datetime | date | None = None
    end_date: datetime | date | None = None
    next_billing_date: datetime | date | None = None
    next_charge: NextCharge | None = None
    payment_method: PaymentMethodSummary | None = None
    rate: MembershipRate | None = None
    type: MembershipType | None = None
    basket_id: str | None = None
    external_ref: str | None = None
    members: list[Any] = Field(default_factory=list)
    payment_details_url: str | None = None
    status_updated_at: datetime | None = None
    created_at: datetime | None = None

    @property
    def type_name(self) -> str:
        return (self.type.name if self.type and self.type.name else None) or "Membership"


class Site(TrybeModel):
    id: str
    name: str | None = None
    organisation_id: str | None = None
    organisation_name: str | None = None
    country_code: str | None = None
    is_read_only: bool | None = None
    brand_id: str | None = None
    brand_name: str | None = None
    currency: str | None = None
    locale: str | None = None
    timezone: str | None = None


T = TypeVar("T", bound=BaseModel)


class PageMeta(TrybeModel):
    current_page: int = 1
    last_page: int = 1
    per_page: int | None = None
    total: int | None = None
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None


class Page(TrybeModel, Generic[T]):
    """One page of a list. An unpaginated list (no ``meta``) is a single, last page."""

    data: list[T]
    meta: PageMeta | None = None

    @property
    def has_next_page(self) -> bool:
        return self.meta is not None and self.meta.current_page < self.meta.last_page

    @property
    def next_page_number(self) -> int | None:
        return self.meta.current_page + 1 if self.has_next_page and self.meta else None

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


class PaymentMethod(TrybeModel):
    """A stored card or direct-debit mandate (PM; the full object on a barcode)."""

    id: str
    payment_method_id: str | None = None
    name: str | None = None
    type: str | None = None
    status: str | None = None
    cardholder_name: str | None = None
    card_brand: str | None = None
    card_country: str | None = None
    card_funding: str | None = None
    card_expiry: str | None = None
    last_4: str | None = None
    processor: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None or (self.status or "").casefold() == "revoked"

    def expiry_month(self) -> tuple[int, int] | None:
        """(year, month) from ``card_expiry`` "MM/YY", or None when absent or unreadable."""
        if not self.card_expiry:
            return None
        try:
            month, year = (int(part) for part in self.card_expiry.split("/"))
        except ValueError:
            return None
        if not 1 <= month <= 12:
            return None
        return (2000 + year if year < 100 else year, month)


class OrderTotals(TrybeModel):
    order_discount: int | None = None
    subtotal: int | None = None
    total: int | None = None


class SalesChannel(TrybeModel):
    name: str | None = None


class Order(TrybeModel):
    """The parts of an Order the kiosk shows (the full object is very large; the rest is kept)."""

    id: str
    order_ref: str | None = None
    status: str | None = None
    stage: str | None = None
    currency: str | None = None
    totals: OrderTotals | None = None
    sales_channel: SalesChannel | None = None
    submitted_at: datetime | None = None


class AssociatedBarcode(TrybeModel):
    """A wristband or card associated with a customer."""

    id: str
    customer_id: str | None = None
    customer: Customer | None = None
    barcode: str
    expires_at: datetime | None = None
    brand_id: str | None = None
    site_id: str | None = None
    organisation_id: str | None = None
    source: str | None = None
    order: Order | None = None
    payment_method: PaymentMethod | None = None
    created_at: datetime | None = None


class CheckInCustomer(TrybeModel):
    id: str
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    email: str | None = None


class CheckInDevice(TrybeModel):
    """Assumption (decisions.md): the device a check-in was made at, as this app sends it."""

    id: str
    name: str | None = None


class CheckIn(TrybeModel):
    """A visit (CI). ``method`` is an object ``{"name": ...}`` here, a string elsewhere."""

    id: str
    customer: CheckInCustomer | None = None
    membership_id: str | None = None
    site_id: str | None = None
    method: str | None = None
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    device: CheckInDevice | None = None
    """Not in Trybe's documented CheckIn (an assumption, like the create endpoint): absent,
    the visit's desk is unknown and read-back falls back to the time it was made."""

    _method = field_validator("method", mode="before")(_method_name)


class Address(TrybeModel):
    id: str
    customer_id: str | None = None
    name: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    county: str | None = None
    country: str | None = None
    postcode: str | None = None


class StatsTotals(TrybeModel):
    total_order_value: int = 0
    average_order_value: int = 0
    num_orders: int = 0


class RecentOrderSite(TrybeModel):
    id: str | None = None
    name: str | None = None


class RecentOrder(TrybeModel):
    id: str
    order_ref: str | None = None
    status: str | None = None
    num_items: int | None = None
    sales_channel: SalesChannel | None = None
    totals: OrderTotals | None = None
    submitted_at: datetime | None = None
    site: RecentOrderSite | None = None


class CustomerStats(TrybeModel):
    """getCustomerStats: money in minor units of ``currency`` (from the response's ``meta``)."""

    totals: StatsTotals = Field(default_factory=StatsTotals)
    recent_orders: list[RecentOrder] = Field(default_factory=list)
    currency: str | None = None


class CustomerSearchResult(TrybeModel):
    """actionCustomerSearch items: a slim summary, not a full Customer."""

    id: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    sources: list[str] = Field(default_factory=list)
    labels: list[Label] = Field(default_factory=list)

    @property
    def display_name(self) -> str:
        parts = [p.strip() for p in (self.first_name, self.last_name) if p and p.strip()]
        return " ".join(parts) or self.email or "Unnamed guest"


class SetPasswordUrl(TrybeModel):
    url: str
    expires_at: datetime | None = None


class QueuedJob(TrybeModel):
    """A background report. ``complete`` and ``failed`` are terminal; ``output`` then holds
    the result (its shape is undocumented, so it is kept as given)."""

    id: str
    status: str
    output: Any = None

    @property
    def is_finished(self) -> bool:
        return self.status in ("complete", "failed")
