"""Issue 26's write matrix as filed: six kinds of write x {reset after commit, 500 after commit,
10 s stall after commit, 10 s stall before commit} x keys honoured/ignored x the local copy
on/off (96 trials), each driven as the desk drives it (tests/write_matrix.py says how; the suite
runs the same matrix with a 1.5 s stall). A trial passes when the server ends with exactly one
write and no landed write was ever shown as not saved.

    .venv/bin/python benchmarks/write_matrix.py [--stall 10] [--deadline 5] [--in-flight 60]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, write_section

from tests.write_matrix import Scale, Trial, run_group, table


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stall", type=float, default=10.0)
    parser.add_argument("--deadline", type=float, default=5.0)
    parser.add_argument("--in-flight", type=float, default=60.0)
    args = parser.parse_args()
    scale = Scale(
        stall_s=args.stall,
        client_deadline_s=args.deadline,
        in_flight_s=args.in_flight,
        read_every_s=3.0,
    )
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-matrix-"))
    trials: list[Trial] = []
    started = time.monotonic()
    for keys in ("honoured", "ignored"):
        for local in (False, True):
            group = run_group(folder, keys, local, scale)
            for trial in group:
                print(
                    f"{'ok ' if trial.ok else 'BAD'} {trial.kind:<12} {trial.fault:<20} keys "
                    f"{keys:<8} copy {'on ' if local else 'off'} "
                    f"{trial.seconds:5.1f}s {' > '.join(trial.shown)}",
                    flush=True,
                )
            trials += group
    passed = sum(t.ok for t in trials)
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/write_matrix.py --stall {args.stall:g} "
        f"--deadline {args.deadline:g} --in-flight {args.in_flight:g}`\n"
        f"- {passed} of {len(trials)} trials landed exactly one write and never showed a landed "
        f"write as not saved; {time.monotonic() - started:.0f} s in all\n\n" + table(trials) + "\n"
    )
    print(result)
    write_section("Writes under faults: the matrix (benchmarks/write_matrix.py)", result)
    sys.exit(0 if passed == len(trials) else 1)


if __name__ == "__main__":
    main()
