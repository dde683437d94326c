"""20 simulated kiosks against the stand-in server, each doing one lookup a second.

A lookup is what the desk does for a scan: the barcode search, then (in parallel) the guest's
memberships, wristbands, payment methods and stats. Measured: lookup latency (search start to
last read done) p50/p99, and requests served per second. Target: p99 lookup <= 50 ms.

    .venv/bin/python benchmarks/sandbox_load.py [--kiosks 20] [--seconds 30]
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SITE_ID, TOKEN, machine, percentile, sandbox_process, write_section

CODES = [f"1002003{n:02d}" for n in range(10)]


def kiosk(url: str, seconds: float, latencies: list[float], failures: list[str], seed: int) -> None:
    rng = random.Random(seed)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with (
        httpx.Client(base_url=url, headers=headers, timeout=5) as http,
        ThreadPoolExecutor(4) as pool,
    ):
        time.sleep(rng.random())  # kiosks do not scan in lockstep
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            tick = time.monotonic()
            try:
                found = http.get(
                    f"/customers/customers/barcode-search/{rng.choice(CODES)}",
                    params={"site_id": SITE_ID},
                )
                found.raise_for_status()
                cid = found.json()["data"]["id"]
                reads = [
                    f"/customers/customers/{cid}/memberships",
                    f"/customers/customers/{cid}/barcodes",
                    f"/customers/customers/{cid}/payment-methods",
                    f"/shop/customers/{cid}/stats",
                ]
                for response in pool.map(http.get, reads):
                    response.raise_for_status()
                latencies.append(time.monotonic() - tick)
            except httpx.HTTPError as exc:
                detail = exc.response.status_code if isinstance(exc, httpx.HTTPStatusError) else ""
                failures.append(f"{type(exc).__name__} {detail}".strip())
            time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosks", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    latencies: list[float] = []
    failures: list[str] = []
    with sandbox_process() as url:
        started = time.monotonic()
        threads = [
            threading.Thread(target=kiosk, args=(url, args.seconds, latencies, failures, n))
            for n in range(args.kiosks)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    ms = [value * 1000 for value in latencies]
    requests = len(latencies) * 5
    p50, p99 = percentile(ms, 0.50), percentile(ms, 0.99)
    verdict = "meets" if p99 <= 50 else "MISSES"
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/sandbox_load.py --kiosks {args.kiosks} "
        f"--seconds {args.seconds:g}`\n"
        f"- Server: `kiosk sandbox` in its own process (uvicorn h11, SQLite WAL)\n"
        f"- Lookups: {len(latencies)} ({requests} requests, {requests / elapsed:.0f} requests/s), "
        f"failures: {len(failures)} {dict(Counter(failures)) if failures else ''}\n"
        f"- Lookup latency: p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {max(ms):.1f} ms\n"
        f"- Target p99 <= 50 ms: {verdict}\n"
    )
    print(result)
    write_section("Stand-in server under 20 kiosks (benchmarks/sandbox_load.py)", result)


if __name__ == "__main__":
    main()
