"""Real Prometheus processes on loopback for the fleet's tests (Debian's `prometheus` package:
agent mode, the remote-write receiver, promtool): a receiving Prometheus as the group's, and an
agent started from the shipped packaging/fleet/prometheus-agent.yml with only its addresses,
its intervals and its password file changed for a test."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FLEET = REPO / "packaging" / "fleet"
PROMETHEUS = shutil.which("prometheus")
PROMTOOL = shutil.which("promtool")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(port: int, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"prometheus on :{port} not ready in {timeout_s} s")


@dataclass
class Prometheus:
    """One prometheus process (a receiver, or an agent), restartable on the same storage."""

    args: list[str]
    port: int
    log: Path
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> Prometheus:
        assert PROMETHEUS is not None
        out = self.log.open("ab")
        self.process = subprocess.Popen(
            [PROMETHEUS, *self.args, f"--web.listen-address=127.0.0.1:{self.port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.env},
        )
        out.close()
        wait_ready(self.port)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def query(self, expr: str, at: float | None = None) -> list[dict[str, Any]]:
        params = {"query": expr}
        if at is not None:
            params["time"] = f"{at:.3f}"
        url = f"http://127.0.0.1:{self.port}/api/v1/query?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(url, timeout=10) as answer:
            body = json.loads(answer.read())
        assert body["status"] == "success", body
        return list(body["data"]["result"])


def receiver(folder: Path) -> Prometheus:
    """The group's Prometheus: takes remote_write, scrapes nothing."""
    config = folder / "receiver.yml"
    config.write_text("global:\n  scrape_interval: 1m\n")
    return Prometheus(
        [
            f"--config.file={config}",
            f"--storage.tsdb.path={folder / 'receiver-data'}",
            "--web.enable-remote-write-receiver",
        ],
        free_port(),
        folder / "receiver.log",
    )


def agent(folder: Path, *, metrics_port: int, receiver_port: int, name: str) -> Prometheus:
    """The shipped agent config, pointed at a test's kiosk and receiver."""
    shipped = (FLEET / "prometheus-agent.yml").read_text()
    password = folder / "remote-write-password"
    password.write_text("not-checked-by-the-test-receiver\n")
    password.chmod(0o600)
    config = (
        shipped.replace("127.0.0.1:9464", f"127.0.0.1:{metrics_port}")
        .replace(
            "https://prometheus.example.group/api/v1/write",
            f"http://127.0.0.1:{receiver_port}/api/v1/write",
        )
        .replace(
            "/run/credentials/kiosk-prometheus-agent.service/remote-write-password", str(password)
        )
        .replace("scrape_interval: 15s", "scrape_interval: 1s")
        .replace("scrape_timeout: 5s", "scrape_timeout: 1s")
        .replace("max_backoff: 30s", "max_backoff: 2s")
    )
    assert f'targets: ["127.0.0.1:{metrics_port}"]' in config, "the shipped target moved"
    path = folder / "agent.yml"
    path.write_text(config)
    return Prometheus(
        [
            "--enable-feature=agent,expand-external-labels",
            f"--config.file={path}",
            f"--storage.agent.path={folder / 'agent-wal'}",
        ],
        free_port(),
        folder / "agent.log",
        env={"KIOSK_FLEET_NAME": name},
    )


def until(check: Any, timeout_s: float = 30, every_s: float = 0.5) -> Any:
    """``check()``'s first truthy answer within ``timeout_s`` (AssertionError with the last)."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(every_s)
    raise AssertionError(f"not within {timeout_s} s; last answer: {last!r}")
