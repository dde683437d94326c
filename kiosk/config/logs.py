"""Where the app's log goes and what it may say.

A log is read by whoever supports the desk, and ends up in support bundles and tickets: it
must be useful (what failed, how long calls took) and must never carry a guest's data. Our own
messages name ids and exception types only; what other libraries log is redacted on the way
out: query strings (``?query=...``), a band code in a path (``barcode-search/CODE``), emails,
phone numbers (international, and national ones as the site's country writes them, found by
libphonenumber), card numbers however grouped (``4242 4242 4242 4242``), runs of six or more
digits (band codes), prefixed codes (``SPA-1234567890``) and codes in the site's own forms
(``[printer] code_prefix``, ``[scanning] code_pattern``), and the names of the guests this
run has looked up or found, by value (no pattern knows a name: :func:`remember_names`, told by
the lookup and the search, keeps the last ``NAMES_KEPT``). The file rotates
(five of 1 MiB) in the user log folder and only this user can read it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
import threading
from pathlib import Path
from typing import ClassVar

import platformdirs

from kiosk.config.paths import APP_NAME, reports_dir, user_config_dir, user_data_dir
from kiosk.config.private import PRIVATE, tighten

LOG_FILE = "kiosk.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_BAND_IN_PATH = re.compile(r"(barcode-search/)[^/\s?\"']+")
_QUERY = re.compile(r"\?[^\s\"'<>)]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d ()-]{6,}\d")
_DIGITS = re.compile(r"(?<![\w.-])\d{6,}(?![\w-])")
_CARD = re.compile(r"(?<![\w.-])(?:\d[ -]?){12,18}\d(?![\w-])")
"""13 to 19 digits, grouped by spaces or dashes as people and card readers write them."""
_PREFIXED = re.compile(r"\b[A-Z][A-Z0-9]{1,11}-(?=[A-Z0-9]*\d)[A-Z0-9]{5,}\b")
"""A band or member code with a prefix (``SPA-1234567890``, ``WB-7Q2X9``)."""
REDACTED = "‹redacted›"


class _SiteForms:
    """What only the site's settings know: its country (for national phone numbers) and its
    codes' forms. Set by :func:`configure_redaction` once the settings are read."""

    region = "GB"
    codes: ClassVar[list[re.Pattern[str]]] = []


def configure_redaction(
    region: str, *, code_prefix: str = "", code_pattern: str | None = None
) -> None:
    """Redact phone numbers as ``region`` writes them, and codes in the site's forms."""
    _SiteForms.region = region
    forms = []
    if code_prefix:
        forms.append(re.compile(re.escape(code_prefix) + r"[A-Za-z0-9]{3,}"))
    if code_pattern:
        with contextlib.suppress(re.error):  # the settings' own check says so
            forms.append(re.compile(rf"(?<![\w]){code_pattern}(?![\w])"))
    _SiteForms.codes = forms


SHORT_WORDS = frozenset(
    [
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
    ]
)
"""Two-letter words every log line uses: never taken for a name part (Jo, Li or Ng still are)."""
NAMES_KEPT = 5000
"""Guests' name parts remembered for redaction (the oldest go first; a shift sees fewer)."""


class _Names:
    """The name parts of guests this run has shown (held in memory only, never written)."""

    lock = threading.Lock()
    parts: ClassVar[dict[str, None]] = {}  # insertion-ordered: the oldest first


_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a name's parts (O'Neil-Smith is "o", "neil" and "smith"), and the words
a log line is looked at by."""


def remember_names(*names: str | None) -> None:
    """Redact these names' parts (two letters or more) wherever a log line holds them as
    words, whatever their case: a guest's name reaches a log by value (a library's message, an
    exception's text), never by a form a pattern could find. Cheap: a set, no pattern built."""
    words = {
        word.casefold()
        for name in names
        if name
        for word in _LETTERS.findall(name)
        if len(word) >= 2 and word.casefold() not in SHORT_WORDS
    }
    if not words:
        return
    with _Names.lock:
        for word in words:
            _Names.parts.pop(word, None)
            _Names.parts[word] = None
        while len(_Names.parts) > NAMES_KEPT:
            _Names.parts.pop(next(iter(_Names.parts)))


def forget_names() -> None:
    with _Names.lock:
        _Names.parts.clear()


def _names(text: str) -> str:
    parts = _Names.parts
    if not parts:
        return text
    return _LETTERS.sub(
        lambda word: REDACTED if word.group(0).casefold() in parts else word.group(0), text
    )


def _glued(text: str, start: int, end: int) -> bool:
    """Part of a longer token (an id, a version, an address), not a number on its own."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2] or " "
    return (
        before.isalnum()
        or before in "-./:"
        or after[0].isalnum()
        or after[0] in "-/"
        or (after[0] in ".:" and after[1:].isdigit())  # a version, an address and its port
    )


def _national_phones(text: str) -> str:
    if not any(ch.isdigit() for ch in text):
        return text
    import phonenumbers

    found = [
        (match.start, match.end)
        for match in phonenumbers.PhoneNumberMatcher(
            text, _SiteForms.region, leniency=phonenumbers.Leniency.POSSIBLE
        )
        if sum(ch.isdigit() for ch in match.raw_string) >= 9
        and not _glued(text, match.start, match.end)
    ]
    for start, end in reversed(found):
        text = text[:start] + REDACTED + text[end:]
    return text


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def redact(text: str) -> str:
    """``text`` without what could name a guest or a band (see the module's docstring)."""
    text = _BAND_IN_PATH.sub(r"\g<1>" + REDACTED, text)
    text = _QUERY.sub("?" + REDACTED, text)
    text = _EMAIL.sub(REDACTED, text)
    for form in _SiteForms.codes:
        text = form.sub(REDACTED, text)
    text = _PREFIXED.sub(REDACTED, text)
    text = _CARD.sub(REDACTED, text)
    text = _PHONE.sub(REDACTED, text)
    text = _national_phones(text)
    text = _names(text)
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
            # the handlers' formatters print exc_text when it is set (whatever an earlier
            # handler left there is replaced); exc_info stays for whoever reads the record
            # after them (Sentry's logging integration: the crash report keeps its exception,
            # scrubbed again by kiosk.ops.crash_reports)
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
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


def app_folders() -> list[Path]:
    """The folders the app writes in: settings, data (the local copy, audit, lockout, prints),
    logs, and the reports staff save."""
    return [user_config_dir(), user_data_dir(), user_log_dir(), reports_dir()]


def tighten_app_folders() -> list[Path]:
    """Every app folder 0700 and every file in it 0600, at each start: files an earlier
    version (or SQLite, or the umask) left readable by other accounts on a shared PC."""
    changed = [path for folder in app_folders() for path in tighten(folder)]
    if changed:
        logging.getLogger(__name__).info(
            "made %d files and folders readable by this account only", len(changed)
        )
    return changed
