"""Loads the shipped style sheets."""

from __future__ import annotations

from kiosk.config import asset_path
from kiosk.ui.scale import scaled_style_sheet


def desk_style_sheet(scale: float = 1.0, *, high_contrast: bool = False) -> str:
    """The desk's style sheet, its pixel sizes at ``scale`` (see :mod:`kiosk.ui.scale`);
    ``high_contrast``: white on black laid over it (desk-contrast.qss)."""
    sheet = asset_path("styles", "desk.qss").read_text(encoding="utf-8")
    if high_contrast:
        sheet += "\n" + asset_path("styles", "desk-contrast.qss").read_text(encoding="utf-8")
    return scaled_style_sheet(sheet, scale)


def self_style_sheet() -> str:
    return asset_path("styles", "self.qss").read_text(encoding="utf-8")
