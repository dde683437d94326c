"""Issue 26, item 5, as staff see it: the header names this desk, and a guest checked in at
another desk minutes ago is said with that desk's name and time."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin.model import Device
from kiosk.scan import ScanEvent
from tests.rigs import DeskRig
from tests.sandbox_helpers import code_of


def test_the_header_names_the_desk_and_another_desks_check_in_is_named(
    qtbot: QtBot, fresh_client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(fresh_client, device=Device("desk-2-id", "Desk 2 <b>east</b>")).window
    assert desk.mode_label.text() == "Front desk · Desk 2 <b>east</b>"  # plain text, as typed
    other = TrybeBackend(fresh_client, device=Device("desk-1-id", "Desk 1"))
    guest = fresh_client.get_customer_by_barcode(code_of("Oliver Price"))
    other.check_in(guest.id, method="Scanned", membership_id=None, key="desk-1-check-in")
    desk.handle_scan(ScanEvent(payload=code_of("Oliver Price"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Oliver Price", timeout=5000)
    texts = " ".join(
        label.text() for label in desk.customer_panel.findChildren(type(desk.mode_label))
    )
    assert "Already checked in at Desk 1 · " in texts
