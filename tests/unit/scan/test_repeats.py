"""Repeat suppression per source: one band held up is one scan."""

from __future__ import annotations

from kiosk.scan import RepeatFilter, ScanEvent


def event(payload: str, source: str, at: float) -> ScanEvent:
    return ScanEvent(payload=payload, source=source, at=at)  # type: ignore[arg-type]


def test_same_code_from_a_scanner_within_the_window_is_a_repeat() -> None:
    repeats = RepeatFilter()
    assert not repeats.is_repeat(event("A1", "wedge", 0.0), "A1")
    assert repeats.is_repeat(event("A1", "wedge", 2.0), "A1")
    assert not repeats.is_repeat(event("A1", "wedge", 2.6), "A1")


def test_a_camera_holds_longer_and_a_different_code_always_passes() -> None:
    repeats = RepeatFilter()
    assert not repeats.is_repeat(event("A1", "camera", 0.0), "A1")
    assert repeats.is_repeat(event("A1", "camera", 4.9), "A1")
    assert not repeats.is_repeat(event("B2", "camera", 5.0), "B2")
    assert not repeats.is_repeat(event("A1", "camera", 5.1), "A1")


def test_sources_are_independent_and_typing_is_never_a_repeat() -> None:
    repeats = RepeatFilter()
    assert not repeats.is_repeat(event("A1", "wedge", 0.0), "A1")
    assert not repeats.is_repeat(event("A1", "camera", 0.1), "A1")
    assert not repeats.is_repeat(event("A1", "manual", 0.2), "A1")
    assert not repeats.is_repeat(event("A1", "manual", 0.3), "A1")


def test_forget_lets_the_same_band_in_at_once() -> None:
    repeats = RepeatFilter()
    repeats.is_repeat(event("A1", "wedge", 0.0), "A1")
    repeats.forget()
    assert not repeats.is_repeat(event("A1", "wedge", 0.5), "A1")
