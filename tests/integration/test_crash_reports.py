"""Issue 31: crash reports through the real Sentry SDK to a loopback envelope receiver
(tests/sentry_receiver.py): scrubbed of every kind of guest data and secret, named by the
build; kept on disk while the link is down and sent when it returns, across a kill -9."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config.build import release
from kiosk.config.logs import forget_names, remember_names
from kiosk.ops.crash_reports import start_crash_reports, stop_crash_reports
from tests.applog import app_logging
from tests.fleet import free_port, until
from tests.sentry_receiver import SentryReceiver

SECRETS = {
    "name": "Philippa",
    "surname": "Underwood",
    "email": "philippa.underwood@example.com",
    "phone": "07700 900456",
    "code": "WB-7Q2X9",
    "card": "4000 0566 5566 5556",
    "token": "tok_live_9f8e7d6c5b4a",
}


@pytest.fixture
def receiver() -> Iterator[SentryReceiver]:
    started = SentryReceiver().start()
    yield started
    started.stop()


@pytest.fixture(autouse=True)
def sentry_off_after(tmp_path: Path) -> Iterator[None]:
    # the log set up as the app sets it (its redaction filter sees every record first)
    with app_logging(tmp_path / "logs"):
        yield
        stop_crash_reports(timeout_s=0.5)
        forget_names()


def test_a_crash_reaches_sentry_scrubbed_and_named_by_its_build(
    receiver: SentryReceiver, tmp_path: Path
) -> None:
    remember_names("Philippa Underwood")  # a guest this run looked up
    start_crash_reports(
        receiver.dsn(), release=release(), server_name="Desk 1", spool_folder=tmp_path / "spool"
    )
    chatty = logging.getLogger("kiosk.test")
    chatty.warning(  # a breadcrumb
        "looked up %s (%s, %s) with Bearer %s", SECRETS["code"], SECRETS["email"],
        SECRETS["phone"], SECRETS["token"],
    )  # fmt: skip
    try:
        raise RuntimeError(
            f"failed for Philippa Underwood <{SECRETS['email']}> on {SECRETS['phone']}, "
            f"band {SECRETS['code']}, card {SECRETS['card']}, token={SECRETS['token']}"
        )
    except RuntimeError:
        # as kiosk.ui.crash reports an error nobody expected
        logging.getLogger("kiosk.crash").error("unexpected error in the GUI thread", exc_info=True)
    crash = until(lambda: [e for e in receiver.events if "exception" in e], timeout_s=10)[
        0
    ]  # (another thread's error logged meanwhile would be an event of its own)

    raw = b"".join(envelope.raw for envelope in receiver.envelopes).decode()
    for kind, secret in SECRETS.items():
        assert secret not in raw, kind
    event = crash
    assert event["release"] == release()
    assert event["release"].startswith("kiosk@0.")
    assert event["server_name"] == "Desk 1"
    assert event["exception"]["values"][-1]["type"] == "RuntimeError"  # still useful
    assert "user" not in event
    crumbs = json.dumps(event.get("breadcrumbs", {}))
    assert "looked up" in crumbs
    assert "public-key-for-test" in receiver.envelopes[0].auth


def test_a_crash_while_the_link_is_down_is_kept_and_sent_when_it_returns(
    tmp_path: Path,
) -> None:
    port = free_port()
    spool = tmp_path / "spool"
    report = start_crash_reports(
        f"http://public-key-for-test@127.0.0.1:{port}/42",
        release=release(),
        server_name="Desk 1",
        spool_folder=spool,
    )
    report(ValueError("while offline"), None)
    until(lambda: list(spool.glob("*.envelope")), timeout_s=5)
    time.sleep(1)
    kept = list(spool.glob("*.envelope"))
    assert len(kept) == 1  # not sent, not lost
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert oct(spool.stat().st_mode & 0o777) == "0o700"

    back = SentryReceiver(port).start()  # the link returns
    try:
        until(lambda: back.events, timeout_s=20)
        assert back.events[0]["exception"]["values"][-1]["value"] == "while offline"
        until(lambda: not list(spool.glob("*.envelope")), timeout_s=5)
    finally:
        back.stop()


CRASH_THEN_WAIT = """
import sys, time
from pathlib import Path
from kiosk.ops.crash_reports import start_crash_reports
report = start_crash_reports(sys.argv[1], release="kiosk@test", server_name="Desk 1",
                             spool_folder=Path(sys.argv[2]))
report(RuntimeError("the first run crashed"), None)
while not list(Path(sys.argv[2]).glob("*.envelope")):
    time.sleep(0.05)
print("spooled", flush=True)
time.sleep(120)
"""


def test_a_crash_report_survives_a_kill_9_and_goes_with_the_next_run(tmp_path: Path) -> None:
    port = free_port()
    dsn = f"http://public-key-for-test@127.0.0.1:{port}/42"
    spool = tmp_path / "spool"
    first = subprocess.Popen(
        [sys.executable, "-c", CRASH_THEN_WAIT, dsn, str(spool)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "spooled"
    first.kill()  # kill -9 while the link is down
    first.wait()
    assert len(list(spool.glob("*.envelope"))) == 1

    receiver = SentryReceiver(port).start()
    try:
        start_crash_reports(dsn, release=release(), server_name="Desk 1", spool_folder=spool)
        until(lambda: receiver.events, timeout_s=10)
        values = receiver.events[0]["exception"]["values"]
        assert values[-1]["value"] == "the first run crashed"
        assert receiver.events[0]["release"] == "kiosk@test"  # the build that crashed
    finally:
        receiver.stop()


def test_the_spool_is_bounded_and_drops_the_oldest_first(tmp_path: Path) -> None:
    from kiosk.ops.crash_reports import Spool

    spool = Spool(tmp_path / "spool", most=100)
    for n in range(105):
        spool.put(f"envelope {n}".encode())
    kept = spool.waiting()
    assert len(kept) == 100
    assert kept[0].read_bytes() == b"envelope 5"  # the five oldest went
    assert kept[-1].read_bytes() == b"envelope 104"
