"""The desk fits the screen it is on: no guest, banner, label list or name can make the window
wider than a 1280x800 desk screen (it once grew to 1334 px for a locked guest and cut off the
right panel), and it comes back to its size after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.sandbox.demo_data import FEATURED
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from tests.rigs import DeskRig, build_desk, scan_and_settle


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
        scan_and_settle(qtbot, desk, featured.code)
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


def _show(qtbot: QtBot, desk: DeskWindow, code: str) -> None:
    desk.handle_scan(ScanEvent(payload=code, source="wedge"))
    qtbot.waitUntil(lambda: desk.session.state.code == code, timeout=5000)
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.guest_page, timeout=5000)
    qtbot.wait(50)  # layouts settle


def test_a_1920x1080_desk_draws_bigger_than_a_1280x800_one(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient
) -> None:
    desk = desk_factory(client).window
    _show(qtbot, desk, FEATURED[0].code)
    small_name = desk.customer_panel.name.fontInfo().pixelSize()
    small_button = desk.customer_panel.band_card.check_in_button.height()

    desk.resize(1920, 1080)
    qtbot.waitUntil(lambda: desk.customer_panel.name.fontInfo().pixelSize() > small_name)
    qtbot.wait(50)
    assert desk.customer_panel.name.fontInfo().pixelSize() >= small_name * 1.2
    assert desk.customer_panel.band_card.check_in_button.height() > small_button
    assert desk.minimumSizeHint().width() <= 1920  # and it still fits

    desk.resize(1280, 800)  # back on the small screen: back to the drawn size
    qtbot.waitUntil(lambda: desk.customer_panel.name.fontInfo().pixelSize() == small_name)


def test_a_fixed_scale_from_the_settings_is_kept_whatever_the_window(
    qtbot: QtBot, fresh_client: TrybeClient, tmp_path: Path
) -> None:
    rig = build_desk(qtbot, fresh_client, tmp_path)
    try:
        auto_name = rig.window.customer_panel.name.font().pixelSize()
        fixed = DeskWindow(rig.session, ui_scale=1.5)
        qtbot.addWidget(fixed)
        fixed.resize(1280, 800)
        fixed.show()
        _show(qtbot, fixed, FEATURED[0].code)
        assert fixed.customer_panel.name.fontInfo().pixelSize() >= 1.4 * 40
        assert rig.window.customer_panel.name.font().pixelSize() == auto_name
        fixed.shutdown()
    finally:
        rig.close()


def test_on_a_portrait_screen_the_band_and_its_buttons_sit_under_the_guest(
    qtbot: QtBot, desk_factory: Callable[..., DeskRig], client: TrybeClient
) -> None:
    desk = desk_factory(client).window
    desk.resize(1080, 1920)
    _show(qtbot, desk, FEATURED[0].code)
    panel = desk.customer_panel
    name_bottom = panel.name.mapTo(desk, QPoint(0, panel.name.height())).y()
    card_top = panel.band_card.mapTo(desk, QPoint(0, 0)).y()
    button = panel.band_card.check_in_button
    button_top = button.mapTo(desk, QPoint(0, 0)).y()
    assert card_top > name_bottom  # under the guest, not beside them
    assert button_top < desk.height() / 2  # within reach, not at the foot of the screen
    assert panel.band_card.width() > 440 * 1.5  # the full width of the screen

    desk.resize(1280, 800)  # turned back to landscape: side by side again
    qtbot.waitUntil(
        lambda: (
            panel.band_card.width() == 440
            and panel.band_card.mapTo(desk, QPoint(0, 0)).x()
            > panel.name.mapTo(desk, QPoint(0, 0)).x() + panel.name.width()
        )
    )
