"""Loads the shipped style sheets."""

from __future__ import annotations

from kiosk.config import asset_path
from kiosk.ui.scale import scaled_style_sheet


def desk_style_sheet(scale: float = 1.0) -> str:
    """The desk's style sheet, its pixel sizes at ``scale`` (see :mod:`kiosk.ui.scale`)."""
    sheet = asset_path("styles", "desk.qss").read_text(encoding="utf-8")
    return scaled_style_sheet(sheet, scale)


def self_style_sheet() -> str:
    return asset_path("styles", "self.qss").read_text(encoding="utf-8")
