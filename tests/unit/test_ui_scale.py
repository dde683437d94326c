"""The desk's size factor: bigger on a bigger screen, never smaller than drawn (touch targets
keep 48 px), and a style sheet scaled in its sizes only."""

from __future__ import annotations

import pytest

from kiosk.ui.scale import scale_for, scaled_style_sheet
from kiosk.ui.theme import desk_style_sheet


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((1280, 800), 1.0),
        ((1280, 760), 1.0),  # a window with a title bar and a panel: never below 1
        ((1080, 1920), 1.0),  # portrait: the width decides
        ((1920, 1040), 1.25),
        ((1920, 1080), 1.25),
        ((2560, 1440), 1.5),
        ((3840, 2160), 1.5),  # capped: two columns must still fit
    ],
)
def test_the_factor_follows_the_window(size: tuple[int, int], expected: float) -> None:
    assert scale_for(*size) == expected


def test_only_pixel_sizes_change() -> None:
    sheet = "#x { font-size: 20px; border: 1px solid #2a9d8f; padding: 8px 12px; }"
    assert scaled_style_sheet(sheet, 1.25) == (
        "#x { font-size: 25px; border: 1px solid #2a9d8f; padding: 10px 15px; }"
    )
    assert scaled_style_sheet(sheet, 1.0) == sheet


def test_the_shipped_sheet_scales_every_size_and_keeps_every_rule() -> None:
    plain, big = desk_style_sheet(), desk_style_sheet(1.5)
    assert plain.count("{") == big.count("{")
    assert "font-size: 40px" in plain  # the guest's name
    assert "font-size: 60px" in big
