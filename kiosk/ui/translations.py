"""Switching the screen's language per guest (Qt translators for de, fr, es; English is the
source language)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from kiosk.config import asset_path

log = logging.getLogger(__name__)


class GuestLanguage(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: dict[str, QTranslator] = {}
        for language in ("de", "fr", "es"):
            translator = QTranslator(self)
            if translator.load(str(asset_path("translations", f"kiosk_{language}.qm"))):
                self._translators[language] = translator
            else:
                log.warning("no %s translation loaded", language)
        self.current = "en"

    def use(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None or language == self.current:
            return
        if self.current in self._translators:
            app.removeTranslator(self._translators[self.current])
        if language in self._translators:
            app.installTranslator(self._translators[language])
            self.current = language
        else:
            self.current = "en"


def tr(text: str) -> str:
    return QCoreApplication.translate("SelfCheckIn", text)
