"""Pairing an appliance: a kiosk run by the system unit (``kiosk-cage.service``) as its own
account, with no keyring. ``kiosk pair --system``, as root, keeps the token and the local
copy's key as **encrypted systemd credentials** in ``/etc/credstore.encrypted`` (bound to the
machine's TPM2 and/or host key), which the unit loads with ``LoadCredentialEncrypted=``; the
site, mode and PIN hash go to the kiosk account's own settings file, owned by it.

Nothing secret is left in a readable file, the unit or its environment: systemd decrypts the
credentials only into the service's own memory-backed folder.
"""

from __future__ import annotations

import os
import pwd
from dataclasses import dataclass
from pathlib import Path

from kiosk.checkin.i18n import tr
from kiosk.config.secrets import (
    STORE_KEY_CREDENTIAL,
    SYSTEM_CREDSTORE,
    TOKEN_CREDENTIAL,
    CredentialsUnavailable,
    encrypt_credential,
)
from kiosk.ops.pairing import PairingError

APPLIANCE_USER = "kiosk"
"""The account ``kiosk-cage.service`` runs as (``User=kiosk``)."""


@dataclass(frozen=True)
class Appliance:
    """Where an appliance keeps its pairing."""

    user: str = APPLIANCE_USER
    credstore: Path = SYSTEM_CREDSTORE

    def check(self) -> None:
        """Refuse, in words, before anything is asked: not root, or no such account."""
        if os.geteuid() != 0:
            raise PairingError(
                tr("Pairing an appliance writes systemd credentials: run it as root (sudo).")
            )
        try:
            pwd.getpwnam(self.user)
        except KeyError:
            raise PairingError(
                tr(
                    "There is no account called {user} for the kiosk to run as: "
                    "create it first (useradd -m {user}).",
                    user=self.user,
                )
            ) from None

    def settings_path(self) -> Path:
        """The settings file the kiosk account's app reads (its own ``~/.config``)."""
        home = Path(pwd.getpwnam(self.user).pw_dir)
        return home / ".config" / "kiosk" / "settings.toml"

    def keep_token(self, api_url: str, token: str) -> None:
        """The token as the encrypted credential ``kiosk-api-token`` (one kiosk, one API)."""
        del api_url  # an appliance is paired with one API; the credential has one name
        self._encrypt(TOKEN_CREDENTIAL, token)

    def ensure_store_key(self) -> bool:
        """The local copy's key as the credential ``kiosk-store-key``, made once (a new key
        would make an existing offline copy unreadable). True when it was made now."""
        if (self.credstore / STORE_KEY_CREDENTIAL).exists():
            return False
        from kiosk.backends.offline.store import new_key

        self._encrypt(STORE_KEY_CREDENTIAL, new_key().decode())
        return True

    def hand_over(self, settings: Path) -> None:
        """The settings file, and the folders made for it under the account's home, owned by
        the account (root wrote them)."""
        account = pwd.getpwnam(self.user)
        home = Path(account.pw_dir)
        path = settings
        while path != home and home in path.parents:
            os.chown(path, account.pw_uid, account.pw_gid)
            path = path.parent

    def _encrypt(self, name: str, value: str) -> None:
        try:
            encrypt_credential(name, value, self.credstore)
        except CredentialsUnavailable as exc:
            raise PairingError(
                tr(
                    "The credential {name} could not be written ({reason}); nothing was saved.",
                    name=name,
                    reason=str(exc),
                )
            ) from None
