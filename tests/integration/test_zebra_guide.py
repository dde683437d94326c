"""Issue 28, item 2: a Zebra as its programming guide says it behaves, not as the project's
first fake did. ``~HS`` is not answered while the printer is out of media or ribbon or has its
head open (``~HQES`` is, with error flags); ``~HI`` says the model and the dots per mm; a
``^GF`` field holds at most 99,999 bytes. Against the fake Zebra, which now does all three, over
loopback TCP, with the desk's own driver."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from kiosk.checkin.printing import BandLabel, PrintProblem, PrintUnconfirmed
from kiosk.devices.printers.layout import MEDIA, dots, render
from kiosk.devices.printers.zebra import ZebraPrinter
from kiosk.devices.printers.zpl import (
    MAX_GRAPHIC_BYTES,
    graphic_label,
    parse_error_status,
    parse_identification,
)
from kiosk.sandbox.printer import FakeZebra, graphic_field_sizes, graphic_image

LABEL = BandLabel("100200300", "Amelia H.", "Valid until 18:00", "Gold", "Palm Tree Spa")


def read(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("paper_out", "out of wristbands or labels: load a roll"),
        ("head_open", "its print head is open: close it"),
        ("ribbon_out", "out of ribbon"),
    ],
)
def test_a_printer_silent_on_host_status_is_asked_for_its_errors_and_said_in_words(
    status: str, words: str
) -> None:
    with FakeZebra(status=status) as fake:  # type: ignore[arg-type]
        printer = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=0.5)
        state = printer.state()
        assert not state.ready
        assert words in state.words
        assert "switch it off" not in state.words
        assert fake.asked[:2] == [b"~HS", b"~HQES"]
        with pytest.raises(PrintProblem, match=words.split(":")[0]) as refused:
            printer.print_band(LABEL)
        assert not isinstance(refused.value, PrintUnconfirmed)  # nothing was sent
        assert fake.received == []


def test_a_printer_that_answers_nothing_at_all_is_still_said_to_be_not_answering() -> None:
    with FakeZebra(status="silent") as fake:
        printer = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=0.3)
        with pytest.raises(PrintProblem, match="does not answer: switch it off and on"):
            printer.state()


def test_a_300_dpi_band_goes_in_fields_the_printer_takes_and_reads_back() -> None:
    """Before: one ``^GFA,114000,...`` field, which a printer clamps or refuses."""
    with FakeZebra(dpi=300, print_s=0.05) as fake:
        printer = ZebraPrinter(fake.host, fake.port, dpi=300, media=MEDIA["wristband"], timeout_s=1)
        printer.print_band(LABEL)
        assert fake.refused == []
        job = fake.printed[0]
        sizes = graphic_field_sizes(job.data)
        assert len(sizes) >= 2
        assert max(sizes) <= MAX_GRAPHIC_BYTES
        drawn, _ = render(LABEL, MEDIA["wristband"], 300)
        received = job.image()
        assert received.crop((0, 0, drawn.width, drawn.height)).tobytes() == drawn.tobytes()
        assert read(received) == ["100200300"]


def test_the_fake_refuses_a_field_over_the_guides_limit_as_a_printer_would() -> None:
    image, _ = render(LABEL, MEDIA["wristband"], 300)
    width_bytes = (image.width + 7) // 8
    whole = graphic_label(image.crop((0, 0, image.width, 2600)))  # 2600 rows: one field
    assert graphic_field_sizes(whole) == [2600 * width_bytes]
    oversized = whole.replace(b",%d,%d," % ((2600 * width_bytes,) * 2), b",114000,114000,")
    import socket

    with FakeZebra() as fake:
        with socket.create_connection(fake.address, timeout=2) as sock:
            sock.sendall(oversized)
            sock.sendall(b"~HS")
            sock.recv(1024)  # answered after the format was taken
        assert len(fake.refused) == 1
        assert fake.received == []


def test_the_printers_own_dpi_is_used_and_a_wrong_setting_is_said() -> None:
    with FakeZebra(dpi=300, print_s=0.05) as fake:
        printer = ZebraPrinter(fake.host, fake.port, dpi=203, media=MEDIA["wristband"])
        state = printer.state()
        assert state.ready
        assert "it prints at 300 dpi but the setting says 203" in state.words
        assert "ZD421" in state.detail
        printer.print_band(LABEL)
        label = fake.printed[0].image()
        roll = MEDIA["wristband"]
        assert label.height == dots(roll.length_mm, 300)  # the band's length, not two thirds
        assert read(label) == ["100200300"]
    with FakeZebra(dpi=203) as fake:
        words = ZebraPrinter(fake.host, fake.port, dpi=203, media=MEDIA["wristband"]).state()
        assert words.words == "ready"


def test_the_guides_answers_parse() -> None:
    cutter = parse_error_status(
        b"\x02\r\n  PRINTER STATUS\r\n   ERRORS:         1 00000000 0000000C\r\n"
        b"   WARNINGS:       0 00000000 00000000\r\n\x03\r\n"
    )
    assert not cutter.ready
    assert cutter.words() == "its print head is open: close it; its cutter is stuck"
    odd = parse_error_status(b"\x02 ERRORS: 1 00000000 00000400\r\n WARNINGS: 0 0 0\x03")
    assert odd.words() == "it shows an error on its display"
    fine = parse_error_status(b"\x02 ERRORS: 0 00000000 00000000\r\n WARNINGS: 0 0 0\x03")
    assert fine.ready
    identity = parse_identification(b"\x02ZT410-300dpi,V75.20.01Z,12,8176KB\x03\r\n")
    assert (identity.model, identity.dpi) == ("ZT410-300dpi", 300)
    assert graphic_image(graphic_label(Image.new("1", (16, 8), 1))).size == (16, 8)
