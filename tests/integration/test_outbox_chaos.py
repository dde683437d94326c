"""600 check-ins and check-outs saved offline reach the server exactly once, through dropped
connections, 429s, 5xx, a server that ignores idempotency keys, and the sender killed with
SIGKILL in the middle of its upload (see tests/outbox_chaos.py; 10,000 in
benchmarks/outbox_chaos.py)."""

from __future__ import annotations

from kiosk.backends.offline.store import new_key
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.outbox_chaos import run_chaos
from tests.sandbox_helpers import SITE_ID, SandboxAdmin


def test_six_hundred_queued_actions_land_exactly_once_through_chaos_and_kills(
    fresh_sandbox: SandboxServer, fresh_admin: SandboxAdmin
) -> None:
    report = run_chaos(
        fresh_sandbox.url,
        token=TOKEN,
        admin=fresh_admin,
        site_id=SITE_ID,
        store_key=new_key().decode(),
        actions=600,
        kills=6,
    )
    assert report.crashes == []
    assert report.kills == 6
    assert report.kills_mid_upload >= 1  # a kill did land in the middle of the upload
    assert report.lost == []
    assert report.duplicated == []
    assert report.unaudited == []
    assert report.refused == report.expected_refused > 0  # the anonymised guest's, in words
    assert report.on_server == report.check_ins - report.expected_refused // 2 - (
        report.expected_refused % 2
    )
    assert report.read_backs > 0  # answers were lost after commits, and were read back
