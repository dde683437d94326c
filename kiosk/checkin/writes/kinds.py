"""Every kind of write the kiosk makes, by its ActionKind: adding a kind is one class in one of
this package's modules and one line here."""

from __future__ import annotations

from kiosk.checkin.writes.account import Anonymise, Email, Lock, PasswordLink
from kiosk.checkin.writes.bands import AddBand, RemoveBand, SetCard, SetExpiry, SwapBand
from kiosk.checkin.writes.base import ActionKind, WriteKind
from kiosk.checkin.writes.details import (
    AddLabel,
    AddNote,
    DeleteAddress,
    Register,
    SaveAddress,
    Update,
)
from kiosk.checkin.writes.visits import CheckIn, CheckOut

_ALL: tuple[WriteKind, ...] = (
    CheckIn(),
    CheckOut(),
    SetExpiry(),
    SetCard(),
    AddBand(),
    RemoveBand(),
    SwapBand(),
    Lock(),
    Anonymise(),
    Email(),
    PasswordLink(),
    Register(),
    Update(),
    SaveAddress(),
    DeleteAddress(),
    AddNote(),
    AddLabel(),
)
KINDS: dict[ActionKind, WriteKind] = {kind: write for write in _ALL for kind in write.kinds}
assert set(KINDS) == set(ActionKind), "every ActionKind has its WriteKind"
