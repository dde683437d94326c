"""Who is in now, as a manager and the desk use it, against a stand-in server with a big day
on: 500 guests in (five pages of check-ins), the count in the header, the window opened with
Ctrl+I, a name typed to find one, a check-out from the list, and check-outs at the exit (a
reader at the door, or the desk switched to exit)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.on_site import band_expired
from kiosk.config import clock as wallclock
from kiosk.sandbox import SandboxServer
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.on_site_window import OnSiteWindow
from tests.conftest import ADMIN_TOKEN, TOKEN
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of

IN_NOW = 500


@pytest.fixture
def big_day() -> Iterator[SandboxServer]:
    server = SandboxServer(token=TOKEN, admin_token=ADMIN_TOKEN, guests_in=IN_NOW)
    with server:
        yield server


@pytest.fixture
def big_client(big_day: SandboxServer) -> Iterator[TrybeClient]:
    with TrybeClient(big_day.url, TOKEN, SITE_ID, deadline_s=5.0) as trybe:
        yield trybe


def open_visits(client: TrybeClient) -> list[str]:
    return [v.id for v in client.iter_check_ins(per_page=100) if v.checked_out_at is None]


def opened_window(qtbot: QtBot, desk: DeskWindow, *, by_key: bool = False) -> OnSiteWindow:
    """Ctrl+I, or a tap on the header's count."""
    if by_key:
        desk.activateWindow()
        qtbot.waitActive(desk)
        qtbot.keyClick(desk, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(desk.on_site_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.on_site_window is not None and desk.on_site_window.isVisible())
    window = desk.on_site_window
    assert window is not None
    return window


def test_a_big_day_is_counted_listed_searched_and_a_guest_checked_out_from_the_list(
    qtbot: QtBot, big_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(big_client, on_site=True).window
    qtbot.waitUntil(lambda: desk.on_site_button.text() == f"{IN_NOW} on site", timeout=15000)
    assert desk.on_site_button.isVisible()

    window = opened_window(qtbot, desk, by_key=True)
    qtbot.waitUntil(lambda: window.model.rowCount() == IN_NOW, timeout=15000)
    assert window.title.text() == f"{IN_NOW} on site"
    assert window.freshness.text().startswith("Updated ")

    # a name typed at a person's speed narrows the list (in memory: no request per key)
    names = [window.model.index(i, 0).data() for i in range(window.model.rowCount())]
    surname = next(n.split()[-1] for n in names if n.split()[-1].isascii())  # QTest: ASCII
    qtbot.keyClicks(window.search, surname, delay=20)
    qtbot.waitUntil(lambda: window.model.rowCount() < IN_NOW)
    shown = [window.model.index(i, 0).data() for i in range(window.model.rowCount())]
    assert shown
    assert all(surname.casefold() in name.casefold() for name in shown)

    # choose the first row with a click, then Check out
    rect = window.table.visualRect(window.model.index(0, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = window.chosen_visit()
    assert chosen is not None
    assert window.check_out_button.isEnabled()
    qtbot.mouseClick(window.check_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.said.text().startswith("✔"), timeout=8000)
    assert "checked out" in window.said.text()
    assert chosen not in [
        window.model.index(i, 0).data(Qt.ItemDataRole.UserRole)
        for i in range(window.model.rowCount())
    ]
    assert desk.on_site_button.text() == f"{IN_NOW - 1} on site"
    assert chosen not in open_visits(big_client)  # the guest system has them out
    qtbot.mouseClick(
        next(b for b in window.findChildren(type(window.check_out_button)) if b.text() == "Close"),
        Qt.MouseButton.LeftButton,
    )
    qtbot.waitUntil(lambda: desk.on_site_window is None)


def test_bands_that_expired_while_on_site_are_flagged_in_words(
    qtbot: QtBot, big_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    chloe = big_client.get_customer_by_barcode(code_of("Chloé Martin"))  # band expired
    big_client.create_check_in(chloe.id, site_id=SITE_ID, method="Scanned")
    desk = desk_factory(big_client, on_site=True).window
    window = opened_window(qtbot, desk)
    qtbot.keyClicks(window.search, "Chlo")  # QTest types ASCII only
    qtbot.waitUntil(
        lambda: window.model.rowCount() >= 1 and window.model.index(0, 3).data() != "",
        timeout=15000,
    )
    row = next(r for r in desk.on_site.state.rows if r.guest_id == chloe.id)  # type: ignore[union-attr]

    assert band_expired(row, wallclock.now())
    band = window.model.index(0, 3).data()
    assert band.startswith("✖ ")
    assert "expired" in band


def test_a_reader_at_the_exit_checks_guests_out_and_the_desk_can_become_the_exit(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    rig = desk_factory(fresh_client, on_site=True, exit_readers=frozenset({"serial"}))
    desk = rig.window
    amelia = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    visit = fresh_client.create_check_in(amelia.id, site_id=SITE_ID, method="Scanned")

    # the desk's own scanner still checks in and shows the guest
    show_code(qtbot, desk, code_of("Amelia Hart"))
    assert visit.id in open_visits(fresh_client)
    desk.session.clear()

    # the serial scanner by the door: the same band checks her out, no button pressed
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="serial"))
    qtbot.waitUntil(lambda: "Checked out." in desk.status_line.text(), timeout=8000)
    assert visit.id not in open_visits(fresh_client)
    assert [e for e in rig.audit.entries() if e["action"] == "check_out"]

    # a guest not checked in, at the exit: said so, nothing sent
    desk.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="serial"))
    qtbot.waitUntil(
        lambda: "is not checked in here" in desk.customer_panel.band_card.feedback.text()
    )

    # the whole desk at the exit, from the tools menu: the header says so in words
    desk.session.clear()
    jonas = fresh_client.get_customer_by_barcode(code_of("Jonas Becker"))
    second = fresh_client.create_check_in(jonas.id, site_id=SITE_ID, method="Scanned")
    desk.exit_action.trigger()
    assert desk.mode_label.text() == "Exit: scans check guests out"
    desk.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="wedge"))
    qtbot.waitUntil(lambda: "Checked out." in desk.status_line.text(), timeout=8000)
    assert second.id not in open_visits(fresh_client)
    desk.exit_action.trigger()
    assert desk.mode_label.text() == "Front desk"
    assert QApplication.instance() is not None


def test_offline_the_list_comes_from_the_local_copy_and_says_how_old(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    """The copy knows who it has seen come in (a check-in at this desk included); unplugged,
    the window lists them from it and says the list is the copy's, and as of when."""
    desk = desk_factory(fresh_client, offline=True, on_site=True).window
    oliver = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    fresh_client.create_check_in(oliver.id, site_id=SITE_ID, method="Scanned")
    show_code(qtbot, desk, code_of("Oliver Price"))  # seen: his visit is in the copy
    show_code(qtbot, desk, code_of("Amelia Hart"))
    qtbot.wait(900)  # the big button ignores taps for a moment after it changes
    qtbot.mouseClick(desk.customer_panel.band_card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked in." in desk.status_line.text(), timeout=8000)

    fresh_admin.add_fault(path_prefix="/", reset=True)  # unplugged
    window = opened_window(qtbot, desk)
    qtbot.waitUntil(lambda: window.refresh_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)  # read it again now
    qtbot.waitUntil(lambda: window.freshness.text().startswith("Offline"), timeout=10000)
    names = {window.model.index(i, 0).data() for i in range(window.model.rowCount())}
    assert {"Oliver Price", "Amelia Hart"} <= names
    assert "from the local copy, as of" in window.freshness.text()
    assert window.title.text() == f"{window.model.rowCount()} on site"
