"""Cold start: a new ``kiosk`` process to its first window painted, on the embedded demo
backend (``--demo``: the stand-in server is imported and started too) and on a real site's
path (``--api-url`` to a stand-in server in another process: what a front desk runs). Measured
from the moment the process is spawned to the instant the app logs its first paint.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SITE_ID, TOKEN, machine, sandbox_process, write_section

PAINTED = re.compile(r"first window painted ([0-9.]+) s after main\(\) \(at ([0-9T:.+-]+)\)")


def one_start(args: list[str], env: dict[str, str], binary: str | None) -> tuple[float, float]:
    spawned = time.time()
    command = [binary] if binary else [sys.executable, "-m", "kiosk"]
    run = subprocess.run(
        [*command, *args, "--exit-after", "0.3", "-v"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = PAINTED.search(run.stderr)
    if found is None:
        raise RuntimeError(f"no paint line in the log:\n{run.stderr[-2000:]}")
    painted_at = datetime.fromisoformat(found.group(2)).timestamp()
    return painted_at - spawned, float(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary", help="a frozen app (dist/kiosk/kiosk) instead of the venv's")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": "/tmp/kiosk-bench-data"}
    rows = []
    with sandbox_process() as url:
        cases = {
            "real site (`--api-url`)": ["--api-url", url, "--site-id", SITE_ID],
            "demo (`--demo`, server started in-process)": ["--demo"],
        }
        for name, case_args in cases.items():
            case_env = {**env, "KIOSK_API_TOKEN": TOKEN}
            one_start(case_args, case_env, args.binary)  # the first run warms the page cache
            totals, after_main = [], []
            for _ in range(args.runs):
                total, since_main = one_start(case_args, case_env, args.binary)
                totals.append(total)
                after_main.append(since_main)
            totals.sort()
            after_main.sort()
            median = totals[len(totals) // 2]
            rows.append(
                f"| {name} | {median:.2f} s | {max(totals):.2f} s | "
                f"{after_main[len(after_main) // 2]:.2f} s | "
                f"{'meets' if median <= 1.5 else 'MISSES'} |"
            )
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/startup.py --runs {args.runs}"
        + (" --binary dist/kiosk/kiosk" if args.binary else "")
        + "`\n"
        "- From spawning the process to the app's log line for its first painted window "
        "(offscreen); page cache warm (one start first)\n\n"
        "| start | median | worst | of which after main() | target median 1.5 s |\n"
        "|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    print(result)
    name = "Cold start to the first window (benchmarks/startup.py)"
    if args.binary:
        name = "Cold start of the frozen app (benchmarks/startup.py --binary)"
    write_section(name, result)


if __name__ == "__main__":
    main()
