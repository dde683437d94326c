"""Request bodies of the stand-in server, as pydantic models: they document the OpenAPI
schema (which schemathesis fuzzes) and reject wrong JSON types before a handler runs.

The server's own models, on purpose: nothing here is shared with ``kiosk.backends``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")


class CustomerCreate(_Body):
    site_id: str
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    dob: str | None = None
    email: str | None = None
    password: str | None = None
    marketing_preference_ids: list[str] | None = None
    external_ref: str | None = None
    guestline_ref: str | None = None
    preferred_locale: str | None = None


class CustomerUpdate(_Body):
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    dob: str | None = None
    password: str | None = None
    external_ref: str | None = None
    preferred_locale: str | None = None


class BarcodeFields(_Body):
    barcode: str | None = None
    expires_at: str | None = None
    site_id: str | None = None


class BarcodeCreate(_Body):
    """Assumption (decisions.md): the documented ``data`` wrapper holds barcode + expires_at."""

    data: BarcodeFields


class ExpiryUpdate(_Body):
    expires_at: str | None
    """Required but nullable: null clears the expiry."""


class PaymentMethodUpdate(_Body):
    payment_method_id: str | None
    """Required but nullable: null detaches the payment method."""


class ShopBarcodeUpdate(_Body):
    payment_method_id: str | None = None
    order_id: str | None = None
    expires_at: str | None = None


class AddressFields(_Body):
    name: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    county: str | None = None
    country: str | None = None
    postcode: str | None = None


class CheckInDevice(_Body):
    id: str = Field(min_length=1, max_length=64)
    name: str | None = Field(default=None, max_length=80)


class CheckInCreate(_Body):
    """Assumption (decisions.md): the create body of a customer check-in."""

    customer_id: str
    site_id: str
    method: str = "Scanned"
    membership_id: str | None = None
    device: CheckInDevice | None = None
    """Assumption (decisions.md): the desk that made it, echoed on the CheckIn."""
