"""The screen's language: the desk's (chosen in the settings or from the system) and, on self
check-in, each guest's own for the length of their answer.

English is the source language; German, French and Spanish come from the Qt Linguist
catalogues in assets/translations (scripts/make_translations.py), Qt's own dialog buttons from
the qtbase catalogues that ship with Qt.
"""

from __future__ import annotations

import logging
from datetime import date, time

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

from kiosk.checkin import i18n
from kiosk.checkin.i18n import CONTEXT
from kiosk.config import asset_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
"""Each language in its own words (how a reader finds theirs in a list)."""

_DAY = {"de": "d. MMM"}
"""A day as each language writes it short ("29. Nov." in German); others "d MMM"."""


def system_language() -> str:
    """The system's language if the desk speaks it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def choose(setting: str | None) -> str:
    """The desk's language: the setting's, or (unset, "auto") the system's."""
    if setting and setting in LANGUAGES:
        return setting
    return system_language()


def _load(name: str, directory: str, parent: QObject) -> QTranslator | None:
    translator = QTranslator(parent)
    if translator.load(name, directory):
        return translator
    return None


class QtLanguage:
    """:class:`kiosk.checkin.i18n.Language` through Qt: the installed catalogues, QLocale."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.locale = QLocale(
            {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}.get(code, code)
        )

    def translate(self, source: str, n: int = -1, one: str | None = None) -> str:
        text = QCoreApplication.translate(CONTEXT, source, None, n)
        if n >= 0 and one is not None and text == source.replace("%n", str(n)):
            return i18n.English().translate(source, n, one)  # no catalogue has it: English
        return text

    def day(self, value: date, *, year: bool) -> str:
        pattern = _DAY.get(self.code, "d MMM") + (" yyyy" if year else "")
        return self.locale.toString(QDate(value.year, value.month, value.day), pattern)

    def weekday(self, value: date) -> str:
        return self.locale.dayName(value.isoweekday())

    def clock(self, value: time) -> str:
        return self.locale.toString(QTime(value.hour, value.minute), "HH:mm")

    def money(self, amount: float, currency: str, symbol: str | None) -> str:
        return self.locale.toCurrencyString(amount, symbol or currency.upper(), 2)


class DeskLanguage(QObject):
    """Installs one language for the whole app: its catalogue, Qt's own, and the domain's
    sentences and formats (``kiosk.checkin.i18n``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.code = "en"

    def use(self, code: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.code = code if code in LANGUAGES else "en"
        if app is not None and self.code != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, directory in (
                (f"qtbase_{self.code}", qt_dir),
                (f"kiosk_{self.code}", str(asset_path("translations"))),
            ):
                loaded = _load(name, directory, self)
                if loaded is None:
                    log.warning("no %s catalogue in %s", name, directory)
                    continue
                app.installTranslator(loaded)
                self._installed.append(loaded)
        i18n.install(QtLanguage(self.code))


class _SourceEnglish(QTranslator):
    """English over a desk in another language: every sentence as written."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source

    def isEmpty(self) -> bool:
        return False


class GuestLanguage(QObject):
    """Self check-in: the answer in the guest's language, over the desk's (which comes back
    with the start screen)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: dict[str, QTranslator] = {"en": _SourceEnglish(self)}
        for language in ("de", "fr", "es"):
            translator = QTranslator(self)
            if translator.load(str(asset_path("translations", f"kiosk_{language}.qm"))):
                self._translators[language] = translator
            else:
                log.warning("no %s translation loaded", language)
        self.current: str | None = None
        """The guest's language while it is over the desk's; None: the desk's."""

    def use(self, language: str | None) -> None:
        """``language`` for the guest's answer; None: back to the desk's language."""
        app = QCoreApplication.instance()
        wanted = language if language in self._translators else None
        if app is None or wanted == self.current:
            return
        if self.current is not None:
            app.removeTranslator(self._translators[self.current])
        if wanted is not None:
            app.installTranslator(self._translators[wanted])
        self.current = wanted


def tr(text: str) -> str:
    """Self check-in's sentences (``%1`` placeholders, filled in by the caller)."""
    return QCoreApplication.translate(CONTEXT, text)
