"""Sites (``GET /sites``) and the demo media: generated portraits at the avatar URLs."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, Response

from kiosk.sandbox import documents
from kiosk.sandbox.avatars import portrait_png
from kiosk.sandbox.http import PageNumber, PerPage, capped, not_found, paginated
from kiosk.sandbox.state import SandboxState


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    @api.get("/sites", operation_id="listSites")
    def list_sites(request: Request, page: int = PageNumber, per_page: int | None = PerPage) -> Any:
        size = capped(per_page)
        total = store.scalar("SELECT COUNT(*) FROM sites")
        rows = store.all(
            "SELECT * FROM sites ORDER BY name LIMIT ? OFFSET ?", (size, (page - 1) * size)
        )
        return paginated(request, [documents.site(r) for r in rows], total, page, size)

    @api.get("/_media/avatars/{name}", include_in_schema=False)
    def avatar(name: str) -> Response:
        """Public, like a CDN: the client must not send its token here."""
        if not name.endswith(".png"):
            raise not_found()
        stem, size = name.removesuffix(".png"), 256
        if stem.endswith("-thumbnail@2x"):
            stem, size = stem.removesuffix("-thumbnail@2x"), 192
        if not store.one("SELECT 1 FROM customers WHERE avatar_id = ?", (stem,)):
            raise not_found()
        return Response(
            portrait_png(stem, size),
            media_type="image/png",
            headers={"Cache-Control": "public, max-age=86400"},
        )
