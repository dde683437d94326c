"""Issue 29, item 1: Code 39 read right in every variant. A band printed ``12ab`` in full ASCII
has the bars of ``12+A+B``: read as the site says its Code 39 is (``code39_full_ascii``), by
every decoder alike (zxing-cpp names it "Code 39 Extended", ZBar reads only standard); a
Code 32 (pharmacode) is never read as a band code. Bars drawn by python-barcode, read by the
camera chain's passes, the raw libraries and ``kiosk decode``."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from barcode import get as barcode_of
from barcode.writer import ImageWriter
from PIL import Image

from kiosk.scan.chain import CameraChain
from kiosk.scan.code39 import as_full_ascii, as_standard, is_code32
from kiosk.scan.decoders import PyzbarDecoder, ZxingDecoder

BASE32 = "0123456789BCDFGHJKLMNPQRSTUVWXYZ"


def bars(standard_text: str) -> Image.Image:
    """The bars of ``standard_text`` in standard Code 39, no check character."""
    code = barcode_of(
        "code39", standard_text, writer=ImageWriter(), options={"add_checksum": False}
    )
    picture = code.render({"write_text": False, "module_width": 0.4, "quiet_zone": 8})
    return picture.convert("L")


def pharmacode(first_eight: str) -> str:
    """A Code 32's six characters for ``first_eight`` digits and their check digit."""
    total = 0
    for position, digit in enumerate(first_eight):
        value = int(digit) * (2 if position % 2 else 1)
        total += value // 10 + value % 10
    number, out = int(first_eight + str(total % 10)), ""
    for _ in range(6):
        number, rest = divmod(number, 32)
        out = BASE32[rest] + out
    return out


def test_full_ascii_pairs_round_trip_every_ascii_character() -> None:
    every = "".join(chr(code) for code in range(128))
    standard = as_standard(every)
    assert standard is not None
    assert as_full_ascii(standard) == every
    assert as_full_ascii("12+A+B") == "12ab"
    assert as_standard("Aa-1234") == "A+A-1234"
    assert as_full_ascii("12+1") is None  # not a pair a full-ASCII scanner would take
    assert as_standard("é") is None


def test_code32_is_recognised_as_zxing_recognises_it() -> None:
    rng = random.Random(32)
    for _ in range(20):
        raw = pharmacode("".join(rng.choice("0123456789") for _ in range(8)))
        assert is_code32(raw)
        read = zxingcpp.read_barcodes(bars(raw), formats=zxingcpp.BarcodeFormat.Code32)
        assert [str(r.format) for r in read] == ["Code 32"]
    for band in ("WB-7F3K9Q", "100200300", "12+A+B", "ABCDEF", "0CSSBF"):
        assert not is_code32(band)


@pytest.mark.parametrize("full_ascii", [True, False])
@pytest.mark.parametrize(
    ("printed", "bars_of"),
    [("12ab", "12+A+B"), ("Aa-1234", "A+A-1234"), ("WB-7F3K9Q", "WB-7F3K9Q")],
)
def test_every_pass_reads_a_band_as_the_site_reads_its_code39(
    full_ascii: bool, printed: str, bars_of: str
) -> None:
    image = np.asarray(bars(bars_of))
    expected = printed if full_ascii else bars_of
    chain = CameraChain(["Code39"], code39_full_ascii=full_ascii)
    texts = {read.text for read in chain.run_all(image).reads}
    zbar = PyzbarDecoder(symbologies=["Code39"], code39_full_ascii=full_ascii)
    zxing = ZxingDecoder(symbologies=["Code39"], code39_full_ascii=full_ascii)
    texts |= {read.text for read in zbar.decode(image) + zxing.decode(image)}
    assert texts == {expected}  # both libraries, every pass: one text, the site's


def test_a_code32_is_never_read_as_a_band() -> None:
    raw = pharmacode("01234567")
    image = np.asarray(bars(raw))
    for full_ascii in (True, False):
        chain = CameraChain(["Code39", "Code128"], code39_full_ascii=full_ascii)
        assert chain.run_all(image).reads == []
        zbar = PyzbarDecoder(symbologies=["Code39"], code39_full_ascii=full_ascii)
        assert zbar.decode(image) == []  # ZBar reads "0CSSBD": dropped, never a scan


def test_kiosk_decode_reads_the_three_variants_right(tmp_path: Path) -> None:
    files = {"full ascii": "12+A+B", "code 32": pharmacode("01234567"), "plain": "WB-7F3K9Q"}
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name.replace(' ', '-')}.png"
        bars(text).save(path)
        paths.append(str(path))
    seen = {}
    for mode in ("on", "off"):
        run = subprocess.run(
            [sys.executable, "-m", "kiosk", "decode", "--json", "--code39-full-ascii", mode,
             *paths],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        for line, name in zip(run.stdout.splitlines(), files, strict=True):
            seen[mode, name] = {read["text"] for read in json.loads(line)["results"]}
    assert seen["on", "full ascii"] == {"12ab"}
    assert seen["off", "full ascii"] == {"12+A+B"}
    assert seen["on", "code 32"] == seen["off", "code 32"] == set()
    assert seen["on", "plain"] == seen["off", "plain"] == {"WB-7F3K9Q"}


@pytest.mark.parametrize("shape", [(1, 1), (1, 100), (100, 1), (0, 0), (15, 640)])
def test_a_frame_too_small_for_a_code_is_no_read_and_no_error(shape: tuple[int, int]) -> None:
    chain = CameraChain()
    frame = np.zeros(shape, np.uint8)
    assert chain.decode(frame).reads == []
    assert chain.run_all(frame).reads == []
