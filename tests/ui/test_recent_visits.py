"""The guest's last visits on the desk (issue 27: the wide screen's empty column now answers
"when were they last in, for how long, at which desk?"): read from the guest system, newest
first, the desk's name shown as plain text, and a check-in made now at the top as "still in"."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config import clock as wallclock
from kiosk.sandbox import SandboxServer
from kiosk.ui.desk import DeskWindow
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import SITE_ID, code_of


@pytest.fixture
def demo_client() -> Iterator[TrybeClient]:
    """The stand-in as the app's demo starts it: guests with their past visits."""
    with SandboxServer(token="demo", history=True) as server:
        client = TrybeClient(server.url, "demo", SITE_ID)
        yield client
        client.close()


def test_the_last_visits_are_listed_with_their_desks_and_a_new_one_is_still_in(
    qtbot: QtBot, demo_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk: DeskWindow = desk_factory(demo_client).window
    desk.resize(1920, 1080)
    show_code(qtbot, desk, code_of("Amelia Hart"))
    panel = desk.customer_panel
    assert panel.visits_title.isVisibleTo(desk)
    lines = panel.visits.text().splitlines()
    assert 1 <= len(lines) <= 5
    assert all("–" in line for line in lines)  # each checked in and out
    assert all("Desk 1" in line for line in lines)  # the demo's Amelia came to Desk 1
    assert panel.visits.textFormat() == Qt.TextFormat.PlainText

    qtbot.mouseClick(panel.band_card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still in" in panel.visits.text(), timeout=5000)
    newest = panel.visits.text().splitlines()[0]
    assert newest.startswith(wallclock.local_now().strftime("%-d %b"))
    assert "still in" in newest


def test_a_guest_who_never_came_has_no_visits_section(
    qtbot: QtBot, demo_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(demo_client).window
    show_code(qtbot, desk, code_of("Lena Vogel"))  # the demo's guest who has never been in
    panel = desk.customer_panel
    assert "No check-ins yet" in panel.history.text()
    assert not panel.visits_title.isVisibleTo(desk)
    assert panel.visits.text() == ""
