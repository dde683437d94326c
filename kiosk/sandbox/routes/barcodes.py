"""Associated barcodes (wristbands and cards), in both documented families.

``/customers/customers/{id}/barcodes...`` is the one the kiosk uses (list, get, create, delete,
and the separate expiry-date and payment-method PUTs, which carry the rules). ``/shop/...`` has a
paginated list, a combined PUT (payment method, in-progress order, expiry) and delete.
Every change is written to the audit table as the docs describe (``updated_barcode``,
``updated_barcode_payment_method``), with old and new values.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request, Response

from kiosk.sandbox import documents, rules
from kiosk.sandbox.http import (
    FieldErrors,
    PageNumber,
    PerPage,
    base_url,
    capped,
    new_id,
    not_found,
    paginated,
)
from kiosk.sandbox.routes.customers import customer_row
from kiosk.sandbox.schemas import (
    BarcodeCreate,
    ExpiryUpdate,
    PaymentMethodUpdate,
    ShopBarcodeUpdate,
)
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.store import Row, Store
from kiosk.sandbox.timefmt import iso, now_utc

CUSTOMERS = "/customers/customers/{customer_id}/barcodes"
SHOP = "/shop/customers/{customer_id}/barcodes"


def audit(
    db: Any, customer_id: str, event: str, subject_id: str, old: dict[str, Any], new: dict[str, Any]
) -> None:
    db.execute(
        "INSERT INTO audit (customer_id, event, subject_id, old_values, new_values, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (customer_id, event, subject_id, json.dumps(old), json.dumps(new), iso(now_utc())),
    )


def _barcode_row(store: Store, customer_id: str, barcode_id: str) -> Row:
    customer_row(store, customer_id)
    row = store.one(
        "SELECT * FROM barcodes WHERE id = ? AND customer_id = ?", (barcode_id, customer_id)
    )
    if row is None:
        raise not_found()
    return row


def _check_payment_method(
    store: Store, errors: FieldErrors, customer_id: str, payment_method_id: str
) -> None:
    """Same customer, and usable (not revoked, card not expired), else 422."""
    pm = store.one("SELECT * FROM payment_methods WHERE id = ?", (payment_method_id,))
    if pm is None or pm["customer_id"] != customer_id:
        errors.add("payment_method_id", "The selected payment method id is invalid.")
        return
    problem = rules.card_usable(pm)
    if problem:
        errors.add("payment_method_id", problem)


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    def one(request: Request, barcode_id: str) -> dict[str, Any]:
        row = store.one("SELECT * FROM barcodes WHERE id = ?", (barcode_id,))
        assert row is not None
        return {"data": documents.barcode(store, row, base_url(request))}

    @api.get(CUSTOMERS, operation_id="listCustomerAssociatedBarcodes")
    def list_customer_associated_barcodes(request: Request, customer_id: str) -> Any:
        customer_row(store, customer_id)
        rows = store.all(
            "SELECT * FROM barcodes WHERE customer_id = ? ORDER BY created_at DESC, id",
            (customer_id,),
        )
        base = base_url(request)
        return {"data": [documents.barcode(store, r, base) for r in rows]}

    @api.post(CUSTOMERS, operation_id="createCustomerBarcode", status_code=200)
    def create_customer_barcode(request: Request, customer_id: str, body: BarcodeCreate) -> Any:
        customer = customer_row(store, customer_id)
        given = body.data.model_dump(exclude_unset=True)
        errors = FieldErrors()
        code = rules.text_field(errors, given, "barcode", max_length=255)
        if code is None and "barcode" not in errors.errors:
            errors.add("data.barcode", "The data.barcode field is required.")
        _, expires = rules.future_datetime_field(errors, given, "expires_at", required_key=False)
        site_id = body.data.site_id or customer["site_id"]
        site = store.one("SELECT * FROM sites WHERE id = ?", (site_id,))
        if site is None:
            errors.add("data.site_id", "The selected site id is invalid.")
        if (
            code
            and site
            and store.one(
                "SELECT 1 FROM barcodes WHERE site_id = ? AND barcode = ?", (site_id, code)
            )
        ):
            # Decision (decisions.md): a payload is unique per site.
            errors.add("data.barcode", "The barcode has already been associated at this site.")
        errors.raise_if_any()
        assert site is not None
        barcode_id = new_id()
        with store.transaction() as db:
            db.execute(
                "INSERT INTO barcodes (id, customer_id, site_id, brand_id, organisation_id, "
                "barcode, expires_at, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    barcode_id,
                    customer_id,
                    site["id"],
                    site["brand_id"],
                    site["organisation_id"],
                    code,
                    expires,
                    "kiosk",
                    iso(now_utc()),
                ),
            )
            audit(
                db,
                customer_id,
                "created_barcode",
                barcode_id,
                {},
                {"barcode": code, "expires_at": expires},
            )
        return one(request, barcode_id)

    @api.get(CUSTOMERS + "/{barcode_id}", operation_id="getCustomerAssociatedBarcode")
    def get_customer_associated_barcode(request: Request, customer_id: str, barcode_id: str) -> Any:
        _barcode_row(store, customer_id, barcode_id)
        return one(request, barcode_id)

    def delete(customer_id: str, barcode_id: str) -> Response:
        row = _barcode_row(store, customer_id, barcode_id)
        with store.transaction() as db:
            db.execute("DELETE FROM barcodes WHERE id = ?", (barcode_id,))
            audit(db, customer_id, "deleted_barcode", barcode_id, {"barcode": row["barcode"]}, {})
        return Response(status_code=204)

    @api.delete(CUSTOMERS + "/{barcode_id}", operation_id="deleteCustomerBarcode", status_code=204)
    def delete_customer_barcode(customer_id: str, barcode_id: str) -> Response:
        return delete(customer_id, barcode_id)

    @api.put(CUSTOMERS + "/{barcode_id}/expiry-date", operation_id="updateBarcodeExpiryDate")
    def update_barcode_expiry_date(
        request: Request, customer_id: str, barcode_id: str, body: ExpiryUpdate
    ) -> Any:
        row = _barcode_row(store, customer_id, barcode_id)
        errors = FieldErrors()
        _, expires = rules.future_datetime_field(
            errors, body.model_dump(), "expires_at", required_key=True
        )
        errors.raise_if_any()
        with store.transaction() as db:
            db.execute("UPDATE barcodes SET expires_at = ? WHERE id = ?", (expires, barcode_id))
            audit(
                db,
                customer_id,
                "updated_barcode",
                barcode_id,
                {"expires_at": row["expires_at"]},
                {"expires_at": expires},
            )
        return one(request, barcode_id)

    @api.put(CUSTOMERS + "/{barcode_id}/payment-method", operation_id="updateBarcodePaymentMethod")
    def update_barcode_payment_method(
        request: Request, customer_id: str, barcode_id: str, body: PaymentMethodUpdate
    ) -> Any:
        row = _barcode_row(store, customer_id, barcode_id)
        errors = FieldErrors()
        if body.payment_method_id is not None:
            _check_payment_method(store, errors, customer_id, body.payment_method_id)
        errors.raise_if_any()
        with store.transaction() as db:
            db.execute(
                "UPDATE barcodes SET payment_method_id = ? WHERE id = ?",
                (body.payment_method_id, barcode_id),
            )
            audit(
                db,
                customer_id,
                "updated_barcode_payment_method",
                barcode_id,
                {"payment_method_id": row["payment_method_id"]},
                {"payment_method_id": body.payment_method_id},
            )
        return one(request, barcode_id)

    @api.get(SHOP, operation_id="listAssociatedBarcodes")
    def list_associated_barcodes(
        request: Request, customer_id: str, page: int = PageNumber, per_page: int | None = PerPage
    ) -> Any:
        customer_row(store, customer_id)
        size = capped(per_page)
        total = store.scalar("SELECT COUNT(*) FROM barcodes WHERE customer_id = ?", (customer_id,))
        rows = store.all(
            "SELECT * FROM barcodes WHERE customer_id = ? ORDER BY created_at DESC, id "
            "LIMIT ? OFFSET ?",
            (customer_id, size, (page - 1) * size),
        )
        base = base_url(request)
        return paginated(
            request, [documents.barcode(store, r, base) for r in rows], total, page, size
        )

    @api.put(SHOP + "/{barcode_id}", operation_id="updateAssociatedBarcode")
    def update_associated_barcode(
        request: Request, customer_id: str, barcode_id: str, body: ShopBarcodeUpdate
    ) -> Any:
        row = _barcode_row(store, customer_id, barcode_id)
        given = body.model_dump(exclude_unset=True)
        errors = FieldErrors()
        changes: dict[str, Any] = {}
        if "payment_method_id" in given:
            if given["payment_method_id"] is not None:
                _check_payment_method(store, errors, customer_id, given["payment_method_id"])
            changes["payment_method_id"] = given["payment_method_id"]
        if "order_id" in given:
            order_id = given["order_id"]
            if order_id is not None and not store.one(
                "SELECT 1 FROM orders WHERE id = ? AND customer_id = ?", (order_id, customer_id)
            ):
                errors.add("order_id", "The selected order id is invalid.")
            changes["order_id"] = order_id
        if "expires_at" in given:
            # The shop PUT states no future-only rule; a parseable date is all it asks.
            value = given["expires_at"]
            if value is None:
                changes["expires_at"] = None
            else:
                try:
                    from kiosk.sandbox.timefmt import parse

                    changes["expires_at"] = iso(parse(value))
                except ValueError:
                    errors.add("expires_at", "The expires at is not a valid date.")
        errors.raise_if_any()
        if changes:
            with store.transaction() as db:
                assignments = ", ".join(f"{column} = ?" for column in changes)
                db.execute(
                    f"UPDATE barcodes SET {assignments} WHERE id = ?",
                    [*changes.values(), barcode_id],
                )
                old = {key: row[key] for key in changes}
                if "payment_method_id" in changes:
                    audit(
                        db,
                        customer_id,
                        "updated_barcode_payment_method",
                        barcode_id,
                        {"payment_method_id": old.pop("payment_method_id")},
                        {"payment_method_id": changes["payment_method_id"]},
                    )
                rest = {k: v for k, v in changes.items() if k != "payment_method_id"}
                if rest:
                    audit(db, customer_id, "updated_barcode", barcode_id, old, rest)
        return one(request, barcode_id)

    @api.delete(SHOP + "/{barcode_id}", operation_id="deleteAssociatedBarcode", status_code=204)
    def delete_associated_barcode(customer_id: str, barcode_id: str) -> Response:
        return delete(customer_id, barcode_id)
