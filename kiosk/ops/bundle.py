"""``kiosk doctor --bundle FILE.zip``: what support needs, with nothing that names a guest.

In the zip: the doctor's answers, the versions, the settings (no secret and no hash of one: a
PIN's Argon2id hash falls to 10,000 guesses, a badge's salted SHA-256 to fewer; staff named by
their ids; any proxy password left out), the recent logs and the tail of the audit trail. The
zip is 0600, like every file the app writes. Logs are redacted as they
are written, but a log from an older version, or a line some library wrote, may not be: every
text is scrubbed again here, by pattern (emails, phones, long digit runs, query strings) and by
value: the names, emails, phones and band codes of the guests in this kiosk's offline copy. The
audit's ``staff_text`` (staff's own words) is left out entirely.
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kiosk.config import Settings, user_data_dir
from kiosk.config import clock as wallclock
from kiosk.config.health import Check
from kiosk.config.logs import LOG_FILE, REDACTED, redact, user_log_dir
from kiosk.config.private import create_private

log = logging.getLogger(__name__)

LOG_BYTES = 2 * 1024 * 1024
"""The newest 2 MiB of logs."""
AUDIT_LINES = 500
MIN_VALUE_CHARS = 3
"""Shorter known values ("Li", "Al") are not scrubbed by value: they would eat ordinary words."""


def make_bundle(
    target: Path,
    checks: list[Check],
    settings: Settings,
    *,
    known_values: set[str] | None = None,
    log_dir: Path | None = None,
    data_dir: Path | None = None,
) -> Path:
    """Write the support bundle to ``target``; ``known_values`` (tests) instead of the offline
    copy's guests."""
    data = data_dir or user_data_dir()
    values = known_values if known_values is not None else guest_values(data)
    scrubber = Scrubber(values)
    create_private(target)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", scrubber.text(_readme(checks)))
        bundle.writestr(
            "doctor.json", scrubber.text(json.dumps([c.as_json() for c in checks], indent=2))
        )
        bundle.writestr(
            "settings.json", scrubber.text(json.dumps(_safe_settings(settings), indent=2))
        )
        for name, text in _recent_logs(log_dir or user_log_dir()):
            bundle.writestr(f"logs/{name}", scrubber.text(text))
        audit = data / "audit.jsonl"
        if audit.exists():
            bundle.writestr("audit-tail.jsonl", scrubber.text(_audit_tail(audit)))
    return target


class Scrubber:
    """Removes what names a guest: by pattern, then each known value wherever it appears."""

    def __init__(self, values: set[str]) -> None:
        kept = sorted(
            (v for v in values if len(v.strip()) >= MIN_VALUE_CHARS), key=len, reverse=True
        )
        self._known = (
            re.compile("|".join(re.escape(v.strip()) for v in kept), re.IGNORECASE)
            if kept
            else None
        )

    def text(self, text: str) -> str:
        if self._known is not None:
            text = self._known.sub(REDACTED, text)
        return redact(text)


def guest_values(data_dir: Path) -> set[str]:
    """The names, emails, phones and band codes of the guests in the offline copy (empty when
    there is no copy or no key to read it)."""
    path = data_dir / "local-copy.db"
    if not path.exists():
        return set()
    from kiosk.backends.offline.store import LocalStore, key_from_text
    from kiosk.config.secrets import load_store_key

    key = load_store_key(create=False)
    if key is None:
        return set()
    values: set[str] = set()
    try:
        store = LocalStore(path, key_from_text(key, path))
    except Exception as exc:  # a copy that can't be read has nothing to add
        log.info("offline copy not read for the bundle: %s", type(exc).__name__)
        return values
    try:
        for guest_id in store.guest_ids():
            found = store.guest(guest_id)
            if found is None:
                continue
            record, _ = found
            guest = record.guest
            for value in (guest.first_name, guest.last_name, guest.full_name, guest.email):
                if value:
                    values.add(value)
            if guest.phone:
                values.add(guest.phone)
                values.add(guest.phone.lstrip("+"))
            values.update(band.code for band in record.bands if band.code)
    finally:
        store.close()
    return values


SECRET_WORDS = ("hash", "password", "secret", "token", "key", "dsn")
"""A setting whose name has one of these words is never written out, only whether it is set."""


def _safe_settings(settings: Settings) -> dict[str, Any]:
    dumped: dict[str, Any] = _without_secrets(settings.model_dump(mode="json"))
    for member in dumped.get("staff", []):
        member["name"] = member.get("id", "")  # the audit names staff by id: so does support
    proxy = dumped.get("proxy")
    if proxy:
        parts = urlsplit(proxy)
        host = parts.hostname or ""
        netloc = host + (f":{parts.port}" if parts.port else "")
        dumped["proxy"] = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    return dumped


def _without_secrets(value: Any) -> Any:
    """``value`` with every secret-named entry, at any depth, replaced by "(set)" or null."""
    if isinstance(value, dict):
        return {
            name: (
                ("(set)" if inner else None)
                if any(word in name.lower() for word in SECRET_WORDS)
                else _without_secrets(inner)
            )
            for name, inner in value.items()
        }
    if isinstance(value, list):
        return [_without_secrets(inner) for inner in value]
    return value


def _recent_logs(folder: Path) -> list[tuple[str, str]]:
    """The newest logs, newest first, up to :data:`LOG_BYTES` in all."""
    files = [folder / LOG_FILE, *(folder / f"{LOG_FILE}.{n}" for n in range(1, 10))]
    taken: list[tuple[str, str]] = []
    budget = LOG_BYTES
    for path in files:
        if budget <= 0 or not path.exists():
            continue
        raw = path.read_bytes()[-budget:]
        budget -= len(raw)
        taken.append((path.name, raw.decode("utf-8", "replace")))
    return taken


def _audit_tail(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[-AUDIT_LINES:]
    kept = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entry.pop("staff_text", None)  # staff's own words: may name anyone
            kept.append(json.dumps(entry))
    return "\n".join(kept) + ("\n" if kept else "")


def _readme(checks: list[Check]) -> str:
    made = wallclock.now().isoformat(timespec="seconds")
    problems = [c for c in checks if c.status in ("fail", "warn")]
    lines = [
        f"kiosk support bundle, made {made}",
        "",
        "doctor.json       every check, with its numbers",
        "settings.json     the settings (PIN hash and proxy password left out)",
        "logs/             the newest logs (up to 2 MiB)",
        f"audit-tail.jsonl  the last {AUDIT_LINES} audit lines (ids only; staff's words left out)",
        "",
        "Names, emails, phones, band codes and card digits are removed from every file.",
        "",
        "Problems found:" if problems else "No problems found.",
    ]
    lines += [f"  {c.status.upper():4}  {c.title}: {c.summary}" for c in problems]
    return "\n".join(lines) + "\n"
