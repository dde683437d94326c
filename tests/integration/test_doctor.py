"""``kiosk doctor`` against the stand-in server: each check says what a support person needs when
the token, the network, the clock, the site, the camera or the PIN is wrong, and the support
bundle carries none of a guest's data."""

from __future__ import annotations

import json
import socket
import stat
import zipfile
from pathlib import Path

import pytest

from kiosk.backends.offline.store import new_key
from kiosk.checkin.staff import hash_badge
from kiosk.config import Settings
from kiosk.config.health import Check
from kiosk.config.pin import PIN_LOCKOUT_FILE, PinGuard, hash_pin
from kiosk.config.settings import StaffEntry
from kiosk.ops.bundle import make_bundle
from kiosk.ops.doctor import Doctor
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.pins import quick_hash, stop_keypad
from tests.sandbox_helpers import SITE_ID, SandboxAdmin
from tests.videogen import band_frames, blank, write_video

QUICK = frozenset({"camera", "audio"})


def settings_for(url: str, **extra: object) -> Settings:
    return Settings(api_url=url, site_id=SITE_ID, **extra)  # type: ignore[arg-type]


def by_key(checks: list[Check]) -> dict[str, Check]:
    return {check.key: check for check in checks}


def test_a_healthy_kiosk_is_all_green_with_its_numbers(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_STORE_KEY", new_key().decode())  # healthy: it can keep a copy
    checks = by_key(Doctor(settings_for(sandbox.url), token=TOKEN).run(skip=QUICK))
    assert checks["api"].status == "ok"
    assert checks["api"].data["latency_ms"] >= 0
    assert checks["clock"].status == "ok"
    assert checks["site"].status == "ok"
    assert "Palm Tree Spa" in checks["site"].summary
    assert checks["token"].status == "ok"
    assert not [c for c in checks.values() if c.status == "fail"]


def test_a_refused_token_says_pair_again(sandbox: SandboxServer) -> None:
    checks = by_key(Doctor(settings_for(sandbox.url), token="not-the-token").run(skip=QUICK))
    assert checks["api"].status == "fail"
    assert "refused the token" in checks["api"].summary
    assert "pair again" in checks["api"].hint
    assert checks["clock"].status == "skip"


def test_no_network_says_check_the_cable(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # nothing listens here once this closes
    checks = by_key(Doctor(settings_for(f"http://127.0.0.1:{port}"), token=TOKEN).run(skip=QUICK))
    assert checks["api"].status == "fail"
    assert checks["api"].summary.startswith("no connection to 127.0.0.1")
    assert "cable" in checks["api"].hint
    assert checks["fleet"].data["figures"]["online"] == 0  # as the dashboard would say it
    assert checks["fleet"].data["figures"]["offline_cause"] in ("lan", "internet")


def test_a_guest_system_in_trouble_is_its_own_offline_cause(
    sandbox: SandboxServer, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix="/", status=503)
    try:
        checks = by_key(Doctor(settings_for(sandbox.url), token=TOKEN).run(skip=QUICK))
    finally:
        admin.clear()
    assert checks["api"].status == "fail"
    assert checks["fleet"].data["figures"]["offline_cause"] == "guest_system"
    assert "offline (guest_system)" in checks["fleet"].summary


@pytest.mark.parametrize(("offset_s", "status"), [(-45, "warn"), (600, "fail")])
def test_a_clock_off_from_the_servers_is_found(
    sandbox: SandboxServer, admin: SandboxAdmin, offset_s: float, status: str
) -> None:
    admin.settings(clock_offset_s=offset_s)
    check = by_key(Doctor(settings_for(sandbox.url), token=TOKEN).run(skip=QUICK))["clock"]
    assert check.status == status
    assert abs(check.data["skew_s"] + offset_s) < 5  # our clock is behind a server ahead
    assert "NTP" in check.hint


def test_a_site_the_token_cannot_see_is_named(sandbox: SandboxServer) -> None:
    settings = Settings(api_url=sandbox.url, site_id="00000000-0000-4000-8000-000000000000")
    check = by_key(Doctor(settings, token=TOKEN).run(skip=QUICK))["site"]
    assert check.status == "fail"
    assert "cannot see site" in check.summary
    assert "kiosk pair" in check.hint


def test_the_camera_check_reads_codes_from_a_real_capture(tmp_path: Path) -> None:
    video = write_video(
        tmp_path / "desk.avi", [blank()] * 10 + band_frames("Code128", "100200300", 50)
    )
    settings = Settings(camera=str(video))
    doctor = Doctor(settings, token="", camera_seconds=1.5)
    check = by_key(doctor.run(skip=frozenset({"api", "audio", "site"})))["camera"]
    assert check.status in ("ok", "warn")
    assert check.data["fps"] > 5
    assert check.data["frames_read"] >= 1

    missing = Doctor(Settings(camera=str(tmp_path / "unplugged.avi")), token="", camera_seconds=0.5)
    broken = by_key(missing.run(skip=frozenset({"api", "audio", "site"})))["camera"]
    assert broken.status == "fail"
    assert "cable" in broken.hint


def test_a_keypad_locked_by_wrong_pins_is_reported(tmp_path: Path) -> None:
    stored = hash_pin("2468")
    guard = PinGuard(stored, state_file=tmp_path / "data" / "kiosk" / PIN_LOCKOUT_FILE)
    for _ in range(5):
        guard.try_pin("0000")
    settings = Settings(staff_pin_hash=stored, mode="self")
    check = by_key(Doctor(settings, token="").run(skip=QUICK | {"api", "site"}))["pin"]
    assert check.status == "warn"
    assert "keypad locked" in check.summary
    assert "kiosk set-pin" in check.hint


def test_a_keypad_stopped_after_a_hundred_wrong_pins_fails_the_check(tmp_path: Path) -> None:
    quick = quick_hash("731946")
    stop_keypad(quick, tmp_path / "data" / "kiosk" / PIN_LOCKOUT_FILE)
    settings = Settings(staff_pin_hash=quick, mode="self")
    check = by_key(Doctor(settings, token="").run(skip=QUICK | {"api", "site"}))["pin"]
    assert check.status == "fail"
    assert "stopped after 100 wrong PINs" in check.summary
    assert "manager's badge" in check.hint
    assert check.data["stopped"] is True


def test_the_support_bundle_carries_no_guest_data(tmp_path: Path, sandbox: SandboxServer) -> None:
    guest = {
        "name": "Philippa Underwood",
        "email": "philippa.underwood@example.com",
        "phone": "+447700900456",
        "code": "WB-7Q2X9",
        "card": "4000056655665556",
    }
    logs = tmp_path / "logs"
    logs.mkdir()
    # as an older version, or some library, might have written them: raw
    (logs / "kiosk.log").write_text(
        f"2026-11-29 INFO x: looked up {guest['code']} for {guest['name']}\n"
        f"2026-11-29 INFO httpx: GET /customers/customers/barcode-search/{guest['code']}\n"
        f"2026-11-29 INFO x: emailed {guest['email']} / {guest['phone']} card {guest['card']}\n"
        f"2026-11-29 INFO x: search ?query=Underwood done\n"
    )
    (logs / "kiosk.log.1").write_text(f"older: {guest['name'].upper()}\n")
    data = tmp_path / "data"
    data.mkdir()
    (data / "audit.jsonl").write_text(
        json.dumps({"action": "check_in", "outcome": "done", "staff_text": guest["name"]}) + "\n"
    )
    settings = settings_for(
        sandbox.url,
        staff_pin_hash=hash_pin("2468"),
        proxy="http://desk:s3cret-pass@proxy.example:3128",
    )
    checks = Doctor(settings, token=TOKEN).run(skip=QUICK)
    bundle = make_bundle(
        tmp_path / "support.zip",
        checks,
        settings,
        known_values={"Philippa", "Underwood", guest["code"]},  # what the offline copy knows
        log_dir=logs,
        data_dir=data,
    )

    with zipfile.ZipFile(bundle) as opened:
        names = opened.namelist()
        everything = "\n".join(opened.read(name).decode() for name in names)
    assert {"README.txt", "doctor.json", "settings.json", "logs/kiosk.log"} <= set(names)
    assert "audit-tail.jsonl" in names
    assert "looked up" in everything  # the logs are there, and still say what happened
    for value in [*guest.values(), "underwood", "UNDERWOOD", "s3cret-pass", "$argon2"]:
        assert value not in everything, value


def test_the_support_bundle_carries_no_secret_no_hash_and_no_staff_name(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    """Issue 30: a bundle carried staff names, Argon2id PIN hashes and badge hashes (a 4-digit
    manager PIN fell to 58 guesses), and was 0644. Each kind of secret is planted; none is in
    the zip, and support still sees how many staff there are and their roles."""
    manager_pin, badge = hash_pin("482613"), hash_badge("BADGE-77120")
    settings = settings_for(
        sandbox.url,
        staff_pin_hash=hash_pin("2468"),
        proxy="http://desk:s3cret-pass@proxy.example:3128",
        staff=[
            StaffEntry(id="s1", name="Imogen Fairweather", role="manager", pin_hash=manager_pin),
            StaffEntry(id="s2", name="Tobias Nakamura", role="desk", badge_hash=badge),
        ],
    )
    bundle = make_bundle(
        tmp_path / "support.zip",
        Doctor(settings, token=TOKEN).run(skip=QUICK),
        settings,
        known_values=set(),
        log_dir=tmp_path / "logs",
        data_dir=tmp_path / "data",
    )
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    with zipfile.ZipFile(bundle) as opened:
        everything = "\n".join(opened.read(name).decode() for name in opened.namelist())
        shown = json.loads(opened.read("settings.json"))
    for secret in [
        "Imogen",
        "Fairweather",
        "Nakamura",
        "$argon2",
        "sha256$",
        manager_pin,
        badge,
        manager_pin.split("$")[-1],
        badge.split("$")[-1],
        "s3cret-pass",
        TOKEN,
    ]:
        assert secret not in everything, secret
    assert [(m["id"], m["name"], m["role"]) for m in shown["staff"]] == [
        ("s1", "s1", "manager"),
        ("s2", "s2", "desk"),
    ]
    assert shown["staff"][0]["pin_hash"] == "(set)"
    assert shown["staff"][1]["pin_hash"] is None


def test_the_doctor_checks_a_collins_kiosk_against_its_own_api(
    collins_sandbox: SandboxServer, collins_admin: SandboxAdmin
) -> None:
    from kiosk.config.settings import CollinsSettings
    from kiosk.sandbox.collins.demo import VENUES

    collins = CollinsSettings(
        api_url=collins_sandbox.url, venue_id=VENUES[0][0], venues=dict(VENUES)
    )
    settings = Settings(backend="collins", collins=collins)
    checks = by_key(Doctor(settings, token=TOKEN).run(skip=QUICK))
    assert checks["api"].status == "ok"
    assert checks["api"].data["backend"] == "collins"
    assert checks["clock"].status == "ok"
    assert checks["site"].summary.startswith("Palm Tree Brasserie")
    assert collins_admin.requests("/customers")  # it asked Collins, not Trybe

    refused = by_key(Doctor(settings, token="revoked").run(skip=QUICK))["api"]
    assert refused.summary.endswith("refused the token")  # said as for Trybe, not "check the URL"
    assert "pair again" in refused.hint

    unnamed = Settings(backend="collins", collins=CollinsSettings(api_url=collins_sandbox.url))
    venue = by_key(Doctor(unnamed, token=TOKEN).run(skip=QUICK))["site"]
    assert venue.status == "warn"
    assert "collins.venue_id" in venue.hint


def test_the_printer_check_says_what_stops_it_and_prints_a_test_band(
    sandbox: SandboxServer,
) -> None:
    import zxingcpp

    from kiosk.config.settings import PrinterSettings
    from kiosk.sandbox.printer import FakeZebra
    from kiosk.scan.keymap import LAYOUT_TEST_CODE

    assert (
        by_key(Doctor(settings_for(sandbox.url), token=TOKEN).run(skip=QUICK))["printer"].status
        == "skip"
    )  # none set up
    with FakeZebra(print_s=0.1) as fake:
        printer = PrinterSettings(kind="zebra", host=fake.host, port=fake.port, timeout_s=1)
        settings = settings_for(sandbox.url, printer=printer)
        fake.status = "head_open"
        check = by_key(Doctor(settings, token=TOKEN).run(skip=QUICK))["printer"]
        assert check.status == "fail"
        assert "print head is open" in check.summary
        assert "close the head" in check.hint
        fake.status = "ok"
        check = by_key(Doctor(settings, token=TOKEN, test_print=True).run(skip=QUICK))["printer"]
        assert check.status == "ok"
        assert check.summary.endswith("ready; a test band printed")
        image = fake.printed[-1].image().convert("L")
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [LAYOUT_TEST_CODE]
        fake.refuse()
        check = by_key(Doctor(settings, token=TOKEN).run(skip=QUICK))["printer"]
        assert check.status == "fail"
        assert "refused the connection" in check.summary
