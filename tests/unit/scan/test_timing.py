"""The verdict on a keyboard scanner's timing says what to change: a scanner a little slower
than ``wedge.max_gap_ms`` gets a setting to try; keys too slow for any setting are typing."""

from __future__ import annotations

from kiosk.config.settings import WedgeSettings
from kiosk.scan.timing import Burst


def test_a_burst_within_the_gap_is_a_scan() -> None:
    ok, words = Burst(9, (2.0, 3.0, 2.5, 4.0, 2.0, 3.0, 2.0, 2.0), "Enter").verdict(WedgeSettings())
    assert ok
    assert words == "a scan: every gap within 35 ms"


def test_a_scanner_a_little_slow_is_told_the_setting_to_try() -> None:
    ok, words = Burst(4, (20.0, 60.0, 25.0), "Enter").verdict(WedgeSettings())
    assert not ok
    assert words == (
        "a 60 ms gap before key 3 is longer than wedge.max_gap_ms (35): set it to 95, "
        "or make the scanner type faster"
    )


def test_keys_too_slow_for_any_setting_are_typing() -> None:
    ok, words = Burst(4, (120.0, 140.0, 130.0), "Enter").verdict(WedgeSettings())
    assert not ok
    assert words.endswith(": typing, not a scanner (a scanner types in a few ms)")


def test_too_few_keys_are_not_a_scan() -> None:
    ok, words = Burst(2, (2.0,), "Enter").verdict(WedgeSettings())
    assert not ok
    assert words == "only 2 keys: the app needs 4 for a scan"
