"""The client's per-call cost against raw httpx on the same stand-in server route.

Both sides do the same GET (getCustomer) on one keep-alive connection; the client adds its
request building, deadline bookkeeping, retry loop and pydantic parsing. Calls alternate in
small batches so that server-side drift hits both equally. Target: <= 1.3x raw httpx.

    .venv/bin/python benchmarks/client_overhead.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SITE_ID, TOKEN, machine, sandbox_process, write_section

from kiosk.backends.trybe import TrybeClient


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    with sandbox_process() as url:
        raw = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"})
        client = TrybeClient(url, TOKEN, SITE_ID)
        customer_id = client.get_customer_by_barcode("100200300").id
        route = f"/customers/customers/{customer_id}"

        def raw_call() -> None:
            response = raw.get(route)
            response.raise_for_status()
            json.loads(response.content)

        def client_call() -> None:
            client.get_customer(customer_id)

        for _ in range(100):  # warm both connections and code paths
            raw_call()
            client_call()
        raw_times: list[float] = []
        client_times: list[float] = []
        for _ in range(args.calls // 20):
            for call, sink in ((raw_call, raw_times), (client_call, client_times)):
                for _ in range(10):
                    start = time.perf_counter()
                    call()
                    sink.append(time.perf_counter() - start)
        raw.close()
        client.close()
    raw_ms = statistics.median(raw_times) * 1000
    client_ms = statistics.median(client_times) * 1000
    ratio = client_ms / raw_ms
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `.venv/bin/python benchmarks/client_overhead.py --calls {args.calls}`\n"
        f"- Route: GET /customers/customers/{{id}} on `kiosk sandbox` (own process), "
        f"{len(raw_times)} calls each\n"
        f"- Median per call: raw httpx + json {raw_ms:.3f} ms, TrybeClient.get_customer "
        f"{client_ms:.3f} ms\n"
        f"- Ratio: {ratio:.2f}x (target <= 1.3x: {'meets' if ratio <= 1.3 else 'MISSES'})\n"
    )
    print(result)
    write_section("API client overhead (benchmarks/client_overhead.py)", result)


if __name__ == "__main__":
    main()
