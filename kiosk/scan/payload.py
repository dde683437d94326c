"""Payload rules: turn what a reader produced into a code worth looking up, or say why not.

Readers add noise: AIM symbology identifiers (``]C1`` for Code 128, ``]Q1`` for QR...) when
configured to, CR/LF/Tab terminators, stray control characters. A garbage read (a half-read
code, a burst of keyboard mashing) must be refused with a reason before any request is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


def N_(source: str) -> str:
    """Marks a sentence for the translation catalogue (the screen translates ``template``)."""
    return source


IN_PIECES = N_("The scan arrived in pieces (the computer was busy).")
"""A keyboard scanner's code split by a late key (``WedgeScanner.partial``): never looked up."""


class InvalidPayload(ValueError):
    """The scan is not a usable code; ``reason`` says why in plain words (``template`` and
    ``values`` let a screen say it in its own language)."""

    def __init__(self, template: str, **values: object) -> None:
        self.reason = template.format(**values)
        super().__init__(self.reason)
        self.template = template
        self.values = values


@dataclass(frozen=True)
class PayloadRules:
    min_length: int = 4
    max_length: int = 128
    allowed: str | None = None
    """A regular expression every character must match; ``None`` allows any printable one."""
    pattern: str | None = None
    """A regular expression the whole code must match (the site's band codes), or ``None``."""


def normalise_payload(raw: str, rules: PayloadRules = PayloadRules()) -> str:
    """Strip reader noise from ``raw`` and check it against ``rules``; raise InvalidPayload."""
    text = raw.strip("\r\n\t ")
    text = _AIM_PREFIX.sub("", text, count=1)
    # Control characters (terminators, GS separators) and exotic spaces are reader noise.
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    if not text:
        raise InvalidPayload(N_("The scan was empty."))
    if len(text) < rules.min_length:
        raise InvalidPayload(N_("The scan was too short ({count} characters)."), count=len(text))
    if len(text) > rules.max_length:
        raise InvalidPayload(N_("The scan was too long ({count} characters)."), count=len(text))
    if rules.allowed is not None:
        pattern = re.compile(rules.allowed)
        bad = sorted({ch for ch in text if not pattern.fullmatch(ch)})
        if bad:
            raise InvalidPayload(
                N_("The scan has characters a code cannot have: {characters}"),
                characters=" ".join(bad),
            )
    if rules.pattern is not None and re.fullmatch(rules.pattern, text) is None:
        raise InvalidPayload(N_("The scan is not one of this site's codes."))
    return text
