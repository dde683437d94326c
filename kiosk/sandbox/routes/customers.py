"""Customers: barcode search, list and search, CRUD (delete anonymises), stats, memberships,
payment methods, lock/unlock, password and verification emails (to the outbox)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import Depends, FastAPI, Query, Request, Response

from kiosk.sandbox import documents, rules
from kiosk.sandbox.http import (
    FieldErrors,
    PageNumber,
    PerPage,
    bad_request,
    base_url,
    capped,
    invalid,
    new_id,
    not_found,
    paginated,
)
from kiosk.sandbox.schemas import CustomerCreate, CustomerUpdate
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.store import Row, Store
from kiosk.sandbox.timefmt import iso, now_utc

SEARCH_PREFIXES = ("/customers/customers/barcode-search/", "/customers/barcode-search/")


def customer_row(store: Store, customer_id: str) -> Row:
    row = store.one("SELECT * FROM customers WHERE id = ?", (customer_id,))
    if row is None:
        raise not_found()
    return row


@dataclass(frozen=True)
class CustomerFilters:
    """The documented listCustomers filters (S1); the CSV report queue takes the same ones."""

    query: str | None = None
    email: str | None = None
    organisation_id: str | None = None
    site_id: str | None = None
    brand_id: str | None = None
    membership_number: str | None = None
    name: str | None = None
    phone: str | None = None
    membership: str | None = None
    membership_type_id: str | None = None
    membership_rate_id: str | None = None
    marketing_opt_in: str | None = None
    label_ids: list[str] | None = None
    ids: str | None = None
    created_at_from: str | None = None
    created_at_to: str | None = None
    updated_at_from: str | None = None
    updated_at_to: str | None = None

    def given(self) -> dict[str, Any]:
        """The filters actually set (kept with a queued report job)."""
        return {key: value for key, value in asdict(self).items() if value}

    def where(self) -> tuple[str, list[Any]]:
        """The SQL WHERE clause and its parameters."""
        clauses: list[str] = ["1 = 1"]
        params: list[Any] = []

        def like(text: str) -> str:
            return "%" + text.strip().lower().replace("%", "").replace("_", "") + "%"

        if self.query:
            clauses.append(
                "(lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) LIKE ? "
                "OR lower(coalesce(email,'')) LIKE ? OR coalesce(phone,'') LIKE ?)"
            )
            params += [like(self.query), like(self.query), like(self.query.replace(" ", ""))]
        if self.name:
            clauses.append("lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) LIKE ?")
            params.append(like(self.name))
        if self.email:
            clauses.append("email = ?")
            params.append(self.email.strip().lower())
        if self.phone:
            clauses.append("phone = ?")
            params.append(self.phone.strip())
        if self.organisation_id:
            clauses.append("site_id IN (SELECT id FROM sites WHERE organisation_id = ?)")
            params.append(self.organisation_id)
        if self.site_id:
            clauses.append("site_id = ?")
            params.append(self.site_id)
        if self.brand_id:
            clauses.append("brand_id = ?")
            params.append(self.brand_id)
        if self.ids:
            wanted = [part.strip() for part in self.ids.split(",") if part.strip()]
            clauses.append(f"id IN ({','.join('?' for _ in wanted)})" if wanted else "0 = 1")
            params += wanted
        if self.label_ids:
            clauses.append(
                "id IN (SELECT customer_id FROM customer_labels WHERE label_id IN "
                f"({','.join('?' for _ in self.label_ids)}))"
            )
            params += self.label_ids
        if self.membership == "none":
            clauses.append("id NOT IN (SELECT customer_id FROM memberships)")
        elif self.membership == "any":
            clauses.append("id IN (SELECT customer_id FROM memberships)")
        elif self.membership:
            clauses.append("id IN (SELECT customer_id FROM memberships WHERE status = ?)")
            params.append(self.membership)
        for column, value in (
            ("membership_number", self.membership_number),
            ("type_id", self.membership_type_id),
            ("rate_id", self.membership_rate_id),
        ):
            if value:
                clauses.append(f"id IN (SELECT customer_id FROM memberships WHERE {column} = ?)")
                params.append(value)
        if self.marketing_opt_in == "none":
            clauses.append("id NOT IN (SELECT customer_id FROM marketing_opt_ins)")
        elif self.marketing_opt_in == "any":
            clauses.append("id IN (SELECT customer_id FROM marketing_opt_ins)")
        elif self.marketing_opt_in:
            clauses.append(
                "id IN (SELECT customer_id FROM marketing_opt_ins WHERE preference_id = ?)"
            )
            params.append(self.marketing_opt_in)
        for column, operator, value in (
            ("created_at", ">=", self.created_at_from),
            ("created_at", "<=", self.created_at_to),
            ("updated_at", ">=", self.updated_at_from),
            ("updated_at", "<=", self.updated_at_to),
        ):
            if value:
                clauses.append(f"{column} {operator} ?")
                params.append(value)
        return " AND ".join(clauses), params


def documented_filters(
    query: str | None = None,
    email: str | None = None,
    organisation_id: str | None = None,
    brand_id: str | None = None,
    membership_number: str | None = None,
    name: str | None = None,
    phone: str | None = None,
    membership: str | None = None,
    membership_type_id: str | None = None,
    membership_rate_id: str | None = None,
    marketing_opt_in: str | None = None,
    label_ids: Annotated[list[str] | None, Query(alias="label_ids[]")] = None,
) -> CustomerFilters:
    """The query parameters listCustomers and queueListCustomers share, as one dependency."""
    return CustomerFilters(
        query=query,
        email=email,
        organisation_id=organisation_id,
        brand_id=brand_id,
        membership_number=membership_number,
        name=name,
        phone=phone,
        membership=membership,
        membership_type_id=membership_type_id,
        membership_rate_id=membership_rate_id,
        marketing_opt_in=marketing_opt_in,
        label_ids=label_ids,
    )


Filters = Annotated[CustomerFilters, Depends(documented_filters)]


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    def barcode_search(request: Request, site_id: str | None) -> dict[str, Any]:
        # The code comes from the raw path: a client that did not escape "/" asked for a
        # different resource, which does not exist.
        raw = (request.scope.get("raw_path") or b"").decode("latin-1").split("?", 1)[0]
        prefix = next((p for p in SEARCH_PREFIXES if raw.startswith(p)), None)
        remainder = raw[len(prefix) :] if prefix else ""
        if not remainder or "/" in remainder:
            raise not_found()
        code = unquote(remainder)
        params: list[Any] = [code]
        where = "b.barcode = ?"
        if site_id is not None:
            where += " AND b.site_id = ?"
            params.append(site_id)
        if not state.match_expired_bands:
            where += " AND (b.expires_at IS NULL OR b.expires_at > ?)"
            params.append(iso(now_utc()))
        row = store.one(
            f"SELECT c.* FROM barcodes b JOIN customers c ON c.id = b.customer_id WHERE {where}",
            params,
        )
        if row is None:
            row = store.one("SELECT * FROM customers WHERE id = ?", (code,))
            if row is not None and site_id is not None and not _same_brand(store, row, site_id):
                row = None
        if row is None:
            raise not_found()
        return {"data": documents.customer(store, row, base_url(request))}

    @api.get("/customers/customers/barcode-search/{code:path}", operation_id="getCustomerByBarcode")
    def get_customer_by_barcode(request: Request, code: str, site_id: str | None = None) -> Any:
        if not site_id:
            raise invalid({"site_id": ["The site id field is required."]})
        return barcode_search(request, site_id)

    @api.get("/customers/barcode-search/{code:path}", operation_id="getCustomerByBarcodePos")
    def get_customer_by_barcode_pos(request: Request, code: str, site_id: str | None = None) -> Any:
        return barcode_search(request, site_id or None)

    @api.get("/customers/customers", operation_id="listCustomers")
    def list_customers(
        request: Request,
        filters: Filters,
        site_id: str | None = None,
        id: str | None = None,
        page: int = PageNumber,
        per_page: int | None = PerPage,
    ) -> Any:
        where, params = replace(filters, site_id=site_id, ids=id).where()
        size = capped(per_page)
        total = store.scalar(f"SELECT COUNT(*) FROM customers WHERE {where}", params)
        rows = store.all(
            f"SELECT * FROM customers WHERE {where} "
            "ORDER BY last_name, first_name, id LIMIT ? OFFSET ?",
            [*params, size, (page - 1) * size],
        )
        base = base_url(request)
        items = [documents.customer(store, row, base) for row in rows]
        return paginated(request, items, total, page, size)

    @api.get("/shop/customers/search", operation_id="actionCustomerSearch")
    def action_customer_search(
        site_id: str | None = None,
        query: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        email: str | None = None,
        source: Annotated[list[str] | None, Query(alias="source[]")] = None,
    ) -> Any:
        errors = FieldErrors()
        if not site_id:
            errors.add("site_id", "The site id field is required.")
        if source and any(s != "trybe" for s in source):
            errors.add("source", "The selected source is invalid.")
        errors.raise_if_any()
        where, params = CustomerFilters(query=query, email=email).where()
        site = store.one("SELECT brand_id FROM sites WHERE id = ?", (site_id,))
        if site is None:
            return {"data": [], "meta": {"sources": ["trybe"]}}
        where += " AND brand_id = ? AND deleted_at IS NULL"
        params.append(site["brand_id"])
        for column, value in (("first_name", first_name), ("last_name", last_name)):
            if value:
                where += f" AND lower(coalesce({column}, '')) LIKE ?"
                params.append("%" + value.strip().lower() + "%")
        rows = store.all(
            f"SELECT * FROM customers WHERE {where} ORDER BY last_name, first_name LIMIT 25",
            params,
        )
        return {
            "data": [documents.search_result(store, r) for r in rows],
            "meta": {"sources": ["trybe"]},
        }

    @api.post("/customers/customers", operation_id="createCustomer", status_code=201)
    def create_customer(request: Request, body: CustomerCreate) -> Any:
        given = body.model_dump(exclude_unset=True)
        errors = FieldErrors()
        site = store.one("SELECT * FROM sites WHERE id = ?", (body.site_id,))
        if site is None:
            errors.add("site_id", "The selected site id is invalid.")
        first = rules.text_field(errors, given, "first_name")
        last = rules.text_field(errors, given, "last_name")
        email = rules.email_field(errors, given)
        if not (first or last or email) and "email" not in errors.errors:
            for field in ("email", "first_name", "last_name"):
                errors.add(
                    field,
                    f"The {field.replace('_', ' ')} field is required when none of "
                    "email / first name / last name are present.",
                )
        phone = rules.phone_field(errors, given)
        dob = rules.dob_field(errors, given)
        password = rules.password_field(errors, given)
        locale = rules.locale_field(errors, given) or (site["locale"] if site else "en")
        preferences = rules.string_list_field(errors, given, "marketing_preference_ids")
        external_ref = rules.text_field(errors, given, "external_ref")
        if (
            email
            and site
            and store.one(
                "SELECT 1 FROM customers WHERE email = ? AND brand_id = ?",
                (email, site["brand_id"]),
            )
        ):
            errors.add("email", "The email has already been taken.")
        errors.raise_if_any()
        assert site is not None
        now = iso(now_utc())
        customer_id = new_id()
        with store.transaction() as db:
            db.execute(
                "INSERT INTO customers (id, site_id, brand_id, first_name, last_name, email, "
                "phone, "
                "dob, preferred_locale, has_password, password_hash, external_ref, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    customer_id,
                    site["id"],
                    site["brand_id"],
                    first,
                    last,
                    email,
                    phone,
                    dob,
                    locale,
                    int(password is not None),
                    _hash(password),
                    external_ref,
                    now,
                    now,
                ),
            )
            db.executemany(
                "INSERT INTO marketing_opt_ins (customer_id, preference_id) VALUES (?, ?)",
                [(customer_id, p) for p in preferences],
            )
        return {
            "data": documents.customer(store, customer_row(store, customer_id), base_url(request))
        }

    @api.get("/customers/customers/{customer_id}", operation_id="getCustomer")
    def get_customer(request: Request, customer_id: str) -> Any:
        return {
            "data": documents.customer(store, customer_row(store, customer_id), base_url(request))
        }

    @api.put("/customers/customers/{customer_id}", operation_id="updateCustomer", status_code=201)
    def update_customer(request: Request, customer_id: str, body: CustomerUpdate) -> Any:
        row = customer_row(store, customer_id)
        if row["locked_at"]:
            raise bad_request("The customer is locked and cannot be updated.")
        if row["deleted_at"]:
            raise bad_request("The customer has been anonymised and cannot be updated.")
        given = body.model_dump(exclude_unset=True)
        errors = FieldErrors()
        changes: dict[str, Any] = {}
        for field in ("first_name", "last_name", "external_ref"):
            if field in given:
                changes[field] = rules.text_field(errors, given, field)
        if "phone" in given:
            changes["phone"] = rules.phone_field(errors, given)
        if "dob" in given:
            changes["dob"] = rules.dob_field(errors, given)
        if given.get("preferred_locale") is not None:
            changes["preferred_locale"] = rules.locale_field(errors, given)
        if given.get("password") is not None:
            password = rules.password_field(errors, given)
            changes.update(has_password=1, password_hash=_hash(password))
        errors.raise_if_any()
        if changes:
            changes["updated_at"] = iso(now_utc())
            assignments = ", ".join(f"{column} = ?" for column in changes)
            with store.transaction() as db:
                db.execute(
                    f"UPDATE customers SET {assignments} WHERE id = ?",
                    [*changes.values(), customer_id],
                )
        return {
            "data": documents.customer(store, customer_row(store, customer_id), base_url(request))
        }

    @api.delete(
        "/customers/customers/{customer_id}", operation_id="deleteCustomer", status_code=204
    )
    def delete_customer(customer_id: str) -> Response:
        row = customer_row(store, customer_id)
        if row["locked_at"]:
            raise bad_request("The customer could not be anonymised.")
        if row["deleted_at"] is None:
            now = iso(now_utc())
            with store.transaction() as db:
                db.execute(
                    "UPDATE customers SET first_name = NULL, last_name = NULL, email = NULL, "
                    "phone = NULL, dob = NULL, avatar_id = NULL, stripe_id = NULL, "
                    "external_ref = NULL, password_hash = NULL, has_password = 0, "
                    "deleted_at = ?, updated_at = ? WHERE id = ?",
                    (now, now, customer_id),
                )
                db.execute("DELETE FROM addresses WHERE customer_id = ?", (customer_id,))
                db.execute("DELETE FROM marketing_opt_ins WHERE customer_id = ?", (customer_id,))
        return Response(status_code=204)

    @api.get("/shop/customers/{customer_id}/stats", operation_id="getCustomerStats")
    def get_customer_stats(customer_id: str) -> Any:
        row = customer_row(store, customer_id)
        site = store.one("SELECT currency FROM sites WHERE id = ?", (row["site_id"],))
        return documents.stats(store, row, site["currency"] if site else "gbp")

    @api.get(
        "/customers/customers/{customer_id}/memberships", operation_id="getCustomerMemberships"
    )
    def get_customer_memberships(
        request: Request, customer_id: str, page: int = PageNumber, per_page: int | None = PerPage
    ) -> Any:
        row = customer_row(store, customer_id)
        customer_doc = documents.customer(store, row, base_url(request))
        size = capped(per_page)
        total = store.scalar(
            "SELECT COUNT(*) FROM memberships WHERE customer_id = ?", (customer_id,)
        )
        rows = store.all(
            "SELECT * FROM memberships WHERE customer_id = ? "
            "ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
            (customer_id, size, (page - 1) * size),
        )
        items = [documents.membership(store, r, customer_doc) for r in rows]
        return paginated(request, items, total, page, size)

    @api.get(
        "/customers/customers/{customer_id}/payment-methods",
        operation_id="listCustomerPaymentMethods",
    )
    def list_customer_payment_methods(customer_id: str) -> Any:
        """Assumption (decisions.md): the list path and its unpaginated envelope."""
        customer_row(store, customer_id)
        rows = store.all(
            "SELECT * FROM payment_methods WHERE customer_id = ? ORDER BY created_at, id",
            (customer_id,),
        )
        return {"data": [documents.payment_method(r) for r in rows]}

    def set_locked(request: Request, customer_id: str, locked: bool) -> Any:
        customer_row(store, customer_id)
        with store.transaction() as db:
            db.execute(
                "UPDATE customers SET locked_at = ?, updated_at = ? WHERE id = ?",
                (iso(now_utc()) if locked else None, iso(now_utc()), customer_id),
            )
        return {
            "data": documents.customer(store, customer_row(store, customer_id), base_url(request))
        }

    @api.post("/customers/customers/{customer_id}/lock", operation_id="actionLockCustomer")
    def action_lock_customer(request: Request, customer_id: str) -> Any:
        return set_locked(request, customer_id, True)

    @api.post("/customers/customers/{customer_id}/unlock", operation_id="actionUnlockCustomer")
    def action_unlock_customer(request: Request, customer_id: str) -> Any:
        return set_locked(request, customer_id, False)

    def send_email(request: Request, customer_id: str, kind: str, valid_for: timedelta) -> Any:
        row = customer_row(store, customer_id)
        if not row["email"]:
            raise invalid({"email": ["The customer has no email address."]})
        token = secrets.token_urlsafe(16)
        url = f"{base_url(request).rstrip('/')}/_media/{kind}/{token}"
        with store.transaction() as db:
            db.execute(
                "INSERT INTO outbox (customer_id, kind, recipient, url, at) VALUES (?, ?, ?, ?, ?)",
                (customer_id, kind, row["email"], url, iso(now_utc())),
            )
        del valid_for  # documented validity; the outbox keeps the link only
        return {"data": documents.customer(store, row, base_url(request))}

    @api.post(
        "/customers/customers/{customer_id}/reset-password",
        operation_id="actionTriggerCustomerPasswordReset",
    )
    def action_trigger_customer_password_reset(request: Request, customer_id: str) -> Any:
        return send_email(request, customer_id, "reset-password", timedelta(hours=1))

    @api.post(
        "/customers/customers/{customer_id}/resend-verification",
        operation_id="actionResendCustomerVerification",
    )
    def action_resend_customer_verification(request: Request, customer_id: str) -> Any:
        return send_email(request, customer_id, "verify-email", timedelta(days=1))

    @api.post(
        "/customers/customers/{customer_id}/set-password-url", operation_id="createSetPasswordUrl"
    )
    def create_set_password_url(request: Request, customer_id: str) -> Any:
        """Assumption: the body is ``{"data": {"url", "expires_at"}}`` (undocumented)."""
        customer_row(store, customer_id)
        expires = now_utc() + timedelta(hours=24)
        url = f"{base_url(request).rstrip('/')}/_media/set-password/{secrets.token_urlsafe(16)}"
        return {"data": {"url": url, "expires_at": iso(expires)}}


def _same_brand(store: Store, customer: Row, site_id: str) -> bool:
    site = store.one("SELECT brand_id FROM sites WHERE id = ?", (site_id,))
    return site is not None and site["brand_id"] == customer["brand_id"]


def _hash(password: str | None) -> str | None:
    """Never keep a password in clear, even in a sandbox (scrypt, random salt)."""
    if password is None:
        return None
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + ":" + digest.hex()
