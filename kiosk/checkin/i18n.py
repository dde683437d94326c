"""The words on screen in the reader's language, without Qt in the domain.

The domain writes its sentences in English and passes each through :func:`tr` (or :func:`trn`
for a count); the screen installs a :class:`Language` that looks them up in the Qt Linguist
catalogues (``assets/translations/kiosk_*.ts``) and formats dates, times and money the locale's
way. Without one installed (the domain's own tests, the command line) everything is English.

Placeholders are named (``"Checked in {when}."``) so a translator can move them; a count is
``%n`` (Qt's own convention, so Linguist shows the plural forms). ``scripts/make_translations.py``
finds every string by these three names, so their first arguments must be literals:
:func:`N_` marks a literal that is translated later, where it is shown.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Protocol

CONTEXT = "Kiosk"
"""One Qt translation context for the whole app: a sentence means the same on every screen."""

_CURRENCY_SYMBOL = {"gbp": "£", "eur": "€", "usd": "$", "aud": "A$", "cad": "C$"}


class Language(Protocol):
    """What a screen installs to speak its reader's language."""

    code: str
    """``en``, ``de``, ``fr``, ``es``."""

    def translate(self, source: str, n: int = -1, one: str | None = None) -> str:
        """``source`` in this language; ``n`` >= 0 picks a plural form (``%n`` replaced),
        ``one`` is the English singular, for a catalogue that lacks the sentence."""
        ...

    def day(self, value: date, *, year: bool) -> str:
        """A day as staff write it: ``29 Nov 2026`` / ``29. Nov. 2026``."""
        ...

    def weekday(self, value: date) -> str: ...

    def clock(self, value: time) -> str: ...

    def money(self, amount: float, currency: str, symbol: str | None) -> str: ...


class English:
    """The source language: what the domain says when no screen has installed another."""

    code = "en"

    def translate(self, source: str, n: int = -1, one: str | None = None) -> str:
        if n < 0:
            return source
        return (one if n == 1 and one is not None else source).replace("%n", str(n))

    def day(self, value: date, *, year: bool) -> str:
        text = f"{value.day} {value.strftime('%b')}"
        return f"{text} {value.year}" if year else text

    def weekday(self, value: date) -> str:
        return value.strftime("%A")

    def clock(self, value: time) -> str:
        return value.strftime("%H:%M")

    def money(self, amount: float, currency: str, symbol: str | None) -> str:
        text = f"{amount:,.2f}"
        return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}".strip()


_active: Language = English()


def install(language: Language) -> None:
    """Every sentence made from now on is in ``language`` (the screen re-renders its state)."""
    global _active
    _active = language


def current() -> Language:
    return _active


def tr(source: str, **values: object) -> str:
    """``source`` in the reader's language, its ``{named}`` placeholders filled in."""
    text = _active.translate(source)
    return text.format(**values) if values else text


def trn(one: str, other: str, n: int, **values: object) -> str:
    """A sentence with a count: ``trn("%n guest", "%n guests", 3)``. The catalogue's key is
    ``other``; English (or a catalogue without the sentence) picks by ``n`` itself."""
    text = _active.translate(other, n, one)
    return text.format(**values) if values else text


def N_(source: str) -> str:
    """Marks a literal for the catalogue; it is translated where it is shown, with ``tr``."""
    return source


def day(value: date | datetime, *, year: bool = True) -> str:
    return _active.day(value.date() if isinstance(value, datetime) else value, year=year)


def weekday(value: date | datetime) -> str:
    return _active.weekday(value.date() if isinstance(value, datetime) else value)


def clock(value: datetime | time) -> str:
    return _active.clock(value.time() if isinstance(value, datetime) else value)


def money(amount_minor: int, currency: str | None) -> str:
    """``9900, "GBP"`` -> ``£99.00`` (``99,00 £`` in German); currency case-insensitive."""
    code = (currency or "").casefold()
    return _active.money(amount_minor / 100, code, _CURRENCY_SYMBOL.get(code))
