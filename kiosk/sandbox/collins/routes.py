"""The customers endpoints of seed 002 (the Collins API, The Access Group), as a stand-in.

What the seed leaves open is decided here, and said once (the client must cope either way):
- the list's body is a JSON array of customers; its pagination is in ``X-Pagination-*``
  response headers (the vendor's pagination page);
- a customer's body is the customer object itself; create answers 201, delete 204;
- errors are ``{"message": ...}``, a 422 adds ``"errors": {field: [words]}``;
- ``limit`` outside 1-30 is a 422 (the seed: "min: 1 · max: 30"), not silently clamped;
- list filters given as a comma-separated value or repeated (``labels=VIP&labels=Regular``, or
  ``labels[]=``) mean any-of; date filters compare the date part;
- ``booking_date*`` filters match nobody: this stand-in keeps no bookings.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from kiosk.config import clock as wallclock
from kiosk.sandbox.collins import openapi
from kiosk.sandbox.collins.demo import DATETIME
from kiosk.sandbox.collins.store import CollinsStore
from kiosk.sandbox.http import ApiError, FieldErrors
from kiosk.sandbox.state import SandboxState

LIMIT_MAX = 30
ID = re.compile(r"^[0-9a-f]{24}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SORTABLE = (
    "created_date",
    "last_updated",
    "first_name",
    "last_name",
    "full_name",
    "email",
    "company",
)
TEXT_LIMITS = {
    "email": 255,
    "first_name": 255,
    "last_name": 255,
    "phone": 20,
    "company": 255,
    "custom_field_value": 255,
    "notes": 1000,
}
NOT_FOUND = {"message": "The customer could not be found."}
INVALID = "The given data was invalid."


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


def invalid(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(422, {"message": INVALID, "errors": errors})


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store
    assert isinstance(store, CollinsStore)

    @api.get(
        "/customers",
        summary="Get customers",
        openapi_extra={"parameters": openapi.LIST_PARAMETERS},
    )
    def list_customers(request: Request) -> Response:
        params = request.query_params
        problems = FieldErrors()
        page = _int(params.get("page", "1"), "page", problems, low=1)
        limit = _int(params.get("limit", str(LIMIT_MAX)), "limit", problems, low=1)
        if limit is not None and limit > LIMIT_MAX:
            problems.add("limit", f"The limit may not be greater than {LIMIT_MAX}.")
        sort = _sort(_many(params, "sort"), problems)
        where, args = _filters(params, problems)
        _check(problems)
        assert page is not None
        assert limit is not None
        rows = [_row(r) for r in store.all(f"SELECT * FROM customers {where}", args)]
        query = (params.get("query") or "").strip().lower()
        if query:
            rows = [r for r in rows if _matches(r, query)]
        rows = _ordered(rows, sort, query)
        total = len(rows)
        pages = max(1, math.ceil(total / limit))
        shown = rows[(page - 1) * limit : page * limit]
        headers = {
            "X-Pagination-Page": str(page),
            "X-Pagination-Per-Page": str(limit),
            "X-Pagination-Total-Pages": str(pages),
            "X-Pagination-Total-Results": str(total),
        }
        return JSONResponse([_public(r) for r in shown], headers=headers)

    @api.post(
        "/customers",
        status_code=201,
        summary="Create a customer",
        openapi_extra=openapi.CREATE_BODY,
    )
    async def create_customer(request: Request) -> Any:
        body = await _body(request)
        values = _validated(store, body, creating=True)
        now = wallclock.now().strftime(DATETIME)
        customer_id = _new_id(store)
        seq = int(store.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM customers"))
        row = {
            "id": customer_id,
            "created_date": now,
            "last_updated": now,
            "seq": seq,
            "labels": "[]",
            "associated_venues": "[]",
            "marketing_preferences": "{}",
        }
        row.update(values)
        with store.transaction() as db:
            columns = ", ".join(row)
            db.execute(
                f"INSERT INTO customers ({columns}) VALUES ({', '.join('?' for _ in row)})",
                tuple(row.values()),
            )
        return _public(_row(_one(store, customer_id)))

    @api.get("/customers/{customer_id}", summary="Get a customer")
    def get_customer(customer_id: str) -> Any:
        return _public(_row(_one(store, customer_id)))

    @api.put(
        "/customers/{customer_id}", summary="Update a customer", openapi_extra=openapi.UPDATE_BODY
    )
    async def update_customer(customer_id: str, request: Request) -> Any:
        _one(store, customer_id)
        body = await _body(request)
        body.pop("id", None)  # the seed lists it; the path says which customer
        body.pop("created_date", None)  # kept by the server
        body.pop("last_updated", None)
        values = _validated(store, body, creating=False)
        values["last_updated"] = wallclock.now().strftime(DATETIME)
        assignments = ", ".join(f"{column} = ?" for column in values)
        with store.transaction() as db:
            db.execute(
                f"UPDATE customers SET {assignments} WHERE id = ?",
                (*values.values(), customer_id),
            )
        return _public(_row(_one(store, customer_id)))

    @api.delete("/customers/{customer_id}", status_code=204, summary="Delete a customer")
    def delete_customer(customer_id: str) -> Response:
        _one(store, customer_id)
        with store.transaction() as db:
            db.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
        return Response(status_code=204)


# ---------------------------------------------------------------------- reading the request


def _check(problems: FieldErrors) -> None:
    """Every broken rule at once, as this vendor words a 422."""
    if problems.errors:
        raise invalid(problems.errors)


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise ApiError(400, {"message": "The request body is not valid JSON."}) from None
    if not isinstance(body, dict):
        raise ApiError(400, {"message": "The request body must be a JSON object."})
    return body


def _int(text: str, field: str, problems: FieldErrors, *, low: int) -> int | None:
    try:
        value = int(text)
    except ValueError:
        problems.add(field, f"The {field} must be an integer.")
        return None
    if value < low:
        problems.add(field, f"The {field} must be at least {low}.")
        return None
    return value


def _many(params: Any, name: str) -> list[str]:
    """``name=a,b``, ``name=a&name=b`` and ``name[]=a`` alike."""
    values: list[str] = []
    for raw in [*params.getlist(name), *params.getlist(f"{name}[]")]:
        values += [part.strip() for part in raw.split(",") if part.strip()]
    return values


def _sort(fields: list[str], problems: FieldErrors) -> list[tuple[str, bool]]:
    order = []
    for field in fields:
        name = field.lstrip("-")
        if name not in SORTABLE:
            problems.add("sort", f"The sort field {name} is not supported.")
            continue
        order.append((name, field.startswith("-")))
    return order


def _date(text: str, field: str, problems: FieldErrors) -> str | None:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        problems.add(field, f"The {field} is not a valid date (YYYY-MM-DD).")
        return None


def _filters(params: Any, problems: FieldErrors) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    for field, column in (("created_date", "created_date"), ("last_updated", "last_updated")):
        for suffix, op in (("", "="), ("_from", ">="), ("_to", "<=")):
            text = params.get(f"{field}{suffix}")
            if text:
                day = _date(text, f"{field}{suffix}", problems)
                if day:
                    clauses.append(f"substr({column}, 1, 10) {op} ?")
                    args.append(day)
    if any(params.get(f"booking_date{s}") for s in ("", "_from", "_to")):
        clauses.append("0")  # no bookings kept here: nobody had one
    emails = _many(params, "email")
    if emails:
        clauses.append(f"lower(email) IN ({', '.join('?' for _ in emails)})")
        args += [e.lower() for e in emails]
    full_name = (params.get("full_name") or "").strip().lower()
    if full_name:
        clauses.append("lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) LIKE ?")
        args.append(f"%{full_name}%")
    for name, column in (("labels", "labels"), ("associated_venues", "associated_venues")):
        wanted = _many(params, name)
        if wanted:
            each = " OR ".join(
                f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = ?)" for _ in wanted
            )
            clauses.append(f"({each})")
            args += wanted
    months = _many(params, "dob_month")
    if months:
        if not all(m.isdigit() and 1 <= int(m) <= 12 for m in months):
            problems.add("dob_month", "The dob month must be between 1 and 12.")
        else:
            clauses.append(
                f"CAST(substr(dob, 6, 2) AS INTEGER) IN ({', '.join('?' for _ in months)})"
            )
            args += [int(m) for m in months]
    for name, opted in (("opted_in", 1), ("opted_out", 0)):
        for preference in _many(params, name):
            clauses.append(
                "EXISTS (SELECT 1 FROM json_each(marketing_preferences)"
                " WHERE key = ? AND value = ?)"
            )
            args += [preference, opted]
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


# ---------------------------------------------------------------------- rows and answers


def _one(store: CollinsStore, customer_id: str) -> dict[str, Any]:
    if not ID.match(customer_id):
        raise not_found()
    row = store.one("SELECT * FROM customers WHERE id = ?", (customer_id,))
    if row is None:
        raise not_found()
    return row


def _row(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for column in ("labels", "associated_venues", "marketing_preferences"):
        row[column] = json.loads(row[column])
    return row


def _full_name(row: dict[str, Any]) -> str:
    return " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "full_name": _full_name(row) or None,
        "email": row["email"],
        "phone": row["phone"],
        "company": row["company"],
        "dob": row["dob"],
        "custom_field_value": row["custom_field_value"],
        "associated_venues": row["associated_venues"],
        "labels": row["labels"],
        "notes": row["notes"],
        "marketing_preferences": row["marketing_preferences"],
        "created_date": row["created_date"],
        "last_updated": row["last_updated"],
    }


def _matches(row: dict[str, Any], query: str) -> bool:
    """ "Similar to" full_name, email, company or phone: a case-insensitive substring here."""
    haystack = (
        _full_name(row),
        row.get("email") or "",
        row.get("company") or "",
        (row.get("phone") or "").replace(" ", ""),
    )
    needle = query.replace(" ", "") if query.lstrip("+").isdigit() else query
    return any(needle in value.lower() for value in haystack)


def _ordered(
    rows: list[dict[str, Any]], sort: list[tuple[str, bool]], query: str
) -> list[dict[str, Any]]:
    if not sort:
        if query:  # relevance: a name that starts with the query first
            return sorted(
                rows, key=lambda r: (not _full_name(r).lower().startswith(query), r["seq"])
            )
        return sorted(rows, key=lambda r: (r["created_date"] or "", r["seq"]))
    for field, descending in reversed(sort):

        def value(row: dict[str, Any], field: str = field) -> str:
            shown = _full_name(row) if field == "full_name" else row.get(field)
            return str(shown or "").lower()

        rows = sorted(rows, key=value, reverse=descending)
    return rows


def _new_id(store: CollinsStore) -> str:
    import secrets

    while True:
        candidate = secrets.token_hex(12)
        if store.one("SELECT 1 FROM customers WHERE id = ?", (candidate,)) is None:
            return candidate


def _validated(store: CollinsStore, body: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    """The body's fields as columns, every broken rule reported at once."""
    problems = FieldErrors()
    known = {*TEXT_LIMITS, "dob", "associated_venues", "labels"}
    if creating:  # the seed's PUT body has no marketing fields
        known |= {"marketing_preference_ids", "marketing_preferences"}
    values: dict[str, Any] = {}
    for field, limit in TEXT_LIMITS.items():
        if field not in body:
            continue
        value = body[field]
        if value is None:
            values[field] = None
            continue
        if field == "custom_field_value" and isinstance(value, (int, float)):
            value = str(value)
        if not isinstance(value, str):
            problems.add(field, f"The {field.replace('_', ' ')} must be a string.")
            continue
        if len(value) > limit:
            problems.add(
                field, f"The {field.replace('_', ' ')} may not be greater than {limit} characters."
            )
            continue
        if field == "email" and value and not EMAIL.match(value):
            problems.add("email", "The email must be a valid email address.")
            continue
        values[field] = value
    if "dob" in body and body["dob"] is not None:
        try:
            values["dob"] = date.fromisoformat(str(body["dob"])).isoformat()
        except ValueError:
            problems.add("dob", "The dob does not match the format Y-m-d.")
    elif "dob" in body:
        values["dob"] = None
    if "labels" in body:
        labels = body["labels"]
        if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
            problems.add("labels", "The labels must be an array of strings.")
        else:
            values["labels"] = json.dumps(list(dict.fromkeys(labels)))
    if "associated_venues" in body:
        venues = body["associated_venues"]
        known_venues = {r["id"] for r in store.all("SELECT id FROM venues")}
        if not isinstance(venues, list) or not all(isinstance(v, str) for v in venues):
            problems.add("associated_venues", "The associated venues must be an array of ids.")
        elif any(v not in known_venues for v in venues):
            problems.add("associated_venues", "The selected associated venues is invalid.")
        else:
            values["associated_venues"] = json.dumps(list(dict.fromkeys(venues)))
    choices: dict[str, bool] = {}
    known_prefs = {r["id"] for r in store.all("SELECT id FROM preferences")}
    if "marketing_preference_ids" in body and creating:
        ids = body["marketing_preference_ids"]
        if not isinstance(ids, list) or any(
            not isinstance(i, str) or i not in known_prefs for i in ids
        ):  # a list in the list is not an id (the fuzzer sent [[]]: it was a 500)
            problems.add(
                "marketing_preference_ids", "The selected marketing preference ids is invalid."
            )
        else:
            choices.update({i: True for i in ids})
    if "marketing_preferences" in body and creating:
        given = body["marketing_preferences"]
        if not isinstance(given, dict) or any(
            k not in known_prefs or not isinstance(v, bool) for k, v in given.items()
        ):
            problems.add(
                "marketing_preferences",
                "The marketing preferences must map preference ids to true or false.",
            )
        else:
            choices.update(given)
    if choices and creating:
        values["marketing_preferences"] = json.dumps(choices)
    unknown = [field for field in body if field not in known]
    for field in unknown:
        problems.add(field, f"The {field.replace('_', ' ')} field is not allowed.")
    _check(problems)
    return values
