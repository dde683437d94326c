"""Time that can be extended (WCAG 2.2.1): before the desk clears a guest away after idle, it
says so, with the seconds and a "More time" button; a tap keeps the guest on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.scan import ScanEvent
from tests.rigs import DeskRig
from tests.sandbox_helpers import code_of


def test_a_warning_with_more_time_comes_before_the_screen_clears(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(client, idle_clear_s=12).window  # the warning 10 s ahead: after 2 s
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    assert not desk.more_time_button.isVisible()
    qtbot.waitUntil(desk.more_time_button.isVisible, timeout=5000)
    assert "The screen clears in" in desk.status_line.text()
    assert desk.more_time_button.height() >= 48
    qtbot.mouseClick(desk.more_time_button, Qt.MouseButton.LeftButton)
    assert not desk.more_time_button.isVisible()
    assert desk.stack.currentWidget() is desk.guest_page  # still Amelia
    assert desk.customer_panel.name.text() == "Amelia Hart"
