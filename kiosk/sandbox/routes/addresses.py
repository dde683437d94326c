"""A customer's addresses (S1): paginated list, create, get, update, delete."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, Response

from kiosk.sandbox import documents, rules
from kiosk.sandbox.http import (
    FieldErrors,
    PageNumber,
    PerPage,
    capped,
    new_id,
    not_found,
    paginated,
)
from kiosk.sandbox.routes.customers import customer_row
from kiosk.sandbox.schemas import AddressFields
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.store import Row
from kiosk.sandbox.timefmt import iso, now_utc

BASE = "/customers/customers/{customer_id}/addresses"
FIELDS = ("name", "address_line_1", "address_line_2", "city", "county", "country", "postcode")
REQUIRED = ("name", "address_line_1")


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    def address_row(customer_id: str, address_id: str) -> Row:
        customer_row(store, customer_id)
        row = store.one(
            "SELECT * FROM addresses WHERE id = ? AND customer_id = ?", (address_id, customer_id)
        )
        if row is None:
            raise not_found()
        return row

    def validated(given: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        errors = FieldErrors()
        values = {f: rules.text_field(errors, given, f) for f in FIELDS if f in given}
        for field in REQUIRED:
            missing = (creating and field not in given) or (
                field in given and not values.get(field)
            )
            if missing and field not in errors.errors:
                errors.add(field, f"The {field.replace('_', ' ')} field is required.")
        errors.raise_if_any()
        return values

    @api.get(BASE, operation_id="listCustomerAddresses")
    def list_customer_addresses(
        request: Request, customer_id: str, page: int = PageNumber, per_page: int | None = PerPage
    ) -> Any:
        customer_row(store, customer_id)
        size = capped(per_page)
        total = store.scalar("SELECT COUNT(*) FROM addresses WHERE customer_id = ?", (customer_id,))
        rows = store.all(
            "SELECT * FROM addresses WHERE customer_id = ? "
            "ORDER BY created_at, id LIMIT ? OFFSET ?",
            (customer_id, size, (page - 1) * size),
        )
        return paginated(request, [documents.address(r) for r in rows], total, page, size)

    @api.post(BASE, operation_id="createCustomerAddress", status_code=201)
    def create_customer_address(customer_id: str, body: AddressFields) -> Any:
        customer_row(store, customer_id)
        values = validated(body.model_dump(exclude_unset=True), creating=True)
        address_id, now = new_id(), iso(now_utc())
        row = {f: values.get(f) for f in FIELDS}
        with store.transaction() as db:
            db.execute(
                f"INSERT INTO addresses (id, customer_id, {', '.join(FIELDS)}, created_at, "
                f"updated_at) VALUES (?, ?, {', '.join('?' for _ in FIELDS)}, ?, ?)",
                (address_id, customer_id, *row.values(), now, now),
            )
        return {"data": documents.address(address_row(customer_id, address_id))}

    @api.get(BASE + "/{address_id}", operation_id="getCustomerAddress")
    def get_customer_address(customer_id: str, address_id: str) -> Any:
        return {"data": documents.address(address_row(customer_id, address_id))}

    @api.put(BASE + "/{address_id}", operation_id="updateCustomerAddress")
    def update_customer_address(customer_id: str, address_id: str, body: AddressFields) -> Any:
        address_row(customer_id, address_id)
        values = validated(body.model_dump(exclude_unset=True), creating=False)
        if values:
            values["updated_at"] = iso(now_utc())
            assignments = ", ".join(f"{column} = ?" for column in values)
            with store.transaction() as db:
                db.execute(
                    f"UPDATE addresses SET {assignments} WHERE id = ?",
                    [*values.values(), address_id],
                )
        return {"data": documents.address(address_row(customer_id, address_id))}

    @api.delete(BASE + "/{address_id}", operation_id="deleteCustomerAddress", status_code=204)
    def delete_customer_address(customer_id: str, address_id: str) -> Response:
        address_row(customer_id, address_id)
        with store.transaction() as db:
            db.execute("DELETE FROM addresses WHERE id = ?", (address_id,))
        return Response(status_code=204)
