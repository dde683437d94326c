"""The outbox chaos run at benchmark size: 10,000 check-ins and check-outs saved offline, then
sent through dropped connections, 429s, 5xx before and after commits, a server ignoring
idempotency keys, and the sender (`kiosk outbox --send --keep-trying`) killed with SIGKILL at
random moments and restarted until nothing waits (tests/outbox_chaos.py says how; the test
suite runs it with 1,000).

    .venv/bin/python benchmarks/outbox_chaos.py [--actions 10000] [--kills 30]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import ADMIN_TOKEN, SITE_ID, TOKEN, machine, sandbox_process, write_section

from kiosk.backends.offline.store import new_key
from tests.outbox_chaos import CHAOS_FAULTS, run_chaos
from tests.sandbox_helpers import SandboxAdmin


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=30)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="kiosk-bench-chaos-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    with sandbox_process() as url:
        admin = SandboxAdmin(url=url, token=ADMIN_TOKEN)
        report = run_chaos(
            url,
            token=TOKEN,
            admin=admin,
            site_id=SITE_ID,
            store_key=new_key().decode(),
            actions=args.actions,
            kills=args.kills,
            max_runs=args.kills + 200,
        )
        admin.close()
    faults = "; ".join(
        f"{f.get('method', 'any')} {f['path_prefix']} "
        + (
            "reset"
            if f.get("reset")
            else f"{f.get('status')}"
            + (f" Retry-After {f['retry_after']}" if "retry_after" in f else "")
        )
        + (" after commit" if f.get("after") else "")
        + f" p={f['probability']}"
        for f in CHAOS_FAULTS
    )
    ok = not (report.lost or report.duplicated or report.unaudited or report.crashes)
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/outbox_chaos.py --actions {args.actions} "
        f"--kills {args.kills}`\n"
        f"- Faults: {faults}; idempotency keys ignored by the server\n\n"
        f"| | |\n|---|---|\n"
        f"| actions saved offline | {report.actions} ({report.check_ins} check-ins, "
        f"{report.check_outs} check-outs) in {report.queue_s:.1f} s "
        f"({report.actions / report.queue_s:.0f}/s) |\n"
        f"| sender runs / killed with SIGKILL / killed mid-upload | {report.runs} / "
        f"{report.kills} / {report.kills_mid_upload} |\n"
        f"| drained in | {report.drain_s:.1f} s ({report.actions / report.drain_s:.0f} "
        "actions/s through the faults and restarts) |\n"
        f"| found already there by reading back (not resent) | {report.read_backs} |\n"
        f"| check-ins on the server | {report.on_server} |\n"
        f"| refused later, in needs attention (guest anonymised meanwhile) | {report.refused} "
        f"of {report.expected_refused} expected |\n"
        f"| **lost** | **{len(report.lost)}** |\n"
        f"| **duplicated** | **{len(report.duplicated)}** |\n"
        f"| not accounted for in the audit | {len(report.unaudited)} |\n"
        f"| keys with a repeated final audit line (kill between audit and outbox) | "
        f"{report.audit_repeats} |\n"
        f"| sender crashes | {len(report.crashes)} |\n\n"
        + (
            "Exactly once: every action on the server once, and in the audit.\n"
            if ok
            else "FAILED\n"
        )
    )
    print(result)
    write_section("Outbox chaos (benchmarks/outbox_chaos.py)", result)
    if not ok:
        print(report.lost[:5], report.duplicated[:5], report.unaudited[:5], report.crashes[:2])
        raise SystemExit(1)


if __name__ == "__main__":
    main()
