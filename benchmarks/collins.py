"""The second guest system (Collins customers, seed 002) as the desk uses it, against its
stand-in in another process: a guest card scanned to a verdict, a name searched, every guest
paged through (30 a page, the API's most).

    .venv/bin/python benchmarks/collins.py [--scans 500]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import TOKEN, machine, percentile, sandbox_process, write_section
from kiosk.backends.collins import CollinsClient
from kiosk.backends.collins.adapter import CollinsBackend
from kiosk.checkin import Lookup
from kiosk.checkin.policy import decide
from kiosk.config.settings import PolicySettings
from kiosk.sandbox.collins.demo import FEATURED, LAST, VENUES


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=500)
    args = parser.parse_args()
    policy = PolicySettings()
    scans: list[float] = []
    searches: list[float] = []
    with sandbox_process("collins") as url:
        client = CollinsClient(url, TOKEN)
        backend = CollinsBackend(client, venue_id=VENUES[0][0], venues=dict(VENUES))
        lookup = Lookup(backend, deadline_s=3.0)
        for n in range(args.scans):
            card = FEATURED[n % len(FEATURED)].id
            started = time.perf_counter()
            decide(lookup.by_code(card), policy)
            scans.append((time.perf_counter() - started) * 1000)
        for n in range(200):
            started = time.perf_counter()
            backend.search(LAST[n % len(LAST)])
            searches.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        everyone = sum(1 for _ in client.iter_customers())
        paging_ms = (time.perf_counter() - started) * 1000
        lookup.close()
        backend.close()

    def line(values: list[float]) -> str:
        return (
            f"median {percentile(values, 0.5):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
            f"worst {max(values):.1f} ms"
        )

    body = f"""
`.venv/bin/python benchmarks/collins.py --scans {args.scans}` on {machine()}; the Collins
stand-in (`kiosk sandbox --vendor collins`) in its own process, over loopback.

- A guest card scanned to a verdict (one `GET /customers/{{id}}`; no other parts to gather):
  {line(scans)} over {len(scans)} scans.
- A surname searched (`GET /customers?query=`, 12 rows): {line(searches)} over {len(searches)}.
- Every guest paged through, 30 a page: {everyone} guests in {paging_ms:.0f} ms.
"""
    write_section("The Collins guest system (benchmarks/collins.py)", body)
    print(body)


if __name__ == "__main__":
    main()
