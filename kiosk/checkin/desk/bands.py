"""Bands at the desk: a new band scanned for the guest (added, or replacing a lost one), and
bands printed: the printer asked first, nothing associated until the printed band is used (one
tap) or scanned, a failed or unconfirmed print said as such."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

from kiosk.checkin.actions import ActionKind, Intent
from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import READY, BandMode, Feedback, PrintPhase, PrintState
from kiosk.checkin.i18n import tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.ports import Capability
from kiosk.checkin.printing import (
    BandLabel,
    BandPrinter,
    PrintProblem,
    PrintUnconfirmed,
    new_band_code,
    short_name,
    tier_of,
    valid_until_words,
)
from kiosk.checkin.timewords import site_zone
from kiosk.config import clock as wallclock


class Bands:
    def __init__(
        self,
        desk: Desk,
        printer: BandPrinter | None,
        band_codes: Callable[[], str] | None,
    ) -> None:
        self.desk = desk
        self._printer = printer
        self._band_codes = band_codes or new_band_code

    def await_band(self, guest_id: str | None, mode: Literal["associate", "swap"]) -> None:
        """The next scan is a new band for this guest (added, or replacing the scanned one)."""
        context = self.desk.current(guest_id)
        if context is None or self.desk.state.busy:
            return
        if mode == "swap" and context.band is None:
            self.desk.set(feedback=Feedback("bad", "✖ " + tr("Scan the lost wristband first.")))
            return
        new = mode == "associate"
        self.desk.set(
            awaiting_band=mode,
            feedback=Feedback(
                "info",
                tr("Scan the new wristband now (or press Esc to cancel).")
                if new
                else tr("Scan the replacement wristband now (or press Esc to cancel)."),
            ),
            status=tr("Waiting for the new wristband…")
            if new
            else tr("Waiting for the replacement wristband…"),
        )

    def cancel_band_scan(self) -> None:
        if self.desk.state.awaiting_band is None:
            return
        self.desk.set(
            awaiting_band=None,
            printing=None,
            feedback=Feedback("info", tr("Cancelled: no wristband was added.")),
            status=tr(READY),
        )

    def band_scanned(self, code: str) -> None:
        mode = self.desk.state.awaiting_band
        printing = self.desk.state.printing
        # the printed band stays on screen until it is the guest's (see _settled)
        kept = printing if printing is not None and printing.code == code else None
        self.desk.set(awaiting_band=None, printing=kept)
        kind = ActionKind.SWAP_BAND if mode == "swap" else ActionKind.ADD_BAND
        self.desk.act(self.desk.state.guest_id, kind, code)

    @property
    def printer(self) -> BandPrinter | None:
        """The band printer in use now (None: none set up)."""
        return self._printer

    def use_printer(self, printer: BandPrinter | None) -> None:
        """The band printer as the settings now name it (⚙ > Printer…), from the next print."""
        self._printer = printer
        self.desk.set(can_print=printer is not None, printing=None)

    def print_band(self, guest_id: str | None, *, again: bool = False) -> None:
        """Print a new band for this guest, to be added (or to replace the lost one when a
        replacement is awaited): the printer is asked first, nothing is associated until staff
        use the printed band (one tap) or scan it. ``again``: the same code once more (a jam,
        a smudge)."""
        context = self.desk.current(guest_id)
        if context is None or self._printer is None or self.desk.state.busy:
            return
        printing = self.desk.state.printing
        if printing is not None and printing.phase == "printing":
            return
        if not context.can(Capability.WRISTBANDS) or context.guest.anonymised:
            self.desk.set(feedback=Feedback("bad", "✖ " + tr("This guest cannot be given a band.")))
            return
        mode = self.desk.state.awaiting_band or "associate"
        reuse = (
            printing is not None
            and printing.guest_id == context.guest.id
            and printing.new_band
            and (again or printing.phase == "failed")
        )
        try:
            # the same code again after a jam or a refusal: never two live codes for one print
            code = printing.code if reuse and printing is not None else self._band_codes()
        except PrintProblem as exc:
            self.desk.set(feedback=Feedback("bad", "✖ " + exc.words))
            return
        keep = context.band.expires_at if context.band is not None else None
        self._print(context, code, keep, mode=mode)

    def reprint_own_band(self, guest_id: str | None) -> None:
        """The band the guest has (the one scanned) printed again: nothing to associate."""
        context = self.desk.current(guest_id)
        if context is None or self._printer is None or self.desk.state.busy:
            return
        band = context.band
        if band is None:
            self.desk.set(feedback=Feedback("bad", "✖ " + tr("Scan the guest's wristband first.")))
            return
        self._print(context, band.code, band.expires_at, mode=None)

    def _print(
        self,
        context: GuestContext,
        code: str,
        expires_at: datetime | None,
        *,
        mode: BandMode | None,
    ) -> None:
        printer = self._printer
        assert printer is not None
        now = wallclock.now()
        zone = site_zone(context.site.timezone if context.site else None)
        label = BandLabel(
            code=code,
            name=short_name(context.guest),
            valid_until=valid_until_words(
                expires_at if expires_at is not None and expires_at > now else None, zone
            ),
            tier=tier_of(context.memberships),
            site=(context.site.name or "") if context.site else "",
        )
        gid = context.guest.id
        job = PrintState("printing", code, gid, mode=mode)
        new_band = job.new_band
        self.desk.set(
            awaiting_band=mode,
            printing=job,
            feedback=Feedback("info", tr("Printing the band…")),
            status=tr("Printing the band…"),
        )
        audit = self.desk.audit

        def done(_: object) -> None:
            audit.record("print_band", "printed", customer_id=gid, code=code)
            words = (
                tr("✔ Band {code} printed.", code=code)
                if new_band
                else tr("✔ Band {code} printed again.", code=code)
            )
            # the band card stays short (it must fit 1280x800); the next step is said below
            status = (
                tr("Put the band on the guest, then tap “Use the printed band” (or scan it).")
                if new_band
                else tr(READY)
            )
            self._printed(job, "printed", Feedback("good", words), status)

        def failed(error: BaseException) -> None:
            if isinstance(error, PrintUnconfirmed):
                audit.record("print_band", "unconfirmed", customer_id=gid, code=code)
                self._printed(job, "unconfirmed", Feedback("warn", "⚠ " + error.words))
                return
            words = (
                error.words
                if isinstance(error, PrintProblem)
                else tr("The band could not be printed.")
            )
            audit.record("print_band", "failed", customer_id=gid, code=code, reason=words)
            extra = " " + tr("Nothing was added to the guest.") if new_band else ""
            self._printed(job, "failed", Feedback("bad", "✖ " + words + extra))

        self.desk.runner.read(lambda: printer.print_band(label), done, failed)

    def _printed(
        self, job: PrintState, phase: PrintPhase, feedback: Feedback, status: str = ""
    ) -> None:
        """A print's end, shown only while that print is still the one on screen (a band that
        came out for the previous guest is said in the status line)."""
        if self.desk.state.printing != job:
            if phase != "printed":
                self.desk.set(status=tr("The previous guest's band: {words}", words=feedback.text))
            return
        if phase != "printed":
            self.desk.cues.emit("warn")  # staff have turned to the printer: they hear it did not
        self.desk.set(
            printing=replace(job, phase=phase),
            feedback=feedback,
            status=status or tr(READY),
            awaiting_band=job.mode,
        )

    def awaited_again(self, intent: Intent) -> dict[str, Any]:
        """A printed band whose adding was not done is awaited again, so scanning it adds it
        as well as the button does: a band in the guest's hand is never forgotten."""
        printing = self.desk.state.printing
        if printing is None or printing.code != intent.value:
            return {}
        return {"awaiting_band": printing.mode}

    def use_printed_band(self, guest_id: str | None) -> None:
        """Associate the band just printed (as if it had been scanned): one tap."""
        printing = self.desk.state.printing
        if (
            printing is None
            or not printing.new_band
            or printing.phase not in ("printed", "unconfirmed")
            or printing.guest_id != guest_id
            or self.desk.current(guest_id) is None
        ):
            return
        self.desk.set(awaiting_band=printing.mode)
        self.band_scanned(printing.code)
