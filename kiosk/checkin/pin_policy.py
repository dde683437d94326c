"""What a new PIN may be: at least six digits and nothing a guesser tries first.

One rule for every PIN set from now on, the kiosk's staff PIN and each person's desk PIN alike.
A desk PIN is typed after tapping a name, with no badge asked as well, so it is a sole factor as
much as the kiosk's: four digits would be 10,000 guesses, and people choose a few of them far
more often than the rest (1234, 0000, a year). A member of staff who wants speed scans a badge.
PINs set before this rule keep working; a right one that breaks it is told to be changed
(``breaks_rule``), as NIST SP 800-63B asks of a verifier that tightens its rules.

"Guessable" is what the studies of chosen PINs put at the top (Bonneau et al., "A birthday
present every eleven wallets?"; Wang et al., "Understanding human-chosen PINs", 2017): a repeat
(111111), a run up or down or in steps (123456, 987654, 135791, wrapping 890123), a short pattern
repeated (121212, 123123), a mirror (123321), at most two different digits (112211), each digit
doubled or tripled (112233, 111222), the keypad's
lines (147258, 159753), and the year (this year or last, as 2026 in 202612).
"""

from __future__ import annotations

import itertools

from kiosk.checkin.i18n import tr

MIN_DIGITS = 6
MAX_DIGITS = 12

KEYPAD_LINES = frozenset(
    {
        "147258",
        "258369",
        "369258",
        "147852",
        "741852",
        "852963",
        "963852",
        "159753",
        "357159",
        "789456",
        "456123",
        "321654",
        "123654",
        "456789123",
        "147258369",
        "159357",
        "142536",
        "124578",
    }
)
"""Lines and shapes drawn on a phone-style keypad, high in every list of chosen 6-digit PINs."""


def rule_words() -> str:
    """The rule, as the PIN fields' labels say it."""
    return tr("{low} to {high} digits", low=MIN_DIGITS, high=MAX_DIGITS)


def pin_problem(pin: str, *, year: int) -> str | None:
    """Why ``pin`` cannot be set as a new PIN (a sentence to show), or None: it can.
    ``year`` is this year as the clock port says (a PIN holding it is guessable)."""
    if not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return tr("A PIN is {low} to {high} digits.", low=MIN_DIGITS, high=MAX_DIGITS)
    if is_guessable(pin, year=year):
        return tr(
            "That PIN is among the first a guesser tries (a repeat, a run, a pattern or a "
            "year): choose another."
        )
    return None


def breaks_rule(pin: str, *, year: int) -> bool:
    """A PIN that is right but could not be set today (set before the rule)."""
    return pin_problem(pin, year=year) is not None


def is_guessable(pin: str, *, year: int) -> bool:
    digits = [int(d) for d in pin]
    if len(set(digits)) <= 2:
        return True  # repeats and two-digit patterns (111111, 121212, 112211)
    steps = {(b - a) % 10 for a, b in itertools.pairwise(digits)}
    if len(steps) == 1:
        return True  # 123456, 987654, 135791, 890123
    if pin == pin[::-1]:
        return True  # 123321
    for size in range(1, len(pin) // 2 + 1):
        if len(pin) % size == 0 and pin[:size] * (len(pin) // size) == pin:
            return True  # 123123, 520520
    for size in (2, 3):
        chunks = [pin[i : i + size] for i in range(0, len(pin), size)]
        if len(pin) % size == 0 and all(len(set(chunk)) == 1 for chunk in chunks):
            return True  # each digit doubled or tripled (112233, 111222)
    if pin in KEYPAD_LINES:
        return True
    return any(str(each) in pin for each in (year, year - 1))
