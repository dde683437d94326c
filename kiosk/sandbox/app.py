"""The stand-in server's ASGI app: Trybe's paths, shapes and errors over SQLite.

Handlers are plain functions (run on the server's thread pool); the gatekeeper in front of them
has already logged the request, checked the token and applied any injected fault. Every error
body follows the Trybe error guide: ``{"message": ...}``, plus ``errors`` (field -> messages)
on 422; malformed JSON is a 400.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.sandbox.gatekeeper import Gatekeeper
from kiosk.sandbox.http import INVALID, NOT_FOUND, ApiError
from kiosk.sandbox.routes import addresses, admin, barcodes, checkins, customers, reports, sites
from kiosk.sandbox.state import SandboxState


def create_app(state: SandboxState) -> Any:
    """The ASGI app for ``state``: the gatekeeper wrapped round the routes."""
    api = FastAPI(
        title="kiosk sandbox: a Trybe-compatible stand-in",
        version="0.2.0",
        docs_url=None,
        redoc_url=None,
    )
    _install_error_handlers(api)
    # Order matters where paths overlap: the report queue before /customers/{id}.
    for module in (reports, customers, barcodes, addresses, checkins, sites, admin):
        module.register(api, state)
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
        problems = list(exc.errors())
        malformed = any(
            p.get("type") == "json_invalid"
            or (p.get("type") == "model_attributes_type" and tuple(p.get("loc", ())) == ("body",))
            for p in problems
        )
        if malformed:
            return JSONResponse({"message": "The request body is not valid JSON."}, status_code=400)
        errors: dict[str, list[str]] = {}
        for problem in problems:
            location = [
                str(p) for p in problem.get("loc", ()) if p not in ("query", "body", "path")
            ]
            field = ".".join(location) or "body"
            label = field.replace("_", " ")
            if problem.get("type") == "missing":
                message = f"The {label} field is required."
            else:
                message = f"The {label} field is invalid."
            errors.setdefault(field, []).append(message)
        return JSONResponse({"message": INVALID, "errors": errors}, status_code=422)
