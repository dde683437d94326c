"""What the desk says of a write: while it is saving, once it is done, and why it was not."""

from __future__ import annotations

from kiosk.checkin.actions import ActionKind, ActionRefused, Intent, WriteResult
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import N_, tr


def done_words(intent: Intent) -> str:
    if intent.kind is ActionKind.SET_EXPIRY and intent.value is None:
        return tr("Expiry cleared: the band never expires.")
    if intent.kind is ActionKind.SET_CARD:
        return tr("Card put on the band.") if intent.value else tr("Card taken off the band.")
    if intent.kind is ActionKind.ADD_BAND:
        return tr("Wristband {code} added.", code=intent.value)
    if intent.kind is ActionKind.SWAP_BAND and intent.order_to_move is not None:
        return tr(
            "Wristband {code} replaces the lost one; expiry, card and open tab moved over.",
            code=intent.value,
        )
    if intent.kind is ActionKind.SWAP_BAND:
        return tr(
            "Wristband {code} replaces the lost one; expiry and card moved over.",
            code=intent.value,
        )
    return tr(DONE.get(intent.kind, N_("Saved.")))


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


DOING: dict[ActionKind, str] = {
    ActionKind.CHECK_IN: N_("Checking in…"),
    ActionKind.CHECK_OUT: N_("Checking out…"),
    ActionKind.SET_EXPIRY: N_("Saving the new expiry…"),
    ActionKind.SET_CARD: N_("Saving the card…"),
    ActionKind.ADD_BAND: N_("Adding the wristband…"),
    ActionKind.SWAP_BAND: N_("Replacing the wristband…"),
    ActionKind.REMOVE_BAND: N_("Removing the wristband…"),
    ActionKind.LOCK: N_("Locking…"),
    ActionKind.ANONYMISE: N_("Anonymising…"),
    ActionKind.SAVE_ADDRESS: N_("Saving the address…"),
    ActionKind.DELETE_ADDRESS: N_("Removing the address…"),
    ActionKind.UNLOCK: N_("Unlocking…"),
    ActionKind.PASSWORD_RESET: N_("Sending…"),
    ActionKind.VERIFICATION: N_("Sending…"),
    ActionKind.PASSWORD_LINK: N_("Creating the link…"),
    ActionKind.ADD_NOTE: N_("Adding the note…"),
    ActionKind.ADD_LABEL: N_("Adding the label…"),
}

DONE: dict[ActionKind, str] = {
    ActionKind.CHECK_IN: N_("Checked in."),
    ActionKind.CHECK_OUT: N_("Checked out."),
    ActionKind.SET_EXPIRY: N_("Expiry changed."),
    ActionKind.SET_CARD: N_("Card changed on the band."),
    ActionKind.ADD_BAND: N_("Wristband added."),
    ActionKind.SWAP_BAND: N_("Wristband replaced; expiry and card moved over."),
    ActionKind.REMOVE_BAND: N_("Wristband removed."),
    ActionKind.LOCK: N_("Account locked."),
    ActionKind.ANONYMISE: N_("Anonymised: the guest's personal details are erased."),
    ActionKind.SAVE_ADDRESS: N_("Address saved."),
    ActionKind.DELETE_ADDRESS: N_("Address removed."),
    ActionKind.UNLOCK: N_("Account unlocked."),
    ActionKind.PASSWORD_RESET: N_("Password reset email sent (the link works for one hour)."),
    ActionKind.VERIFICATION: N_("Verification email sent."),
    ActionKind.PASSWORD_LINK: N_("Link created."),
    ActionKind.UPDATE: N_("Details saved."),
    ActionKind.ADD_NOTE: N_("Note added."),
    ActionKind.ADD_LABEL: N_("Label added."),
}
