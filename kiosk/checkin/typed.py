"""What text typed in the desk's box means: a code to look up, or a name, email or phone to
search for, decided the way a person at the desk would.

A scanner's burst is always a code (it never reaches here). Typed text is a *search* when it has
an ``@`` (an email), a space (a full name, a phone written in groups), a leading ``+`` (an
international phone) or only letters and name punctuation ("hart", "O'Neil", "Smith-Jones"). An
exact customer id, or letters mixed with digits ("WB-10023"), is a *code*. Digits alone could be
either a band's number or a phone: they are looked up as a code first and searched for if no
band has them.
"""

from __future__ import annotations

import re
from enum import StrEnum


class TypedIntent(StrEnum):
    CODE = "code"
    SEARCH = "search"
    CODE_THEN_SEARCH = "code, then search"


_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_NAME = re.compile(r"^[^\W\d_]+(?:['’.\-][^\W\d_]*)*$")
"""Letters, with the punctuation names carry (O'Neil, Smith-Jones, St.)."""
_PHONE = re.compile(r"^\+[\d\s().-]{6,}$")


def typed_intent(text: str, *, can_search: bool = True) -> TypedIntent:
    """What ``text`` (typed, then Enter or Find) asks for."""
    value = text.strip()
    if not can_search or not value:
        return TypedIntent.CODE
    if _UUID.match(value):
        return TypedIntent.CODE
    if "@" in value or any(ch.isspace() for ch in value):
        return TypedIntent.SEARCH
    if _PHONE.match(value) or _NAME.match(value):
        return TypedIntent.SEARCH
    if value.isdigit():
        return TypedIntent.CODE_THEN_SEARCH
    return TypedIntent.CODE
