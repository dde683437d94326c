"""The printable card sheet: every code on it scans back as its payload."""

from __future__ import annotations

from pathlib import Path

import zxingcpp

from kiosk.sandbox.cards import LAYOUT_TEST_CODE, LONG_PAYLOAD, print_cards, render_code
from kiosk.sandbox.demo_data import FEATURED
from kiosk.sandbox.server import open_store
from kiosk.scan import keymap


def test_a_leading_99_survives_unlike_in_python_barcodes_code128() -> None:
    image, symbology = render_code("9912345678", (560, 300))
    assert symbology != "code128"  # python-barcode 0.16.1 would print "12345678"
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["9912345678"]


def test_long_payloads_become_qr_codes() -> None:
    payload = "TRYBE:BAND:" + "X" * LONG_PAYLOAD
    image, symbology = render_code(payload, (560, 300))
    assert symbology == "qr"
    assert zxingcpp.read_barcodes(image)[0].text == payload


def test_the_sheet_has_every_featured_band(tmp_path: Path) -> None:
    store = open_store(tmp_path / "sandbox.db")
    out = tmp_path / "cards.pdf"
    printed = print_cards(store, out)
    assert [payload for payload, _ in printed] == [LAYOUT_TEST_CODE] + [f.code for f in FEATURED]
    assert out.read_bytes().startswith(b"%PDF")


def test_the_sheet_and_the_app_agree_on_the_layout_test_code() -> None:
    assert LAYOUT_TEST_CODE == keymap.LAYOUT_TEST_CODE
