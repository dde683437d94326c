"""Payload rules: reader noise is stripped, garbage is refused with a reason, nothing crashes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.scan import InvalidPayload, PayloadRules, normalise_payload


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("100200300\r\n", "100200300"),
        ("\t100200300\t", "100200300"),
        ("]C1100200300", "100200300"),
        ("]Q1TRYBE:BAND:X-1", "TRYBE:BAND:X-1"),
        ("1002\x1d00300", "100200300"),
        ("  WB-77 ", "WB-77"),
    ],
)
def test_reader_noise_is_stripped(raw: str, expected: str) -> None:
    assert normalise_payload(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [("", "empty"), ("\r\n", "empty"), ("abc", "too short"), ("x" * 129, "too long")],
)
def test_garbage_is_refused_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(InvalidPayload, match=reason):
        normalise_payload(raw)


def test_a_character_set_can_be_enforced() -> None:
    digits_only = PayloadRules(allowed=r"[0-9]")
    assert normalise_payload("100200300", digits_only) == "100200300"
    with pytest.raises(InvalidPayload, match="characters a code cannot have"):
        normalise_payload("1002OO300", digits_only)


@given(st.text(max_size=300))
def test_any_input_is_either_a_clean_payload_or_a_clear_refusal(raw: str) -> None:
    rules = PayloadRules()
    try:
        payload = normalise_payload(raw, rules)
    except InvalidPayload as refused:
        reason = refused.reason
        assert reason, "a refusal always says why"
        return
    assert rules.min_length <= len(payload) <= rules.max_length
    assert payload == payload.strip()
    assert all(ch.isprintable() for ch in payload)
