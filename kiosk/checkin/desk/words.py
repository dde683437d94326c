"""What the desk says of a write that was not done: why, in one sentence (what it says while a
write saves and once it is done belongs to its kind, ``kiosk.checkin.writes``)."""

from __future__ import annotations

from kiosk.checkin.actions import ActionRefused, WriteResult
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import tr


def not_saved(result: WriteResult, system: str) -> str:
    return tr("Not saved. {why}", why=why(result, system)).strip()


def why(result: WriteResult, system: str) -> str:
    if result.note:
        return result.note
    if result.error is None:
        return ""
    if isinstance(result.error, ActionRefused):
        return str(result.error)
    return describe_failure(result.error, system).sentence
