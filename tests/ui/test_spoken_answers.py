"""Self check-in says its answer aloud in the guest's language, through Qt's text to speech
(its "mock" engine here: the same API, no sound card): the verdict and a first name, never a
surname, even where the screen shows one."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config.pin import hash_pin
from kiosk.scan import ScanEvent
from tests.rigs import SelfRig
from tests.sandbox_helpers import code_of


def test_the_answer_is_spoken_in_the_guests_language_without_a_surname(
    qtbot: QtBot, fresh_client: TrybeClient, self_factory: Callable[..., SelfRig]
) -> None:
    rig = self_factory(fresh_client, hash_pin("4826"), show_surname=True, speech_engine="mock")
    screen = rig.window
    speaker = screen.speaker
    assert speaker.available

    screen.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: speaker.last.startswith("Checked in."), timeout=5000)
    assert "Welcome, Amelia!" in speaker.last
    assert "Hart" not in speaker.last  # on screen with show_surname, never said aloud
    assert "Amelia Hart" in screen.verdict_greeting.text()
    assert speaker.last_locale == "en"
    qtbot.waitUntil(lambda: speaker.speaking, timeout=3000)

    screen.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="wedge"))  # German
    qtbot.waitUntil(lambda: speaker.last_locale == "de", timeout=5000)
    assert speaker.last.startswith("Einen Moment")
    assert "Jonas" in speaker.last
    assert "Becker" not in speaker.last
    assert "Rezeption" in speaker.last  # where to go, in German


def test_a_code_nobody_has_is_answered_aloud_too(
    qtbot: QtBot, client: TrybeClient, self_factory: Callable[..., SelfRig]
) -> None:
    rig = self_factory(client, hash_pin("4826"), speech_engine="mock")
    rig.window.handle_scan(ScanEvent(payload="NOBODY-0001", source="wedge"))
    qtbot.waitUntil(lambda: rig.window.speaker.last != "", timeout=5000)
    assert rig.window.speaker.last.startswith("Sorry.")
    assert "reception" in rig.window.speaker.last
