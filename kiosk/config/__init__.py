"""Typed settings, platform paths and the API token: the bottom layer, imported by all."""

from kiosk.config.paths import asset_path, user_data_dir
from kiosk.config.settings import Settings, load_settings

__all__ = ["Settings", "asset_path", "load_settings", "user_data_dir"]
