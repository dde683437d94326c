"""Issue 26, item 2: replacing a lost band is a row of steps that resume. The answer to one
step is lost (the connection dropped before or after the stand-in committed it) and the guest
system ignores idempotency keys; reading back says what is true ("partly done", never "not
saved" for a band that is on the guest), and trying again continues from the first step not
done: one new band, the card on it, the lost band off, nothing added twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.backends.trybe import NotFound, TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, Actions, WriteOutcome
from kiosk.checkin.audit import AuditLog
from tests.sandbox_helpers import SandboxAdmin, code_of

NEW = "REPLACEMENT-9"


@pytest.fixture
def lookup(fresh_client: TrybeClient) -> Iterator[Lookup]:
    made = Lookup(TrybeBackend(fresh_client))
    yield made
    made.close()


@pytest.mark.parametrize("committed", [True, False], ids=["after-commit", "before-commit"])
@pytest.mark.parametrize(
    "step",
    [
        {"method": "POST", "path_suffix": "/barcodes"},
        {"method": "PUT", "path_suffix": "/payment-method"},
        {"method": "DELETE", "path_suffix": ""},
    ],
    ids=["new-band-on", "card-moved", "old-band-off"],
)
def test_a_swap_whose_step_was_lost_is_finished_by_trying_again(
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    lookup: Lookup,
    tmp_path: object,
    step: dict[str, str],
    committed: bool,
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    audit = AuditLog(tmp_path / "audit.jsonl")
    actions = Actions(TrybeBackend(fresh_client), audit, settle_s=0.1, in_flight_s=0.0)
    context = lookup.by_code(code_of("Amelia Hart"))
    lost = context.band
    assert lost is not None
    assert lost.card is not None
    fresh_admin.settings(honour_idempotency_keys=False)
    fresh_admin.add_fault(
        path_prefix=f"/customers/customers/{context.guest.id}/barcodes",
        reset=True,
        after=committed,
        times=1,
        **step,
    )
    intent = actions.plan(ActionKind.SWAP_BAND, context, NEW)
    first = actions.perform(intent)
    assert first.outcome is WriteOutcome.UNKNOWN
    checked = actions.reconcile(first)
    now = fresh_client.list_customer_associated_barcodes(context.guest.id)
    bands_now = {b.barcode for b in now}
    if NEW in bands_now:
        assert checked.outcome is not WriteOutcome.NOT_DONE or checked.partial  # never "not saved"
    if not checked.done:
        again = actions.perform(actions.plan(ActionKind.SWAP_BAND, context, NEW, previous=intent))
        assert again.done, again.note
    bands = fresh_client.list_customer_associated_barcodes(context.guest.id)
    assert [b.barcode for b in bands].count(NEW) == 1
    (new,) = [b for b in bands if b.barcode == NEW]
    assert new.payment_method is not None
    assert new.payment_method.id == lost.card.id
    with pytest.raises(NotFound):
        fresh_client.get_customer_by_barcode(code_of("Amelia Hart"))
    adds = [
        r
        for r in fresh_admin.requests(f"/customers/customers/{context.guest.id}/barcodes")
        if r["method"] == "POST"
    ]
    assert len(adds) == (1 if committed or step["method"] != "POST" else 2)


def test_a_lost_band_with_a_revoked_card_is_replaced_without_it(
    fresh_client: TrybeClient, lookup: Lookup, tmp_path: object
) -> None:
    """Priya's band carries a revoked card: the guest system refuses to put it on a band, so
    the swap used to stop half way for ever (the new band on, the old one never off)."""
    from pathlib import Path

    from kiosk.checkin.writes.kinds import KINDS

    assert isinstance(tmp_path, Path)
    actions = Actions(TrybeBackend(fresh_client), AuditLog(tmp_path / "a.jsonl"), settle_s=0.1)
    context = lookup.by_code(code_of("Priya Shah"))
    assert context.band is not None
    assert context.band.card is not None
    intent = actions.plan(ActionKind.SWAP_BAND, context, NEW)
    result = actions.perform(intent)
    assert result.done, result.note
    assert KINDS[ActionKind.SWAP_BAND].done_words(intent).endswith("its expiry moved over.")
    with pytest.raises(NotFound):
        fresh_client.get_customer_by_barcode(code_of("Priya Shah"))
    assert fresh_client.get_customer_by_barcode(NEW).first_name == "Priya"
