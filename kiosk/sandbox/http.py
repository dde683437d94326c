"""Shared pieces of the routes: Trybe-shaped errors, pagination envelopes, ids, clocks."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any
from urllib.parse import urlencode

from fastapi import Query, Request

from kiosk.sandbox.state import DEFAULT_PER_PAGE, PER_PAGE_CAP

NOT_FOUND = {"message": "The requested resource could not be found"}
INVALID = "The request didn't pass validation"

PageNumber = Query(default=1, ge=1, le=100_000)
PerPage = Query(default=None, ge=1, le=100_000)


class ApiError(Exception):
    """Raised by a handler to answer with a Trybe-shaped error."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("message"))
        self.status = status
        self.body = body


def not_found() -> ApiError:
    return ApiError(404, NOT_FOUND)


def bad_request(message: str) -> ApiError:
    return ApiError(400, {"message": message})


def conflict(message: str) -> ApiError:
    return ApiError(409, {"message": message})


def invalid(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(422, {"message": INVALID, "errors": errors})


class FieldErrors:
    """Collects every failing rule, so one 422 reports all fields at once (as Laravel does)."""

    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, []).append(message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise invalid(self.errors)


def new_id() -> str:
    return str(uuid.uuid4())


def token_owner(request: Request) -> str:
    """A stable, non-secret name for the caller's token (jobs are visible to their owner only)."""
    header = request.headers.get("authorization", "")
    return hashlib.sha256(header.encode()).hexdigest()[:16]


def base_url(request: Request) -> str:
    return str(request.base_url)


def capped(per_page: int | None) -> int:
    """Trybe silently caps ``per_page`` (PAG): still 200, with ``meta.per_page`` applied."""
    return min(per_page or DEFAULT_PER_PAGE, PER_PAGE_CAP)


def paginated(
    request: Request, items: list[Any], total: int, page: int, per_page: int
) -> dict[str, Any]:
    last_page = max(1, -(-total // per_page))
    path_url = str(request.url.replace(query=""))

    def link(number: int) -> str:
        query = [
            (k, v) for k, v in request.query_params.multi_items() if k not in ("page", "per_page")
        ]
        query += [("page", str(number)), ("per_page", str(per_page))]
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
