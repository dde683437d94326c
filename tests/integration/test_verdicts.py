"""The verdict for every demo state, through the real lookup against the stand-in server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.policy import decide
from kiosk.config.settings import PolicySettings
from tests.sandbox_helpers import code_of


@pytest.fixture
def lookup(fresh_client: TrybeClient) -> Iterator[Lookup]:
    # a stand-in of its own: its demo data is made now ("yesterday" as of this test, even
    # when the suite began before midnight)
    service = Lookup(TrybeBackend(fresh_client))
    yield service
    service.close()


@pytest.mark.parametrize(
    ("guest", "outcome", "reason"),
    [
        ("Amelia Hart", "admit", None),
        ("Mateo Navarro", "admit", None),
        ("Jonas Becker", "warn", "payment failed"),
        ("Chloé Martin", "deny", "Wristband expired yesterday"),
        ("Sofía García", "deny", "locked"),
        ("Oliver Price", "warn", "No active membership"),
        ("Priya Shah", "warn", "Wristband expires in"),
        ("Liam Walsh", "deny", "Silver tier: expired"),
        ("Hannah Schmidt", "warn", "starts soon"),
        ("Emma Dubois", "warn", "direct-debit mandate"),
        ("Lena Vogel", "warn", "reserved"),
    ],
)
def test_each_demo_state_gets_its_verdict_in_words(
    lookup: Lookup, guest: str, outcome: str, reason: str | None
) -> None:
    context = lookup.by_code(code_of(guest))
    verdict = decide(context, PolicySettings())
    assert verdict.outcome == outcome, verdict.reasons
    if reason is None:
        assert verdict.reasons == ()
    else:
        assert any(reason in r.words for r in verdict.reasons), [r.words for r in verdict.reasons]


def test_the_anonymised_guest_is_denied(lookup: Lookup) -> None:
    verdict = decide(lookup.by_code("100200305"), PolicySettings())
    assert verdict.outcome == "deny"
    assert verdict.reasons[0].code == "anonymised"


def test_the_policy_is_configurable_per_condition(lookup: Lookup) -> None:
    priya = lookup.by_code(code_of("Priya Shah"))  # band expiring, revoked card on it
    strict = PolicySettings(no_usable_card="deny", band_expiring="allow")
    verdict = decide(priya, strict)
    assert verdict.outcome == "deny"
    assert [r.code for r in verdict.reasons] == ["no_card"]
    assert "revoked" in verdict.reasons[0].words
    relaxed = PolicySettings(band_expired="warn")
    assert decide(lookup.by_code(code_of("Chloé Martin")), relaxed).outcome == "warn"


def test_the_scanned_band_is_found_among_the_guests_bands(lookup: Lookup) -> None:
    context = lookup.by_code(code_of("Amelia Hart"))
    assert context.band is not None
    assert context.band.code == code_of("Amelia Hart")
    assert context.site is not None
    assert context.site.timezone == "Europe/London"
    assert context.spend is not None
    assert context.missing == frozenset()
    by_id = lookup.by_code(context.guest.id)
    assert by_id.matched_by == "id"
    assert by_id.band is None


def test_public_reasons_never_carry_private_details(lookup: Lookup) -> None:
    for guest in ("Priya Shah", "Liam Walsh", "Jonas Becker", "Chloé Martin"):
        context = lookup.by_code(code_of(guest))
        strict = PolicySettings(no_usable_card="warn", no_photo="warn")
        for reason in decide(context, strict).reasons:
            for secret in filter(None, [context.guest.email, context.guest.phone]):
                assert secret not in reason.public
            for card in context.cards:
                assert not card.last4 or card.last4 not in reason.public
            assert "£" not in reason.public
