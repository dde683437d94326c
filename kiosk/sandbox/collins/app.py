"""The Collins stand-in's ASGI app: its customers routes and the shared admin API, behind the
same gatekeeper as the Trybe stand-in (bearer check, fault injection, request log, idempotency
keys, dated answers)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.sandbox.collins import routes
from kiosk.sandbox.gatekeeper import Gatekeeper
from kiosk.sandbox.http import ApiError
from kiosk.sandbox.routes import admin
from kiosk.sandbox.state import SandboxState


def create_collins_app(state: SandboxState) -> Any:
    api = FastAPI(
        title="kiosk sandbox: a Collins-compatible stand-in (customers, seed 002)",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )

    @api.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body, status_code=exc.status)

    @api.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return JSONResponse(routes.NOT_FOUND, status_code=404)
        return JSONResponse({"message": str(exc.detail)}, status_code=exc.status_code)

    @api.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors: dict[str, list[str]] = {}
        for problem in exc.errors():
            field = ".".join(
                str(p) for p in problem.get("loc", ()) if p not in ("query", "body", "path")
            )
            errors.setdefault(field or "body", []).append(
                f"The {field or 'body'} field is invalid."
            )
        return JSONResponse({"message": routes.INVALID, "errors": errors}, status_code=422)

    routes.register(api, state)
    admin.register(api, state, records=False)
    return Gatekeeper(api, state)
