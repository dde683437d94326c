"""A guest's addresses through the seam, against the stand-in server: added, changed, removed,
each keyed, audited by id only, and read back (not resent) when an answer is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, ActionRefused, Actions, WriteOutcome
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.model import Address
from tests.sandbox_helpers import SandboxAdmin, code_of


def test_an_address_is_added_changed_and_removed(fresh_client: TrybeClient, tmp_path: Path) -> None:
    backend = TrybeBackend(fresh_client)
    audit = AuditLog(tmp_path / "audit.jsonl")
    actions = Actions(backend, audit, settle_s=0.2)
    lookup = Lookup(backend)
    context = lookup.by_code(code_of("Amelia Hart"))
    before = backend.addresses(context.guest.id)

    home = Address(label="Home", line_1="12 Orchard Lane", city="Bath", postcode="BA1 2AB")
    added = actions.perform(actions.plan(ActionKind.SAVE_ADDRESS, context, home))
    assert added.outcome is WriteOutcome.DONE
    saved = added.value
    assert isinstance(saved, Address)
    assert saved.id is not None
    assert len(backend.addresses(context.guest.id)) == len(before) + 1

    moved = Address(
        id=saved.id, label="Home", line_1="14 Orchard Lane", city="Bath", postcode="BA1 2AB"
    )
    assert actions.perform(actions.plan(ActionKind.SAVE_ADDRESS, context, moved)).outcome is (
        WriteOutcome.DONE
    )
    assert any(a.line_1 == "14 Orchard Lane" for a in backend.addresses(context.guest.id))

    removed = actions.perform(actions.plan(ActionKind.DELETE_ADDRESS, context, saved.id))
    assert removed.outcome is WriteOutcome.DONE
    assert all(a.id != saved.id for a in backend.addresses(context.guest.id))
    log = (tmp_path / "audit.jsonl").read_text()
    assert "Orchard" not in log  # ids only in the audit
    assert json.loads(log.splitlines()[0])["action"] == "save_address"
    lookup.close()


def test_an_address_without_a_first_line_is_refused_before_sending(
    fresh_client: TrybeClient, tmp_path: Path
) -> None:
    backend = TrybeBackend(fresh_client)
    actions = Actions(backend, AuditLog(tmp_path / "audit.jsonl"))
    lookup = Lookup(backend)
    context = lookup.by_code(code_of("Amelia Hart"))
    with pytest.raises(ActionRefused, match="first line"):
        actions.plan(ActionKind.SAVE_ADDRESS, context, Address(city="Bath"))
    lookup.close()


def test_an_address_whose_answer_was_lost_is_read_back_not_added_twice(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin, tmp_path: Path
) -> None:
    backend = TrybeBackend(fresh_client)
    actions = Actions(backend, AuditLog(tmp_path / "audit.jsonl"), settle_s=0.2)
    lookup = Lookup(backend)
    context = lookup.by_code(code_of("Oliver Price"))
    before = len(backend.addresses(context.guest.id))
    fresh_admin.add_fault(
        path_prefix="/customers/customers/", method="POST", after=True, reset=True, times=1
    )
    result = actions.perform(
        actions.plan(ActionKind.SAVE_ADDRESS, context, Address(label="Work", line_1="1 Dock Road"))
    )
    assert result.outcome is WriteOutcome.UNKNOWN
    settled = actions.reconcile(result)
    assert settled.outcome is WriteOutcome.DONE  # found by reading, not sent again
    assert len(backend.addresses(context.guest.id)) == before + 1
    lookup.close()
