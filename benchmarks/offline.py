"""The desk without its network: four figures from the offline issue, against the stand-in
server in its own process, the app's own encrypted local copy in a temp folder.

1. *Sync*: a full first sync of the site, then the next one (guests per second, requests per
   guest), unpaced (the server's limit; the app paces itself to `sync_requests_per_s`).
2. *Offline scan to verdict*: every synced guest's band scanned on the desk with the network
   down, from the scan handed to the desk to the verdict on screen (goal p95 <= 50 ms).
3. *Network loss to offline*: the desk scanning known guests online; the network dies (two
   ways: connections reset, and a black hole that never answers); how long the first scan after
   it takes to answer (from the copy?) and how long until the desk is offline (goal <= 2 s).
4. *Outbox drain*: 500 check-ins made during an outage, then the network is back: how long until
   the server has them all (sent by the app's own background keeper).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/offline.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import ADMIN_TOKEN, SITE_ID, TOKEN, machine, percentile, sandbox_process, write_section
from PySide6.QtWidgets import QApplication

from kiosk.app import Connection, make_client
from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.store import new_key
from kiosk.backends.offline.sync import Syncer
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin.actions import Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.state import Screen
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.session import DeskSession
from kiosk.config.settings import Settings
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow, decode_photo
from kiosk.ui.tasks import QtRunner
from tests.sandbox_helpers import SandboxAdmin

KEY = new_key()


class OfflineDesk:
    """The app's desk on a local copy (as kiosk.app wires it), keeper running."""

    def __init__(self, url: str, folder: Path) -> None:
        settings = Settings()  # the app's defaults: timeouts, retries, leash, probe pace
        self.live = TrybeBackend(
            make_client(settings, Connection(api_url=url, token=TOKEN, site_id=SITE_ID))
        )
        self.audit = AuditLog(folder / "audit.jsonl")
        self.backend = OfflineBackend(
            self.live,
            LocalStore(folder / "local-copy.db", KEY),
            self.audit,
            probe_every_s=settings.offline.probe_every_s,
            live_leash_s=settings.offline.live_leash_s,
        ).start()
        self.lookup = Lookup(self.backend, copy=self.backend.copy_only(), deadline_s=3.0)
        self.runner = QtRunner()
        self.session = DeskSession(
            self.lookup,
            Actions(self.backend, self.audit, verify_with=self.live),
            self.runner,
            self.audit,
            idle_clear_s=3600,
            decode_photo=decode_photo,
        )
        self.window = DeskWindow(self.session)
        self.window.resize(1280, 800)
        self.window.show()

    def scan(self, app: QApplication, code: str, *, timeout_s: float = 10.0) -> float:
        """Seconds from the scan to its final answer on screen (not a provisional one)."""
        self.session.clear()
        started = time.perf_counter()
        self.window.handle_scan(ScanEvent(payload=code, source="wedge"))
        while True:
            state = self.session.state
            done = state.screen is Screen.PROBLEM or (
                state.screen is Screen.GUEST
                and state.context is not None
                and not state.context.provisional
            )
            if done:
                app.processEvents()
                return time.perf_counter() - started
            if time.perf_counter() - started > timeout_s:
                raise TimeoutError(code)
            app.processEvents()
            time.sleep(0.0005)

    def close(self) -> None:
        self.window.shutdown()
        self.runner.shutdown()
        self.lookup.close()
        self.backend.close()
        self.window.close()


def codes_in(store: LocalStore) -> list[str]:
    codes = []
    for guest_id in store.guest_ids():
        found = store.guest(guest_id)
        if found and found[0].bands and not found[0].guest.anonymised:
            codes += [b.code for b in found[0].bands[:1]]
    return codes


def wait_for(app: QApplication, check: Callable[[], bool], timeout_s: float) -> float:
    started = time.perf_counter()
    while not check():
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started


def main() -> None:
    app = QApplication([])
    lines: list[str] = []
    with sandbox_process() as url:
        admin = SandboxAdmin(url=url, token=ADMIN_TOKEN)
        folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-offline-"))
        desk = OfflineDesk(url, folder)

        # 1. sync
        syncer = Syncer(desk.live, desk.backend.store, requests_per_s=1000)
        first = syncer.run()
        again = syncer.run()
        lines += [
            "| sync | guests read | fetched in full | requests | requests a guest | seconds | "
            "guests/s |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, report in (("first (empty copy)", first), ("next (nothing changed)", again)):
            lines.append(
                f"| {name} | {report.seen} | {report.guests} | {report.requests} | "
                f"{report.requests / max(1, report.seen):.2f} | {report.seconds:.2f} | "
                f"{report.seen / report.seconds:.0f} |"
            )
        per_guest_first = first.requests / max(1, first.seen)
        lines.append(
            f"\nAt the app's own pace (`sync_requests_per_s` = 5) a first sync reads "
            f"{5 / per_guest_first:.1f} guests/s (a 2,000-guest site: "
            f"{2000 * per_guest_first / 5 / 60:.0f} min, once); a sync with nothing changed "
            f"{5 / max(0.01, again.requests / max(1, again.seen)):.0f} guests/s.\n"
        )

        # 2. offline scan to verdict
        codes = codes_in(desk.backend.store)
        admin.add_fault(path_prefix="/", reset=True)
        desk.backend.probe()
        desk.backend.probe()
        assert desk.backend.offline
        desk.scan(app, codes[0])
        times = [desk.scan(app, code) for code in (codes * 3)[:500]]
        verdict = desk.session.state.verdict
        offline_marked = verdict is not None and verdict.offline
        lines.append(
            f"**Offline scan to verdict** ({len(times)} scans of {len(codes)} synced guests' "
            f"bands, network down): median {percentile(times, 0.5) * 1000:.1f} ms, "
            f"p95 {percentile(times, 0.95) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms "
            f"(goal p95 <= 50 ms: {'meets' if percentile(times, 0.95) <= 0.05 else 'MISSES'}); "
            f"verdicts marked offline: {'yes' if offline_marked else 'NO'}.\n"
        )
        admin.clear()
        wait_for(app, lambda: not desk.backend.offline, 10)

        # 3. network loss to offline
        lines += [
            "| the network dies by | first scan answered in | from the copy | offline after "
            "| goal 2 s |",
            "|---|---|---|---|---|",
        ]
        for name, fault in (
            ("connections reset", {"reset": True}),
            ("a black hole (no answer)", {"latency_ms": 60_000}),
        ):
            firsts, switches, from_copy = [], [], []
            for trial in range(5):
                admin.clear()
                wait_for(app, lambda: not desk.backend.offline, 15)
                for code in codes[trial * 3 : trial * 3 + 3]:  # online, known guests
                    desk.scan(app, code)
                admin.add_fault(path_prefix="/", **fault)
                lost_at = time.perf_counter()
                firsts.append(desk.scan(app, codes[10 + trial]))
                context = desk.session.state.context
                from_copy.append(context is not None and context.offline)
                wait_for(app, lambda: desk.backend.offline, 10)
                switches.append(time.perf_counter() - lost_at)
            worst = max(max(firsts), max(switches))
            lines.append(
                f"| {name} | median {percentile(firsts, 0.5):.2f} s, worst {max(firsts):.2f} s "
                f"| {sum(from_copy)} of {len(from_copy)} | worst {max(switches):.2f} s | "
                f"{'meets' if worst <= 2.0 else 'MISSES'} |"
            )
        lines.append("")
        admin.clear()
        wait_for(app, lambda: not desk.backend.offline, 15)

        # 4. outbox drain after an outage of 500 check-ins
        guest_ids = [
            gid
            for gid in desk.backend.store.guest_ids()
            if (found := desk.backend.store.guest(gid)) and not found[0].guest.anonymised
        ]
        admin.add_fault(path_prefix="/", reset=True)
        desk.backend.probe()
        desk.backend.probe()
        open_visits: dict[str, str] = {}
        check_ins = 0
        number = 0
        while check_ins < 500:
            guest = guest_ids[number % len(guest_ids)]
            key = f"drain-{number}-{uuid.uuid4().hex[:6]}"
            if guest in open_visits:
                desk.backend.check_out(guest, open_visits.pop(guest), key=key)
            else:
                visit = desk.backend.check_in(guest, method="Scanned", membership_id=None, key=key)
                open_visits[guest] = visit.id
                check_ins += 1
            number += 1
        queued = desk.backend.status().waiting
        admin.clear()
        back_at = time.perf_counter()
        online_after = wait_for(app, lambda: not desk.backend.offline, 15)
        drained = wait_for(app, lambda: desk.backend.status().waiting == 0, 600)
        total = time.perf_counter() - back_at
        sent = desk.backend.last_drain
        lines.append(
            f"**Outbox drain**: {queued} writes saved during an outage ({check_ins} check-ins, "
            f"{queued - check_ins} check-outs); the network back, the keeper (trying every "
            f"`probe_every_s` = 3 s while offline) noticed in "
            f"{online_after:.1f} s and the outbox was empty {total:.1f} s after the network "
            f"came back ({queued / max(0.001, drained):.0f} writes/s while sending"
            f"{'' if sent is None else f'; last drain sent {sent.sent}'}).\n"
        )
        desk.close()
        admin.close()

    result = (
        f"- Machine: {machine()}\n"
        "- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/offline.py`\n"
        "- The stand-in server in its own process (194 guests on the site); the desk, its "
        "encrypted local copy and its keeper in this one\n\n" + "\n".join(lines) + "\n"
    )
    print(result)
    write_section("Offline (benchmarks/offline.py)", result)


if __name__ == "__main__":
    main()
