"""Schemathesis against the Collins stand-in's own OpenAPI document (as for the Trybe side):
requests that fit the seed's parameters and bodies, and deliberately wrong ones, are answered
with the documented error shape and never a 5xx."""

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

from kiosk.sandbox.collins.app import create_collins_app
from kiosk.sandbox.server import open_store
from kiosk.sandbox.state import SandboxState
from tests.conftest import TOKEN

_store = open_store(Path(tempfile.mkdtemp(prefix="kiosk-fuzz-")) / "collins.db", vendor="collins")
_app = create_collins_app(SandboxState(store=_store, tokens={TOKEN: "write"}, admin_token="unused"))
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


def test_the_document_describes_the_seeds_operations() -> None:
    labels = sorted(op.label for op in OPERATIONS)
    assert labels == [
        "DELETE /customers/{customer_id}",
        "GET /customers",
        "GET /customers/{customer_id}",
        "POST /customers",
        "PUT /customers/{customer_id}",
    ]


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.label for op in OPERATIONS])
def test_no_request_makes_the_collins_stand_in_fail(operation: Any) -> None:
    _exercise(operation, GenerationMode.POSITIVE)
    with contextlib.suppress(Unsatisfiable):
        _exercise(operation, GenerationMode.NEGATIVE)
