"""Every sentence the self check-in screen can say to a guest exists in German, French and
Spanish: each public reason the verdict can give, and each answer without a guest."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from kiosk.checkin.i18n import CONTEXT
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band, Card, Guest, Membership, Visit
from kiosk.checkin.policy import decide
from kiosk.checkin.self_session import SENTENCES
from kiosk.config import asset_path
from kiosk.config import clock as wallclock
from kiosk.config.settings import PolicySettings

NOW = wallclock.now()
STRICT = PolicySettings(
    band_expiring="deny",
    no_active_membership="deny",
    no_usable_card="deny",
    recent_check_in="deny",
    no_photo="deny",
    unknown_part="deny",
)


def _every_public_reason() -> set[str]:
    guest = Guest(id="g", first_name="A", locked=True, last_check_in_at=NOW)
    visit = Visit(id="v", checked_in_at=NOW - timedelta(minutes=2))
    contexts = [
        GuestContext("c", Guest(id="g", anonymised=True), "band"),
        GuestContext(
            "c",
            guest,
            "band",
            bands=(Band("b", "c", NOW - timedelta(hours=1)),),
            visits=(visit,),
        ),
        GuestContext(
            "c",
            guest,
            "band",
            bands=(Band("b", "c", NOW + timedelta(minutes=5), Card("x", revoked=True)),),
        ),
        GuestContext("c", guest, "band", missing=frozenset({"bands", "memberships", "visits"})),
        GuestContext("c", guest, "id", missing=frozenset({"photo"})),
    ]
    for status in ("needs_attention", "upcoming", "expired", "reserved"):
        contexts.append(
            GuestContext("c", guest, "id", memberships=(Membership("m", status=status),))
        )
    return {r.public for context in contexts for r in decide(context, STRICT).reasons}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_public_sentence_is_translated(qtbot: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(asset_path("translations", f"kiosk_{language}.qm")))
    sentences = _every_public_reason() | set(SENTENCES)
    assert len(sentences) > 15
    missing = [s for s in sorted(sentences) if not translator.translate(CONTEXT, s)]
    assert missing == []


def _catalogue_tool() -> Any:
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import make_translations
    finally:
        sys.path.remove(str(scripts))
    return make_translations


def test_the_catalogues_are_those_of_the_code() -> None:
    """A sentence added or changed in the code is in the .ts files (and their .qm) before it
    ships: ``scripts/make_translations.py --check`` says the catalogues are current."""
    tool = Path(__file__).resolve().parents[2] / "scripts" / "make_translations.py"
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 translations to make" in done.stdout


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_sentence_of_the_app_is_translated_with_its_placeholders(
    qtbot: object, language: str
) -> None:
    """Every sentence the code marks, in the compiled catalogue the app loads: none missing,
    none that lost or invented a ``{placeholder}``, plurals with their count."""
    translator = QTranslator()
    assert translator.load(str(asset_path("translations", f"kiosk_{language}.qm")))
    messages = _catalogue_tool().extract()
    assert len(messages) > 500
    problems = []
    for source, message in messages.items():
        wanted = set(re.findall(r"\{\w+\}", source))
        for n in (1, 5) if message.one else (-1,):
            text = translator.translate(CONTEXT, source, None, n)
            if not text:
                problems.append(f"missing: {source!r}")
            elif set(re.findall(r"\{\w+\}", text)) != wanted:
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            elif message.one and "%n" not in text:
                problems.append(f"no count: {source!r} -> {text!r}")
    assert problems == []
