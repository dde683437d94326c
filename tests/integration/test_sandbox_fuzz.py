"""Schemathesis against the stand-in server's own OpenAPI document: whatever a client sends,
requests that fit the schema and deliberately wrong ones alike, the server answers with a
documented error shape and never a 5xx.

Schemathesis's pytest plugin does not load under pytest 9 here, so its Hypothesis strategies
are driven directly, one test per operation.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from kiosk.sandbox.app import create_app
from kiosk.sandbox.server import open_store
from kiosk.sandbox.state import SandboxState
from tests.conftest import TOKEN

_store = open_store(Path(tempfile.mkdtemp(prefix="kiosk-fuzz-")) / "sandbox.db")
_app = create_app(SandboxState(store=_store, tokens={TOKEN: "write"}, admin_token="unused"))
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", _app)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


def _exercise(operation: Any, mode: GenerationMode) -> None:
    @settings(
        max_examples=25,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case: Any) -> None:
        response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
        where = f"{case.method} {case.formatted_path} {case.query} {case.body!r}"[:400]
        assert response.status_code < 500, (where, response.text[:300])
        if response.status_code >= 400:
            body = response.json()
            assert isinstance(body["message"], str), where
            if response.status_code == 422:
                assert all(isinstance(v, list) for v in body["errors"].values()), where

    check()


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_no_request_makes_the_server_fail(operation: Any) -> None:
    _exercise(operation, GenerationMode.POSITIVE)
    # Unsatisfiable: every request to this operation fits its schema; nothing invalid to send.
    with contextlib.suppress(Unsatisfiable):
        _exercise(operation, GenerationMode.NEGATIVE)
