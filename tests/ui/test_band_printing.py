"""Printing a band at the desk on the project's fake Zebra (loopback, real TCP, real ZPL): a
walk-in gets a printed band and has it in two taps; a lost band is replaced by a printed one; a
printer that cannot print says so in words before anything is sent, and nothing is associated;
a printer that took the band and never said it printed it leaves the choice to staff. Every band
that comes out is drawn back from the ZPL the printer received and decoded with zxing-cpp."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.printing import BandLabel
from kiosk.config import clock as wallclock
from kiosk.devices.printers.layout import MEDIA
from kiosk.devices.printers.zebra import ZebraPrinter
from kiosk.sandbox.printer import FakeZebra
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.guest_actions import WristbandCard
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import SandboxAdmin, code_of


class RecordingZebra(ZebraPrinter):
    """The real driver, keeping each label it was asked to print (to read what a band says;
    the dots themselves are read back from the fake printer)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.labels: list[BandLabel] = []

    def print_band(self, label: BandLabel) -> None:
        self.labels.append(label)
        super().print_band(label)


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra(print_s=0.2) as fake:
        yield fake


def printer_for(fake: FakeZebra, **options: float) -> RecordingZebra:
    return RecordingZebra(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1.0, **options)


def decoded(fake: FakeZebra, index: int = -1) -> list[str]:
    image = fake.printed[index].image()
    return [result.text for result in zxingcpp.read_barcodes(image.convert("L"))]


def choose(menu: QMenu | None, starts_with: str) -> None:
    assert menu is not None
    next(a for a in menu.actions() if a.text().startswith(starts_with)).trigger()


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def print_new_band(qtbot: QtBot, desk: DeskWindow, guest: str) -> WristbandCard:
    """``guest`` scanned, then More > Print a new wristband: the band card, printing."""
    show_code(qtbot, desk, code_of(guest))
    card = desk.customer_panel.band_card
    choose(card.more_button.menu(), "Print a new wristband")
    return card


def register_walk_in(qtbot: QtBot, desk: DeskWindow) -> None:
    click(qtbot, desk.new_guest_button)
    form = desk.guest_form
    assert form is not None
    QTest.keyClicks(form.inputs["first_name"], "Walk")
    QTest.keyClicks(form.inputs["last_name"], "Inn")
    QTest.keyClicks(form.inputs["email"], "walk.inn@example.com")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Walk Inn", timeout=5000)


def test_a_walk_in_is_registered_printed_a_band_and_given_it_in_two_taps(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    printer = printer_for(zebra)
    rig = desk_factory(fresh_client, printer=printer)
    desk = rig.window
    register_walk_in(qtbot, desk)
    card = desk.customer_panel.band_card
    qtbot.waitUntil(card.print_button.isVisible, timeout=2000)
    assert not card.use_printed_button.isVisible()

    click(qtbot, card.print_button)  # tap 1
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
    assert len(zebra.printed) == 1
    code = printer.labels[-1].code
    assert decoded(zebra) == [code]  # the band that came out scans as the code to associate
    assert code in card.feedback.text()
    assert printer.labels[-1].name == "Walk I."  # first name and initial, nothing more
    guest_id = desk.session.state.guest_id or ""
    assert fresh_client.list_customer_associated_barcodes(guest_id) == []  # not yet

    click(qtbot, card.use_printed_button)  # tap 2
    qtbot.waitUntil(lambda: card.code.text() == code, timeout=5000)
    bands = fresh_client.list_customer_associated_barcodes(guest_id)
    assert [band.barcode for band in bands] == [code]
    assert not card.use_printed_button.isVisible()
    # scanning the printed band now finds the walk-in
    show_code(qtbot, desk, code)
    assert desk.customer_panel.name.text() == "Walk Inn"
    # and the shift counts the band used (from the audit, which holds ids, not names)
    from datetime import timedelta

    from kiosk.checkin.shift import summarise

    now = wallclock.now()
    assert summarise(rig.audit.entries(), now - timedelta(hours=1), now).bands_printed == 1


def test_a_walk_in_band_from_the_keyboard_alone_ctrl_p_twice(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    printer = printer_for(zebra)
    desk = desk_factory(fresh_client, printer=printer).window
    register_walk_in(qtbot, desk)
    # the form closed: the desk is the active window again (a window manager's doing; the
    # offscreen platform needs telling, once the form is gone), and its shortcuts reach it
    qtbot.wait(200)
    desk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk, timeout=2000)
    card = desk.customer_panel.band_card
    qtbot.waitUntil(card.print_button.isVisible, timeout=2000)
    QTest.keyClick(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
    code = printer.labels[-1].code
    QTest.keyClick(desk, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # give it
    qtbot.waitUntil(lambda: card.code.text() == code, timeout=5000)
    assert len(zebra.printed) == 1
    assert "Ctrl+P" in card.print_button.toolTip()


def test_a_lost_band_is_replaced_by_a_printed_one_that_keeps_its_card_and_expiry(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    printer = printer_for(zebra)
    desk = desk_factory(fresh_client, printer=printer).window
    lost = code_of("Amelia Hart")
    show_code(qtbot, desk, lost)
    card = desk.customer_panel.band_card
    assert not card.print_button.isVisible()  # she has a band: nothing offered unasked
    choose(card.more_button.menu(), "Replace a lost wristband")
    qtbot.waitUntil(card.print_button.isVisible, timeout=2000)
    click(qtbot, card.print_button)
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
    label = printer.labels[-1]
    assert label.name == "Amelia H."
    assert label.tier  # her membership's name
    assert label.valid_until.startswith("Valid until")  # the lost band's expiry, kept
    old = card.card.text()

    # the printer jammed: the same band again, not a second code
    click(qtbot, card.print_again_button)
    qtbot.waitUntil(lambda: len(zebra.printed) == 2, timeout=5000)
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
    assert printer.labels[-1].code == label.code
    assert decoded(zebra, 0) == decoded(zebra, 1) == [label.code]

    tab = card.order.text()
    assert tab.startswith("Open tab TRY")  # her tab is on the lost band
    click(qtbot, card.use_printed_button)
    qtbot.waitUntil(lambda: card.code.text() == label.code, timeout=5000)
    assert card.card.text() == old  # the card moved to the new band
    assert card.order.text() == tab  # and the open tab: the till keeps adding to it
    assert "expiry, card and open tab moved over" in card.feedback.text()
    codes = {
        b.barcode
        for b in fresh_client.list_customer_associated_barcodes(desk.session.state.guest_id or "")
    }
    assert label.code in codes
    assert lost not in codes


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("paper_out", "out of wristbands or labels"),
        ("head_open", "print head is open"),
        ("paused", "paused"),
        ("silent", "does not answer"),
        ("refused", "refused the connection"),
    ],
)
def test_a_printer_that_cannot_print_says_so_and_nothing_is_associated(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
    fault: str,
    words: str,
) -> None:
    heard: list[str] = []
    desk = desk_factory(fresh_client, printer=printer_for(zebra)).window
    show_code(qtbot, desk, code_of("Oliver Price"))
    desk.session.cues.connect(heard.append)
    card = desk.customer_panel.band_card
    if fault == "refused":
        zebra.refuse()
    else:
        zebra.status = fault  # type: ignore[assignment]
    fresh_admin.clear()
    choose(card.more_button.menu(), "Print a new wristband")
    qtbot.waitUntil(lambda: words in card.feedback.text(), timeout=5000)
    assert "Nothing was added to the guest" in card.feedback.text()
    assert heard == ["warn"]  # heard by staff who turned to the printer
    assert not card.use_printed_button.isVisible()
    assert card.print_button.isVisible()
    assert card.print_button.isEnabled()
    assert zebra.printed == []
    assert zebra.received == []
    writes = [r for r in fresh_admin.requests() if r["method"] != "GET"]
    assert writes == []
    # the trail says it, with the guest's id and no name
    line = desk.session.audit.entries()[-1]
    assert (line["action"], line["outcome"]) == ("print_band", "failed")
    assert "Oliver" not in str(line)

    # fixed at the printer: the same tap prints
    if fault != "refused":
        zebra.status = "ok"
        click(qtbot, card.print_button)
        qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
        assert len(zebra.printed) == 1


def test_a_band_the_printer_never_confirmed_is_not_called_failed(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    zebra.print_s = 60  # it takes the job and never finishes it
    printer = printer_for(zebra, finish_s=0.8)
    desk = desk_factory(fresh_client, printer=printer).window
    card = print_new_band(qtbot, desk, "Oliver Price")
    qtbot.waitUntil(lambda: "look at the printer" in card.feedback.text(), timeout=5000)
    assert "✖" not in card.feedback.text()
    # staff saw a band come out: they may still use it, or print it again
    assert card.use_printed_button.isVisible()
    assert card.print_again_button.isVisible()
    assert len(zebra.received) == 1


def test_a_newer_scan_while_printing_keeps_the_band_off_the_next_guest(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    zebra.print_s = 0.6
    desk = desk_factory(fresh_client, printer=printer_for(zebra)).window
    card = print_new_band(qtbot, desk, "Oliver Price")
    qtbot.waitUntil(lambda: not card.print_button.isEnabled(), timeout=2000)
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    assert zebra.wait_printed(1)
    qtbot.wait(300)
    assert not card.use_printed_button.isVisible()  # Oliver's band is never offered to Amelia
    assert desk.session.state.printing is None
    assert desk.session.state.awaiting_band is None
    oliver = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    codes = [b.barcode for b in fresh_client.list_customer_associated_barcodes(oliver.id)]
    assert codes == [code_of("Oliver Price")]  # Amelia's band was not taken as his new one


def test_a_band_says_valid_until_in_the_desks_language_and_the_sites_zone(
    qapp: object, speak: Callable[[str], None]
) -> None:
    from datetime import UTC, datetime

    from kiosk.checkin.printing import valid_until_words
    from kiosk.checkin.timewords import site_zone

    moment = datetime(2026, 12, 5, 17, 30, tzinfo=UTC)
    assert valid_until_words(moment, site_zone("Europe/London")) == (
        "Valid until 5 Dec 2026, 17:30"
    )
    speak("de")
    german = valid_until_words(moment, site_zone("Europe/Berlin"))
    assert german.startswith("Gültig bis 5. Dez")
    assert german.endswith("18:30")  # Berlin is an hour ahead
    assert valid_until_words(None, site_zone("Europe/Berlin")) == ""  # never expires: no line


def test_a_band_printed_while_the_guest_system_is_down_is_added_once_it_is_back(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    """The printer is on the desk, the guest system is not: the band prints; adding it needs
    the connection and says so; the band in the guest's hand stays offered, and one tap adds it
    once the connection is back."""
    printer = printer_for(zebra)
    desk = desk_factory(fresh_client, offline=True, printer=printer).window
    show_code(qtbot, desk, code_of("Amelia Hart"))  # both seen once: in the local copy
    show_code(qtbot, desk, code_of("Oliver Price"))
    card = desk.customer_panel.band_card
    fresh_admin.add_fault(path_prefix="/", reset=True)  # the network is gone
    show_code(qtbot, desk, code_of("Amelia Hart"))  # the desk finds out: from the local copy
    qtbot.waitUntil(lambda: desk.link_chip.text().startswith("● Offline"), timeout=8000)
    choose(card.more_button.menu(), "Print a new wristband")
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
    code = printer.labels[-1].code
    click(qtbot, card.use_printed_button)
    qtbot.waitUntil(lambda: "✖" in card.feedback.text(), timeout=8000)
    assert "needs the connection" in card.feedback.text()
    qtbot.waitUntil(card.use_printed_button.isVisible, timeout=2000)  # still in hand
    assert len(zebra.printed) == 1  # and not printed twice

    fresh_admin.clear()  # back
    qtbot.waitUntil(lambda: desk.link_chip.text().startswith("● Online"), timeout=10000)
    click(qtbot, card.use_printed_button)
    qtbot.waitUntil(lambda: card.code.text() == code, timeout=8000)
    assert fresh_client.get_customer_by_barcode(code).first_name == "Amelia"


def test_the_printed_band_scanned_at_scanner_speed_is_added_even_when_its_answer_is_lost(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
    zebra: FakeZebra,
) -> None:
    """Print, then the printed band's code typed by a USB scanner into the window; the guest
    system saves the band but the answer is lost: read back, the band is the guest's, added
    once."""
    from kiosk.config.settings import WedgeSettings
    from kiosk.devices import WedgeScanner

    printer = printer_for(zebra)
    desk = desk_factory(fresh_client, printer=printer).window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wedge = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4), desk)
    app.installEventFilter(wedge)
    wedge.scanned.connect(desk.handle_scan)
    try:
        show_code(qtbot, desk, code_of("Oliver Price"))
        card = desk.customer_panel.band_card
        choose(card.more_button.menu(), "Print a new wristband")
        qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
        code = printer.labels[-1].code
        fresh_admin.add_fault(
            path_prefix="/customers/customers/", method="POST", reset=True, after=True, times=1
        )
        QTest.keyClicks(desk, code, Qt.KeyboardModifier.NoModifier, 2)  # the scanner's burst
        QTest.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)
        qtbot.waitUntil(lambda: "confirmed by reading back" in card.feedback.text(), timeout=10000)
        assert f"Wristband {code} added" in card.feedback.text()
        assert not card.use_printed_button.isVisible()
        oliver = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
        bands = [b.barcode for b in fresh_client.list_customer_associated_barcodes(oliver.id)]
        assert sorted(bands) == sorted([code_of("Oliver Price"), code])  # added once
    finally:
        app.removeEventFilter(wedge)
