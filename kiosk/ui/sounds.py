"""A distinct sound per outcome (admit: rising chime, warn: two beeps, deny: falling tones).

Silent, never failing, where there is no sound: QtMultimedia missing its PulseAudio library,
no audio device, or sounds turned off in the settings. ``last`` records what was asked for.
"""

from __future__ import annotations

import logging
from typing import Literal

from PySide6.QtCore import QObject, QUrl

from kiosk.config import asset_path
from kiosk.devices.audio import multimedia_chatter_to_debug_log

log = logging.getLogger(__name__)

SoundName = Literal["admit", "warn", "deny"]


class Sounds(QObject):
    def __init__(
        self, enabled: bool = True, parent: QObject | None = None, *, volume: int = 70
    ) -> None:
        super().__init__(parent)
        self.last: SoundName | None = None
        self._effects: dict[str, QObject] = {}
        self.enabled = enabled
        self._volume = volume / 100
        if enabled:
            self._load()

    def _load(self) -> None:
        if self._effects:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # e.g. libpulse0 missing: carry on without sound
            log.warning("no sound: %s", exc)
            return
        with multimedia_chatter_to_debug_log():
            for name in ("admit", "warn", "deny"):
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(asset_path("sounds", f"{name}.wav"))))
                effect.setVolume(self._volume)
                self._effects[name] = effect

    def configure(self, *, enabled: bool, volume: int) -> None:
        """From the settings, at once: sounds on or off, and how loud (percent)."""
        self.enabled = enabled
        self._volume = volume / 100
        if enabled:
            self._load()
        for effect in self._effects.values():
            effect.setVolume(self._volume)  # type: ignore[attr-defined]

    def play(self, name: SoundName) -> None:
        self.last = name
        effect = self._effects.get(name) if self.enabled else None
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
