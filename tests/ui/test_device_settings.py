"""Choosing and testing the camera, and saving reader settings without losing a person's notes."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.config import load_settings
from kiosk.ui.device_settings import DeviceSettingsDialog
from tests.videogen import band_frames, write_video


def test_test_the_camera_then_save_and_read_back(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text('# front desk 2, by the spa entrance\nsite_id = "abc"\n')
    video = write_video(tmp_path / "cam.avi", band_frames("Code128", "100200300", 30))
    dialog = DeviceSettingsDialog(load_settings(settings_file), settings_file)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.camera_choice.setCurrentIndex(dialog.camera_choice.findData("custom"))
    assert dialog.camera_source.isVisible()
    dialog.camera_source.setText(str(video))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "camera works" in dialog.camera_result.text(), timeout=5000)
    assert "100200300" in dialog.camera_result.text()
    assert "Picture: 640×480." in dialog.camera_result.text()  # a file: played at its own size
    assert dialog.picture_size.currentData() == "1280x720"  # asked of a camera by default
    dialog.picture_size.setCurrentIndex(dialog.picture_size.findData("1920x1080"))

    dialog.serial_choice.setCurrentIndex(dialog.serial_choice.findData("auto"))
    dialog.layout_system.setChecked(True)
    assert not dialog.full_ascii.isChecked()
    dialog.full_ascii.setChecked(True)  # this site prints 12ab in full ASCII
    dialog._save()

    text = settings_file.read_text()
    assert text.startswith("# front desk 2, by the spa entrance")
    saved = tomllib.loads(text)
    assert saved["site_id"] == "abc"
    reloaded = load_settings(settings_file)
    assert reloaded.camera == str(video)
    assert reloaded.serial_port == "auto"
    assert reloaded.wedge.scanner_layout == "system"
    assert reloaded.scanning.code39_full_ascii is True
    assert reloaded.scanning.camera_size == (1920, 1080)

    again = DeviceSettingsDialog(reloaded, settings_file)
    qtbot.addWidget(again)
    assert again.picture_size.currentData() == "1920x1080"
    again.picture_size.setCurrentIndex(again.picture_size.findData(""))  # the camera's own
    again._save()
    assert load_settings(settings_file).scanning.camera_size is None


def test_a_camera_that_does_not_open_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = DeviceSettingsDialog(load_settings(tmp_path / "none.toml"), tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    dialog.camera_choice.setCurrentIndex(dialog.camera_choice.findData("custom"))
    dialog.camera_source.setText(str(tmp_path / "missing.avi"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "✖" in dialog.camera_result.text(), timeout=5000)
    assert "cannot open camera" in dialog.camera_result.text().lower()
    dialog.reject()


def test_a_camera_that_does_not_open_is_said_in_the_desks_language(
    qtbot: QtBot, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    """The camera's state was English words compared as English: in German the dialog said
    "Cannot open camera" (or, once translated, nothing at all)."""
    speak("de")
    dialog = DeviceSettingsDialog(load_settings(tmp_path / "none.toml"), tmp_path / "s.toml")
    qtbot.addWidget(dialog)
    dialog.camera_choice.setCurrentIndex(dialog.camera_choice.findData("custom"))
    missing = tmp_path / "fehlt.avi"
    dialog.camera_source.setText(str(missing))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "✖" in dialog.camera_result.text(), timeout=5000)
    assert dialog.camera_result.text() == f"✖ Kamera {missing} lässt sich nicht öffnen."
    dialog.reject()
