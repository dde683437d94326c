"""Check-ins: list (documented), create and check out (assumptions, decisions.md)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query, Request

from kiosk.sandbox import documents, rules
from kiosk.sandbox.http import (
    FieldErrors,
    PageNumber,
    PerPage,
    capped,
    conflict,
    new_id,
    not_found,
    paginated,
)
from kiosk.sandbox.schemas import CheckInCreate
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.timefmt import iso, now_utc, parse


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    @api.post("/customers/check-ins", operation_id="createCheckIn", status_code=201)
    def create_check_in(body: CheckInCreate) -> Any:
        errors = FieldErrors()
        customer = store.one("SELECT * FROM customers WHERE id = ?", (body.customer_id,))
        if customer is None:
            errors.add("customer_id", "The selected customer id is invalid.")
        elif customer["deleted_at"]:
            errors.add("customer_id", "The customer has been anonymised.")
        if not store.one("SELECT 1 FROM sites WHERE id = ?", (body.site_id,)):
            errors.add("site_id", "The selected site id is invalid.")
        if body.method not in rules.CHECK_IN_METHODS:
            errors.add("method", "The selected method is invalid.")
        if body.membership_id is not None and not store.one(
            "SELECT 1 FROM memberships WHERE id = ? AND customer_id = ?",
            (body.membership_id, body.customer_id),
        ):
            errors.add("membership_id", "The selected membership id is invalid.")
        errors.raise_if_any()
        check_in_id = new_id()
        now = iso(now_utc())
        with store.transaction() as db:
            db.execute(
                "INSERT INTO check_ins (id, customer_id, site_id, membership_id, method, "
                "checked_in_at, device_id, device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    check_in_id,
                    body.customer_id,
                    body.site_id,
                    body.membership_id,
                    body.method,
                    now,
                    body.device.id if body.device else None,
                    body.device.name if body.device else None,
                ),
            )
            db.execute(
                "UPDATE customers SET last_check_in_at = ?, last_check_in_method = ? WHERE id = ?",
                (now, body.method, body.customer_id),
            )
        row = store.one("SELECT * FROM check_ins WHERE id = ?", (check_in_id,))
        assert row is not None
        return {"data": documents.check_in(store, row)}

    @api.post("/customers/check-ins/{check_in_id}/check-out", operation_id="checkOut")
    def check_out(check_in_id: str) -> Any:
        row = store.one("SELECT * FROM check_ins WHERE id = ?", (check_in_id,))
        if row is None:
            raise not_found()
        if row["checked_out_at"]:
            raise conflict("The customer has already checked out.")
        with store.transaction() as db:
            db.execute(
                "UPDATE check_ins SET checked_out_at = ? WHERE id = ?",
                (iso(now_utc()), check_in_id),
            )
        row = store.one("SELECT * FROM check_ins WHERE id = ?", (check_in_id,))
        assert row is not None
        return {"data": documents.check_in(store, row)}

    @api.get("/customers/check-ins", operation_id="listCheckIns")
    def list_check_ins(
        request: Request,
        customer_id: Annotated[list[str] | None, Query(alias="customer_id[]")] = None,
        site_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        checked_in_at_from: str | None = None,
        checked_in_at_to: str | None = None,
        method: str | None = None,
        page: int = PageNumber,
        per_page: int | None = PerPage,
    ) -> Any:
        errors = FieldErrors()
        clauses, params = ["1 = 1"], []
        if customer_id:
            clauses.append(f"customer_id IN ({','.join('?' for _ in customer_id)})")
            params += customer_id
        if site_id:
            clauses.append("site_id = ?")
            params.append(site_id)
        if method:
            clauses.append("method = ?")
            params.append(method)
        for field, value, sql in (
            ("date_from", date_from, "(checked_in_at >= ? OR checked_out_at >= ?)"),
            ("date_to", date_to, "(checked_in_at <= ? OR checked_out_at <= ?)"),
            ("checked_in_at_from", checked_in_at_from, "checked_in_at >= ?"),
            ("checked_in_at_to", checked_in_at_to, "checked_in_at <= ?"),
        ):
            if not value:
                continue
            try:
                moment = iso(parse(value))
            except ValueError:
                errors.add(field, f"The {field.replace('_', ' ')} is not a valid date.")
                continue
            clauses.append(sql)
            params += [moment] * sql.count("?")
        errors.raise_if_any()
        where = " AND ".join(clauses)
        size = capped(per_page)
        total = store.scalar(f"SELECT COUNT(*) FROM check_ins WHERE {where}", params)
        rows = store.all(
            f"SELECT * FROM check_ins WHERE {where} "
            "ORDER BY checked_in_at DESC, id LIMIT ? OFFSET ?",
            [*params, size, (page - 1) * size],
        )
        return paginated(request, [documents.check_in(store, r) for r in rows], total, page, size)
