"""The desk on the second vendor's guest system (the Collins customers API, over real HTTP to
its stand-in): only what that system can do is on screen (no check-in, expiry or card buttons,
no wristband, lock or password entries), its notes, company and venues show, and a note and a
label are added from the More menu as staff would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kiosk.backends.collins import CollinsClient
from kiosk.backends.collins.adapter import CollinsBackend
from kiosk.backends.trybe import TrybeClient
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.collins.demo import FEATURED, PREFERENCES, VENUES
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.note_dialogs import LabelDialog, NoteDialog
from tests.conftest import TOKEN
from tests.rigs import DeskRig
from tests.sandbox_helpers import code_of

MARTA, TOM, PRIYA = FEATURED[0], FEATURED[1], FEATURED[2]


@pytest.fixture
def desk(collins_sandbox: SandboxServer, desk_factory: Callable[..., DeskRig]) -> DeskWindow:
    backend = CollinsBackend(
        CollinsClient(collins_sandbox.url, TOKEN, deadline_s=5.0),
        venue_id=VENUES[0][0],
        venues=dict(VENUES),
        preferences=dict(PREFERENCES),
    )
    return desk_factory(None, backend=backend).window


def scan(qtbot: QtBot, desk: DeskWindow, code: str, name: str) -> None:
    desk.handle_scan(ScanEvent(payload=code, source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == name, timeout=5000)


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]


def test_only_what_collins_can_do_is_on_screen(qtbot: QtBot, desk: DeskWindow) -> None:
    scan(qtbot, desk, MARTA.id, "Marta Silva")
    card = desk.customer_panel.band_card
    assert not card.check_in_button.isVisible()
    assert not card.extend_button.isVisible()
    assert not card.card_button.isVisible()
    assert card.more_button.isVisible()
    entries = menu_texts(card.more_menu)
    assert entries == ["Edit the guest's details", "Add a note…", "Add a label…"]
    panel = desk.customer_panel
    assert panel.notes.text() == "Prefers the window table."
    assert panel.meta.text().startswith("Silva & Co")
    assert "Venues: Palm Tree Brasserie" in panel.history.text()
    assert not panel.membership_title.isVisible()  # no memberships here: no section at all
    assert panel.verdict.headline.text() == "Welcome in"
    assert panel.verdict.reasons.text().startswith("★ VIP")
    assert desk.site_label.text() == "Collins"  # until the app names the venue, never "Trybe"


def test_a_banned_guest_is_stopped_and_a_trybe_band_is_not_recognised(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    scan(qtbot, desk, TOM.id, "Tom Hughes")
    assert desk.customer_panel.verdict.headline.text() == "Do not admit"
    assert "Banned" in desk.customer_panel.verdict.reasons.text()
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=5000)


def test_a_note_and_a_label_from_the_more_menu(qtbot: QtBot, desk: DeskWindow) -> None:
    scan(qtbot, desk, PRIYA.id, "Priya Shah")
    card = desk.customer_panel.band_card
    note = next(a for a in card.more_menu.actions() if a.text() == "Add a note…")
    note.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NoteDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NoteDialog)
    QTest.keyClicks(dialog.text, "Celebrating an anniversary tonight.")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Note added." in card.feedback.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: "Celebrating an anniversary tonight." in desk.customer_panel.notes.text(),
        timeout=5000,
    )

    label = next(a for a in card.more_menu.actions() if a.text() == "Add a label…")
    label.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LabelDialog))
    chooser = QApplication.activeModalWidget()
    assert isinstance(chooser, LabelDialog)
    assert not chooser.presets["Regular Customer"].isEnabled()  # she has it already
    qtbot.mouseClick(chooser.presets["VIP"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Label added." in card.feedback.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: desk.customer_panel.verdict.reasons.text().startswith("★ VIP"), timeout=5000
    )


def test_the_trybe_desk_offers_no_notes_or_labels(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    trybe = desk_factory(client).window
    trybe.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: trybe.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    entries = menu_texts(trybe.customer_panel.band_card.more_menu)
    assert "Add a note…" not in entries
    assert "Add a label…" not in entries
    assert not trybe.customer_panel.notes.isVisible()


def test_a_walk_in_registers_with_a_national_phone_and_no_language_field(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    from kiosk.ui.guest_form import GuestForm

    scan(qtbot, desk, PRIYA.id, "Priya Shah")  # the desk knows its venue (the app: at start)
    qtbot.mouseClick(desk.new_guest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(desk.guest_form, GuestForm))
    form = desk.guest_form
    assert form is not None
    assert not form.language.isVisible()  # Collins keeps no language: no such field
    QTest.keyClicks(form.inputs["first_name"], "Walk")
    QTest.keyClicks(form.inputs["last_name"], "In")
    QTest.keyClicks(form.inputs["phone"], "07700 900123")
    QTest.keyClicks(form.inputs["dob"], "31/12/1990")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Walk In", timeout=5000)
    assert "Venues: Palm Tree Brasserie" in desk.customer_panel.history.text()


def test_the_collins_demo_as_the_app_wires_it_shows_a_scanned_cards_guest(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig]
) -> None:
    """What ``kiosk --demo --backend collins`` builds: the Collins stand-in, the demo's venue
    names, the backend the vendor descriptor makes; a card scanned shows its guest."""
    from kiosk.app import demo_settings, make_live_backend, start_demo_backend
    from kiosk.backends.vendors import COLLINS
    from kiosk.config import Settings

    server, connection = start_demo_backend(COLLINS)
    try:
        settings = demo_settings(Settings(backend="collins"))
        backend = make_live_backend(settings, connection)
        assert isinstance(backend, CollinsBackend)
        desk = desk_factory(None, backend=backend).window
        scan(qtbot, desk, MARTA.id, "Marta Silva")
    finally:
        server.stop()
