"""The desk window, end to end: key events at scanner speed -> the stand-in server -> the
guest on screen. Real client, real HTTP, real Qt event delivery (offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.ui.desk import DeskWindow
from tests.rigs import DeskRig
from tests.sandbox_helpers import SandboxAdmin, code_of

SCANNER_DELAY_MS = 2  # a USB scanner types a character every few milliseconds
HUMAN_DELAY_MS = 250  # a person typing (slower than the gap above)


@pytest.fixture
def desk(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> Iterator[DeskWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = desk_factory(client).window
    # A wider gap than the default 35 ms: a loaded CI machine must not turn a scan into typing.
    scanner = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4))
    app.installEventFilter(scanner)
    scanner.scanned.connect(window.handle_scan)
    qtbot.waitExposed(window)
    yield window
    app.removeEventFilter(scanner)


def scan(target: QWidget, code: str, *, terminator: bool = True) -> None:
    """Type ``code`` the way a wedge scanner does: fast, then Enter."""
    QTest.keyClicks(target, code, Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)
    if terminator:
        QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, SCANNER_DELAY_MS)


def test_a_scan_anywhere_in_the_window_shows_the_guest(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.setFocus()
    scan(desk, code_of("Amelia Hart"))

    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    assert desk.customer_panel.isVisible()
    assert "✔ Active" in _texts(desk.customer_panel)
    assert {"★ VIP", "Spa day"} <= _texts(desk.customer_panel)  # VIP said loudly
    qtbot.waitUntil(lambda: desk.customer_panel.avatar.has_photo, timeout=5000)


def test_a_scan_into_a_focused_text_field_does_not_leak_into_it(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)

    scan(desk.search_box, code_of("Jonas Becker"))

    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)
    assert desk.search_box.text() == ""
    assert "⚠ Needs attention" in _texts(desk.customer_panel)
    assert "Payment failed" in " ".join(_texts(desk.customer_panel))


def test_a_scanner_without_terminator_is_recognised_by_the_silence(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    scan(desk, code_of("Oliver Price"), terminator=False)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Oliver Price", timeout=5000)
    assert "No membership" in _texts(desk.customer_panel)
    assert not desk.customer_panel.avatar.has_photo  # initials instead


def test_a_person_typing_still_types(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)

    QTest.keyClicks(desk.search_box, "hart", Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS)
    qtbot.waitUntil(lambda: desk.search_box.text() == "hart", timeout=3000)
    assert desk.stack.currentWidget() is not desk.checking_page  # typing is not a scan


def test_typing_a_name_lists_matching_guests_and_a_tap_opens_one(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)
    QTest.keyClicks(desk.search_box, "becker", Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS)
    qtbot.waitUntil(lambda: "matching" in desk.results_title.text(), timeout=5000)
    names = [desk.results.item(i).text() for i in range(desk.results.count())]
    assert any(name.startswith("Jonas Becker") for name in names)
    searches = [r for r in admin.requests("/shop/customers/search") if "beck" in r["query"]]
    assert 1 <= len(searches) < len("becker")  # debounced: not one request per key

    jonas = next(
        desk.results.item(i)
        for i in range(desk.results.count())
        if desk.results.item(i).text().startswith("Jonas Becker")
    )
    desk.results.itemClicked.emit(jonas)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)


def test_a_search_with_no_match_says_what_to_try(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)
    QTest.keyClicks(desk.search_box, "zzqx", Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS)
    qtbot.waitUntil(lambda: "No guest matches" in desk.results_title.text(), timeout=5000)
    assert desk.results.count() == 0


def test_a_typed_code_and_enter_looks_it_up(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)
    QTest.keyClicks(
        desk.search_box, code_of("Priya Shah"), Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS
    )
    qtbot.waitUntil(lambda: desk.search_box.text() == code_of("Priya Shah"), timeout=5000)
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Priya Shah", timeout=5000)


def test_an_unknown_code_says_so_plainly(qtbot: QtBot, desk: DeskWindow) -> None:
    scan(desk, "UNKNOWN-9999")
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=5000)
    assert desk.problem_title.text() == "Wristband not recognised"
    assert "search by name" in desk.problem_detail.text()


def test_locked_and_anonymised_guests_are_flagged(qtbot: QtBot, desk: DeskWindow) -> None:
    scan(desk, code_of("Sofía García"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Sofía García", timeout=5000)
    assert any("Account locked" in t for t in _texts(desk.customer_panel))

    scan(desk, FEATURED_ANONYMISED)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Unnamed guest", timeout=5000)
    assert any("anonymised" in t for t in _texts(desk.customer_panel))


def test_a_newer_scan_supersedes_a_slow_lookup(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    slow = code_of("Amelia Hart")
    admin.add_fault(path_prefix=f"/customers/customers/barcode-search/{slow}", latency_ms=1200)

    scan(desk, slow)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.checking_page, timeout=2000)
    scan(desk, code_of("Jonas Becker"))

    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)
    qtbot.wait(1500)  # the slow answer has arrived by now, and must have been dropped
    assert desk.customer_panel.name.text() == "Jonas Becker"


def test_the_screen_says_still_checking_when_trybe_is_slow(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix="/customers/customers/barcode-search/", latency_ms=1600)
    scan(desk, code_of("Amelia Hart"))
    qtbot.waitUntil(lambda: "Still checking" in desk.checking_label.text(), timeout=3000)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)


def test_a_server_failure_is_said_in_words(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    admin.add_fault(path_prefix="/customers/customers/barcode-search/", status=500)
    scan(desk, code_of("Amelia Hart"))
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=8000)
    assert desk.problem_title.text() == "Trybe is having trouble"


FEATURED_ANONYMISED = "100200305"


def _texts(widget: QWidget) -> set[str]:
    from PySide6.QtWidgets import QLabel

    return {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)}


def test_the_same_band_twice_in_a_row_is_one_lookup(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    scan(desk, code_of("Amelia Hart"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    scan(desk, code_of("Amelia Hart"))
    qtbot.waitUntil(lambda: "just scanned" in desk.status_line.text(), timeout=2000)
    searches = admin.requests("/customers/customers/barcode-search/")
    assert len(searches) == 1


def type_and_enter(qtbot: QtBot, desk: DeskWindow, text: str) -> None:
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)
    QTest.keyClicks(desk.search_box, text, Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS)
    qtbot.waitUntil(lambda: desk.search_box.text() == text, timeout=5000)
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)


def test_a_full_name_and_enter_searches_and_one_match_opens(qtbot: QtBot, desk: DeskWindow) -> None:
    type_and_enter(qtbot, desk, "Priya Shah")
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Priya Shah", timeout=5000)
    assert desk.stack.currentWidget() is desk.guest_page  # not "Wristband not recognised"
    assert desk.search_box.text() == ""  # found: the box is ready for the next guest


def test_a_name_with_several_matches_is_walked_with_the_keyboard(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    type_and_enter(qtbot, desk, "hart")
    qtbot.waitUntil(lambda: "matching “hart”" in desk.results_title.text(), timeout=5000)
    assert desk.search_box.text() == "hart"  # what was typed stays, to refine it
    count = desk.results.count()
    assert count > 1
    QTest.keyClick(desk.search_box, Qt.Key.Key_Down)  # into the list
    assert desk.results.hasFocus()
    QTest.keyClick(desk.results, Qt.Key.Key_Down)
    second = desk.results.currentItem().text()
    QTest.keyClick(desk.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.guest_page, timeout=5000)
    assert second.startswith(desk.customer_panel.name.text())


def test_digits_that_are_no_band_are_searched_as_a_phone(
    qtbot: QtBot, desk: DeskWindow, admin: SandboxAdmin
) -> None:
    type_and_enter(qtbot, desk, "99999999")
    qtbot.waitUntil(  # the full text's answer (live search answered parts of it while typing)
        lambda: (
            "No guest matches “99999999”" in desk.results_title.text()
            and desk.stack.currentWidget() is desk.results_page
        ),
        timeout=5000,
    )
    assert desk.stack.currentWidget() is desk.results_page  # not "Wristband not recognised"
    assert admin.requests("/customers/customers/barcode-search")  # looked up as a code first


def test_not_recognised_shows_what_was_read_and_how(qtbot: QtBot, desk: DeskWindow) -> None:
    scan(desk, "UNKNOWN-9998")
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=5000)
    assert "“UNKNOWN-9998” (scanned)" in desk.problem_detail.text()


def rows(desk: DeskWindow) -> list[str]:
    return [desk.results.item(i).text() for i in range(desk.results.count())]


def test_two_guests_of_one_name_are_told_apart_by_their_rows(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    type_and_enter(qtbot, desk, "Jonas Becker")
    qtbot.waitUntil(lambda: "matching “Jonas Becker”" in desk.results_title.text(), timeout=5000)
    jonases = [row for row in rows(desk) if row.startswith("Jonas Becker")]
    assert len(jonases) >= 2
    assert len(set(jonases)) == len(jonases)  # phone ending, membership, site: never twice
    assert all("phone ending" in row for row in jonases)
    assert not desk.results.item(0).icon().isNull()  # a photo or initials on every row


def test_a_guest_of_another_site_is_marked_and_never_green_here(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    type_and_enter(qtbot, desk, "Brandt")
    qtbot.waitUntil(lambda: "matching “Brandt”" in desk.results_title.text(), timeout=5000)
    klara = next(i for i, row in enumerate(rows(desk)) if row.startswith("Klara Brandt"))
    assert "not this one" in rows(desk)[klara]
    desk.results.setFocus()
    desk.results.setCurrentRow(klara)
    QTest.keyClick(desk.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Klara Brandt", timeout=5000)
    headline = desk.customer_panel.verdict.headline.text()
    assert headline != "Welcome in"
    assert "another site" in desk.customer_panel.verdict.reasons.text()


def test_a_phone_typed_the_national_way_finds_the_guest(
    qtbot: QtBot, desk: DeskWindow, client: TrybeClient
) -> None:
    """Issue 27: "07700 900123" typed the way people in the UK write it finds the guest whose
    number is kept as +447700900123 (New guest accepted it that way; search found nobody)."""
    client.create_customer(first_name="Phoebe", last_name="Quill", phone="+447700900123")
    scan(desk, code_of("Amelia Hart"))  # the site (and its country) is known from a scan
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    type_and_enter(qtbot, desk, "07700900123")
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Phoebe Quill", timeout=8000)


def test_a_band_code_typed_by_hand_is_not_searched_at_every_pause(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    """Typing "100200300" slowly used to flash "No guest matches “1002”" at each pause."""
    desk.search_box.setFocus()
    qtbot.waitUntil(desk.search_box.hasFocus)
    for digit in code_of("Amelia Hart"):
        QTest.keyClick(desk.search_box, digit)
        qtbot.wait(400)  # a pause longer than the live search waits for (0.3 s)
        assert desk.stack.currentWidget() is not desk.results_page
    QTest.keyClick(desk.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)


def test_a_scan_takes_a_half_typed_search_out_of_the_box(qtbot: QtBot, desk: DeskWindow) -> None:
    desk.search_box.setFocus()
    QTest.keyClicks(desk.search_box, "har", Qt.KeyboardModifier.NoModifier, HUMAN_DELAY_MS)
    scan(desk, code_of("Jonas Becker"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)
    assert desk.search_box.text() == ""
