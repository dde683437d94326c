"""The ``/_sandbox/`` admin API (loopback only, its own token; see ``gatekeeper``): request log,
fault injection, settings, and what the server did that a test wants to check (the audit
trail of band changes, the outbox of emails it would have sent)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Response

from kiosk.sandbox.http import invalid
from kiosk.sandbox.state import Fault, SandboxState


def register(api: FastAPI, state: SandboxState, *, records: bool = True) -> None:
    """``records``: also the Trybe stand-in's audit trail and outbox (another vendor's
    stand-in keeps neither)."""
    store = state.store

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
        if "honour_idempotency_keys" in settings:
            state.honour_idempotency_keys = bool(settings["honour_idempotency_keys"])
        if "clock_offset_s" in settings:
            state.clock_offset_s = float(settings["clock_offset_s"])
        return {
            "data": {
                "match_expired_bands": state.match_expired_bands,
                "honour_idempotency_keys": state.honour_idempotency_keys,
                "clock_offset_s": state.clock_offset_s,
            }
        }

    if not records:
        return

    @api.get("/_sandbox/audit", include_in_schema=False)
    def audit_log(customer_id: str | None = None) -> Any:
        where, params = ("WHERE customer_id = ?", [customer_id]) if customer_id else ("", [])
        rows = store.all(f"SELECT * FROM audit {where} ORDER BY id", params)
        for row in rows:
            row["old_values"] = json.loads(row["old_values"])
            row["new_values"] = json.loads(row["new_values"])
        return {"data": rows}

    @api.get("/_sandbox/outbox", include_in_schema=False)
    def outbox(customer_id: str | None = None) -> Any:
        where, params = ("WHERE customer_id = ?", [customer_id]) if customer_id else ("", [])
        return {"data": store.all(f"SELECT * FROM outbox {where} ORDER BY id", params)}
