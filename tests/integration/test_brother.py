"""A Brother QL as Brother's networked QLs are (issue 28, item 4): no status on the print port
(TCP 9100), the same 32-byte status over SNMP (Brother's object, community "public") and the
Printer MIB's life count, which goes up when a label is out. The desk's driver asks over SNMP
before each print (a wrong roll or no labels refused before anything is sent) and until the
label is out; on USB the QL answers in-band. Against the project's fake QL on loopback (TCP for
the rows, UDP for SNMP, its agent encoded by pysnmp's message codec; the driver uses pysnmp's
high-level API)."""

from __future__ import annotations

import threading
import time

import pytest
import zxingcpp
from PIL import Image

from kiosk.checkin.printing import BandLabel, PrintProblem, PrintUnconfirmed
from kiosk.devices.printers.brother import BrotherQLPrinter
from kiosk.devices.printers.layout import MEDIA, render
from kiosk.sandbox.brother import FakeBrotherQL
from tests.usb_link import usb_device

CODES = ["100200300", "9912345678", "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P", "Zürich-0042"]


def read(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


def full_label(code: str) -> BandLabel:
    return BandLabel(code, "Amelia H.", "Valid until 5 Dec 2026, 18:00", "Gold", "Palm Tree Spa")


def networked(fake: FakeBrotherQL, **options: float) -> BrotherQLPrinter:
    return BrotherQLPrinter(
        fake.host,
        fake.port,
        snmp_port=fake.snmp_port,
        media=MEDIA["label62"],
        timeout_s=options.get("timeout_s", 1.0),
        poll_s=0.05,
    )


@pytest.mark.parametrize("code", CODES)
def test_a_label_reads_back_from_the_rows_the_ql_received(code: str) -> None:
    with FakeBrotherQL(print_s=0.05) as fake:
        networked(fake).print_band(full_label(code))  # returns once the life count went up
        assert len(fake.printed) == 1
        label = fake.printed[0].image()
        assert label.width == 696  # the dots a 62 mm roll prints
        assert read(label) == [code]
        # the same dots the layout drew: mirrored and inverted there and back again
        drawn, _ = render(full_label(code), MEDIA["label62"], 300)
        assert label.tobytes() == drawn.crop((0, 0, 696, drawn.height)).tobytes()


def test_a_healthy_networked_ql_confirms_every_label() -> None:
    """Before SNMP every label on a networked QL ended "unconfirmed": now none does."""
    with FakeBrotherQL(print_s=0.02) as fake:
        printer = networked(fake)
        unconfirmed = 0
        for number in range(10):
            try:
                printer.print_band(full_label(f"10020030{number}"))
            except PrintUnconfirmed:
                unconfirmed += 1
        assert unconfirmed == 0
        assert len(fake.printed) == 10
        assert fake.snmp is not None
        assert fake.snmp.asked >= 20  # before each, and until each was out
        assert fake.status_asks == 0  # nothing asked on the print port, which would not answer


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("no_media", "no labels loaded"),
        ("cover_open", "cover is open"),
        ("wrong_roll", "29 mm roll loaded"),
    ],
)
def test_a_ql_that_cannot_print_says_so_before_anything_is_sent(fault: str, words: str) -> None:
    with FakeBrotherQL(status=fault) as fake:  # type: ignore[arg-type]
        printer = networked(fake)
        with pytest.raises(PrintProblem, match=words) as refused:
            printer.print_band(full_label("100200300"))
        assert not isinstance(refused.value, PrintUnconfirmed)
        assert fake.received == []
        state = printer.state()
        assert not state.ready
        assert words.split()[0] in state.words


def test_running_out_of_labels_mid_print_says_so() -> None:
    with FakeBrotherQL(print_s=1.0) as fake:
        printer = networked(fake)

        def run_out() -> None:
            time.sleep(0.3)
            fake.status = "no_media"

        threading.Thread(target=run_out, daemon=True).start()
        with pytest.raises(PrintUnconfirmed, match="The printer stopped: it has no labels"):
            printer.print_band(full_label("100200300"))


def test_a_ql_with_snmp_off_prints_but_the_label_is_unconfirmed() -> None:
    with FakeBrotherQL(status="silent", print_s=0.05) as fake:
        printer = networked(fake, timeout_s=0.3)
        with pytest.raises(PrintUnconfirmed, match="does not say when it has printed"):
            printer.print_band(full_label("100200300"))
        assert fake.wait_printed(1)  # it did print: staff are asked to look, not told it failed
        with pytest.raises(PrintProblem, match="prints labels"):
            BrotherQLPrinter(fake.host, fake.port, media=MEDIA["wristband"]).print_band(
                full_label("100200300")
            )


def test_a_ql_on_usb_answers_in_band_through_its_device_file() -> None:
    """A pty in raw mode stands in for /dev/usb/lp0 (what cannot be real here is a USB QL)."""
    with FakeBrotherQL(print_s=0.05) as fake, usb_device(fake) as usb:
        printer = BrotherQLPrinter("", device=usb, media=MEDIA["label62"], timeout_s=1)
        assert printer.state().ready
        printer.print_band(full_label("100200300"))  # "printing completed", in-band
        assert read(fake.printed[0].image()) == ["100200300"]
        assert fake.snmp is not None
        assert fake.snmp.asked == 0  # no SNMP on USB
        fake.status = "wrong_roll"
        with pytest.raises(PrintProblem, match="29 mm"):
            printer.print_band(full_label("100200301"))
        assert len(fake.received) == 1
