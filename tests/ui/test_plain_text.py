"""Issue 30: whatever comes from the guest system is data, never markup. A first name written
as HTML (large red type, a line break, a local file's picture) is shown as the characters it
is, on the self check-in screen and on the desk, and grows no window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config import clock as wallclock
from kiosk.config.pin import hash_pin
from kiosk.scan import ScanEvent
from tests.a11y import audit
from tests.rigs import DeskRig, SelfRig

MARKUP = (
    "<span style='font-size:64px;color:#c00'>FREE ENTRY TODAY</span>"
    "<br><img src='file:///usr/share/pixmaps/debian-logo.png'>"
)


def _guest_named_in_html(client: TrybeClient, code: str) -> None:
    guest = client.create_customer(first_name=MARKUP, last_name="Hart")
    client.create_customer_barcode(guest.id, code, expires_at=wallclock.now() + timedelta(hours=4))


def _labels_showing(window: QLabel | object, text: str) -> list[QLabel]:
    assert hasattr(window, "findChildren")
    return [
        label
        for label in window.findChildren(QLabel)  # type: ignore[attr-defined]
        if text in label.text() and label.isVisible()
    ]


def test_a_name_written_as_html_is_shown_as_written_on_the_kiosk(
    qtbot: QtBot, fresh_client: TrybeClient, self_factory: Callable[..., SelfRig]
) -> None:
    _guest_named_in_html(fresh_client, "HTMLNAME-0001")
    screen = self_factory(fresh_client, hash_pin("482613")).window
    screen.resize(1024, 768)
    qtbot.waitExposed(screen)
    screen.handle_scan(ScanEvent(payload="HTMLNAME-0001", source="wedge"))
    qtbot.waitUntil(lambda: bool(_labels_showing(screen, "FREE ENTRY")), timeout=5000)
    greeting = _labels_showing(screen, "FREE ENTRY")[0]
    assert "<span style='font-size:64px;color:#c00'>" in greeting.text()
    assert greeting.textFormat() == Qt.TextFormat.PlainText
    # drawn as characters in the greeting's own type: not 64 px, not an image's height
    assert greeting.sizeHint().height() < 200
    assert screen.height() <= 768
    assert [f for f in audit(screen, min_target=48) if f.kind == "markup"] == []


def test_a_name_written_as_html_is_shown_as_written_on_the_desk(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    _guest_named_in_html(fresh_client, "HTMLNAME-0002")
    desk = desk_factory(fresh_client).window
    qtbot.waitExposed(desk)
    desk.handle_scan(ScanEvent(payload="HTMLNAME-0002", source="wedge"))
    qtbot.waitUntil(lambda: "FREE ENTRY" in desk.customer_panel.name.text(), timeout=5000)
    name = desk.customer_panel.name
    assert name.text().startswith("<span style=")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert name.sizeHint().height() < 200
    assert [f for f in audit(desk) if f.kind == "markup"] == []


def test_every_label_the_app_makes_is_plain_text_once_shown(qtbot: QtBot) -> None:
    """The rule is the theme's, for every label however it was made (here: one made bare)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    label = QLabel("<b>bold?</b>")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
