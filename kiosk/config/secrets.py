"""The API token: from ``KIOSK_API_TOKEN`` (CI, containers) or the OS keyring, never a file.

A machine with no usable keyring backend (a headless box, a container) is normal, so a
failing keyring is "no token", never a crash.
"""

from __future__ import annotations

import logging
import os

TOKEN_ENV = "KIOSK_API_TOKEN"
KEYRING_SERVICE = "kiosk"

log = logging.getLogger(__name__)


def load_token(api_url: str) -> str | None:
    """Return the token for ``api_url``: the environment first, then the keyring."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, api_url)
    except Exception as exc:  # any backend failure means "no token here"
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None
    return stored or None


def store_token(api_url: str, token: str) -> None:
    """Save the token in the OS keyring for ``api_url`` (raises if no keyring works)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, api_url, token)
