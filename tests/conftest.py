"""Test isolation shared by every test: headless Qt, and no developer settings or keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.backends.collins import CollinsClient
from kiosk.backends.trybe import TrybeClient
from kiosk.sandbox import SandboxServer
from tests.sandbox_helpers import SITE_ID, SandboxAdmin

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What the stand-in server accepts in tests. Not secrets: they only open a loopback server
# that the test itself started.
TOKEN = "test-token"
READ_ONLY_TOKEN = "read-only-token"
ADMIN_TOKEN = "admin-token"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the developer's settings, keyring or data folders, or writes to them."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the logs
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    for name in list(os.environ):
        if name.startswith("KIOSK_"):
            monkeypatch.delenv(name)
    return


# -- the stand-in server: one per session, over real loopback HTTP, reset between tests ----


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(
        token=TOKEN, read_only_tokens=(READ_ONLY_TOKEN,), admin_token=ADMIN_TOKEN
    )
    with server:
        yield server


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[SandboxAdmin]:
    controller = SandboxAdmin(sandbox)
    controller.clear()
    yield controller
    controller.clear()
    controller.close()


@pytest.fixture
def client(sandbox: SandboxServer, admin: SandboxAdmin) -> Iterator[TrybeClient]:
    with TrybeClient(sandbox.url, TOKEN, SITE_ID, deadline_s=5.0) as trybe:
        yield trybe


@pytest.fixture
def fresh_sandbox() -> Iterator[SandboxServer]:
    """A server of its own, for tests that change data others read."""
    server = SandboxServer(
        token=TOKEN, read_only_tokens=(READ_ONLY_TOKEN,), admin_token=ADMIN_TOKEN
    )
    with server:
        yield server


@pytest.fixture
def fresh_admin(fresh_sandbox: SandboxServer) -> Iterator[SandboxAdmin]:
    controller = SandboxAdmin(fresh_sandbox)
    yield controller
    controller.close()


@pytest.fixture
def fresh_client(fresh_sandbox: SandboxServer) -> Iterator[TrybeClient]:
    with TrybeClient(fresh_sandbox.url, TOKEN, SITE_ID, deadline_s=5.0) as trybe:
        yield trybe


# -- the second vendor's stand-in (seed 002, Collins customers) -----------------------------


@pytest.fixture
def collins_sandbox() -> Iterator[SandboxServer]:
    """A Collins stand-in of its own (its tests write: create, update, delete)."""
    server = SandboxServer(vendor="collins", token=TOKEN, admin_token=ADMIN_TOKEN)
    with server:
        yield server


@pytest.fixture
def collins_admin(collins_sandbox: SandboxServer) -> Iterator[SandboxAdmin]:
    controller = SandboxAdmin(collins_sandbox)
    yield controller
    controller.close()


@pytest.fixture
def collins_client(collins_sandbox: SandboxServer) -> Iterator[CollinsClient]:
    with CollinsClient(collins_sandbox.url, TOKEN, deadline_s=5.0, sleep=lambda _: None) as c:
        yield c
