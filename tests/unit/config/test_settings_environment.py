"""Issue 27, item 5: settings from the environment take the same types as the file, and a bad
value is one plain sentence naming the setting (never a traceback), from the real command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kiosk.config.settings import SettingsProblem, load_settings


def test_a_number_from_the_environment_is_the_number_the_file_would_give(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_PRINTER__DPI", "300")
    monkeypatch.setenv("KIOSK_LOOKUP_DEADLINE_S", "2.5")
    monkeypatch.setenv("KIOSK_DEVICE_NAME", "Desk 1")
    settings = load_settings()
    assert settings.printer.dpi == 300
    assert settings.lookup_deadline_s == 2.5
    assert settings.device_name == "Desk 1"


def test_bad_values_are_sentences_naming_each_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_PRINTER__DPI", "301")
    monkeypatch.setenv("KIOSK_LOOKUP_DEADLINE_S", "soon")
    with pytest.raises(SettingsProblem) as raised:
        load_settings()
    lines = str(raised.value).splitlines()
    assert len(lines) == 2
    assert any(
        line.startswith("The setting printer.dpi (in settings.toml, or KIOSK_PRINTER__DPI")
        and "'301'" in line
        and "203 or 300" in line
        for line in lines
    )
    assert any("KIOSK_LOOKUP_DEADLINE_S" in line and "'soon'" in line for line in lines)


def test_the_command_says_a_bad_setting_in_words_and_exits_2() -> None:
    env = {**os.environ, "KIOSK_PRINTER__DPI": "301"}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--demo", "lookup", "100200300"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "The setting printer.dpi" in done.stderr
