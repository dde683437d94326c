"""Where the app's log goes and what it may say.

A log is read by whoever supports the desk, and ends up in support bundles and tickets: it
must be useful (what failed, how long calls took) and must never carry a guest's data. Our own
messages name ids and exception types only; what other libraries log is redacted on the way
out: query strings (``?query=...``), a band code in a path (``barcode-search/CODE``), emails,
phone numbers and runs of six or more digits (band codes, card numbers). The file rotates
(five of 1 MiB) in the user log folder and only this user can read it.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

from kiosk.config.paths import APP_NAME
from kiosk.config.private import PRIVATE

LOG_FILE = "kiosk.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_BAND_IN_PATH = re.compile(r"(barcode-search/)[^/\s?\"']+")
_QUERY = re.compile(r"\?[^\s\"'<>)]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d ()-]{6,}\d")
_DIGITS = re.compile(r"(?<![\w.-])\d{6,}(?![\w-])")
REDACTED = "‹redacted›"


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def redact(text: str) -> str:
    """``text`` without what could name a guest or a band (see the module's docstring)."""
    text = _BAND_IN_PATH.sub(r"\g<1>" + REDACTED, text)
    text = _QUERY.sub("?" + REDACTED, text)
    text = _EMAIL.sub(REDACTED, text)
    text = _PHONE.sub(REDACTED, text)
    return _DIGITS.sub(REDACTED, text)


class Redactor(logging.Filter):
    """Redacts a record once, before any handler formats it: message, arguments and traceback
    alike (an exception's text can hold a URL with a code in it)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "redacted", False):
            return True
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record.redacted = True
        return True


class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log file created 0600 (the standard handler leaves it to the umask)."""

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE)
        return io.TextIOWrapper(os.fdopen(fd, "ab"), encoding=self.encoding or "utf-8")


def setup_logging(*, verbose: bool, log_dir: Path | None = None) -> list[logging.Handler]:
    """The console (warnings; everything with ``-v``) and the rotating file (info and up),
    both redacted. Returns the handlers it installed (tests take them off again)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    handlers: list[logging.Handler] = [console]
    folder = log_dir if log_dir is not None else user_log_dir()
    try:
        handlers.append(
            PrivateRotatingFile(
                folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    except OSError as exc:  # a read-only home: the console still works
        logging.getLogger(__name__).warning("no log file (%s)", type(exc).__name__)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(Redactor())
        root.addHandler(handler)
    return handlers
