"""Issue 28, item 1: an appliance has no keyring (the cage unit's keyring backend is
``keyring.backends.fail.Keyring``). Its token and the local copy's key come from systemd
credentials: the files systemd puts in ``$CREDENTIALS_DIRECTORY`` for the unit that says
``LoadCredentialEncrypted=`` (systemd.exec(5)). Real ``kiosk`` processes against the stand-in
server; the credentials folder made as systemd makes it (one file per credential, 0400, in a
0700 folder); ``systemd-creds`` itself where the machine has it."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.backends.offline.store import new_key
from kiosk.config.secrets import encrypt_credential
from kiosk.sandbox import SandboxServer
from tests.conftest import TOKEN
from tests.sandbox_helpers import SITE_ID, code_of

KIOSK = [sys.executable, "-m", "kiosk"]
NO_KEYRING = "keyring.backends.fail.Keyring"


def _credentials(folder: Path, **values: str) -> Path:
    folder.mkdir(mode=0o700)
    for name, value in values.items():
        path = folder / name.replace("_", "-")
        path.write_text(value)
        path.chmod(0o400)
    return folder


def _appliance_env(tmp_path: Path, credentials: Path | None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("KIOSK_") and k != "CREDENTIALS_DIRECTORY"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=NO_KEYRING,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        KIOSK_OFFLINE__SYNC_REQUESTS_PER_S="100",
        KIOSK_OFFLINE__SYNC_MAX_GUESTS="40",
    )
    if credentials is not None:
        env["CREDENTIALS_DIRECTORY"] = str(credentials)
    return env


def _kiosk(server: SandboxServer, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    command = [*KIOSK, "--api-url", server.url, "--site-id", SITE_ID, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)


def test_an_appliance_with_no_keyring_keeps_its_offline_copy_with_systemd_credentials(
    fresh_sandbox: SandboxServer, tmp_path: Path
) -> None:
    store_key = new_key().decode()
    folder = _credentials(
        tmp_path / "credentials", kiosk_api_token=TOKEN, kiosk_store_key=store_key
    )
    env = _appliance_env(tmp_path, folder)
    synced = _kiosk(fresh_sandbox, env, "sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.splitlines()[-1].startswith("Synced:")
    copy = tmp_path / "data" / "kiosk" / "local-copy.db"
    assert copy.exists()
    for made in (copy, *copy.parent.glob("local-copy.db*")):
        assert made.stat().st_mode & 0o777 == 0o600, made.name  # the -wal and -shm too
    assert copy.parent.stat().st_mode & 0o777 == 0o700

    doctor = _kiosk(fresh_sandbox, env, "doctor")
    assert "present (systemd credential)" in doctor.stdout
    assert "not needed: the token and the offline copy's key are systemd credentials" in (
        doctor.stdout
    )  # no advice to install a keyring on an appliance that has no use for one
    assert re.search(r"\b\d+ guests, ", doctor.stdout), doctor.stdout  # read with the key
    for secret in (TOKEN, store_key):
        assert secret not in synced.stdout + synced.stderr + doctor.stdout + doctor.stderr
        for log in (tmp_path / "state").rglob("*"):
            if log.is_file():
                assert secret not in log.read_text(errors="replace")


def test_with_no_key_anywhere_doctor_says_the_offline_copy_is_off(
    fresh_sandbox: SandboxServer, tmp_path: Path
) -> None:
    folder = _credentials(tmp_path / "credentials", kiosk_api_token=TOKEN)
    doctor = _kiosk(fresh_sandbox, _appliance_env(tmp_path, folder), "doctor")
    assert "off: no key to protect it" in doctor.stdout
    assert "install.sh --system" in doctor.stdout
    assert not (tmp_path / "data" / "kiosk" / "local-copy.db").exists()


@pytest.mark.skipif(
    shutil.which("systemd-creds") is None or os.geteuid() != 0,
    reason="systemd-creds encrypts with the host key as root (Debian's systemd package)",
)
def test_a_credential_is_encrypted_for_systemd_and_reads_back(tmp_path: Path) -> None:
    """What `kiosk pair --system` and install.sh write: the value only inside an encrypted
    file (0600), which systemd-creds (as the unit's LoadCredentialEncrypted= does) decrypts."""
    folder = tmp_path / "credstore.encrypted"
    path = encrypt_credential("kiosk-api-token", "tok-appliance-123", folder)
    assert path.stat().st_mode & 0o777 == 0o600
    assert b"tok-appliance-123" not in path.read_bytes()
    plain = subprocess.run(
        ["systemd-creds", "decrypt", "--name=kiosk-api-token", str(path), "-"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert plain.stdout == b"tok-appliance-123"


def _as_systemd_would(credstore: Path, folder: Path) -> Path:
    """What ``LoadCredentialEncrypted=NAME`` does when the unit starts: each credential
    decrypted into a folder of the service's own (0700), one 0400 file per credential."""
    folder.mkdir(mode=0o700)
    for encrypted in credstore.iterdir():
        plain = folder / encrypted.name
        subprocess.run(
            ["systemd-creds", "decrypt", f"--name={encrypted.name}", str(encrypted), str(plain)],
            capture_output=True,
            timeout=60,
            check=True,
        )
        plain.chmod(0o400)
    return folder


@pytest.mark.skipif(
    shutil.which("systemd-creds") is None or os.geteuid() != 0,
    reason="`kiosk pair --system` runs as root with Debian's systemd-creds",
)
def test_pair_system_keeps_the_secrets_as_credentials_and_the_unit_works_offline(
    fresh_sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Done when (issue 28): an appliance has its token and store key only as systemd
    credentials, and keeps working offline."""
    credstore = tmp_path / "credstore.encrypted"
    settings = tmp_path / "home" / ".config" / "kiosk" / "settings.toml"
    env = _appliance_env(tmp_path, None)
    typed = f"{fresh_sandbox.url}\n{TOKEN}\nself\n731946\n731946\n"
    paired = subprocess.run(
        [*KIOSK, "--config", str(settings), "pair", "--system", "--no-test", "--site", SITE_ID,
         "--user", getpass.getuser(), "--credstore", str(credstore)],
        env=env, input=typed, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert paired.returncode == 0, paired.stdout + paired.stderr
    assert "as an encrypted systemd credential" in paired.stdout
    assert sorted(p.name for p in credstore.iterdir()) == ["kiosk-api-token", "kiosk-store-key"]
    assert credstore.stat().st_mode & 0o777 == 0o700
    for encrypted in credstore.iterdir():
        assert encrypted.stat().st_mode & 0o777 == 0o600
        assert TOKEN.encode() not in encrypted.read_bytes()
    saved = settings.read_text()
    assert TOKEN not in saved
    assert f'site_id = "{SITE_ID}"' in saved
    assert 'mode = "self"' in saved

    unit_env = _appliance_env(tmp_path, _as_systemd_would(credstore, tmp_path / "run-creds"))
    unit_env.pop("KIOSK_OFFLINE__SYNC_MAX_GUESTS")  # the whole site, so Amelia is in it
    config = ["--config", str(settings)]
    synced = subprocess.run(
        [*KIOSK, *config, "sync"],
        env=unit_env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert synced.returncode == 0, synced.stderr
    fresh_sandbox.stop()  # the network drops: the band is still found, from the local copy
    looked = subprocess.run(
        [*KIOSK, *config, "lookup", code_of("Amelia Hart")],
        env=unit_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert looked.returncode == 0, looked.stdout + looked.stderr
    assert "Amelia H" in looked.stdout
    assert "(offline copy of " in looked.stdout
