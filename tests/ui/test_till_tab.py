"""The spend guard at the till: a band with an order kept open on it shows the tab and its
running total, and what the guest spent here today (from the recent orders the guest system
lists); above the site's limit the verdict asks staff to confirm with the guest before charging
more; a band with an open tab and no card says so before anyone tries to charge it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import apply_staff_settings
from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.config.settings import PolicySettings
from kiosk.ui.staff_settings import StaffSettingsDialog
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import code_of

TAB = re.compile(r"Open tab (TRY\d+): £(\d+\.\d\d) so far")


def test_the_tab_on_a_band_and_the_spend_today_are_on_the_band_card(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(fresh_client).window
    show_code(qtbot, desk, code_of("Amelia Hart"))  # her band keeps an order open
    words = desk.customer_panel.band_card.order.text()
    tab = TAB.search(words)
    assert tab is not None, words
    assert "Spent today: £" in words
    # no limit set: the tab is shown, never held against her
    verdict = desk.session.state.verdict
    assert verdict is not None
    assert verdict.outcome == "admit"


def test_a_tab_over_the_site_limit_asks_to_confirm_before_charging_more(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(fresh_client, policy=PolicySettings(tab_limit=10)).window
    show_code(qtbot, desk, code_of("Amelia Hart"))
    tab = TAB.search(desk.customer_panel.band_card.order.text())
    assert tab is not None
    assert float(tab.group(2)) > 10
    verdict = desk.session.state.verdict
    assert verdict is not None
    assert verdict.outcome == "warn"
    words = " ".join(r.words for r in verdict.reasons)
    assert f"The open tab on this wristband is £{tab.group(2)}, over this site's £10.00" in words
    assert (
        "confirm with the guest before charging more" in desk.customer_panel.verdict.reasons.text()
    )

    # a limit above the tab: green again
    roomy = desk_factory(fresh_client, policy=PolicySettings(tab_limit=100000)).window
    show_code(qtbot, roomy, code_of("Amelia Hart"))
    assert roomy.session.state.verdict is not None
    assert roomy.session.state.verdict.outcome == "admit"


def test_a_manager_sets_the_tab_limit_in_the_settings_and_the_guest_on_screen_is_judged_again(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig], tmp_path: Path
) -> None:
    path = tmp_path / "settings.toml"
    desk = desk_factory(fresh_client).window
    show_code(qtbot, desk, code_of("Amelia Hart"))
    assert desk.customer_panel.verdict.headline.text() != "Check before admitting"
    dialog = StaffSettingsDialog(Settings(settings_path=path), path, desk)
    qtbot.addWidget(dialog)
    dialog.saved.connect(lambda fresh: apply_staff_settings(fresh, desk))
    dialog.show()
    limit = dialog.thresholds["tab_limit"]
    assert limit.text().startswith("no limit")  # unset
    limit.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert desk.customer_panel.verdict.headline.text() == "Check before admitting"  # at once
    assert "over this site's £25.00" in desk.customer_panel.verdict.reasons.text()
    assert "tab_limit = 25.0" in path.read_text()
    assert Settings(settings_path=path).policy.tab_limit == 25

    # set back to no limit: the key leaves the file
    again = StaffSettingsDialog(Settings(settings_path=path), path, desk)
    qtbot.addWidget(again)
    again.thresholds["tab_limit"].setValue(0)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert "tab_limit" not in path.read_text()
