"""Shared by the benchmarks: a stand-in server in its own process, the machine's description,
and writing one section of docs/benchmarks.md (other sections are kept)."""

from __future__ import annotations

import os
import platform
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"
TOKEN = "bench-token"  # opens only a loopback server this script starts itself
ADMIN_TOKEN = "bench-admin"
SITE_ID = "9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def sandbox_process(vendor: str = "trybe", *, guests_in: int = 0) -> Iterator[str]:
    """``kiosk sandbox`` in a separate process (so it does not share this one's GIL)."""
    port = free_port()
    db = Path(tempfile.mkdtemp(prefix="kiosk-bench-")) / "sandbox.db"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kiosk",
            "sandbox",
            "--port",
            str(port),
            "--token",
            TOKEN,
            "--admin-token",
            ADMIN_TOKEN,
            "--db",
            str(db),
            "--vendor",
            vendor,
            "--guests-in",
            str(guests_in),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a request still held by an injected delay
            server.kill()
            server.wait(timeout=10)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def write_section(name: str, body: str) -> None:
    """Replace (or add) the ``## name`` section of docs/benchmarks.md."""
    text = (
        REPORT.read_text()
        if REPORT.exists()
        else (
            "# Benchmarks\n\nEach section is written by the script it names; rerun it to refresh.\n"
        )
    )
    section = f"## {name}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(name)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = (
        pattern.sub(section + "\n", text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + section
    )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text.rstrip() + "\n")


def rss_mib() -> float:
    """This process's resident memory, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_desk(
    url: str,
    *,
    lookup_deadline_s: float = 3.0,
    deadline_s: float = 8.0,
    on_site: bool = False,
    **session_options: Any,
):  # type: ignore[no-untyped-def]
    """The real desk on ``url``: backend, lookup, actions, Qt runner, session, window."""
    from kiosk.backends.trybe import TrybeClient
    from kiosk.backends.trybe.adapter import TrybeBackend
    from kiosk.checkin.actions import Actions
    from kiosk.checkin.audit import AuditLog
    from kiosk.checkin.lookup import Lookup
    from kiosk.checkin.session import DeskSession
    from kiosk.ui.desk import DeskWindow, decode_photo
    from kiosk.ui.tasks import QtRunner

    backend = TrybeBackend(TrybeClient(url, TOKEN, SITE_ID, deadline_s=deadline_s))
    audit = AuditLog(Path(tempfile.mkdtemp(prefix="kiosk-bench-audit-")) / "audit.jsonl")
    lookup = Lookup(backend, deadline_s=lookup_deadline_s)
    runner = QtRunner()
    session = DeskSession(
        lookup,
        Actions(backend, audit),
        runner,
        audit,
        idle_clear_s=3600,
        decode_photo=decode_photo,
        **session_options,
    )
    from kiosk.checkin.on_site import OnSiteSession

    who = OnSiteSession(backend, Actions(backend, audit), runner, decode_photo=decode_photo)
    desk = DeskWindow(session, on_site=who if on_site else None)
    desk.resize(1280, 800)
    desk.show()
    from kiosk.app import freeze_startup_objects

    freeze_startup_objects()  # as the app does once it has started

    def close() -> None:
        desk.shutdown()
        runner.shutdown()
        lookup.close()
        backend.close()
        desk.close()

    return desk, session, close
