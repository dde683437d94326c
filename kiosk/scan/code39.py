"""Code 39's variants, read as what they are.

One pattern of bars, three readings: *standard* Code 39 (43 characters: capitals, digits,
``-. $/+%``), *full ASCII* (the same bars, a pair of characters standing for one of the other
ASCII characters: ``+A`` is ``a``, ``%U`` is NUL), and *Code 32* (Italian pharmacode: six base-32
characters for a nine-digit number with a check digit). A band printed ``12ab`` in full ASCII
has the bars of ``12+A+B``; a scanner set for standard Code 39 reads ``12+A+B``, one set for full
ASCII reads ``12ab``. The site says which its bands are (``[scanning] code39_full_ascii``); every
decoder's read is turned into that reading, so two decoders agree on one text and the trust
rules judge it as the site's Code 39. A Code 32 is not a band code: its reads are dropped,
never turned into a different text.
"""

from __future__ import annotations

import string

_SHIFTED: dict[str, str] = {}
for _index, _letter in enumerate(string.ascii_uppercase):
    _SHIFTED["$" + _letter] = chr(1 + _index)  # $A..$Z: control characters 1-26
    _SHIFTED["+" + _letter] = _letter.lower()  # +A..+Z: a-z
for _letter, _char in zip("ABCDE", "\x1b\x1c\x1d\x1e\x1f", strict=True):
    _SHIFTED["%" + _letter] = _char
for _letter, _char in zip("FGHIJKLMNOPQRST", ";<=>?[\\]^_{|}~\x7f", strict=True):
    _SHIFTED["%" + _letter] = _char
_SHIFTED.update({"%U": "\x00", "%V": "@", "%W": "`", "%X": "\x7f", "%Y": "\x7f", "%Z": "\x7f"})
for _letter, _char in zip("ABCDEFGHIJKLMNO", "!\"#$%&'()*+,-./", strict=True):
    _SHIFTED["/" + _letter] = _char
_SHIFTED["/Z"] = ":"
_UNSHIFTED = {char: pair for pair, char in reversed(list(_SHIFTED.items()))}
"""One pair per character (the first in the table where several stand for DEL)."""

_NATIVE = set(string.ascii_uppercase + string.digits + "-. ")
_BASE32 = "0123456789BCDFGHJKLMNPQRSTUVWXYZ"


def as_full_ascii(standard: str) -> str | None:
    """``12+A+B`` read as full ASCII: ``12ab``. None when the text is not valid full ASCII (a
    ``+``, ``$``, ``%`` or ``/`` not followed by a letter it can take), as a scanner set for full
    ASCII refuses it."""
    out: list[str] = []
    index = 0
    while index < len(standard):
        char = standard[index]
        if char in "$%/+":
            pair = standard[index : index + 2]
            if pair not in _SHIFTED:
                return None
            out.append(_SHIFTED[pair])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def as_standard(full_ascii: str) -> str | None:
    """The standard Code 39 text of a full-ASCII read (``12ab`` -> ``12+A+B``): what the bars
    say to a scanner set for standard Code 39. None for a character Code 39 cannot carry."""
    out: list[str] = []
    for char in full_ascii:
        if char in _NATIVE:
            out.append(char)
        elif char in _UNSHIFTED:
            out.append(_UNSHIFTED[char])
        else:
            return None
    return "".join(out)


def is_code32(standard: str) -> bool:
    """Whether these six standard Code 39 characters are a valid Code 32 (a pharmacode): a
    nine-digit number in base 32 whose last digit checks the first eight."""
    if len(standard) != 6 or any(char not in _BASE32 for char in standard):
        return False
    number = 0
    for char in standard:
        number = number * 32 + _BASE32.index(char)
    if number >= 10**9:
        return False
    digits = f"{number:09d}"
    total = 0
    for position, digit in enumerate(digits[:8]):
        value = int(digit) * (2 if position % 2 else 1)
        total += value // 10 + value % 10
    return total % 10 == int(digits[8])
