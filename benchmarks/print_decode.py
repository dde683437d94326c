"""Does a printed band still scan when the printer is not perfect? Random codes of each kind the
desk prints (10 random digits; 8 letters and digits; a long payload as QR), drawn for the 25 mm
wristband and the 62 mm label at 203 and 300 dpi, sent as ZPL (Z64) and drawn back by the fake
Zebra's own reader, then spoiled the way thermal printing spoils: dot gain (a blur), a dead pin
(a white line along the feed), specks. Each read with zxing-cpp; a read that returns another
text than the code would be a misread and is counted apart.

    .venv/bin/python benchmarks/print_decode.py [--codes 100]

The code drawn by the printer itself (^BC/^BQ) is compared with these dots in
benchmarks/zpl_codes.py, rendered by zebrash (an independent ZPL renderer) rather than by the
fake Zebra, whose reader draws only graphics.
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from benchmarks._common import machine, write_section
from kiosk.checkin.printing import BandLabel
from kiosk.config.settings import DEFAULT_SYMBOLOGIES
from kiosk.devices.printers.layout import MEDIA, render
from kiosk.devices.printers.zpl import graphic_label
from kiosk.sandbox.printer import graphic_image
from kiosk.scan.decoders import ZxingDecoder

DESK = ZxingDecoder(symbologies=DEFAULT_SYMBOLOGIES)
"""The desk camera's own decoder, on what it reads by default (Code 128, QR, Data Matrix,
Code 39): a speck read as an EAN-13, or a Micro QR inside a QR, is never looked up there."""


def codes(count: int, seed: int = 18) -> dict[str, list[str]]:
    rng = random.Random(seed)
    return {
        "10 digits (Code 128)": [
            rng.choice("12345678") + "".join(rng.choices(string.digits, k=9)) for _ in range(count)
        ],
        "8 letters and digits": [
            "".join(rng.choices(string.ascii_uppercase + string.digits, k=8)) for _ in range(count)
        ],
        "long payload (QR)": [
            "TRYBE:BAND:" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=24))
            for _ in range(count)
        ],
    }


def spoil(image: Image.Image, how: str, rng: random.Random) -> Image.Image:
    grey = image.convert("L")
    if how == "as sent":
        return grey
    if how == "dot gain":
        return grey.filter(ImageFilter.GaussianBlur(1.0))
    if how == "dead pin":
        draw = ImageDraw.Draw(grey)
        pin = rng.randrange(grey.width // 4, 3 * grey.width // 4)
        draw.line([(pin, 0), (pin, grey.height)], fill=255, width=1)  # along the feed
        return grey
    if how == "specks":
        pixels = grey.load()
        assert pixels is not None
        for _ in range(grey.width * grey.height // 100):
            x, y = rng.randrange(grey.width), rng.randrange(grey.height)
            pixels[x, y] = 255 - pixels[x, y]
        return grey
    raise ValueError(how)


SPOILS = ("as sent", "dot gain", "dead pin", "specks")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--codes", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(5)
    rows: list[str] = []
    sizes: dict[str, list[int]] = {}
    for media in ("wristband", "label62"):
        for dpi in (203, 300):
            for kind, payloads in codes(args.codes).items():
                read = dict.fromkeys(SPOILS, 0)
                misread = 0
                for code in payloads:
                    label = BandLabel(code, "Amelia H.", "Valid until 5 Dec 2026, 18:00", "Gold")
                    image, _ = render(label, MEDIA[media], dpi)  # type: ignore[index]
                    job = graphic_label(image)
                    sizes.setdefault(f"{media} {dpi} dpi", []).append(len(job))
                    received = graphic_image(job)
                    for how in SPOILS:
                        spoiled = spoil(received, how, rng)
                        texts = [r.text for r in DESK.decode(np.asarray(spoiled))]
                        read[how] += code in texts
                        misread += any(text != code for text in texts)
                cells = " | ".join(f"{read[how] / len(payloads):.0%}" for how in SPOILS)
                rows.append(f"| {media} | {dpi} | {kind} | {cells} | {misread} |")
    table = "\n".join(
        [
            "| media | dpi | codes | " + " | ".join(SPOILS) + " | misreads |",
            "|---|---|---|" + "---|" * len(SPOILS) + "---|",
            *rows,
        ]
    )
    bytes_line = "; ".join(f"{key}: {sum(v) // len(v) / 1024:.1f} KiB" for key, v in sizes.items())
    body = (
        f"`.venv/bin/python benchmarks/print_decode.py --codes {args.codes}` on {machine()}: "
        f"{args.codes} random codes of each kind, drawn, sent as ZPL ^GFA Z64, drawn back by "
        "the fake Zebra's own reader, spoiled as a thermal printer spoils (dot gain: a 1-dot "
        "blur; a dead pin: a white line along the feed; specks: 1 % of dots flipped), read "
        "with zxing-cpp. Share of codes read:\n\n"
        + table
        + f"\n\nA label's ZPL job, on average: {bytes_line}. Native ^BC barcode commands were "
        "not measured: the printer's firmware draws them, out of sight of any test here (see "
        "the script's docstring). On a 62 mm label a dead pin runs along the bars (the head "
        "crosses the label, the code is drawn across it too) and splits one: the wristband, drawn "
        "along the band and turned for the head, has its bars across the feed and shrugs it off. "
        "Turning the label's code the same way needs a label longer than 29 mm."
    )
    print(body)
    write_section("Printed codes under print faults (benchmarks/print_decode.py)", body)


if __name__ == "__main__":
    main()
