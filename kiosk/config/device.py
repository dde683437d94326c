"""Which desk this is: a stable id made once (a random one, kept in the data folder, 0600) and
the name from the settings (or the computer's). Two desks of a site never share an id, even if
staff give them the same name; the outbox's sender (``kiosk outbox --send``) on the same machine
is the same desk."""

from __future__ import annotations

import logging
import re
import socket
import uuid
from pathlib import Path

from kiosk.config.paths import user_data_dir
from kiosk.config.private import write_private
from kiosk.config.settings import Settings

log = logging.getLogger(__name__)

ID_FILE = "device-id"
_ID = re.compile(r"^[0-9a-f]{32}$")


def device_id(folder: Path | None = None) -> str:
    """This installation's id, made on first use."""
    path = (folder or user_data_dir()) / ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        text = ""
    if _ID.match(text):
        return text
    if text:
        log.warning("the device id file was damaged; this desk gets a new id")
    made = uuid.uuid4().hex
    write_private(path, made + "\n")
    return made


def device_identity(settings: Settings, folder: Path | None = None) -> tuple[str, str]:
    """(id, name) of this desk (the domain's ``Device``; config sits below the domain)."""
    name = settings.device_name.strip() or socket.gethostname().split(".")[0]
    return device_id(folder), name[:40]
