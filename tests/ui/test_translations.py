"""Every sentence the self check-in screen can say to a guest exists in German, French and
Spanish: each public reason the verdict can give, and each answer without a guest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTranslator

from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band, Card, Guest, Membership, Visit
from kiosk.checkin.policy import decide
from kiosk.checkin.self_session import SENTENCES
from kiosk.config import asset_path
from kiosk.config.settings import PolicySettings

NOW = datetime.now(UTC)
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
    missing = [s for s in sorted(sentences) if not translator.translate("SelfCheckIn", s)]
    assert missing == []
