"""The desk's box reads typed text as a person would: codes are looked up, the rest searched."""

from __future__ import annotations

import pytest

from kiosk.checkin.typed import TypedIntent, typed_intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Amelia Hart", TypedIntent.SEARCH),
        ("hart", TypedIntent.SEARCH),
        ("O'Neil", TypedIntent.SEARCH),
        ("Smith-Jones", TypedIntent.SEARCH),
        ("Chloé", TypedIntent.SEARCH),
        ("amelia@example.com", TypedIntent.SEARCH),
        ("07700 900123", TypedIntent.SEARCH),
        ("+44 7700 900123", TypedIntent.SEARCH),
        ("+447700900123", TypedIntent.SEARCH),
        ("100200300", TypedIntent.CODE_THEN_SEARCH),  # a band's number, or a phone
        ("07700900123", TypedIntent.CODE_THEN_SEARCH),
        ("WB-10023", TypedIntent.CODE),
        ("NOPE-0000", TypedIntent.CODE),
        ("9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11", TypedIntent.CODE),  # a customer id
        ("  100200300  ", TypedIntent.CODE_THEN_SEARCH),
    ],
)
def test_typed_text_is_a_code_or_a_search(text: str, intent: TypedIntent) -> None:
    assert typed_intent(text) is intent


def test_without_search_everything_typed_is_a_code() -> None:
    assert typed_intent("Amelia Hart", can_search=False) is TypedIntent.CODE
