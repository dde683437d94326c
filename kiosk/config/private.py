"""Files only this user may read: the settings (the PIN's hash), the audit trail, the logs, the
PIN lockout. A shared desk PC has other accounts; none of them should read these."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

PRIVATE = 0o600
PRIVATE_DIR = 0o700


def private_dir(folder: Path) -> Path:
    """``folder``, made 0700 where this makes it (the folders above it as the system makes
    them); an existing folder is left as its owner set it (it may be one they share)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        if os.name == "posix":
            os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is masked by the umask; this is not
    return folder


def create_private(path: Path) -> Path:
    """``path`` made to exist as a 0600 file (an existing one made 0600 too) before another
    library opens it: SQLite creates its files with the umask's mode, 0644 on most systems,
    and its -wal and -shm files take the database file's mode."""
    private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, 0600, whole or not at all (a crash leaves the old file)."""
    write_private_bytes(path, text.encode("utf-8"))


def open_private_append(path: Path) -> BinaryIO:
    """``path`` opened to append (and read), created 0600; an existing file made 0600 too
    (files written by versions before this one were 0644)."""
    private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, PRIVATE)
    if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
        os.fchmod(fd, PRIVATE)
    return os.fdopen(fd, "a+b")


def make_private(path: Path) -> None:
    """An existing file: readable by this user only (no-op where there are no modes)."""
    if os.name == "posix" and path.exists() and path.stat().st_mode & 0o077:
        path.chmod(PRIVATE)


def write_private_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path``, 0600 in a 0700 folder, whole or not at all (a crash leaves
    the old file)."""
    private_dir(path.parent)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(partial, PRIVATE)  # O_CREAT's mode is masked by the umask; this is not
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
    return path


def loose(folder: Path) -> list[Path]:
    """What in the app's own ``folder`` others may read: the folder and any folder under it
    not 0700, any file not 0600 (none where there are no modes)."""
    if os.name != "posix" or not folder.is_dir():
        return []
    found = [folder] if folder.stat().st_mode & 0o077 else []
    for path in folder.rglob("*"):
        if path.is_symlink():
            continue
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_mode & 0o077:
                found.append(path)
    return found


def tighten(folder: Path) -> list[Path]:
    """The app's own ``folder`` made 0700 and everything in it 0700/0600 (files written by
    earlier versions, or by SQLite, with the umask's 0644): what was changed."""
    changed = loose(folder)
    for path in changed:
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_DIR if path.is_dir() else PRIVATE)
    return changed
