"""The desk you can trust, tried as staff would under a bad network: buttons clicked, scans
typed in, faults injected through the stand-in server. Every test here was a defect."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin.desk.state import DeskState
from kiosk.sandbox import SandboxServer
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from tests.conftest import TOKEN
from tests.rigs import DeskRig
from tests.sandbox_helpers import SITE_ID, SandboxAdmin, code_of


@pytest.fixture
def short_client(fresh_sandbox: SandboxServer) -> Iterator[TrybeClient]:
    """A client whose calls give up after 1.5 s (so a slow answer is a lost one)."""
    with TrybeClient(fresh_sandbox.url, TOKEN, SITE_ID, deadline_s=1.5) as client:
        yield client


class Seen:
    """Every feedback line and status the desk showed, in order."""

    def __init__(self, desk: DeskWindow) -> None:
        self.lines: list[str] = []
        desk.rendered.connect(self._note)

    def _note(self, state: DeskState) -> None:
        for text in (state.feedback.text if state.feedback else "", state.status):
            if text and (not self.lines or self.lines[-1] != text):
                self.lines.append(text)

    def said_failed(self) -> list[str]:
        words = ("✖", "failed", "Not saved", "can't", "Can't")
        return [line for line in self.lines if any(w in line for w in words)]


def show(qtbot: QtBot, desk: DeskWindow, guest: str) -> None:
    desk.handle_scan(ScanEvent(payload=code_of(guest), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == guest, timeout=5000)


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def posts(admin: SandboxAdmin) -> list[dict[str, object]]:
    return [r for r in admin.requests("/customers/check-ins") if r["method"] == "POST"]


@pytest.mark.parametrize(
    "fault",
    [{"latency_ms": 2500}, {"reset": True}],
    ids=["answer-after-the-deadline", "connection-reset-after-commit"],
)
def test_a_check_in_whose_answer_was_lost_ends_as_one_check_in_never_a_failure(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    short_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    fault: dict[str, object],
) -> None:
    desk = desk_factory(short_client).window
    seen = Seen(desk)
    show(qtbot, desk, "Oliver Price")
    card = desk.customer_panel.band_card
    fresh_admin.add_fault(
        path_prefix="/customers/check-ins", method="POST", after=True, times=1, **fault
    )
    click(qtbot, card.check_in_button)
    qtbot.wait(50)
    click(qtbot, card.check_in_button)  # the staff's retry, at once: refused, nothing sent
    qtbot.waitUntil(lambda: "Checked in" in card.feedback.text(), timeout=8000)
    qtbot.waitUntil(lambda: card.check_in_button.text() == "Check out", timeout=5000)
    assert "Checking whether it was saved…" in seen.lines
    assert len(posts(fresh_admin)) == 1
    assert seen.said_failed() == []
    entries = desk.session.audit.entries()
    assert [e["outcome"] for e in entries if e["action"] == "check_in"] == ["unknown", "done"]


def test_a_check_in_that_never_arrived_is_not_saved_then_the_retry_sends_the_same_key(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    short_client: TrybeClient,
    fresh_admin: SandboxAdmin,
) -> None:
    # the dropped request can no longer land after 1 s (the default window is a minute)
    desk = desk_factory(short_client, in_flight_s=1.0).window
    show(qtbot, desk, "Oliver Price")
    card = desk.customer_panel.band_card
    fresh_admin.add_fault(path_prefix="/customers/check-ins", method="POST", reset=True, times=1)
    click(qtbot, card.check_in_button)
    qtbot.waitUntil(lambda: "Not saved" in card.feedback.text(), timeout=8000)
    assert card.check_in_button.isEnabled()
    qtbot.wait(900)  # the button just turned from "Check again" into "Check in": a settle
    click(qtbot, card.check_in_button)  # try again
    qtbot.waitUntil(lambda: card.check_in_button.text() == "Check out", timeout=8000)
    keys = [p["idempotency_key"] for p in posts(fresh_admin)]
    assert len(keys) == 2
    assert keys[0] == keys[1]
    guest = short_client.get_customer_by_barcode(code_of("Oliver Price"))
    assert len(short_client.list_check_ins(customer_ids=[guest.id]).data) == 1


def choose(menu: QMenu | None, starts_with: str) -> QAction:
    assert menu is not None
    return next(a for a in menu.actions() if a.text().startswith(starts_with))


@pytest.mark.parametrize("what", ["expiry", "card"])
def test_a_band_change_whose_answer_was_lost_is_read_back_not_resent(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    short_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    what: str,
) -> None:
    desk = desk_factory(short_client).window
    seen = Seen(desk)
    show(qtbot, desk, "Priya Shah")  # a revoked card on the band, a good one on file
    card = desk.customer_panel.band_card
    fresh_admin.add_fault(
        path_prefix="/customers/customers/", method="PUT", after=True, reset=True, times=1
    )
    if what == "expiry":
        choose(card.extend_button.menu(), "+7 days").trigger()
        done = "Expiry changed"
    else:
        usable = next(
            a for a in card.card_button.menu().actions() if a.isEnabled() and "••••" in a.text()
        )
        usable.trigger()
        done = "Card put on the band"
    qtbot.waitUntil(lambda: done in card.feedback.text(), timeout=8000)
    assert "(confirmed by reading back)" in card.feedback.text()
    assert len([r for r in fresh_admin.requests() if r["method"] == "PUT"]) == 1
    assert seen.said_failed() == []
    guest = short_client.get_customer_by_barcode(code_of("Priya Shah"))
    assert len(fresh_admin.audit(guest.id)) == 1  # one change on the server
    assert card.more_button.isEnabled()


def test_a_failing_memberships_read_shows_the_guest_with_memberships_missing(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient, admin: SandboxAdmin
) -> None:
    desk = desk_factory(client).window
    guest = client.get_customer_by_barcode(code_of("Amelia Hart"))
    admin.add_fault(path_prefix=f"/customers/customers/{guest.id}/memberships", status=503)
    show(qtbot, desk, "Amelia Hart")
    panel = desk.customer_panel
    texts = {label.text() for label in panel.findChildren(type(panel.name))}
    assert "⚠ Memberships couldn't load" in texts
    assert panel.verdict.headline.text() == "Check before admitting"  # never green on a gap
    assert "Couldn't load the memberships" in panel.verdict.reasons.text()


def test_when_the_visits_read_fails_the_desk_says_it_does_not_know(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient, admin: SandboxAdmin
) -> None:
    desk = desk_factory(client).window
    admin.add_fault(path_prefix="/customers/check-ins", method="GET", status=503)
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    assert card.check_in_button.text() == "Check in…"  # asks first, not one tap
    assert "already on site" in desk.customer_panel.verdict.reasons.text()
    click(qtbot, card.check_in_button)
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: bool(desk.findChildren(QMessageBox)), timeout=2000)
    assert not posts(admin)


def test_a_slow_photo_does_not_hold_the_scan(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient, admin: SandboxAdmin
) -> None:
    desk = desk_factory(client, lookup_deadline_s=1.0).window
    admin.add_fault(path_prefix="/_media/", latency_ms=4000)
    started = time.monotonic()
    show(qtbot, desk, "Amelia Hart")
    assert time.monotonic() - started < 2.5  # a duration: the photo's 4 s are not waited for
    assert not desk.customer_panel.avatar.has_photo
    assert "photo couldn't load" in " ".join(
        label.text() for label in desk.customer_panel.findChildren(type(desk.customer_panel.name))
    )


def test_a_scan_during_a_saving_action_ends_on_the_newer_guest(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient, admin: SandboxAdmin
) -> None:
    rig = desk_factory(client)
    desk = rig.window
    show(qtbot, desk, "Oliver Price")
    admin.add_fault(path_prefix="/customers/check-ins", method="POST", latency_ms=800)
    click(qtbot, desk.customer_panel.band_card.check_in_button)
    qtbot.wait(100)
    show(qtbot, desk, "Jonas Becker")  # the next guest, while the check-in saves
    qtbot.waitUntil(lambda: "Previous guest" in desk.status_line.text(), timeout=5000)
    qtbot.wait(800)  # the refresh that used to win has had every chance
    assert desk.customer_panel.name.text() == "Jonas Becker"
    assert desk.customer_panel.band_card.more_button.isEnabled()
    scans = [e for e in rig.audit.entries() if e["action"] == "scan"]
    assert len(scans) == 2  # no extra "scan" line for a refresh


def test_a_scan_closes_the_previous_guests_open_menu(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient, admin: SandboxAdmin
) -> None:
    desk = desk_factory(client).window
    show(qtbot, desk, "Amelia Hart")
    menu = desk.customer_panel.band_card.extend_button.menu()
    assert menu is not None
    menu.popup(desk.mapToGlobal(QPoint(400, 400)))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    show(qtbot, desk, "Jonas Becker")
    assert not menu.isVisible()  # Amelia's Expiry menu cannot act on Jonas
    assert not [r for r in admin.requests() if r["method"] == "PUT"]


def test_a_thousand_scans_leave_no_menus_or_actions_behind(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient
) -> None:
    desk = desk_factory(client).window

    def owned() -> tuple[int, int]:
        return len(desk.findChildren(QMenu)), len(desk.findChildren(QAction))

    for guest in ("Amelia Hart", "Jonas Becker", "Priya Shah"):
        show(qtbot, desk, guest)
    baseline = owned()
    for _ in range(10):
        for guest in ("Amelia Hart", "Jonas Becker", "Priya Shah"):
            desk.session.clear()
            show(qtbot, desk, guest)
    assert owned() == baseline


def test_an_unexpected_error_in_a_slot_is_logged_and_told_not_swallowed(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    client: TrybeClient,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys
    import threading

    from kiosk.ui.crash import SENTENCE, install_crash_handlers

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = install_crash_handlers(app)
    desk = desk_factory(client).window
    broken = QPushButton("broken", desk)
    broken.clicked.connect(lambda: 1 / 0)
    broken.show()
    with caplog.at_level(logging.ERROR, logger="kiosk.crash"):
        click(qtbot, broken)
        qtbot.waitUntil(lambda: desk.status_line.text() == SENTENCE, timeout=2000)
    assert reporter.count >= 1
    assert "ZeroDivisionError" in caplog.text
    worker = threading.Thread(target=lambda: [][1], name="worker-x")
    with caplog.at_level(logging.ERROR, logger="kiosk.crash"):
        worker.start()
        worker.join()
    assert "IndexError" in caplog.text
    assert "worker-x" in caplog.text
    reporter.setParent(None)


def test_the_desk_offers_only_what_the_backend_can_do(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient
) -> None:
    from kiosk.checkin.ports import Capability

    rig = desk_factory(client)
    backend = rig.lookup.backend
    # A backend without wristbands, cards, check-ins or registration (e.g. a restaurant's
    # customer list): its controls are not there at all, rather than there and dead.
    backend.capabilities = frozenset(  # type: ignore[misc]
        {Capability.SEARCH, Capability.EDIT, Capability.LOCK, Capability.PHOTOS}
    )
    from kiosk.ui.desk import DeskWindow

    desk = DeskWindow(rig.session)
    qtbot.addWidget(desk)
    desk.show()
    show(qtbot, desk, "Amelia Hart")
    card = desk.customer_panel.band_card
    assert not desk.new_guest_button.isVisible()
    for button in (card.check_in_button, card.extend_button, card.card_button):
        assert not button.isVisible()
    more = [a.text() for a in card.more_menu.actions() if a.text()]
    assert "Lock the account" in more
    assert not any("wristband" in text for text in more)
