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


STORE_KEY_ENV = "KIOSK_STORE_KEY"
STORE_KEY_NAME = "local-copy-key"


def load_store_key(*, create: bool = True) -> str | None:
    """The key that encrypts the local copy: ``KIOSK_STORE_KEY``, else the OS keyring (made
    there on first use). None where neither works: then there is no local copy (the desk works
    online only), because a key kept next to the file would protect nothing."""
    from_env = os.environ.get(STORE_KEY_ENV, "").strip()
    if from_env:
        return from_env
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, STORE_KEY_NAME)
        if stored or not create:
            return stored or None
        from cryptography.fernet import Fernet

        made = Fernet.generate_key().decode()
        keyring.set_password(KEYRING_SERVICE, STORE_KEY_NAME, made)
        if keyring.get_password(KEYRING_SERVICE, STORE_KEY_NAME) != made:
            return None  # a keyring that forgets (the "null" backend): no local copy
        return made
    except Exception as exc:
        log.info("no keyring for the local copy's key: %s", type(exc).__name__)
        return None


def forget_store_key() -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, STORE_KEY_NAME)
    except Exception as exc:
        log.info("no store key to forget: %s", type(exc).__name__)
