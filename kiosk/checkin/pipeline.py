"""The scan pipeline every screen shares (the desk's scans and self check-in): a payload read by
the site's rules (a garbage scan said, and audited, before anything is looked up), a repeat of
the same code dropped, the lookup run with the newest scan winning (an older answer is dropped,
never shown), and the scan's audit line, with the code as a keyed hash and whoever was on duty
when it was read.

What a screen then does with the guest (a verdict and staff's buttons, or a self check-in) is
the screen's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from kiosk.checkin.audit import ON_DUTY, AuditLog
from kiosk.checkin.errors import NotFound
from kiosk.checkin.lookup import GuestContext, Lookup
from kiosk.checkin.policy import Verdict
from kiosk.checkin.tasks import Handle, Runner
from kiosk.checkin.telemetry import meter
from kiosk.scan import InvalidPayload, PayloadRules, RepeatFilter, ScanEvent, normalise_payload

T = TypeVar("T")


class ScanPipeline:
    def __init__(
        self,
        lookup: Lookup,
        runner: Runner,
        audit: AuditLog,
        *,
        rules: PayloadRules | None = None,
        repeats: RepeatFilter | None = None,
    ) -> None:
        self.lookup = lookup
        self.audit = audit
        self._runner = runner
        self._rules = rules or PayloadRules()
        self._repeats = repeats or RepeatFilter()
        self._ticket = 0
        self._reads: list[Handle] = []

    # ------------------------------------------------------------------ reading the payload

    def read(self, event: ScanEvent) -> str | InvalidPayload:
        """The code ``event`` carries, by the site's rules; or why it is not one (audited)."""
        meter().scanned(event.source)
        try:
            return normalise_payload(event.payload, self._rules)
        except InvalidPayload as exc:
            self.audit.record("scan", "bad_scan", reason=exc.reason)
            meter().answered("bad_scan")
            return exc

    def is_repeat(self, event: ScanEvent, code: str) -> bool:
        """The same code from the same kind of reader again, within its window."""
        return self._repeats.is_repeat(event, code)

    def forget_repeats(self) -> None:
        """The screen was cleared: the same band may be scanned again at once."""
        self._repeats.forget()

    # ------------------------------------------------------------------ the newest scan wins

    def start(self) -> int:
        """A new scan: whatever was still being read for an older one is forgotten. Returns
        the new scan's ticket (its answers are wanted while it is :meth:`current`)."""
        self.cancel()
        return self._ticket

    def current(self, ticket: int) -> bool:
        return ticket == self._ticket

    def cancel(self) -> None:
        """Forget the scan in flight: its answers are dropped, never shown."""
        self._ticket += 1
        for handle in self._reads:
            handle.cancel()
        self._reads.clear()

    def read_for(
        self,
        ticket: int,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` for the scan ``ticket``; its answer arrives only while that scan is
        still the newest."""

        def answered(value: T) -> None:
            if self.current(ticket):
                done(value)

        def refused(error: BaseException) -> None:
            if self.current(ticket):
                failed(error)

        handle = self._runner.read(work, answered, refused)
        self._reads = [h for h in self._reads if h is not handle] + [handle]

    # ------------------------------------------------------------------ the audit line

    def record_found(
        self,
        context: GuestContext,
        verdict: Verdict,
        *,
        as_scan: bool = True,
        via: str | None = None,
        read_by: Any = ON_DUTY,
    ) -> None:
        """A guest found: a scan's line (or an "open" one for a guest opened by record)."""
        band = context.band
        if as_scan:
            meter().answered(verdict.outcome)
        self.audit.record(
            "scan" if as_scan else "open",
            verdict.outcome,
            customer_id=context.guest.id,
            band_id=band.id if band else None,
            code=context.code if as_scan else None,
            reason=",".join(r.code for r in verdict.reasons) or (None if as_scan else via),
            staff_id=read_by,
        )

    def record_not_found(
        self, code: str, error: BaseException, *, reason: str, read_by: Any = ON_DUTY
    ) -> None:
        """A scan that found nobody (or could not be looked up)."""
        outcome = "not_recognised" if isinstance(error, NotFound) else "failed"
        meter().answered(outcome)
        self.audit.record(
            "scan",
            outcome,
            code=code,
            reason=reason,
            staff_id=read_by,
        )
