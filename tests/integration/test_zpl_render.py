"""Issue 28, item 3: every band and label the app can send to a Zebra, rendered by something
other than the app's own code. zebrash (tests/zebrash.py) lays the ZPL out as a printer would,
clipped at the label's width; zxing-cpp decodes what it drew. Both media, 203 and 300 dpi, the
code as the app's dots and as the printer's own ``^BC``/``^B3``/``^BQ``; with and without a
logo, and the test print. Each must read 100 %, and, drawn on a larger label with the width
limit taken away, nothing may lie past the label's edge (what a printer would cut off)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.checkin.printing import BandLabel
from kiosk.config.paths import asset_path
from kiosk.devices.printers.layout import MEDIA, render
from kiosk.devices.printers.zpl import graphic_label, native_label
from tests import zebrash

CODES = [
    "100200300",  # the demo's bands: Code 128
    "9912345678",  # Code 39 (python-barcode drops a leading 99 in Code 128)
    "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P",  # long: QR
    "WB-7F3K9Q",
    "Zürich-0042",  # not ASCII: QR, UTF-8
    "A^B~C\\D",  # ZPL's own command characters inside the data
]
DOTS_PER_MM = {203: 8, 300: 12}


@pytest.fixture(scope="module")
def renderer() -> Iterator[zebrash.Zebrash]:
    zebrash.require()
    running = zebrash.Zebrash()
    yield running
    running.close()


def _labels(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, BandLabel, Path | None]]:
    logo = tmp_path_factory.mktemp("logo") / "logo.png"
    picture = Image.new("RGB", (200, 100), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(picture).ellipse((10, 10, 190, 90), fill=(20, 60, 70))
    picture.save(logo)
    labels: list[tuple[str, BandLabel, Path | None]] = [
        (code, BandLabel(code, "Amelia H.", "Valid until 18:00", "Gold", "Palm Tree Spa"), None)
        for code in CODES
    ]
    labels.append(("logo", BandLabel("100200301", "Mateo R.", "Valid until 21:00"), logo))
    svg = asset_path("icons", "scan.svg")
    labels.append(("svg logo", BandLabel("100200302", "Jonas B."), svg))
    labels.append(("test print", BandLabel("KIOSK-LAYOUT-TEST", test=True), None))
    return labels


def _dark_outside(image: Image.Image, width: int, height: int) -> int:
    """Dots drawn past ``width`` x ``height`` on a larger render."""
    outside = 0
    pixels = image.load()
    assert pixels is not None
    for y in range(image.height):
        for x in range(width if y < height else 0, image.width):
            if pixels[x, y] < 128:  # type: ignore[operator]
                outside += 1
    return outside


@pytest.mark.parametrize("media", sorted(MEDIA))
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_label_renders_elsewhere_reads_back_and_stays_on_the_label(
    renderer: zebrash.Zebrash,
    tmp_path_factory: pytest.TempPathFactory,
    qapp: object,
    media: str,
    dpi: int,
) -> None:
    dpmm = DOTS_PER_MM[dpi]
    failures = []
    rendered = 0
    for name, label, logo in _labels(tmp_path_factory):
        image, code = render(label, MEDIA[media], dpi, logo=logo)  # type: ignore[index]
        for variant, zpl in (
            ("dots", graphic_label(image)),
            ("printer's own code", native_label(image, code, label.code)),
        ):
            printed = renderer.render(zpl, image.width / dpmm, image.height / dpmm, dpmm)
            read = [result.text for result in zxingcpp.read_barcodes(printed)]
            if read != [label.code]:
                failures.append(f"{name} ({variant}, {code.symbology}): read {read}")
            unbounded = zpl.replace(b"^PW", b"^XW")  # no width limit: see what would be cut
            larger = renderer.render(
                unbounded, image.width / dpmm + 20, image.height / dpmm + 20, dpmm
            )
            outside = _dark_outside(larger, image.width, image.height)
            if outside:
                failures.append(f"{name} ({variant}): {outside} dots past the label's edge")
            rendered += 2
    assert not failures, failures
    assert rendered == 2 * 2 * len(_labels(tmp_path_factory))


def test_a_desk_set_to_the_printers_own_codes_sends_a_band_that_reads(
    renderer: zebrash.Zebrash,
) -> None:
    """``[printer] zpl_codes = "native"``: what reached the (fake) printer, drawn by zebrash."""
    from kiosk.config.settings import PrinterSettings
    from kiosk.devices.printers.choose import printer_from
    from kiosk.sandbox.printer import FakeZebra

    with FakeZebra(dpi=300, print_s=0.05) as fake:
        settings = PrinterSettings(
            kind="zebra", host=fake.host, port=fake.port, dpi=300, zpl_codes="native"
        )
        printer = printer_from(settings, logo=None, prints_dir=Path("unused"))
        assert printer is not None
        printer.print_band(BandLabel("100200300", "Amelia H.", "Valid until 18:00"))
        assert fake.wait_printed(1)
        job = fake.printed[0].data
    assert b"^BCB," in job  # the printer draws the code, reading bottom to top on the band
    roll = MEDIA["wristband"]
    printed = renderer.render(job, roll.width_mm, roll.length_mm, 12)
    assert [result.text for result in zxingcpp.read_barcodes(printed)] == ["100200300"]
