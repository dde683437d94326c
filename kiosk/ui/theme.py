"""Loads the shipped style sheets."""

from __future__ import annotations

from kiosk.config import asset_path


def desk_style_sheet() -> str:
    return asset_path("styles", "desk.qss").read_text(encoding="utf-8")


def self_style_sheet() -> str:
    return asset_path("styles", "self.qss").read_text(encoding="utf-8")
