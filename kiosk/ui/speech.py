"""Spoken answers on self check-in (EN 301 549 for closed functionality; the ADA's kiosk
guidance): the verdict sentence, in the guest's language, through Qt's text to speech
(speech-dispatcher / espeak-ng on Linux, SAPI on Windows). Only what the screen says to
everyone: a first name at most, never a surname, an amount or a reason that is not public.
Silent, never failing, where there is no speech engine."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject

log = logging.getLogger(__name__)


class Speaker(QObject):
    """``engine``: a Qt text-to-speech engine by name ("mock" in tests); None: the platform's
    default. ``last`` is what was said last (tests, diagnostics)."""

    def __init__(
        self, *, enabled: bool = True, engine: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.last = ""
        self.last_locale = ""
        self._tts = None
        if not enabled:
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # a bundle or a system without the module: silent
            log.warning("no speech: %s", exc)
            return
        engines = QTextToSpeech.availableEngines()
        if engine is not None and engine not in engines:
            log.warning("no %s speech engine (have: %s)", engine, ", ".join(engines))
            return
        if engine is None and not engines:
            log.info("no speech engine on this machine")
            return
        self._tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)

    @property
    def available(self) -> bool:
        return self._tts is not None

    @property
    def speaking(self) -> bool:
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._tts.state() == QTextToSpeech.State.Speaking)

    def say(self, text: str, language: str) -> None:
        """Say ``text`` in ``language`` (a code: "de"), stopping whatever was being said."""
        self.last = text
        self.last_locale = language
        if self._tts is None or not self.enabled or not text.strip():
            return
        self._tts.stop()
        wanted = QLocale(language)
        if any(loc.language() == wanted.language() for loc in self._tts.availableLocales()):
            self._tts.setLocale(wanted)
        self._tts.say(text)

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()
