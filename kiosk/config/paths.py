"""Where the app's files live: shipped assets and per-user data.

Assets ship inside the wheel as ``kiosk/_assets`` (see ``pyproject.toml``); in a source
checkout they are the repository's ``assets/`` folder. Everything the app writes goes under
platformdirs' per-user folders, never next to the code.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "kiosk"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_ASSET_ROOTS = (_PACKAGE_DIR / "_assets", _PACKAGE_DIR.parent / "assets")


def asset_path(*parts: str) -> Path:
    """Return the path of a shipped runtime file, in a wheel or a checkout."""
    for root in _ASSET_ROOTS:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    raise FileNotFoundError("asset not found: " + "/".join(parts))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def reports_dir() -> Path:
    """Where the desk saves the reports staff ask for (the user's documents, not app data)."""
    return Path(platformdirs.user_documents_dir()) / "Kiosk reports"


def settings_file() -> Path:
    return user_config_dir() / "settings.toml"
