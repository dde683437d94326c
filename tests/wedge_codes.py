"""Codes like real wristbands, rich in what breaks a keyboard wedge: runs of the same digit
("555000111"), doubled letters in both cases, shifted symbols side by side, UUID-like ids."""

from __future__ import annotations

import random
import string

_SHIFTED = "!@#$%^&*()_+{}:<>?~|"


def repeat_rich_codes(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    codes = []
    for n in range(count):
        kind = n % 4
        if kind == 0:  # numeric band ids with runs
            code = "".join(rng.choice(string.digits) * rng.randint(1, 4) for _ in range(4))
        elif kind == 1:  # UUID-like, mixed case, doubled letters
            parts = [
                "".join(rng.choice("abcdefABCDEF0123456789") * rng.randint(1, 2) for _ in range(4))
                for _ in range(3)
            ]
            code = "-".join(parts)
        elif kind == 2:  # shifted symbols and capitals, repeated
            code = "".join(
                rng.choice(_SHIFTED + string.ascii_uppercase) * rng.randint(1, 3) for _ in range(5)
            )
        else:  # a band code with a prefix
            code = "TRYBE-" + "".join(
                rng.choice("0123456789") * rng.randint(2, 3) for _ in range(3)
            )
        codes.append(code[:40] if len(code) >= 4 else code + "0000")
    return codes
