"""Bands and labels as the printer gets them: every code decodes back from the dots at 203 and
300 dpi, from the ZPL the fake Zebra received (drawn back by the fake's own reader), from the
PDF preview and from Qt's print path; the host status in words; the Zebra driver's faults are
said before a print or leave it unconfirmed; fresh codes fit the site's pattern."""

from __future__ import annotations

import re
import stat
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.checkin.model import Guest, Membership
from kiosk.checkin.printing import (
    BandLabel,
    PrintProblem,
    PrintUnconfirmed,
    new_band_code,
    short_name,
    tier_of,
)
from kiosk.devices.printers.layout import MEDIA, dots, render
from kiosk.devices.printers.pdf import PdfPrinter
from kiosk.devices.printers.zebra import ZebraPrinter
from kiosk.devices.printers.zpl import graphic_label, parse_host_status
from kiosk.sandbox.printer import FakeZebra, graphic_image

CODES = [
    "100200300",  # the demo's bands: digits (Code 128, set C)
    "9912345678",  # python-barcode drops a leading 99 in Code 128: drawn another way
    "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P",  # long: QR
    "WB-7F3K9Q",  # letters and a dash
    "Zürich-0042",  # not ASCII: QR
]


def read(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


def full_label(code: str) -> BandLabel:
    return BandLabel(code, "Amelia H.", "Valid until 5 Dec 2026, 18:00", "Gold", "Palm Tree Spa")


@pytest.mark.parametrize("media", sorted(MEDIA))
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("code", CODES)
def test_every_code_reads_back_from_the_printers_dots(media: str, dpi: int, code: str) -> None:
    image, drawn = render(full_label(code), MEDIA[media], dpi)  # type: ignore[index]
    assert image.mode == "1"
    # the head's width: a wristband is drawn along its length and turned for the printer
    roll = MEDIA[media]  # type: ignore[index]
    assert image.width == dots(roll.printable_mm or roll.width_mm, dpi)
    assert read(image) == [code]
    # and through ZPL: what the printer receives, drawn back by the fake printer's own reader
    received = graphic_image(graphic_label(image))
    assert read(received) == [code]
    # dot for dot the same, and nothing printed in the row padding (a stripe down the band)
    assert received.crop((0, 0, image.width, image.height)).tobytes() == image.tobytes()
    assert received.crop((image.width, 0, received.width, received.height)).getextrema() in (
        (255, 255),
        (1, 1),
        None,
    )
    if drawn.symbology != "qr":
        assert drawn.module_dots >= 2  # whole dots, never a resampled bar


def test_a_thermal_blur_still_reads_at_203_dpi() -> None:
    """A worn head spreads each dot a little: the code still decodes."""
    from PIL import ImageFilter

    for code in CODES[:2]:
        image, _ = render(full_label(code), MEDIA["wristband"], 203)
        blurred = image.convert("L").filter(ImageFilter.GaussianBlur(1.0))
        assert read(blurred) == [code]


def test_the_pdf_preview_is_the_media_size_and_its_code_reads(tmp_path: Path, qapp: object) -> None:
    from tests.pdf_pages import render_pdf

    printer = PdfPrinter(tmp_path / "prints", media=MEDIA["wristband"], dpi=203)
    printer.print_band(full_label("100200300"))
    assert printer.last is not None
    assert stat.S_IMODE(printer.last.stat().st_mode) == 0o600  # a guest's name and band
    assert stat.S_IMODE(printer.last.parent.stat().st_mode) == 0o700
    page, (width_pt, height_pt) = render_pdf(printer.last, dpi=203)
    assert round(width_pt / 72 * 25.4) == 25  # mm across
    assert round(height_pt / 72 * 25.4) == 254  # mm along
    assert read(page) == ["100200300"]


def test_the_system_printer_path_prints_a_code_that_reads(tmp_path: Path, qapp: object) -> None:
    """Qt's QPrinter, the path to CUPS and Windows printers, writing its own PDF here."""
    from kiosk.devices.printers.system import SystemPrinter
    from tests.pdf_pages import render_pdf

    out = tmp_path / "system.pdf"
    SystemPrinter(None, media=MEDIA["label62"], pdf_file=out).print_band(full_label("9912345678"))
    page, (width_pt, _) = render_pdf(out, dpi=203)
    assert round(width_pt / 72 * 25.4) == 62  # the page is the roll; the label its middle
    assert read(page) == ["9912345678"]


def test_the_host_status_in_words() -> None:
    ok = (
        b"\x02030,0,0,0245,000,0,0,0,000,0,0,0\x03\r\n"
        b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
        b"\x021234,0\x03\r\n"
    )
    status = parse_host_status(ok)
    assert status.ready
    assert status.idle
    out = parse_host_status(ok.replace(b"030,0,0", b"030,1,1").replace(b"001,0,0", b"001,0,1"))
    assert not out.ready
    assert out.words() == (
        "it is out of wristbands or labels: load a roll; its print head is open: close it; "
        "it is paused (press its pause button)"
    )
    busy = parse_host_status(ok.replace(b"0245,000", b"0245,002").replace(b"00000000", b"00000001"))
    assert busy.ready
    assert not busy.idle


def test_the_zebra_waits_for_the_band_to_come_out() -> None:
    with FakeZebra(print_s=0.4) as fake:
        printer = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1)
        started = time.monotonic()
        printer.print_band(full_label("100200300"))
        assert time.monotonic() - started >= 0.4  # not before it is out
        assert len(fake.printed) == 1
        assert fake.status_asks >= 2  # asked before, and until it was out


def test_paper_running_out_during_a_print_leaves_it_unconfirmed() -> None:
    with FakeZebra(print_s=1.0) as fake:
        printer = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1)

        def run_out() -> None:
            time.sleep(0.3)
            fake.status = "paper_out"

        import threading

        threading.Thread(target=run_out, daemon=True).start()
        # the printer goes silent on ~HS (as the guide says): ~HQES says what stopped it
        with pytest.raises(PrintUnconfirmed, match="The printer stopped: it is out of wristbands"):
            printer.print_band(full_label("100200300"))
        assert fake.printed == []  # it waits in the printer for paper


def test_a_port_that_is_not_a_printer_is_said_plainly() -> None:
    import socket

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        printer = ZebraPrinter("127.0.0.1", port, media=MEDIA["wristband"], timeout_s=0.3)
        with pytest.raises(PrintProblem, match="does not answer"):
            printer.state()


def test_fresh_codes_are_random_digits_that_fit_the_sites_pattern() -> None:
    codes = {new_band_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(re.fullmatch(r"[1-8]\d{9}", code) for code in codes)
    fitted = new_band_code(prefix="PT-", digits=8, pattern=r"PT-[1-4]\d{7}")
    assert re.fullmatch(r"PT-[1-4]\d{7}", fitted)
    with pytest.raises(PrintProblem, match="code pattern"):
        new_band_code(pattern=r"1002\d{5}")  # nine characters: ten digits never fit


def test_a_band_carries_a_first_name_and_an_initial_and_nothing_private() -> None:
    guest = Guest(
        id="c1",
        first_name="Amelia",
        last_name="hart-Wood",
        email="amelia@example.com",
        phone="+447700900123",
    )
    assert short_name(guest) == "Amelia H."
    assert short_name(Guest(id="c2", full_name="Mateo Navarro Ruiz")) == "Mateo R."
    assert short_name(Guest(id="c3", anonymised=True, first_name="X")) == ""
    label_fields = set(BandLabel.__dataclass_fields__)
    assert label_fields == {"code", "name", "valid_until", "tier", "site", "test"}
    assert (
        tier_of(
            (
                Membership("m1", "Gold", status="expired"),
                Membership("m2", "Silver", status="active"),
            )
        )
        == "Silver"
    )


@pytest.mark.parametrize("kind", ["svg", "png"])
def test_the_sites_logo_is_printed_beside_the_name(kind: str, tmp_path: Path, qapp: object) -> None:
    from kiosk.config.paths import asset_path

    logo = asset_path("icons", "scan.svg")
    if kind == "png":
        from PIL import ImageDraw

        logo = tmp_path / "logo.png"
        picture = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
        ImageDraw.Draw(picture).ellipse((10, 10, 190, 90), fill=(20, 60, 70, 255))
        picture.save(logo)
    bare = BandLabel("100200300")  # no words: the logo's place is all there is to see
    plain, _ = render(bare, MEDIA["wristband"], 203)
    branded, _ = render(bare, MEDIA["wristband"], 203, logo=logo)
    # drawn along the band then turned a quarter to the left for the head: the 40 mm lead
    # ends up at the bottom, the logo just above it
    bottom = plain.height - dots(40, 203)
    window = (0, bottom - dots(20, 203), plain.width, bottom)
    assert plain.crop(window).getextrema() == (255, 255)  # nothing there without a logo
    assert branded.crop(window).getextrema()[0] == 0  # dots of the logo
    assert read(branded) == ["100200300"]


def test_a_zebra_on_usb_is_asked_and_printed_on_through_its_device_file() -> None:
    """A USB Zebra is a device file on Linux (/dev/usb/lp0, read and written): here a pty in
    raw mode, the fake Zebra at its far end (what cannot be real here is a USB printer)."""
    from tests.usb_link import usb_device

    with FakeZebra(print_s=0.05) as fake, usb_device(fake) as usb:
        printer = ZebraPrinter("", device=usb, media=MEDIA["wristband"], timeout_s=1)
        assert printer.state().ready
        printer.print_band(full_label("100200300"))
        assert read(fake.printed[0].image()) == ["100200300"]
        fake.status = "paper_out"
        with pytest.raises(PrintProblem, match="out of wristbands"):
            printer.print_band(full_label("100200301"))
        assert len(fake.received) == 1
    with pytest.raises(PrintProblem, match="plugged in"):
        ZebraPrinter("", device="/dev/usb/no-such-lp", media=MEDIA["wristband"]).state()
