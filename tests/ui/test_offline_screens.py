"""Both screens with the network unplugged and plugged back: the status chip, verdicts from the
local copy marked offline, a check-in saved for later and sent by itself, an unknown band never
green. The app's own encrypted copy in a temp folder; the stand-in server drops every request
while "unplugged" (its fault injection), over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kiosk.backends.offline.sync import Syncer
from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.desk.state import Control
from kiosk.config.pin import hash_pin
from kiosk.config.settings import WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.scan import ScanEvent
from tests.rigs import DeskRig, SelfRig
from tests.sandbox_helpers import SandboxAdmin, code_of


def unplug(admin: SandboxAdmin) -> None:
    admin.add_fault(path_prefix="/", reset=True)


def test_unplug_scan_check_in_plug_back_and_it_lands_once(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],  # after the client: closed before it
) -> None:
    desk = desk_factory(fresh_client, offline=True).window
    panel = desk.customer_panel
    chip = desk.link_chip
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wedge = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4), desk)  # a USB scanner
    app.installEventFilter(wedge)
    wedge.scanned.connect(desk.handle_scan)
    qtbot.waitExposed(desk)

    def scan(name: str) -> None:  # typed at scanner speed into the window, then Enter
        QTest.keyClicks(desk, code_of(name), Qt.KeyboardModifier.NoModifier, 2)
        QTest.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)

    scan("Amelia Hart")
    qtbot.waitUntil(lambda: panel.verdict.headline.text() == "Welcome in", timeout=5000)
    assert chip.text().startswith("● Online")
    scan("Oliver Price")
    qtbot.waitUntil(lambda: panel.name.text() == "Oliver Price", timeout=5000)

    unplug(fresh_admin)
    scan("Amelia Hart")
    qtbot.waitUntil(lambda: "(offline)" in panel.verdict.headline.text(), timeout=5000)
    assert panel.verdict.headline.text() == "Welcome in  (offline)"
    assert "from the local copy (offline)" in panel.meta.text()
    qtbot.waitUntil(lambda: chip.text().startswith("● Offline since"), timeout=3000)
    card = panel.band_card
    for needs_the_link in (card.extend_button, card.card_button, card.more_button):
        assert not needs_the_link.isEnabled()  # greyed at once, not refused after a tap
        assert "Needs the connection" in needs_the_link.toolTip()

    button = panel.band_card.check_in_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved for later" in panel.band_card.feedback.text(), timeout=5000)
    qtbot.waitUntil(lambda: "1 check-in waiting" in chip.text(), timeout=3000)
    assert chip.height() >= 44  # a control staff tap

    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)  # staff open what is waiting
    box = desk.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert "1 saved while offline" in box.text()
    assert "Check-in" in box.informativeText()
    assert "waiting" in box.informativeText()
    assert "Amelia H." in box.informativeText()  # who it is for (an id told staff nothing)
    assert "Hart" not in box.informativeText()  # a first name and an initial, no more
    box.close()

    fresh_admin.clear()  # plugged back: no click from here on
    qtbot.waitUntil(lambda: chip.text() == "● Online", timeout=8000)
    amelia = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    visits = fresh_client.list_check_ins(customer_ids=[amelia.id]).data
    assert len(visits) == 1
    outcomes = [e["outcome"] for e in desk.session.audit.entries() if e["action"] == "check_in"]
    assert outcomes.count("queued") == 1
    assert outcomes.count("done") == 1
    app.removeEventFilter(wedge)


def test_an_unknown_band_offline_is_never_green_and_offers_no_check_in(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],  # after the client: closed before it
) -> None:
    desk = desk_factory(fresh_client, offline=True).window
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    unplug(fresh_admin)
    desk.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="wedge"))  # never seen
    qtbot.waitUntil(lambda: "Can't check this band" in _visible_text(desk), timeout=5000)
    assert "Welcome in" not in _visible_text(desk)
    card = desk.customer_panel.band_card
    assert not (card.check_in_button.isVisible() and card.check_in_button.isEnabled())


def test_self_check_in_offline_welcomes_a_synced_guest_once_and_never_an_unknown_code(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    self_factory: Callable[..., SelfRig],  # after the client: closed before it
) -> None:
    rig = self_factory(fresh_client, hash_pin("4826"), offline=True)
    kiosk = rig.window
    qtbot.waitExposed(kiosk)
    local = rig.session.lookup.backend
    assert Syncer(local.inner, local.store, requests_per_s=1000).run().complete  # overnight

    unplug(fresh_admin)
    kiosk.handle_scan(ScanEvent(payload="100999999", source="wedge"))  # nobody's band
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.verdict_page, timeout=5000)
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() != "", timeout=5000)
    assert kiosk.verdict_word.text() != "Checked in"
    assert "Welcome" not in kiosk.verdict_greeting.text()
    qtbot.waitUntil(lambda: kiosk.link_label.text().startswith("Offline"), timeout=3000)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.attract_page, timeout=6000)

    # a guest never scanned here, known from the sync: checked in, saved for later
    kiosk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: kiosk.verdict_word.text() == "Checked in", timeout=5000)
    assert kiosk.verdict_greeting.text() == "Welcome, Amelia!"
    qtbot.waitUntil(lambda: "1 check-in waiting" in kiosk.link_label.text(), timeout=3000)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.attract_page, timeout=6000)

    # again, still offline: the copy knows he is in (no second check-in)
    kiosk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: kiosk.verdict_sentence.text() != "", timeout=5000)
    assert kiosk.verdict_sentence.text() == "You're already checked in."

    fresh_admin.clear()  # plugged back: the kiosk sends it by itself
    qtbot.waitUntil(lambda: not kiosk.link_label.text(), timeout=8000)
    qtbot.waitUntil(lambda: local.status().waiting == 0, timeout=8000)
    amelia = fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    visits = fresh_client.list_check_ins(customer_ids=[amelia.id]).data
    assert [v.method for v in visits] == ["Kiosk"]


def _visible_text(window: object) -> str:
    from PySide6.QtWidgets import QLabel, QWidget

    assert isinstance(window, QWidget)
    return " ".join(
        label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)
    )


def test_a_known_guest_shows_at_once_from_the_copy_then_the_live_answer_replaces_it(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],  # after the client: closed before it
) -> None:
    rig = desk_factory(fresh_client, offline=True)
    desk = rig.window
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    desk.handle_scan(ScanEvent(payload=code_of("Oliver Price"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Oliver Price", timeout=5000)

    fresh_admin.add_fault(path_prefix="/", latency_ms=250)  # slow, not down
    seen: list[tuple[str, bool]] = []
    desk.rendered.connect(
        lambda state: seen.append(
            (desk.customer_panel.verdict.headline.text(), state.enabled(Control.PRIMARY))
        )
    )
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: ("Welcome in", True) in seen, timeout=5000)
    first = seen.index(("Welcome in  (checking…)", False))  # the copy's answer, no action
    assert first < seen.index(("Welcome in", True))  # ...then the live one, actions back
    assert desk.session.state.context is not None
    assert not desk.session.state.context.provisional
    scans = [e for e in rig.audit.entries() if e["action"] == "scan"]
    assert len(scans) == 3  # the provisional answer is not a scan of its own
