"""The Collins guest system behind the domain's port, over real HTTP to its stand-in: a card
with a customer id opens the guest (labels, notes, company, venues), search finds by name, a
walk-in registers, a note and a label are added (and read back when an answer is lost), and the
verdict follows the labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.backends.collins import CollinsClient
from kiosk.backends.collins.adapter import CollinsBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, Actions, WriteOutcome
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.errors import NotFound, NotSupported
from kiosk.checkin.model import GuestDetails
from kiosk.checkin.policy import decide
from kiosk.checkin.ports import Capability
from kiosk.config.settings import PolicySettings
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.collins.demo import FEATURED, PREFERENCES, VENUES
from tests.conftest import TOKEN
from tests.sandbox_helpers import SandboxAdmin

MARTA, TOM = FEATURED[0], FEATURED[1]


@pytest.fixture
def backend(collins_sandbox: SandboxServer) -> Iterator[CollinsBackend]:
    client = CollinsClient(collins_sandbox.url, TOKEN, deadline_s=5.0)
    made = CollinsBackend(
        client,
        venue_id=VENUES[0][0],
        venues=dict(VENUES),
        preferences=dict(PREFERENCES),
        timezone="Europe/London",
    )
    yield made
    made.close()


def test_a_card_with_the_customer_id_opens_the_guest_with_what_collins_knows(
    backend: CollinsBackend, collins_admin: SandboxAdmin
) -> None:
    marta = backend.find_by_code(MARTA.id.upper())  # a scanner may send capitals
    assert marta.display_name == "Marta Silva"
    assert [label.name for label in marta.labels] == ["VIP", "Regular Customer"]
    assert marta.notes == "Prefers the window table."
    assert marta.company == "Silva & Co"
    assert marta.venues == ("Palm Tree Brasserie",)
    seen = len(collins_admin.requests("/customers"))
    with pytest.raises(NotFound):
        backend.find_by_code("100200300")  # a Trybe wristband: not a card this kiosk reads
    assert len(collins_admin.requests("/customers")) == seen  # and nothing was asked


def test_the_lookup_gathers_only_what_collins_has_and_labels_decide(
    backend: CollinsBackend,
) -> None:
    lookup = Lookup(backend, deadline_s=3.0)
    try:
        marta = lookup.by_code(MARTA.id)
        tom = lookup.by_code(TOM.id)
    finally:
        lookup.close()
    assert marta.missing == frozenset()
    assert Capability.CHECK_INS not in marta.capabilities
    assert marta.site is not None
    assert marta.site.name == "Palm Tree Brasserie"
    admitted = decide(marta, PolicySettings())
    assert admitted.outcome == "admit"
    assert admitted.highlights == ("★ VIP",)
    assert decide(tom, PolicySettings()).outcome == "deny"


def test_search_finds_by_name_and_marks_another_venues_guest(backend: CollinsBackend) -> None:
    hits = backend.search("Marta Silva")
    assert hits[0].id == MARTA.id
    assert hits[0].site_name == "Palm Tree Brasserie"
    assert not hits[0].other_site
    assert hits[0].phone_tail is not None
    with pytest.raises(NotSupported):
        backend.bands(MARTA.id)


def test_a_walk_in_a_note_and_a_label_each_once_even_when_an_answer_is_lost(
    backend: CollinsBackend, collins_admin: SandboxAdmin, tmp_path: Path
) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    actions = Actions(backend, audit, settle_s=0.2)
    made = actions.perform(
        actions.plan(
            ActionKind.REGISTER,
            None,
            GuestDetails(first_name="Walk", last_name="In", email="walk.in@example.com"),
        )
    )
    assert made.outcome is WriteOutcome.DONE
    lookup = Lookup(backend, deadline_s=3.0)
    try:
        context = lookup.by_code(made.value.id)
        collins_admin.add_fault(
            path_prefix="/customers/", method="PUT", reset=True, after=True, times=1
        )
        lost = actions.perform(
            actions.plan(ActionKind.ADD_NOTE, context, "Asked for a quiet table.")
        )
        assert lost.outcome is WriteOutcome.UNKNOWN  # the answer was lost, not the note
        settled = actions.reconcile(lost)
        assert settled.outcome is WriteOutcome.DONE
        context = lookup.by_code(made.value.id)
        labelled = actions.perform(actions.plan(ActionKind.ADD_LABEL, context, "Regular Customer"))
        assert labelled.outcome is WriteOutcome.DONE
        again = backend.guest(made.value.id)
    finally:
        lookup.close()
    assert again.notes is not None
    assert again.notes.count("Asked for a quiet table.") == 1
    assert [x.name for x in again.labels] == ["Regular Customer"]
    assert again.venues == ("Palm Tree Brasserie",)  # registered at this venue
    log = audit.path.read_text()
    assert "quiet table" in log  # as staff text, in its own field
    assert all(("quiet table" not in line) or '"staff_text"' in line for line in log.splitlines())
