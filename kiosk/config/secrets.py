"""The API token and the local copy's key: never in a readable file.

Where each comes from, first found wins:

1. the environment (``KIOSK_API_TOKEN``, ``KIOSK_STORE_KEY``): CI, containers, a test;
2. a **systemd credential** (``$CREDENTIALS_DIRECTORY/kiosk-api-token``, ``kiosk-store-key``):
   the appliance. Its unit says ``LoadCredentialEncrypted=``; the file on disk is encrypted
   with the machine's TPM2 and/or host key (``systemd-creds encrypt``), and systemd puts the
   plain text only in a per-service, memory-backed folder readable by the service alone;
3. the OS keyring (a desktop session; Windows' Credential Manager).

A machine with none of these (a headless box with no keyring) is normal: "no token" or "no
key", said in words by the desk and ``kiosk doctor``, never a crash.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path
from typing import Literal

TOKEN_ENV = "KIOSK_API_TOKEN"
STORE_KEY_ENV = "KIOSK_STORE_KEY"
KEYRING_SERVICE = "kiosk"
STORE_KEY_NAME = "local-copy-key"

CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"
"""Set by systemd for a service that loads credentials (systemd.exec(5), "Credentials")."""
TOKEN_CREDENTIAL = "kiosk-api-token"
STORE_KEY_CREDENTIAL = "kiosk-store-key"
SYSTEM_CREDSTORE = Path("/etc/credstore.encrypted")
"""Where ``LoadCredentialEncrypted=NAME`` (no path) looks first (systemd 250 and later)."""

Source = Literal["environment", "systemd credential", "keyring", "none"]

log = logging.getLogger(__name__)


def credential(name: str) -> str | None:
    """The systemd credential ``name`` given to this service, or None (not a service, or not
    given). Read from the folder systemd made for it; never copied anywhere else."""
    folder = os.environ.get(CREDENTIALS_ENV, "").strip()
    if not folder:
        return None
    try:
        text = (Path(folder) / name).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def token_source(api_url: str) -> Source:
    """Where :func:`load_token` finds the token (for ``kiosk doctor``; never the token)."""
    if os.environ.get(TOKEN_ENV, "").strip():
        return "environment"
    if credential(TOKEN_CREDENTIAL):
        return "systemd credential"
    return "keyring" if _keyring_get(api_url) else "none"


def store_key_source() -> Source:
    if os.environ.get(STORE_KEY_ENV, "").strip():
        return "environment"
    if credential(STORE_KEY_CREDENTIAL):
        return "systemd credential"
    return "keyring" if _keyring_get(STORE_KEY_NAME) else "none"


def load_token(api_url: str) -> str | None:
    """The token for ``api_url``: the environment, a systemd credential, then the keyring."""
    from_env = os.environ.get(TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    return credential(TOKEN_CREDENTIAL) or _keyring_get(api_url)


def store_token(api_url: str, token: str) -> None:
    """Save the token in the OS keyring for ``api_url`` (raises if no keyring works)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, api_url, token)


def load_store_key(*, create: bool = True) -> str | None:
    """The key that encrypts the local copy: ``KIOSK_STORE_KEY``, a systemd credential, else the
    OS keyring (made there on first use). None where none works: then there is no local copy
    (the desk works online only, and says so), because a key kept next to the file would
    protect nothing."""
    from_env = os.environ.get(STORE_KEY_ENV, "").strip()
    if from_env:
        return from_env
    from_credential = credential(STORE_KEY_CREDENTIAL)
    if from_credential:
        return from_credential
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


def _keyring_get(name: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, name) or None
    except Exception as exc:  # any backend failure means "nothing here"
        log.info("keyring unavailable: %s", type(exc).__name__)
        return None


# ---------------------------------------------------------------------- writing credentials


class CredentialsUnavailable(RuntimeError):
    """``systemd-creds`` is missing or refused (not root, too old a systemd): said in words."""


def encrypt_credential(name: str, value: str, folder: Path = SYSTEM_CREDSTORE) -> Path:
    """``value`` encrypted as the systemd credential ``name`` in ``folder`` (0600 in a 0700
    folder), with the TPM2 and the host key where the machine has a TPM2, else the host key
    (``systemd-creds encrypt --with-key=auto``). The value goes through a pipe, never the
    command line (which other accounts can read in /proc)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / name
    partial = folder / f".{name}.partial"
    try:
        result = subprocess.run(
            ["systemd-creds", "encrypt", f"--name={name}", "-", str(partial)],
            input=value.encode(),
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CredentialsUnavailable(f"systemd-creds could not run: {exc}") from exc
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        said = result.stderr.decode(errors="replace").strip().splitlines()
        raise CredentialsUnavailable(said[-1] if said else "systemd-creds refused")
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target
