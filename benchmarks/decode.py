"""Which decoder chain reads which frames, and how fast.

Nine symbologies (Code 128, Code 39, EAN-13, EAN-8, UPC-A, QR, Data Matrix, PDF417, Aztec), each
in eleven conditions a front-desk camera meets (clean, rotated 30/90/180 degrees, dim, low
contrast, glare, inverted, curved round a wrist, blurred, noisy): 99 frames of 640x480.

    .venv/bin/python benchmarks/decode.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, write_section

from kiosk.scan.decoders import build_chain
from tests.imagegen import DISTORTIONS, PAYLOADS, frame_for

CHAINS = ("default", "zxing", "pyzbar", "opencv")


def main() -> None:
    frames = [(s, d, frame_for(s, d)) for s in PAYLOADS for d in DISTORTIONS]
    rows = []
    missed: list[str] = []
    for name in CHAINS:
        chain = build_chain(name)
        hits, times = 0, []
        for symbology, distortion, frame in frames:
            started = time.perf_counter()
            found = chain.decode(frame)
            times.append((time.perf_counter() - started) * 1000)
            ok = PAYLOADS[symbology] in [r.text for r in found]
            hits += ok
            if name == "default" and not ok:
                missed.append(f"{symbology} {distortion}")
        rows.append(
            f"| {name} | {hits}/{len(frames)} | {statistics.median(times):.1f} | {max(times):.1f} |"
        )
    result = (
        f"- Machine: {machine()}\n"
        "- Command: `.venv/bin/python benchmarks/decode.py`\n"
        "- Frames: 9 symbologies x 11 conditions, 640x480 (tests/imagegen.py)\n\n"
        "| chain | read | median ms/frame | worst ms/frame |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\nThe default chain misses: {', '.join(missed) or 'nothing'}.\n"
    )
    print(result)
    write_section("Decoding camera frames (benchmarks/decode.py)", result)


if __name__ == "__main__":
    main()
