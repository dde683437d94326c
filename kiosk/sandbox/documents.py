"""Rows -> the JSON documents of the Trybe API, in the documented shapes (seeds S0/S1/S3).

Each object is written with the datetime form its documentation shows (see ``timefmt``), and
customer labels use the ``{id, value, colour}`` shape (no ``#``), as in the seeds.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from kiosk.sandbox.avatars import portrait_png
from kiosk.sandbox.store import Row, Store
from kiosk.sandbox.timefmt import dot_zero_z, millis_z, offset

Doc = dict[str, Any]


def full_name(row: Row) -> str | None:
    parts = [p for p in (row.get("first_name"), row.get("last_name")) if p]
    return " ".join(parts) or None


def customer(store: Store, row: Row, base_url: str) -> Doc:
    labels = store.all(
        "SELECT l.id, l.value, l.colour FROM customer_labels cl "
        "JOIN labels l ON l.id = cl.label_id "
        "WHERE cl.customer_id = ? ORDER BY l.value",
        (row["id"],),
    )
    avatar = None
    if row["avatar_id"]:
        root = f"{base_url.rstrip('/')}/_media/avatars/{row['avatar_id']}"
        avatar = {
            "id": row["avatar_id"],
            "file_name": f"{row['avatar_id']}.png",
            "mime_type": "image/png",
            "size": len(portrait_png(row["avatar_id"])),  # bytes, an integer as documented
            "url": f"{root}-thumbnail@2x.png",
            "original_url": f"{root}.png",
        }
    last_check_in = None
    if row["last_check_in_at"]:
        last_check_in = {
            "checked_in_at": dot_zero_z(row["last_check_in_at"]),
            "method": row["last_check_in_method"],
        }
    return {
        "id": row["id"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "full_name": full_name(row),
        "phone": row["phone"],
        "has_password": bool(row["has_password"]),
        "dob": row["dob"],
        "brand_id": row["brand_id"],
        "site_id": row["site_id"],
        "stripe_id": row["stripe_id"],
        "express_stripe_id": None,
        "email": row["email"],
        "labels": labels,
        "preferred_locale": row["preferred_locale"],
        "locked_at": dot_zero_z(row["locked_at"]),
        "created_at": dot_zero_z(row["created_at"]),
        "updated_at": dot_zero_z(row["updated_at"]),
        "deleted_at": dot_zero_z(row["deleted_at"]),
        "last_active_at": dot_zero_z(row["last_active_at"]),
        "email_verified_at": dot_zero_z(row["email_verified_at"]),
        "last_check_in": last_check_in,
        "avatar_id": row["avatar_id"],
        "avatar": avatar,
        "external_ref": row["external_ref"],
    }


def payment_method(row: Row) -> Doc:
    return {
        "id": row["id"],
        "payment_method_id": row["payment_method_id"],
        "name": row["name"],
        "type": row["type"],
        "status": row["status"],
        "cardholder_name": row["cardholder_name"],
        "card_brand": row["card_brand"],
        "card_country": row["card_country"],
        "card_funding": row["card_funding"],
        "card_expiry": row["card_expiry"],
        "last_4": row["last_4"],
        "processor": row["processor"],
        "created_at": offset(row["created_at"]),
        "updated_at": offset(row["updated_at"]),
        "revoked_at": offset(row["revoked_at"]),
    }


def membership(store: Store, row: Row, customer_doc: Doc) -> Doc:
    pm = None
    if row["payment_method_id"]:
        pm_row = store.one(
            "SELECT * FROM payment_methods WHERE id = ?", (row["payment_method_id"],)
        )
        if pm_row:
            pm = {
                "id": pm_row["id"],
                "type": pm_row["type"],
                "last_4": pm_row["last_4"],
                "status": pm_row["status"],
                "card_brand": pm_row["card_brand"],
            }
    next_charge = None
    if row["next_charge_amount"] is not None and row["next_billing_date"]:
        next_charge = {
            "id": row["id"][:8] + "-charge",
            "amount": row["next_charge_amount"],
            "currency": row["rate_currency"],
            "status": row["next_charge_status"],
            "billing_period_from": row["next_billing_date"][:10],
            "billing_period_to": _period_end(row["next_billing_date"][:10]),
        }
    rate = {
        "id": row["rate_id"],
        "membership_type_id": row["type_id"],
        "name": row["rate_name"],
        "currency": row["rate_currency"],
        "price": row["rate_price"],
        "joining_fee": row["rate_joining_fee"],
        "billing_frequency": row["billing_frequency"],
        "processors": ["stripe"],
        "default_duration": "P1Y",
        "private": False,
    }
    return {
        "id": row["id"],
        "attention_reason": row["attention_reason"],
        "basket_id": None,
        "customer": customer_doc,
        "end_date": dot_zero_z(row["end_date"]),
        "external_ref": None,
        "members": [],
        "membership_number": row["membership_number"],
        "next_billing_date": dot_zero_z(row["next_billing_date"]),
        "next_charge": next_charge,
        "payment_method": pm,
        "rate": rate,
        "site_id": row["site_id"],
        "source": row["source"],
        "start_date": dot_zero_z(row["start_date"]),
        "status": row["status"],
        "status_updated_at": dot_zero_z(row["status_updated_at"]),
        "type": {
            "id": row["type_id"],
            "name": row["type_name"],
            "description": f"{row['type_name']} membership",
            "brand_id": customer_doc["brand_id"],
            "private": False,
            "visibility": "public",
        },
        "payment_details_url": None,
        "created_at": dot_zero_z(row["created_at"]),
    }


def site(row: Row) -> Doc:
    return {
        "id": row["id"],
        "billing_customer_id": None,
        "brand_id": row["brand_id"],
        "brand_name": row["brand_name"],
        "country_code": row["country_code"],
        "created_at": offset(row["created_at"]),
        "onboarding_completed_at": offset(row["created_at"]),
        "currency": row["currency"],
        "external_id": None,
        "frontend_subdomain": row["name"].lower().replace(" ", "-"),
        "is_read_only": False,
        "locale": row["locale"],
        "name": row["name"],
        "organisation_id": row["organisation_id"],
        "organisation_name": row["organisation_name"],
        "timezone": row["timezone"],
    }


def label(row: Row) -> Doc:
    return {
        "id": row["id"],
        "value": row["value"],
        "colour": row["colour"],
        "organisation_id": row["organisation_id"],
        "created_at": millis_z(row["created_at"]),
        "updated_at": millis_z(row["created_at"]),
    }


def order(row: Row) -> Doc:
    """The order as embedded in a barcode: the keys a till needs of the (very large) Order."""
    return {
        "id": row["id"],
        "order_ref": row["order_ref"],
        "status": row["status"],
        "currency": row["currency"],
        "customer_id": row["customer_id"],
        "site_id": row["site_id"],
        "net_total": row["total"] - row["order_discount"],
        "discount_total": row["order_discount"],
        "totals": {
            "order_discount": row["order_discount"],
            "subtotal": row["total"],
            "total": row["total"] - row["order_discount"],
        },
        "sales_channel": {"name": row["sales_channel"]},
        "submitted_at": dot_zero_z(row["submitted_at"]),
        "stage": "in_treatment" if row["status"] == "submitted" else "checked_out",
    }


def barcode(store: Store, row: Row, base_url: str) -> Doc:
    """AssociatedBarcode (S3 key order): with its full customer, order and payment method."""
    owner = store.one("SELECT * FROM customers WHERE id = ?", (row["customer_id"],))
    order_row = (
        store.one("SELECT * FROM orders WHERE id = ?", (row["order_id"],))
        if row["order_id"]
        else None
    )
    pm_row = (
        store.one("SELECT * FROM payment_methods WHERE id = ?", (row["payment_method_id"],))
        if row["payment_method_id"]
        else None
    )
    return {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "customer": customer(store, owner, base_url) if owner else None,
        "barcode": row["barcode"],
        "expires_at": dot_zero_z(row["expires_at"]),
        "brand_id": row["brand_id"],
        "site_id": row["site_id"],
        "organisation_id": row["organisation_id"],
        "source": row["source"],
        "order": order(order_row) if order_row else None,
        "payment_method": payment_method(pm_row) if pm_row else None,
        "created_at": dot_zero_z(row["created_at"]),
    }


def check_in(store: Store, row: Row) -> Doc:
    owner = store.one(
        "SELECT id, first_name, last_name, email FROM customers WHERE id = ?", (row["customer_id"],)
    ) or {"id": row["customer_id"], "first_name": None, "last_name": None, "email": None}
    return {
        "id": row["id"],
        "customer": {
            "id": owner["id"],
            "first_name": owner["first_name"],
            "last_name": owner["last_name"],
            "full_name": full_name(owner),
            "email": owner["email"],
        },
        "membership_id": row["membership_id"],
        "site_id": row["site_id"],
        "method": {"name": row["method"]},
        "checked_in_at": millis_z(row["checked_in_at"]),
        "checked_out_at": millis_z(row["checked_out_at"]),
        # an assumption (decisions.md), as the create body's
        "device": {"id": row["device_id"], "name": row["device_name"]}
        if row["device_id"]
        else None,
    }


def address(row: Row) -> Doc:
    return {
        "id": row["id"],
        "customer_id": row["customer_id"],
        "name": row["name"],
        "address_line_1": row["address_line_1"],
        "address_line_2": row["address_line_2"],
        "city": row["city"],
        "county": row["county"],
        "country": row["country"],
        "postcode": row["postcode"],
        "created_at": offset(row["created_at"]),
        "updated_at": offset(row["updated_at"]),
    }


def search_result(store: Store, row: Row) -> Doc:
    """actionCustomerSearch items: a slim summary, labels as ``{name, color:"#..."}``."""
    labels = store.all(
        "SELECT l.id, l.value, l.colour FROM customer_labels cl "
        "JOIN labels l ON l.id = cl.label_id WHERE cl.customer_id = ? ORDER BY l.value",
        (row["id"],),
    )
    return {
        "id": row["id"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "email": row["email"],
        "sources": ["trybe"],
        "labels": [
            {"id": lab["id"], "name": lab["value"], "color": "#" + lab["colour"].upper()}
            for lab in labels
        ],
    }


def stats(store: Store, customer_row: Row, currency: str) -> Doc:
    orders = store.all(
        "SELECT o.*, s.name AS site_name FROM orders o JOIN sites s ON s.id = o.site_id "
        "WHERE o.customer_id = ? ORDER BY o.submitted_at DESC",
        (customer_row["id"],),
    )
    counted = [o for o in orders if o["status"] != "cancelled"]
    total = sum(o["total"] - o["order_discount"] for o in counted)
    return {
        "data": {
            "totals": {
                "total_order_value": total,
                "average_order_value": total // len(counted) if counted else 0,
                "num_orders": len(counted),
            },
            "recent_orders": [
                {
                    "id": o["id"],
                    "order_ref": o["order_ref"],
                    "status": o["status"],
                    "num_items": o["num_items"],
                    "customer": {
                        "id": customer_row["id"],
                        "email": customer_row["email"],
                        "first_name": customer_row["first_name"],
                        "last_name": customer_row["last_name"],
                    },
                    "sales_channel": {"name": o["sales_channel"]},
                    "totals": {
                        "order_discount": o["order_discount"],
                        "total": o["total"] - o["order_discount"],
                    },
                    "submitted_at": dot_zero_z(o["submitted_at"]),
                    "site": {"id": o["site_id"], "name": o["site_name"]},
                }
                for o in orders[:5]
            ],
        },
        "meta": {"currency": currency.lower()},
    }


def _period_end(start: str) -> str:
    """The last day of a monthly billing period that starts on ``start`` (a date)."""
    first = date.fromisoformat(start)
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    day = min(first.day, calendar.monthrange(year, month)[1])
    return (date(year, month, day) - timedelta(days=1)).isoformat()
