"""Helpers for tests that talk to the stand-in server: its admin API, over real HTTP."""

from __future__ import annotations

from typing import Any

import httpx

from kiosk.sandbox import SandboxServer
from kiosk.sandbox.demo_data import FEATURED, SITES

SITE_ID = str(SITES[0]["id"])
OTHER_SITE_ID = str(SITES[1]["id"])
FEATURED_BY_NAME = {f"{f.first_name} {f.last_name}".strip(): f for f in FEATURED}


def code_of(name: str) -> str:
    return FEATURED_BY_NAME[name].code


class SandboxAdmin:
    """The ``/_sandbox/`` admin API of a running server."""

    def __init__(
        self, server: SandboxServer | None = None, *, url: str = "", token: str = ""
    ) -> None:
        """Of ``server`` (in this process), or of the one at ``url`` (another process)."""
        if server is not None:
            url, token = server.url, server.admin_token
        self._http = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})

    def add_fault(self, **fault: Any) -> None:
        self._http.post("/_sandbox/faults", json=fault).raise_for_status()

    def clear(self) -> None:
        self._http.delete("/_sandbox/faults").raise_for_status()
        self._http.delete("/_sandbox/requests").raise_for_status()
        self._http.put(
            "/_sandbox/settings",
            json={
                "match_expired_bands": True,
                "honour_idempotency_keys": True,
                "clock_offset_s": 0,
            },
        ).raise_for_status()

    def settings(self, **values: Any) -> None:
        self._http.put("/_sandbox/settings", json=values).raise_for_status()

    def requests(self, path_prefix: str = "/") -> list[dict[str, Any]]:
        entries = self._http.get("/_sandbox/requests").json()["data"]
        return [e for e in entries if e["path"].startswith(path_prefix)]

    def audit(self, customer_id: str) -> list[dict[str, Any]]:
        data = self._http.get("/_sandbox/audit", params={"customer_id": customer_id}).json()
        return list(data["data"])

    def outbox(self, customer_id: str) -> list[dict[str, Any]]:
        data = self._http.get("/_sandbox/outbox", params={"customer_id": customer_id}).json()
        return list(data["data"])

    def close(self) -> None:
        self._http.close()
