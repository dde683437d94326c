"""The staff settings as a manager changes them: a rule set to Stop turns the guest on screen
red at once, a threshold moves, the file keeps what a person wrote in it, and a value set back
to its default leaves the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import apply_staff_settings
from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.scan import ScanEvent
from kiosk.ui.staff_settings import StaffSettingsDialog
from tests.rigs import DeskRig
from tests.sandbox_helpers import code_of

WRITTEN = '# the desk by the spa door\nsounds = true\n\n[policy]\nrecent_check_in = "warn"\n'


def choose(dialog: StaffSettingsDialog, rule: str, shown: str) -> None:
    box = dialog.rule_choices[rule]
    box.setCurrentIndex(box.findText(shown))  # as a tap on the list's entry does


def test_stop_on_no_membership_turns_the_guest_on_screen_red_and_keeps_the_file(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig], tmp_path: Path
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(WRITTEN)
    desk = desk_factory(client).window
    desk.handle_scan(ScanEvent(payload=code_of("Oliver Price"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Oliver Price", timeout=5000)
    assert desk.customer_panel.verdict.headline.text() == "Check before admitting"

    dialog = StaffSettingsDialog(Settings(settings_path=path), path, desk)
    qtbot.addWidget(dialog)
    dialog.saved.connect(lambda fresh: apply_staff_settings(fresh, desk))
    dialog.show()
    choose(dialog, "no_active_membership", "Stop")
    dialog.thresholds["recent_check_in_minutes"].setValue(45)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert desk.customer_panel.verdict.headline.text() == "Do not admit"  # at once
    assert "No active membership" in desk.customer_panel.verdict.reasons.text()
    saved = path.read_text()
    assert saved.startswith("# the desk by the spa door")
    assert 'no_active_membership = "deny"' in saved
    assert "recent_check_in_minutes = 45" in saved
    assert "locked" not in saved  # an untouched rule is not written out
    assert Settings(settings_path=path).policy.no_active_membership == "deny"


def test_a_rule_set_back_to_its_default_leaves_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("idle_clear_s = 30\n" + WRITTEN.replace('"warn"', '"deny"'))
    dialog = StaffSettingsDialog(Settings(settings_path=path), path)
    qtbot.addWidget(dialog)
    fresh: list[Settings] = []
    dialog.saved.connect(fresh.append)
    choose(dialog, "recent_check_in", "Warn staff")  # the default
    dialog.idle_clear.setValue(90)  # the default
    dialog.sounds.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = path.read_text()
    assert "recent_check_in" not in saved
    assert "idle_clear_s" not in saved
    assert "sounds = false" in saved
    assert fresh[0].policy.recent_check_in == "warn"
    assert fresh[0].sounds is False


def test_every_control_is_named_and_big_enough(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = StaffSettingsDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    for box in [*dialog.rule_choices.values(), *dialog.thresholds.values()]:
        assert box.accessibleName()
        assert box.minimumHeight() >= 48


def test_the_desk_s_language_is_chosen_in_the_settings_and_used_from_the_next_start(
    qtbot: QtBot,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    speak: Callable[[str], None],
    tmp_path: Path,
) -> None:
    from kiosk.ui.translations import choose as choose_language

    path = tmp_path / "settings.toml"
    path.write_text(WRITTEN)
    dialog = StaffSettingsDialog(Settings(settings_path=path), path)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.language
    assert box.currentData() == "auto"  # the system's language until someone chooses
    assert [box.itemText(i) for i in range(1, box.count())] == [
        "English",
        "Deutsch",
        "Français",
        "Español",
    ]
    box.setCurrentIndex(box.findText("Deutsch"))  # as a tap on the list's entry does
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert 'language = "de"' in path.read_text()

    speak(choose_language(Settings(settings_path=path).language))  # the next start
    desk = desk_factory(client).window
    assert desk.search_button.text() == "Suchen"
    assert desk.windowTitle() == "Kiosk · Rezeption"
