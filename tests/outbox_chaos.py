"""A chaos run of the outbox, shared by its test (600 actions) and its benchmark (10,000).

1. Offline (every request to the stand-in server dropped), check-ins and check-outs are made
   through the app's own offline backend and saved in its encrypted outbox: each guest of the
   site in turn, in, out, in, out...
2. Meanwhile, at "another desk", one of those guests is anonymised: what was queued for them
   must end in "needs attention", not on the server and not lost.
3. The network comes back, badly: connections dropped before and after the server committed,
   429 with Retry-After, 500 after committing and 503 before, and the server *ignores
   idempotency keys* (Trybe documents none), so only the kiosk's own rule (read back before any
   resend) stands between a retry and a duplicate.
4. The sender is the real command, ``kiosk outbox --send --keep-trying``, in its own process,
   killed with SIGKILL at random moments and started again until nothing waits.
5. Then the server's check-ins are counted against the outbox and the audit log.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.store import key_from_text
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin.audit import AuditLog
from kiosk.config import clock as wallclock
from kiosk.config import user_data_dir
from tests.sandbox_helpers import SandboxAdmin

CHAOS_FAULTS: list[dict[str, Any]] = [
    # the POST never reaches the server
    {"path_prefix": "/customers/check-ins", "method": "POST", "reset": True, "probability": 0.03},
    # the server commits, then the answer is lost
    {
        "path_prefix": "/customers/check-ins",
        "method": "POST",
        "after": True,
        "reset": True,
        "probability": 0.04,
    },
    # the server commits, then says 500
    {
        "path_prefix": "/customers/check-ins",
        "method": "POST",
        "after": True,
        "status": 500,
        "probability": 0.02,
    },
    # a read-back fails
    {"path_prefix": "/customers/check-ins", "method": "GET", "reset": True, "probability": 0.03},
    {"path_prefix": "/", "status": 503, "probability": 0.02},
    {"path_prefix": "/", "status": 429, "retry_after": "1", "probability": 0.004},
]


@dataclass
class ChaosReport:
    actions: int = 0
    check_ins: int = 0
    check_outs: int = 0
    refused: int = 0
    """Entries that ended in "needs attention" (the anonymised guest's)."""
    expected_refused: int = 0
    runs: int = 0
    kills: int = 0
    kills_mid_upload: int = 0
    """Kills after which some entries had gone and some still waited."""
    read_backs: int = 0
    """Entries found already on the server by reading back (never resent)."""
    on_server: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    unaudited: list[str] = field(default_factory=list)
    audit_repeats: int = 0
    """Keys with a second "done" line (a kill between the audit line and the outbox update)."""
    queue_s: float = 0.0
    drain_s: float = 0.0
    crashes: list[str] = field(default_factory=list)


def run_chaos(
    url: str,
    *,
    token: str,
    admin: SandboxAdmin,
    site_id: str,
    store_key: str,
    actions: int,
    kills: int,
    seed: int = 12,
    max_runs: int | None = None,
) -> ChaosReport:
    """The whole run. ``XDG_DATA_HOME`` must point at a folder of the caller's: the outbox and
    audit go to the user data folder there, as the app's would."""
    report = ChaosReport(actions=actions)
    rng = random.Random(seed)
    folder = user_data_dir()
    client = TrybeClient(url, token, site_id, deadline_s=5.0, max_retries=0)
    guests = _guests(client)
    refused_guest = guests[0]

    # 1. offline: queue the actions
    started = time.monotonic()
    admin.add_fault(path_prefix="/", reset=True)
    store = LocalStore(folder / "local-copy.db", key_from_text(store_key, folder / "local-copy.db"))
    backend = OfflineBackend(
        TrybeBackend(TrybeClient(url, token, site_id, deadline_s=2.0, max_retries=0)),
        store,
        AuditLog(folder / "audit.jsonl"),
    )
    backend.probe()
    backend.probe()
    assert backend.offline, "two failed probes should have switched to offline"
    open_visit: dict[str, str] = {}
    for number in range(actions):
        guest = guests[number % len(guests)]
        key = f"chaos-{number:05d}-{uuid.uuid4().hex[:8]}"
        if guest in open_visit:
            backend.check_out(guest, open_visit.pop(guest), key=key)
            report.check_outs += 1
        else:
            visit = backend.check_in(guest, method="Scanned", membership_id=None, key=key)
            open_visit[guest] = visit.id
            report.check_ins += 1
        report.expected_refused += guest == refused_guest
    assert backend.status().waiting == actions
    backend.close()
    report.queue_s = time.monotonic() - started

    # 2. another desk anonymises a guest; 3. the network comes back, badly
    admin.clear()
    client.delete_customer(refused_guest)
    admin.settings(honour_idempotency_keys=False)
    drain_from = wallclock.now() - timedelta(seconds=1)
    for fault in CHAOS_FAULTS:
        admin.add_fault(**fault)

    # 4. the sender, killed and started again
    started = time.monotonic()
    env = {
        **os.environ,
        "KIOSK_STORE_KEY": store_key,
        "KIOSK_API_TOKEN": token,
        # a sender killed mid-upload leaves its request in flight: no fault here holds one in
        # the server for long, so the wait before reading it back and resending is kept short
        "KIOSK_WRITE_IN_FLIGHT_S": "1.5",
    }
    command = [
        sys.executable,
        "-m",
        "kiosk",
        "--api-url",
        url,
        "--site-id",
        site_id,
        "outbox",
        "--send",
        "--keep-trying",
    ]
    limit = max_runs if max_runs is not None else kills + 30
    while True:
        before = _counts(folder, store_key)
        sender = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        killed = False
        if report.kills < kills:
            # a kill at any moment: while it starts (about a second; three on a loaded
            # machine), or well into its upload (600 writes through faults take a minute)
            try:
                sender.wait(timeout=rng.uniform(0.8, 5.0))
            except subprocess.TimeoutExpired:
                sender.send_signal(signal.SIGKILL)
                killed = True
                report.kills += 1
        output, _ = sender.communicate(timeout=900)
        report.runs += 1
        if not killed and sender.returncode != 0:
            report.crashes.append(output[-2000:])
        if "Traceback" in output:
            report.crashes.append(output[-2000:])
        after = _counts(folder, store_key)
        if killed and after.get("waiting", 0) and after.get("waiting", 0) < before["waiting"]:
            report.kills_mid_upload += 1
        if not after.get("waiting") or report.runs >= limit:
            break
    report.drain_s = time.monotonic() - started
    admin.clear()

    # 5. count
    _account(report, client, folder, store_key, drain_from)
    client.close()
    return report


def _guests(client: TrybeClient) -> list[str]:
    found: list[str] = []
    page = 1
    while True:
        answer = client.list_customers(page=page, per_page=100)
        found += [c.id for c in answer.data if c.deleted_at is None]
        if not answer.data or (answer.meta and page >= (answer.meta.last_page or page)):
            return found
        page += 1


def _counts(folder: Any, store_key: str) -> dict[str, int]:
    store = LocalStore(folder / "local-copy.db", key_from_text(store_key, folder / "local-copy.db"))
    try:
        return {"waiting": 0, **store.outbox_counts()}
    finally:
        store.close()


def _account(
    report: ChaosReport, client: TrybeClient, folder: Any, store_key: str, since: datetime
) -> None:
    store = LocalStore(folder / "local-copy.db", key_from_text(store_key, folder / "local-copy.db"))
    rows = store.outbox_rows("waiting", "sent", "needs attention")
    store.close()
    server: dict[str, Any] = {}
    page = 1
    while True:
        answer = client.list_check_ins(checked_in_at_from=since, page=page, per_page=100)
        server.update({v.id: v for v in answer.data})
        if not answer.data:
            break
        page += 1
    report.on_server = len(server)
    report.refused = sum(1 for r in rows if r["state"] == "needs attention")
    report.lost += [r["key"] for r in rows if r["state"] == "waiting"]
    made = Counter(
        str(r["record"]["server_visit"])
        for r in rows
        if r["state"] == "sent" and r["record"]["kind"] == "check_in"
    )
    for row in rows:
        if row["state"] != "sent":
            continue
        visit = server.get(str(row["record"]["server_visit"]))
        if visit is None or (row["record"]["kind"] == "check_out" and not visit.checked_out_at):
            report.lost.append(row["key"])
    report.duplicated += [vid for vid, times in made.items() if times > 1]
    report.duplicated += [vid for vid in server if vid not in made]
    closed = sum(1 for v in server.values() if v.checked_out_at)
    checked_out = sum(
        1 for r in rows if r["state"] == "sent" and r["record"]["kind"] == "check_out"
    )
    if closed != checked_out:
        report.duplicated.append(f"{closed} visits closed for {checked_out} check-outs")
    outcomes: dict[str, Counter[str]] = {}
    for line in AuditLog(folder / "audit.jsonl").entries():
        if line.get("action_id"):
            outcomes.setdefault(line["action_id"], Counter())[line["outcome"]] += 1
            report.read_backs += "(read back)" in str(line.get("reason", ""))
    for row in rows:
        seen = outcomes.get(row["key"], Counter())
        final = "done" if row["state"] == "sent" else "not_done"
        if seen["queued"] != 1 or seen[final] < 1:
            report.unaudited.append(row["key"])
        report.audit_repeats += seen[final] > 1
