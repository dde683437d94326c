"""The stand-in server's HTTP routes: Trybe's paths, shapes and errors, over SQLite.

Handlers are plain functions (run on the server's thread pool); the gatekeeper in front of them
has already checked the token. Every error body follows the Trybe error guide:
``{"message": ...}``, plus ``errors`` (field -> messages) on 422.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import unquote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.sandbox import documents
from kiosk.sandbox.avatars import portrait_png
from kiosk.sandbox.gatekeeper import Gatekeeper
from kiosk.sandbox.state import DEFAULT_PER_PAGE, PER_PAGE_CAP, Fault, SandboxState
from kiosk.sandbox.timefmt import iso, now_utc

NOT_FOUND = {"message": "The requested resource could not be found"}
INVALID = "The request didn't pass validation"

Page = Annotated[int, Query(ge=1)]
PerPage = Annotated[int, Query(ge=1)]


class ApiError(Exception):
    """Raised by a handler to answer with a Trybe-shaped error."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("message"))
        self.status = status
        self.body = body


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


def invalid(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(422, {"message": INVALID, "errors": errors})


def create_app(state: SandboxState) -> Any:
    """The ASGI app for ``state``: the gatekeeper wrapped round the routes."""
    api = FastAPI(
        title="kiosk sandbox: a Trybe-compatible stand-in",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    _install_error_handlers(api)
    _customer_routes(api, state)
    _site_routes(api, state)
    _media_routes(api)
    _admin_routes(api, state)
    return Gatekeeper(api, state)


def _install_error_handlers(api: FastAPI) -> None:
    @api.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body, status_code=exc.status)

    @api.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return JSONResponse(NOT_FOUND, status_code=404)
        if exc.status_code == 405:
            return JSONResponse({"message": "The method is not allowed."}, status_code=405)
        return JSONResponse({"message": str(exc.detail)}, status_code=exc.status_code)

    @api.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors: dict[str, list[str]] = {}
        for error in exc.errors():
            location = [str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path")]
            field = ".".join(location) or "request"
            errors.setdefault(field, []).append(
                f"The {field} field is invalid: {error.get('msg')}."
            )
        return JSONResponse({"message": INVALID, "errors": errors}, status_code=422)


def _base_url(request: Request) -> str:
    return str(request.base_url)


def _paginated(
    request: Request, items: list[Any], total: int, page: int, per_page: int
) -> dict[str, Any]:
    last_page = max(1, -(-total // per_page))
    path_url = str(request.url.replace(query=""))

    def link(number: int) -> str:
        query = dict(request.query_params)
        query.update(page=str(number), per_page=str(per_page))
        return f"{path_url}?{urlencode(query)}"

    start = (page - 1) * per_page
    return {
        "data": items,
        "links": {
            "first": link(1),
            "last": link(last_page),
            "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page < last_page else None,
        },
        "meta": {
            "current_page": page,
            "from": start + 1 if items else None,
            "to": start + len(items) if items else None,
            "total": total,
            "per_page": per_page,
            "last_page": last_page,
            "path": path_url,
        },
    }


def _capped(per_page: int | None) -> int:
    """Trybe silently caps ``per_page`` (PAG): still 200, with ``meta.per_page`` applied."""
    return min(per_page or DEFAULT_PER_PAGE, PER_PAGE_CAP)


def _customer_routes(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    def customer_row(customer_id: str) -> dict[str, Any]:
        row = store.one("SELECT * FROM customers WHERE id = ?", (customer_id,))
        if row is None:
            raise not_found()
        return row

    def barcode_search(request: Request, prefix: str, site_id: str | None) -> dict[str, Any]:
        # Take the code from the raw path: a client that did not escape "/" asked for a
        # different resource, which does not exist.
        raw = (request.scope.get("raw_path") or b"").decode("latin-1").split("?", 1)[0]
        remainder = raw[len(prefix) :] if raw.startswith(prefix) else ""
        if not remainder or "/" in remainder:
            raise not_found()
        code = unquote(remainder)
        params: list[Any] = [code]
        site_clause = ""
        if site_id is not None:
            site_clause = " AND b.site_id = ?"
            params.append(site_id)
        expiry_clause = (
            "" if state.match_expired_bands else " AND (b.expires_at IS NULL OR b.expires_at > ?)"
        )
        if not state.match_expired_bands:
            params.append(iso(now_utc()))
        row = store.one(
            "SELECT c.* FROM barcodes b JOIN customers c ON c.id = b.customer_id "
            f"WHERE b.barcode = ?{site_clause}{expiry_clause}",
            params,
        )
        if row is None:
            row = store.one("SELECT * FROM customers WHERE id = ?", (code,))
            if row is not None and site_id is not None and not _in_site_brand(store, row, site_id):
                row = None
        if row is None:
            raise not_found()
        return {"data": documents.customer(store, row, _base_url(request))}

    @api.get("/customers/customers/barcode-search/{code:path}", operation_id="getCustomerByBarcode")
    def get_customer_by_barcode(request: Request, code: str, site_id: str | None = None) -> Any:
        if not site_id:
            raise invalid({"site_id": ["The site id field is required."]})
        return barcode_search(request, "/customers/customers/barcode-search/", site_id)

    @api.get("/customers/barcode-search/{code:path}", operation_id="getCustomerByBarcodeShort")
    def get_customer_by_barcode_short(
        request: Request, code: str, site_id: str | None = None
    ) -> Any:
        return barcode_search(request, "/customers/barcode-search/", site_id or None)

    @api.get("/customers/customers", operation_id="listCustomers")
    def list_customers(
        request: Request,
        query: str | None = None,
        email: str | None = None,
        site_id: str | None = None,
        brand_id: str | None = None,
        membership: str | None = None,
        label_ids: Annotated[list[str] | None, Query(alias="label_ids[]")] = None,
        id: str | None = None,
        page: Page = 1,
        per_page: PerPage | None = None,
    ) -> Any:
        clauses, params = ["1 = 1"], []
        if query:
            like = f"%{query.strip().lower()}%"
            clauses.append(
                "(lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) LIKE ? "
                "OR lower(coalesce(email,'')) LIKE ? OR replace(coalesce(phone,''),' ','') LIKE ?)"
            )
            params += [like, like, f"%{query.strip().replace(' ', '')}%"]
        if email:
            clauses.append("email = ?")
            params.append(email.strip().lower())
        if site_id:
            clauses.append("site_id = ?")
            params.append(site_id)
        if brand_id:
            clauses.append("brand_id = ?")
            params.append(brand_id)
        if id:
            ids = [part for part in id.split(",") if part]
            clauses.append(f"id IN ({','.join('?' for _ in ids)})")
            params += ids
        if label_ids:
            clauses.append(
                "id IN (SELECT customer_id FROM customer_labels WHERE label_id IN "
                f"({','.join('?' for _ in label_ids)}))"
            )
            params += label_ids
        if membership:
            if membership == "none":
                clauses.append("id NOT IN (SELECT customer_id FROM memberships)")
            elif membership == "any":
                clauses.append("id IN (SELECT customer_id FROM memberships)")
            else:
                clauses.append("id IN (SELECT customer_id FROM memberships WHERE status = ?)")
                params.append(membership)
        where = " AND ".join(clauses)
        size = _capped(per_page)
        total = store.scalar(f"SELECT COUNT(*) FROM customers WHERE {where}", params)
        rows = store.all(
            f"SELECT * FROM customers WHERE {where} ORDER BY last_name, first_name, id "
            "LIMIT ? OFFSET ?",
            [*params, size, (page - 1) * size],
        )
        base = _base_url(request)
        items = [documents.customer(store, row, base) for row in rows]
        return _paginated(request, items, total, page, size)

    @api.get("/customers/customers/{customer_id}", operation_id="getCustomer")
    def get_customer(request: Request, customer_id: str) -> Any:
        return {"data": documents.customer(store, customer_row(customer_id), _base_url(request))}

    @api.get(
        "/customers/customers/{customer_id}/memberships", operation_id="getCustomerMemberships"
    )
    def get_customer_memberships(
        request: Request, customer_id: str, page: Page = 1, per_page: PerPage | None = None
    ) -> Any:
        row = customer_row(customer_id)
        customer_doc = documents.customer(store, row, _base_url(request))
        size = _capped(per_page)
        total = store.scalar(
            "SELECT COUNT(*) FROM memberships WHERE customer_id = ?", (customer_id,)
        )
        rows = store.all(
            "SELECT * FROM memberships WHERE customer_id = ? "
            "ORDER BY created_at DESC LIMIT ? OFFSET ?",
            (customer_id, size, (page - 1) * size),
        )
        items = [documents.membership(store, r, customer_doc) for r in rows]
        return _paginated(request, items, total, page, size)


def _in_site_brand(store: Any, customer_row: dict[str, Any], site_id: str) -> bool:
    site = store.one("SELECT brand_id FROM sites WHERE id = ?", (site_id,))
    return site is not None and site["brand_id"] == customer_row["brand_id"]


def _site_routes(api: FastAPI, state: SandboxState) -> None:
    @api.get("/sites", operation_id="listSites")
    def list_sites(request: Request, page: Page = 1, per_page: PerPage | None = None) -> Any:
        size = _capped(per_page)
        total = state.store.scalar("SELECT COUNT(*) FROM sites")
        rows = state.store.all(
            "SELECT * FROM sites ORDER BY name LIMIT ? OFFSET ?", (size, (page - 1) * size)
        )
        return _paginated(request, [documents.site(r) for r in rows], total, page, size)


def _media_routes(api: FastAPI) -> None:
    @api.get("/_media/avatars/{name}", include_in_schema=False)
    def avatar(name: str) -> Response:
        stem = name.removesuffix(".png")
        size = 256
        if stem.endswith("-thumbnail@2x"):
            stem, size = stem.removesuffix("-thumbnail@2x"), 192
        if not stem or not name.endswith(".png"):
            raise not_found()
        return Response(
            portrait_png(stem, size),
            media_type="image/png",
            headers={"Cache-Control": "public, max-age=86400"},
        )


def _admin_routes(api: FastAPI, state: SandboxState) -> None:
    @api.get("/_sandbox/requests", include_in_schema=False)
    def requests_log() -> Any:
        with state.lock:
            return {"data": list(state.request_log)}

    @api.delete("/_sandbox/requests", include_in_schema=False, status_code=204)
    def clear_requests() -> Response:
        with state.lock:
            state.request_log.clear()
        return Response(status_code=204)

    @api.post("/_sandbox/faults", include_in_schema=False, status_code=201)
    def add_fault(fault: dict[str, Any]) -> Any:
        try:
            parsed = Fault(**fault)
        except TypeError as exc:
            raise invalid({"fault": [str(exc)]}) from None
        with state.lock:
            state.faults.append(parsed)
        return {"data": fault}

    @api.delete("/_sandbox/faults", include_in_schema=False, status_code=204)
    def clear_faults() -> Response:
        with state.lock:
            state.faults.clear()
        return Response(status_code=204)

    @api.put("/_sandbox/settings", include_in_schema=False)
    def update_settings(settings: dict[str, Any]) -> Any:
        if "match_expired_bands" in settings:
            state.match_expired_bands = bool(settings["match_expired_bands"])
        return {"data": {"match_expired_bands": state.match_expired_bands}}
