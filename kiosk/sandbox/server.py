"""Running the stand-in server: in-process on a background thread (``kiosk --demo``, tests)
or alone in the foreground (``kiosk sandbox``).

Start-up order: open (or create and fill) the SQLite database, build the app, bind the socket
*before* the thread starts (so the port is known and taken at once), then serve.
"""

from __future__ import annotations

import logging
import secrets
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Literal

import uvicorn

from kiosk.sandbox.app import create_app
from kiosk.sandbox.demo_data import DEFAULT_SEED, open_visits, populate, visit_history
from kiosk.sandbox.gatekeeper import TransportAwareH11
from kiosk.sandbox.state import Access, SandboxState
from kiosk.sandbox.store import Store

log = logging.getLogger(__name__)


Vendor = Literal["trybe", "collins"]
VENDORS: tuple[Vendor, ...] = ("trybe", "collins")


def open_store(
    db_path: Path, *, reset: bool = False, seed: int | None = None, vendor: Vendor = "trybe"
) -> Store:
    """Open the database at ``db_path``, filling it with demo data if new (or ``reset``)."""
    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if vendor == "collins":
        from kiosk.sandbox.collins import demo
        from kiosk.sandbox.collins.store import CollinsStore

        collins = CollinsStore(db_path)
        if collins.is_empty():
            demo.populate(collins, seed=seed if seed is not None else demo.DEFAULT_SEED)
        return collins
    store = Store(db_path)
    if store.is_empty():
        populate(store, seed=seed if seed is not None else DEFAULT_SEED)
    return store


def app_for(state: SandboxState, vendor: Vendor) -> Any:
    if vendor == "collins":
        from kiosk.sandbox.collins.app import create_collins_app

        return create_collins_app(state)
    return create_app(state)


class SandboxServer:
    """A stand-in server on a background thread, bound to loopback by default: Trybe's, or
    (``vendor="collins"``) the second vendor's customers API.

    With no ``db_path`` it uses a fresh database in a temporary folder, removed at ``stop()``.
    """

    def __init__(
        self,
        db_path: Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        read_only_tokens: tuple[str, ...] = (),
        admin_token: str | None = None,
        reset: bool = False,
        seed: int | None = None,
        vendor: Vendor = "trybe",
        guests_in: int = 0,
        history: bool = False,
    ) -> None:
        """``guests_in``: that many demo guests checked in this afternoon and still in (a new
        database only; the demo shows a site with people in it). ``history``: the guests'
        past visits (:func:`~kiosk.sandbox.demo_data.visit_history`; the app's demo)."""
        self.vendor = vendor
        self._tempdir: Path | None = None
        if db_path is None:
            self._tempdir = Path(tempfile.mkdtemp(prefix="kiosk-sandbox-"))
            db_path = self._tempdir / "sandbox.db"
        self.token = token or secrets.token_urlsafe(24)
        self.admin_token = admin_token or secrets.token_urlsafe(24)
        tokens: dict[str, Access] = {self.token: "write"}
        tokens.update({t: "read" for t in read_only_tokens})
        fresh = reset or not db_path.exists()
        self.store = open_store(db_path, reset=reset, seed=seed, vendor=vendor)
        if history and fresh and isinstance(self.store, Store):
            visit_history(self.store)
        if guests_in and fresh and isinstance(self.store, Store):
            open_visits(self.store, count=guests_in)
        self.state = SandboxState(store=self.store, tokens=tokens, admin_token=self.admin_token)
        self._host = host
        self._port = port
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._socket is None:
            raise RuntimeError("the sandbox is not running")
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self, timeout_s: float = 10.0) -> SandboxServer:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        # proto IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that
        # say they are TCP, and accepted sockets inherit it. Without it every answer's body
        # waited ~40 ms for the client's delayed ACK.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        sock.listen(128)
        self._socket = sock
        config = uvicorn.Config(
            app_for(self.state, self.vendor),
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
            http=TransportAwareH11,
            date_header=False,  # the gatekeeper dates answers (with its clock offset)
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)
        log.info("sandbox serving on %s", self.url)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()
        self.store.close()
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)
        self._server = self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()


def serve_forever(
    *,
    host: str,
    port: int,
    token: str,
    db_path: Path,
    reset: bool = False,
    admin_token: str | None = None,
    read_only_tokens: tuple[str, ...] = (),
    vendor: Vendor = "trybe",
    guests_in: int = 0,
) -> None:
    """Run the stand-in server in the foreground until interrupted (Ctrl+C). A site with
    guests in (``guests_in``) is a demo: its guests have their past visits too."""
    fresh = reset or not db_path.exists()
    store = open_store(db_path, reset=reset, vendor=vendor)
    if guests_in and fresh and isinstance(store, Store):
        visit_history(store)
        open_visits(store, count=guests_in)
    tokens: dict[str, Access] = {token: "write"}
    tokens.update({t: "read" for t in read_only_tokens})
    state = SandboxState(
        store=store, tokens=tokens, admin_token=admin_token or secrets.token_urlsafe(24)
    )
    config = uvicorn.Config(
        app_for(state, vendor),
        host=host,
        port=port,
        log_level="info",
        lifespan="off",
        http=TransportAwareH11,
        date_header=False,
    )
    try:
        uvicorn.Server(config).run()
    finally:
        store.close()
