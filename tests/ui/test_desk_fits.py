"""The desk fits the screen it is on: no guest, banner, label list or name can make the window
wider than a 1280x800 desk screen (it once grew to 1334 px for a locked guest and cut off the
right panel), and it comes back to its size after."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.sandbox.demo_data import FEATURED
from kiosk.scan import ScanEvent
from tests.rigs import DeskRig


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1080, 1920), (1920, 1080)])
def test_no_demo_guest_makes_the_desk_wider_than_its_screen(
    qtbot: QtBot,
    desk_factory: Callable[..., DeskRig],
    client: TrybeClient,
    width: int,
    height: int,
) -> None:
    desk = desk_factory(client).window
    desk.resize(width, height)
    too_wide = {}
    for featured in FEATURED:
        code = featured.code
        desk.handle_scan(ScanEvent(payload=code, source="wedge"))
        qtbot.waitUntil(
            lambda code=code: (
                desk.session.state.screen.name in ("GUEST", "PROBLEM")
                and desk.session.state.code == code
            ),
            timeout=5000,
        )
        qtbot.wait(50)  # layouts settle
        widest = max(desk.width(), desk.minimumSizeHint().width())
        if widest > width:
            too_wide[f"{featured.first_name} {featured.last_name}"] = widest
    assert too_wide == {}
    assert desk.width() == width  # and it kept its size throughout


def test_the_top_bar_fits_a_1280_screen_with_every_button_shown(
    desk_factory: Callable[..., DeskRig], client: TrybeClient
) -> None:
    desk = desk_factory(client).window
    desk.resize(1280, 800)
    desk.back_button.show()  # the desk opened from self check-in has one more button
    assert desk.minimumSizeHint().width() <= 1280
