"""Issue 30: any 4 to 12 digits were a PIN, 0000 and 1234 included. A new PIN is now 6 to 12
digits and none of those a guesser tries first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.checkin.pin_policy import MAX_DIGITS, MIN_DIGITS, breaks_rule, pin_problem

YEAR = 2026


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("2468", "6 to 12 digits"),
        ("12345", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("48a613", "6 to 12 digits"),
        ("", "6 to 12 digits"),
        ("000000", "a guesser"),  # a repeat
        ("123456", "a guesser"),  # a run up
        ("987654", "a guesser"),  # a run down
        ("890123", "a guesser"),  # a run that wraps
        ("135791", "a guesser"),  # in steps
        ("121212", "a guesser"),  # two digits
        ("112211", "a guesser"),
        ("112233", "a guesser"),  # each digit doubled
        ("778899", "a guesser"),
        ("111222", "a guesser"),
        ("123123", "a guesser"),  # a short pattern repeated
        ("520520", "a guesser"),
        ("123321", "a guesser"),  # a mirror
        ("147258", "a guesser"),  # the keypad's columns
        ("159753", "a guesser"),  # the keypad's diagonals
        ("202617", "a guesser"),  # this year
        ("912025", "a guesser"),  # last year
        ("12345678", "a guesser"),
    ],
)
def test_a_short_or_guessable_pin_is_refused_with_a_reason(pin: str, why: str) -> None:
    problem = pin_problem(pin, year=YEAR)
    assert problem is not None
    assert why in problem
    assert breaks_rule(pin, year=YEAR)


@pytest.mark.parametrize("pin", ["482613", "731946", "58204719", "906153742861"])
def test_a_pin_nobody_guesses_first_is_taken(pin: str) -> None:
    assert pin_problem(pin, year=YEAR) is None


def test_the_year_is_the_clocks_not_a_fixed_one() -> None:
    assert pin_problem("202817", year=YEAR) is None
    assert pin_problem("202817", year=2028) is not None


@given(
    block=st.text(alphabet="0123456789", min_size=1, max_size=MAX_DIGITS // 2),
    times=st.integers(min_value=2, max_value=MAX_DIGITS),
)
def test_any_block_repeated_is_refused(block: str, times: int) -> None:
    pin = block * times
    if MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        assert pin_problem(pin, year=YEAR) is not None


@given(start=st.integers(0, 9), step=st.integers(0, 9), length=st.integers(MIN_DIGITS, MAX_DIGITS))
def test_any_run_in_steps_is_refused(start: int, step: int, length: int) -> None:
    pin = "".join(str((start + i * step) % 10) for i in range(length))
    assert pin_problem(pin, year=YEAR) is not None
