"""The ``kiosk`` command as a newcomer runs it: real processes, real sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kiosk.backends.offline.store import new_key
from kiosk.sandbox import SandboxServer
from tests.sandbox_helpers import SITE_ID, code_of

KIOSK = [sys.executable, "-m", "kiosk"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(url: str, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            httpx.get(url + "/openapi.json", timeout=0.5)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answered on {url}")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_sandbox_runs_in_the_foreground_keeps_its_data_and_stops_on_ctrl_c(
    tmp_path: Path,
) -> None:
    db = tmp_path / "sandbox.db"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    args = [*KIOSK, "sandbox", "--port", str(port), "--token", "cli-token", "--db", str(db)]
    search = f"{url}/customers/customers/barcode-search/{code_of('Amelia Hart')}"

    for run in range(2):  # the second run reuses the database the first one created
        server = subprocess.Popen(args, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _wait_until_serving(url)
            refused = httpx.get(search, params={"site_id": SITE_ID})
            found = httpx.get(
                search,
                params={"site_id": SITE_ID},
                headers={"Authorization": "Bearer cli-token"},
            )
        finally:
            server.send_signal(signal.SIGINT)
            _out, err = server.communicate(timeout=15)
        assert refused.status_code == 401, run
        assert found.status_code == 200, run
        assert found.json()["data"]["first_name"] == "Amelia"
        assert server.returncode == 0, err.decode()
        assert db.exists()


def test_the_app_without_a_token_says_how_to_get_going() -> None:
    result = subprocess.run(
        [*KIOSK, "--site-id", SITE_ID],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "KIOSK_API_TOKEN" in result.stderr
    assert "kiosk --demo" in result.stderr


def test_plain_http_to_another_machine_is_refused_before_anything_is_sent() -> None:
    env = {**_env(), "KIOSK_API_TOKEN": "never-sent"}
    result = subprocess.run(
        [*KIOSK, "--api-url", "http://example.com", "--site-id", SITE_ID, "--exit-after", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "https" in result.stderr
    assert "never-sent" not in result.stderr + result.stdout


@pytest.mark.timeout(90)
def test_the_demo_starts_lists_its_wristbands_and_quits_cleanly() -> None:
    result = subprocess.run(
        [*KIOSK, "--demo", "--exit-after", "2"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=80,
    )
    assert result.returncode == 0, result.stderr
    assert "Demo backend (Trybe) on http://127.0.0.1:" in result.stdout
    assert code_of("Amelia Hart") in result.stdout
    assert "Demo printer (a fake Zebra) on port" in result.stdout
    # Staff and roles asks for the manager's PIN on a desk as at a site: the demo says it
    assert "Demo staff PIN: 482613 (the manager's PIN for Staff and roles" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.timeout(90)
def test_the_collins_demo_runs_on_its_own_stand_in_not_on_the_real_api(tmp_path: Path) -> None:
    """``kiosk --demo --backend collins`` used to fall through to pairing against the real
    Collins API (no token there: "not paired"); it starts the Collins stand-in instead."""
    from kiosk.sandbox.collins.demo import FEATURED as GUESTS

    env = {**_env(), "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("KIOSK_API_TOKEN", None)
    result = subprocess.run(
        [*KIOSK, "--demo", "--backend", "collins", "--exit-after", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=80,
    )
    assert result.returncode == 0, result.stderr
    assert "Demo backend (Collins) on http://127.0.0.1:" in result.stdout
    assert GUESTS[0].id in result.stdout
    assert "each a guest card" in result.stdout
    assert "Demo printer" not in result.stdout  # Collins guests carry cards, not bands
    assert "paired" not in (result.stdout + result.stderr).lower()
    assert "collinsbookings" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_the_fake_printer_runs_alone_and_takes_a_status_typed_at_it() -> None:
    """For a kiosk pointed at it ([printer] host and port): what the desk says when the
    printer is out of paper, tried by typing "paper_out"."""
    import re

    from kiosk.devices.printers.layout import MEDIA
    from kiosk.devices.printers.zebra import ZebraPrinter

    process = subprocess.Popen(
        [*KIOSK, "fake-printer", "--port", "0", "--print-s", "0.1"],
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdin is not None
        first = process.stdout.readline()
        found = re.search(r"Fake Zebra on 127\.0\.0\.1:(\d+)", first)
        assert found, first
        printer = ZebraPrinter("127.0.0.1", int(found[1]), media=MEDIA["wristband"])
        assert printer.state().ready
        process.stdin.write("paper_out\n")
        process.stdin.flush()
        assert process.stdout.readline().startswith("status: paper_out")
        state = printer.state()
        assert not state.ready
        assert "out of wristbands" in state.words
        process.stdin.close()
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()


def test_decode_prints_one_json_line_per_file_and_exits_0(tmp_path: Path) -> None:
    import json

    import cv2

    from tests.imagegen import frame_for

    band, blank, junk = tmp_path / "band.png", tmp_path / "blank.png", tmp_path / "junk.png"
    cv2.imwrite(str(band), frame_for("Code128", "glare"))
    cv2.imwrite(str(blank), frame_for("Code128", "clean")[:40, :40])
    junk.write_text("not an image")
    result = subprocess.run(
        [*KIOSK, "decode", "--json", str(band), str(blank), str(junk)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(band), str(blank), str(junk)]
    reads = lines[0]["results"]
    assert {(r["text"], r["format"]) for r in reads} == {("100200300", "Code128")}
    assert all(r["confirmed"] for r in reads)  # read by two libraries: zxing and ZBar
    assert {"region", "region+pyzbar"} <= {r["stage"] for r in reads}
    assert lines[0]["ms"] > 0
    assert lines[1]["results"] == []
    assert "not an image" in lines[2]["error"]


def test_the_sandbox_takes_its_tokens_from_the_environment(tmp_path: Path) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**_env(), "KIOSK_SANDBOX_TOKEN": "env-token", "KIOSK_SANDBOX_ADMIN_TOKEN": "env-admin"}
    args = [*KIOSK, "sandbox", "--port", str(port), "--db", str(tmp_path / "s.db")]
    server = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_until_serving(url)
        search = f"{url}/customers/customers/barcode-search/{code_of('Amelia Hart')}"
        found = httpx.get(
            search, params={"site_id": SITE_ID}, headers={"Authorization": "Bearer env-token"}
        )
        admin = httpx.get(f"{url}/_sandbox/requests", headers={"Authorization": "Bearer env-admin"})
        assert found.status_code == 200
        assert admin.status_code == 200
        assert "env-token" not in " ".join(server.args)  # nothing in the process list
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)


def test_the_production_path_never_loads_the_sandbox() -> None:
    """``kiosk`` against a real site imports no FastAPI, uvicorn or demo data."""
    probe = (
        "import sys, kiosk.app, kiosk.cli\n"
        "loaded = [m for m in ('kiosk.sandbox', 'fastapi', 'uvicorn') if m in sys.modules]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env=_env(), capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_decode_says_in_words_which_pass_read_what_and_ignores_other_symbologies(
    tmp_path: Path,
) -> None:
    import cv2

    from tests.imagegen import frame_for

    ean, code39 = tmp_path / "ean.png", tmp_path / "code39.png"
    cv2.imwrite(str(ean), frame_for("EAN13", "clean"))
    cv2.imwrite(str(code39), frame_for("Code39", "clean"))
    result = subprocess.run(
        [*KIOSK, "decode", str(ean), str(code39)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    ean_line, *code39_lines = result.stdout.splitlines()
    assert ean_line.startswith(f"{ean}: no code")  # EAN-13 is not a band symbology by default
    # Code 39 has no check digit: read, and confirmed only because a second library agrees
    assert any("WB-77120  (Code39, pass zxing, confirmed" in line for line in code39_lines)
    retail = subprocess.run(
        [*KIOSK, "decode", "--symbologies", "EAN13", str(ean)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "4006381333931  (EAN13, pass zxing" in retail.stdout


def test_doctor_exits_0_on_a_healthy_kiosk_and_1_with_a_refused_token(tmp_path: Path) -> None:
    import json

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    args = [*KIOSK, "sandbox", "--port", str(port), "--token", "doc-token"]
    args += ["--db", str(tmp_path / "s.db")]
    server = subprocess.Popen(args, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_until_serving(url)
        doctor = [*KIOSK, "--api-url", url, "--site-id", SITE_ID, "doctor", "--json"]
        doctor += ["--skip", "audio"]
        healthy = subprocess.run(
            doctor,
            env={**_env(), "KIOSK_API_TOKEN": "doc-token", "KIOSK_STORE_KEY": new_key().decode()},
            capture_output=True,
            text=True,
            timeout=60,
        )
        refused = subprocess.run(
            doctor,
            env={**_env(), "KIOSK_API_TOKEN": "revoked-token"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    answer = json.loads(healthy.stdout)
    assert answer["ok"] is True
    statuses = {check["key"]: check["status"] for check in answer["checks"]}
    assert statuses["api"] == statuses["site"] == statuses["clock"] == "ok"
    assert healthy.stderr == ""  # nothing unexpected on stderr

    assert refused.returncode == 1
    api = next(c for c in json.loads(refused.stdout)["checks"] if c["key"] == "api")
    assert api["status"] == "fail"
    assert "refused the token" in api["summary"]


def test_sync_says_how_far_it_is_while_it_runs(fresh_sandbox: SandboxServer) -> None:
    """Issue 27: `kiosk sync` printed nothing for two minutes; now a line a page."""
    from tests.conftest import TOKEN

    env = {
        **_env(),
        "KIOSK_STORE_KEY": new_key().decode(),
        "KIOSK_API_TOKEN": TOKEN,
        "KIOSK_OFFLINE__SYNC_REQUESTS_PER_S": "100",
        "KIOSK_OFFLINE__SYNC_MAX_GUESTS": "60",
    }
    command = [*KIOSK, "--api-url", fresh_sandbox.url, "--site-id", SITE_ID, "sync"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Syncing the local copy")
    assert any("guests read" in line for line in lines[1:-1]), lines
    assert lines[-1].startswith("Synced:")
