"""The verdict on a guest system without memberships, photos or wristbands (the second vendor):
labels decide (a "Banned" label stops, "VIP" is said first), and what the system cannot know is
never held against the guest."""

from __future__ import annotations

from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Guest, Label
from kiosk.checkin.policy import decide
from kiosk.checkin.ports import Capability
from kiosk.config.settings import PolicySettings

CUSTOMERS_ONLY = frozenset(
    {Capability.SEARCH, Capability.REGISTER, Capability.EDIT, Capability.NOTES, Capability.LABELS}
)


def context(*labels: str, can: frozenset[Capability] = CUSTOMERS_ONLY) -> GuestContext:
    guest = Guest(
        id="65f1c0a2b3d4e5f601234567", first_name="Marta", labels=tuple(map(Label, labels))
    )
    return GuestContext("65f1c0a2b3d4e5f601234567", guest, "id", capabilities=can)


def test_a_plain_guest_is_green_without_memberships_or_photos_to_check() -> None:
    verdict = decide(context(), PolicySettings(no_photo="warn"))
    assert verdict.outcome == "admit"
    assert verdict.reasons == ()


def test_a_banned_label_stops_in_any_case_and_vip_is_said_first() -> None:
    banned = decide(context("banned"), PolicySettings())
    assert banned.outcome == "deny"
    assert banned.reasons[0].words == "Labelled “banned”."
    vip = decide(context("VIP", "Regular Customer"), PolicySettings())
    assert vip.outcome == "admit"
    assert vip.highlights == ("★ VIP",)


def test_label_rules_are_the_sites_own() -> None:
    policy = PolicySettings(label_rules={"Allergies": "warn"}, loud_labels=[])
    verdict = decide(context("Allergies", "Banned"), policy)
    assert verdict.outcome == "warn"  # Banned means nothing here now; Allergies warns
    assert verdict.highlights == ()


def test_a_guest_system_with_memberships_still_warns_without_one() -> None:
    verdict = decide(context(can=frozenset(Capability)), PolicySettings())
    assert verdict.outcome == "warn"
    assert any(r.code == "no_membership" or "membership" in r.words for r in verdict.reasons)
