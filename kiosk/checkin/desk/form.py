"""The guest form: registering a walk-in or editing the guest on screen, with what the guest
system did not accept said under its field, and the edited guest's addresses."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal

from kiosk.checkin.actions import ActionKind, ActionRefused, WriteOutcome, WriteResult
from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import FormState
from kiosk.checkin.desk.words import not_saved
from kiosk.checkin.errors import Invalid
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import Address, Guest, GuestDetails
from kiosk.checkin.people import plain_field_errors, tidy_details
from kiosk.checkin.ports import Capability


class Form:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def open_form(self, kind: Literal["register", "edit"], guest_id: str | None = None) -> None:
        if self.desk.state.signed_out:
            return
        if kind == "edit" and self.desk.current(guest_id) is None:
            return
        self.desk.set(form=FormState(kind, guest_id if kind == "edit" else None))
        if kind == "edit" and guest_id is not None:
            self.load_addresses(guest_id)

    def load_addresses(self, guest_id: str) -> None:
        """The edit form's address list, read off the GUI thread."""
        if Capability.ADDRESSES not in self.desk.lookup.backend.capabilities:
            return
        backend = self.desk.lookup.backend

        def loaded(found: tuple[Address, ...]) -> None:
            form = self.desk.state.form
            if form is not None and form.guest_id == guest_id:
                self.update(addresses=found, addresses_note="")

        def failed(error: BaseException) -> None:
            form = self.desk.state.form
            if form is not None and form.guest_id == guest_id:
                words = describe_failure(error, self.desk.system).title
                self.update(
                    addresses=None, addresses_note=tr("Addresses couldn't load: {why}.", why=words)
                )

        self.update(addresses_note=tr("Loading addresses…"))
        self.desk.runner.read(lambda: backend.addresses(guest_id), loaded, failed)

    def close_form(self) -> None:
        if self.desk.state.form is not None and not self.desk.state.form.saving:
            self.desk.set(form=None)

    def update(self, **changes: Any) -> None:
        if self.desk.state.form is not None:
            self.desk.set(form=replace(self.desk.state.form, **changes))

    def submit_form(self, details: GuestDetails) -> None:
        form = self.desk.state.form
        if form is None or form.saving:
            return
        details, problems = tidy_details(details, self.desk.site, new=form.kind != "edit")
        if problems:  # read as people write them; what can't be read is said beside its field
            self.update(
                saving=False, field_errors=problems, message=tr("Some details need a change.")
            )
            return
        self.update(saving=True, field_errors={}, message="")
        if form.kind == "edit":
            context = self.desk.current(form.guest_id)
            if context is None:
                self.desk.set(form=None)
                return
            try:
                self.desk.start_planned(
                    lambda previous: self.desk.actions.plan(
                        ActionKind.UPDATE, context, details, previous=previous
                    ),
                    tr("Saving the guest's details…"),
                )
            except ActionRefused as exc:
                self.update(saving=False, message=str(exc))
            return
        try:
            self.desk.start_planned(
                lambda previous: self.desk.actions.plan(
                    ActionKind.REGISTER, None, details, previous=previous
                ),
                None,
            )
        except ActionRefused as exc:
            self.update(saving=False, message=str(exc))

    def registered(self, result: WriteResult) -> None:
        if result.outcome is WriteOutcome.DONE:
            guest = result.value
            self.desk.set(form=None)
            if isinstance(guest, Guest):
                self.desk.open_guest(guest.id, via=N_("new guest"))
            return
        error = result.error
        if isinstance(error, Invalid):
            self.update(
                saving=False,
                field_errors=plain_field_errors(error.field_errors),
                message=tr("{system} didn't accept some details.", system=self.desk.system),
            )
        else:
            self.update(saving=False, message=not_saved(result, self.desk.system))
