"""Bring the Qt Linguist catalogues (assets/translations/kiosk_{de,fr,es}.ts) up to date with
the code, and compile them (pyside6-lrelease) to the .qm files the app loads.

    .venv/bin/python scripts/make_translations.py          # update the .ts, write the .qm
    .venv/bin/python scripts/make_translations.py --check  # exit 1 if a .ts is out of date

Every string on screen is written in English in the code and passed through ``tr("...")``,
``trn("one", "other", n)`` or marked ``N_("...")`` (kiosk/checkin/i18n.py). This script finds
those calls (Python's own parser: pyside6-lupdate reads neither ``trn``'s plurals nor module
functions' contexts), keeps every translation already in the .ts files, adds new sentences as
"unfinished" for a translator to fill in with Qt Linguist, and drops sentences no longer used.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "translations"
CONTEXT = "Kiosk"
LANGUAGES = ("de", "fr", "es")
SKIP = ("kiosk/sandbox/",)
"""The stand-in servers speak the vendors' English, as the real ones do."""


@dataclass
class Message:
    source: str
    one: str | None = None  # a plural: English singular (the source is the plural)
    places: list[tuple[str, int]] = field(default_factory=list)


class MarkedStringError(ValueError):
    pass


def extract(root: Path = ROOT) -> dict[str, Message]:
    """Every sentence marked in ``kiosk/``, in order of first appearance."""
    found: dict[str, Message] = {}
    for path in sorted((root / "kiosk").rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(SKIP):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "trn"):
                name = node.func.attr
            if name not in ("tr", "trn", "N_") or not node.args:
                continue
            texts = node.args[:2] if name == "trn" else node.args[:1]
            if any(isinstance(t, ast.JoinedStr) for t in texts):
                raise MarkedStringError(
                    f"{relative}:{node.lineno}: an f-string can't be translated; "
                    "use {named} placeholders"
                )
            if not all(isinstance(t, ast.Constant) and isinstance(t.value, str) for t in texts):
                continue  # tr(variable): translated where it was marked with N_
            values = [t.value for t in texts if isinstance(t, ast.Constant)]
            source = values[-1]
            message = found.setdefault(
                source, Message(source, one=values[0] if name == "trn" else None)
            )
            message.places.append((relative, node.lineno))
    return found


def read_ts(path: Path) -> dict[str, str | list[str]]:
    """The translations already made (any context), by English source."""
    if not path.exists():
        return {}
    done: dict[str, str | list[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        done[source] = forms if message.get("numerus") == "yes" else (translation.text or "")
    return done


def write_ts(language: str, messages: dict[str, Message], done: dict[str, str | list[str]]) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    for message in messages.values():
        lines.append('    <message numerus="yes">' if message.one else "    <message>")
        for file, line in message.places:
            lines.append(f'        <location filename="../../{file}" line="{line}"/>')
        lines.append(f"        <source>{escape(message.source)}</source>")
        if message.one:
            lines.append(f"        <extracomment>one: {escape(message.one)}</extracomment>")
        have = done.get(message.source)
        if message.one:
            forms = have if isinstance(have, list) and all(have) else None
            state = "" if forms else ' type="unfinished"'
            lines.append(f"        <translation{state}>")
            for form in forms or ["", ""]:
                lines.append(f"            <numerusform>{escape(form)}</numerusform>")
            lines.append("        </translation>")
        elif isinstance(have, str) and have:
            lines.append(f"        <translation>{escape(have)}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether .ts are current")
    args = parser.parse_args()
    messages = extract()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    stale = []
    for language in LANGUAGES:
        ts = OUT / f"kiosk_{language}.ts"
        text = write_ts(language, messages, read_ts(ts))
        if ts.exists() and ts.read_text(encoding="utf-8") == text:
            if not args.check:
                _release(lrelease, ts)
            continue
        stale.append(ts.name)
        if not args.check:
            ts.write_text(text, encoding="utf-8")
            _release(lrelease, ts)
    unfinished = sum(
        1
        for language in LANGUAGES
        for m in messages
        if m not in read_ts(OUT / f"kiosk_{language}.ts")
    )
    print(f"{len(messages)} sentences; {unfinished} translations to make")
    if args.check and stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


def _release(lrelease: Path, ts: Path) -> None:
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


if __name__ == "__main__":
    sys.exit(main())
