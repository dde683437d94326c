"""A keyring backend keeping passwords in the JSON file named by ``KIOSK_TEST_KEYRING_FILE``.

Why a stand-in: the OS keyring needs a desktop session's secret service (D-Bus, GNOME Keyring
or KWallet), which a test machine does not run. The app reaches it through the same ``keyring``
API either way; only the storage behind it differs. Selected with
``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["KIOSK_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        path = self._file()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}|{username}"] = password
        self._file().write_text(json.dumps(stored))

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        if stored.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(stored))
