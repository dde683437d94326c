"""A scan, from the reader to the guest on screen: payload rules and repeats, a staff badge or
an awaited band told apart, the lookup (with the local copy's answer shown meanwhile), the
verdict, the audit line (whoever was on duty when it was read), the recent list, the exit, and
a code nobody has said with what was read."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from kiosk.checkin.actions import ActionKind, Intent
from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import READY, SIGN_IN, Feedback, Screen, Tone
from kiosk.checkin.errors import BackendError, NotFound
from kiosk.checkin.failures import Failure, describe_failure
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import RecentEntry
from kiosk.checkin.pipeline import ScanPipeline
from kiosk.checkin.policy import decide
from kiosk.checkin.ports import Capability, RecentKeeper
from kiosk.checkin.typed import TypedIntent, typed_intent
from kiosk.config import clock as wallclock
from kiosk.scan import InvalidPayload, PayloadRules, RepeatFilter, ScanEvent
from kiosk.scan.keymap import layout_check
from kiosk.scan.payload import IN_PIECES

log = logging.getLogger(__name__)

STILL_CHECKING_AFTER_S = 1.0
"""A lookup slower than this says so ("still checking…")."""
RECENT_KEPT = 20
"""The Recent menu's length (kept across a restart where the desk has a local copy)."""
_VIA = {
    "wedge": N_("scanner"),
    "serial": N_("scanner"),
    "camera": N_("camera"),
    "manual": N_("typed"),
}
"""How a code arrived, in the words staff use (shown with what was read)."""


class Scans:
    def __init__(
        self,
        desk: Desk,
        *,
        rules: PayloadRules | None,
        repeats: RepeatFilter | None,
        exit_readers: frozenset[str],
        recent_keeper: RecentKeeper | None,
    ) -> None:
        """``exit_readers``: the readers ("serial", "camera", "wedge") at an exit; their
        scans check guests out instead of in."""
        self.desk = desk
        self.pipeline = ScanPipeline(
            desk.lookup, desk.runner, desk.audit, rules=rules, repeats=repeats
        )
        """The scan pipeline self check-in shares: payload rules, repeats, the newest scan
        wins, the scan's audit line."""
        self._exit_readers = exit_readers
        self._keeper = recent_keeper

    def cancel(self) -> None:
        """A lookup in flight is forgotten: its answer is dropped, never shown."""
        self.pipeline.cancel()

    def forget_repeats(self) -> None:
        """After the screen is cleared, the same band may be scanned again at once."""
        self.pipeline.forget_repeats()

    def scan(self, event: ScanEvent) -> None:
        """A scan from any reader (or a code typed and entered)."""
        self._scan(event)

    def in_pieces(self) -> None:
        """A keyboard scanner's code arrived in pieces: said, and asked again (a piece looked
        up would find nobody, or the wrong guest)."""
        self.desk.touch()
        self._problem(describe_failure(InvalidPayload(IN_PIECES), self.desk.system))

    def _scan(self, event: ScanEvent, *, fallback_search: str | None = None) -> None:
        self.desk.touch()
        code = self.pipeline.read(event)
        if isinstance(code, InvalidPayload):
            self._problem(describe_failure(code, self.desk.system))
            return
        if self.desk.staff_scan(code):
            return
        if self.desk.state.awaiting_band is not None and self.desk.state.context is not None:
            printing = self.desk.state.printing
            if printing is None or not printing.new_band or printing.code == code:
                self.desk.band_scanned(code)
                return
            # a band was printed for this guest: only that band is theirs; any other code is
            # the next guest, and the newest scan wins
        advice = layout_check(code)
        if advice is not None:
            self._problem(
                Failure(
                    "bad_scan",
                    tr("Scanner layout test"),
                    tr(advice.template, **_translated(advice.values)),
                ),
                "good" if advice.agrees else "warn",
            )
            return
        if self.pipeline.is_repeat(event, code):
            self.desk.set(status=tr("{code} was just scanned; showing it already.", code=code))
            return
        self._look_up(
            code,
            via=_VIA.get(event.source, event.source),
            as_scan=True,
            fallback_search=fallback_search,
            checks_out=self.desk.state.exit_mode or event.source in self._exit_readers,
        )

    def find_typed(self, text: str) -> TypedIntent | None:
        """The search box's Enter / Find: a code is looked up, a name, email or phone searched
        (one match opens at once), digits alone looked up then searched (see ``typed``)."""
        if not text.strip():
            return None
        self.desk.stop_search()
        can_search = Capability.SEARCH in self.desk.lookup.backend.capabilities
        intent = typed_intent(text, can_search=can_search)
        if intent is TypedIntent.SEARCH:
            self.desk.search(text.strip(), open_single=True)
        else:
            fallback = text.strip() if intent is TypedIntent.CODE_THEN_SEARCH else None
            self._scan(ScanEvent(payload=text, source="manual"), fallback_search=fallback)
        return intent

    def open_guest(self, guest_id: str, *, via: str) -> None:
        """Open a guest by record (a search result, a new registration)."""
        self._look_up(guest_id, via=via, as_scan=False)

    def open_recent(self, entry: RecentEntry) -> None:
        self._look_up(entry.code or entry.guest_id, via=N_("recent"), as_scan=False)

    def _look_up(
        self,
        code: str,
        *,
        via: str,
        as_scan: bool,
        fallback_search: str | None = None,
        checks_out: bool = False,
    ) -> None:
        if self.desk.state.signed_out:
            self.desk.set(sign_in_note=tr(SIGN_IN))
            return
        self.desk.cancel_reads()
        ticket = self.pipeline.start()
        # the scan's line is theirs, even if a badge takes the desk over before it answers
        read_by = self.desk.modes.presence.staff_id
        self.desk.leave_guest(
            screen=Screen.LOOKING_UP,
            code=code,
            problem=None,
            search=None,
            status=tr("Looking up {code} ({via})…", code=code, via=tr(via)),
        )
        self.desk.timers.start("slow", STILL_CHECKING_AFTER_S, lambda: self._still_checking(ticket))
        self.desk.timers.start(
            "late", self.desk.lookup.deadline_s, lambda: self._late(ticket, code, as_scan)
        )
        self.desk.restart_idle()
        lookup, decode = self.desk.lookup, self.desk.decode_photo

        def work() -> tuple[GuestContext, Any]:
            context = lookup.by_code(code)
            return context, decode(context.photo) if decode and context.photo else None

        self.pipeline.read_for(
            ticket,
            work,
            lambda found: self._found(
                ticket, found, via=via, as_scan=as_scan, checks_out=checks_out, read_by=read_by
            ),
            lambda error: self._not_found(
                ticket,
                code,
                error,
                as_scan=as_scan,
                via=via,
                fallback_search=fallback_search,
                read_by=read_by,
            ),
        )
        if lookup.copy is not None:

            def peek() -> tuple[GuestContext, Any] | None:
                context = lookup.provisional(code)
                if context is None:
                    return None
                return context, decode(context.photo) if decode and context.photo else None

            self.pipeline.read_for(
                ticket,
                peek,
                lambda found: self._provisional(ticket, found),
                lambda error: log.info("no provisional answer: %s", type(error).__name__),
            )

    def _provisional(self, ticket: int, found: tuple[GuestContext, Any] | None) -> None:
        """The local copy's answer, shown until the live one replaces it (no sound, no audit
        line, no action: it is not the answer yet)."""
        if found is None or self.desk.state.screen is not Screen.LOOKING_UP:
            return
        context, picture = found
        self.desk.set(
            screen=Screen.GUEST,
            context=context,
            picture=picture,
            verdict=decide(context, self.desk.policy),
            status=tr("Showing the local copy while {system} answers…", system=self.desk.system),
        )

    def _still_checking(self, ticket: int) -> None:
        if self.pipeline.current(ticket) and self.desk.state.screen is Screen.LOOKING_UP:
            self.desk.set(
                slow=True,
                status=tr("{system} is slow to answer; still checking…", system=self.desk.system),
            )

    def _late(self, ticket: int, code: str, as_scan: bool) -> None:
        """The lookup's deadline passed with no guest: the desk says so at once, and keeps
        listening (the guest shows when the answer comes, unless a newer scan came)."""
        if not self.pipeline.current(ticket) or self.desk.state.screen is not Screen.LOOKING_UP:
            return
        seconds = round(self.desk.lookup.deadline_s)
        self.desk.set(
            screen=Screen.PROBLEM,
            problem=Failure(
                "late",  # a lookup past its deadline, still awaited
                tr("{system} has not answered yet", system=self.desk.system),
                tr(
                    "Still checking {code}: the guest shows here when the answer comes. "
                    "You can scan the next guest at any time.",
                    code=code,
                )
                if as_scan
                else tr("Still checking: the guest shows here when the answer comes."),
            ),
            problem_tone="warn",
            slow=True,
            status=tr(
                "No answer from {system} within {seconds} s; still checking…",
                system=self.desk.system,
                seconds=seconds,
            ),
        )

    def _found(
        self,
        ticket: int,
        found: tuple[GuestContext, Any],
        *,
        via: str,
        as_scan: bool,
        checks_out: bool = False,
        read_by: str | None = None,
    ) -> None:
        context, picture = found
        self.desk.timers.stop("slow")
        self.desk.timers.stop("late")
        if self.desk.state.screen in (Screen.IDLE, Screen.RESULTS):
            return  # staff moved on (a search, the start screen): a late answer is not wanted
        if context.site is not None:
            self.desk.site = context.site
        verdict = decide(context, self.desk.policy)
        self.pipeline.record_found(context, verdict, as_scan=as_scan, via=via, read_by=read_by)
        name = context.guest.display_name
        recent = RecentEntry(
            wallclock.now(),
            context.guest.id,
            name,
            verdict.outcome,
            context.code if context.matched_by == "band" else context.guest.id,
        )
        self.desk.set(
            screen=Screen.GUEST,
            context=context,
            picture=picture,
            verdict=verdict,
            slow=False,
            recent=(recent, *[r for r in self.desk.state.recent if r.guest_id != recent.guest_id])[
                :RECENT_KEPT
            ],
            status=(
                tr("Opened {name}.", name=name)
                if context.matched_by == "id"
                else tr("Found {name} for {code}.", name=name, code=context.code)
            ),
        )
        self._keep_recent()
        if checks_out:
            self._check_out_at_exit(context)
            return
        self.desk.cues.emit(verdict.outcome)
        self.desk.restart_idle()

    def load_recent(self) -> None:
        """The shift's scans as kept before a restart (read on the worker; what this run has
        scanned meanwhile stays first)."""
        keeper = self._keeper
        if keeper is None:
            return

        def loaded(kept: tuple[RecentEntry, ...]) -> None:
            now = {r.guest_id for r in self.desk.state.recent}
            merged = (*self.desk.state.recent, *[r for r in kept if r.guest_id not in now])
            self.desk.set(recent=merged[:RECENT_KEPT])

        self.desk.runner.read(keeper.load, loaded, lambda e: log.warning("recent not read: %s", e))

    def _keep_recent(self) -> None:
        keeper, recent = self._keeper, self.desk.state.recent
        if keeper is not None:
            self.desk.runner.write(
                lambda: keeper.save(recent),
                lambda _: None,
                lambda e: log.warning("recent not kept: %s", e),
            )

    def set_exit_mode(self, on: bool) -> None:
        """A desk at the exit: from now on every scan checks the guest out."""
        self.desk.set(exit_mode=on, status=tr("Exit: scans check guests out.") if on else tr(READY))

    def _check_out_at_exit(self, context: GuestContext) -> None:
        """A scan at the exit: the guest's open visit is checked out at once (leaving is never
        refused, whatever the verdict); a guest not checked in is said so."""
        self.desk.restart_idle()
        if context.open_visit is None:
            self.desk.set(
                feedback=Feedback(
                    "warn",
                    "⚠ " + tr("{name} is not checked in here.", name=context.guest.display_name),
                )
            )
            self.desk.cues.emit("warn")
            return
        self.desk.cues.emit("admit")
        self.desk.act(context.guest.id, ActionKind.CHECK_OUT)

    def _not_found(
        self,
        ticket: int,
        code: str,
        error: BaseException,
        *,
        as_scan: bool,
        via: str = "",
        fallback_search: str | None = None,
        read_by: str | None = None,
    ) -> None:
        self.desk.timers.stop("slow")
        self.desk.timers.stop("late")
        if fallback_search is not None and isinstance(error, NotFound):
            self.desk.search(fallback_search, open_single=True)  # no band: a phone, perhaps
            return
        if not isinstance(error, BackendError):
            log.error("lookup of a code failed unexpectedly", exc_info=error)
        failure = describe_failure(error, self.desk.system)
        if isinstance(error, NotFound) and as_scan:
            # what was read, and how: a misread (a digit short, a wrong layout) shows itself
            how = {"typed": tr("typed"), "camera": tr("read by the camera")}.get(via, tr("scanned"))
            failure = replace(
                failure,
                detail=tr(
                    "“{code}” ({how}): no guest has this code at this site. "
                    "Try again, or search by name.",
                    code=code,
                    how=how,
                ),
            )
        if as_scan:
            self.pipeline.record_not_found(code, error, reason=failure.kind, read_by=read_by)
        if not isinstance(error, NotFound):
            # not an answer (no connection, a 5xx, out of time): the same band scanned again is
            # a retry, never "was just scanned; showing it already" over an error
            self.pipeline.forget_repeats()
        self._problem(failure)

    def _problem(self, failure: Failure, tone: Tone | None = None) -> None:
        if tone is None:
            tone = (
                "warn" if failure.kind in ("not_recognised", "bad_scan", "slow", "busy") else "bad"
            )
        self.desk.cancel_reads()
        self.desk.timers.stop("slow")
        self.desk.timers.stop("late")
        self.desk.leave_guest(
            screen=Screen.PROBLEM, problem=failure, problem_tone=tone, status=failure.title + "."
        )
        self.desk.cues.emit("admit" if tone == "good" else "warn" if tone == "warn" else "deny")
        self.desk.restart_idle()

    def refresh(self, intent: Intent | None) -> None:
        """The guest again as the backend now has them. Not a scan: no audit, no sound."""
        context = self.desk.state.context
        if context is None:
            return
        self.desk.cancel_reads()
        ticket = self.pipeline.start()
        code = (
            str(intent.value)
            if intent is not None and intent.kind in (ActionKind.ADD_BAND, ActionKind.SWAP_BAND)
            else None
        )
        lookup, decode = self.desk.lookup, self.desk.decode_photo

        def work() -> tuple[GuestContext, Any]:
            fresh = lookup.refresh(context, code=code)
            return fresh, decode(fresh.photo) if decode and fresh.photo else None

        def refreshed(found: tuple[GuestContext, Any]) -> None:
            if self.desk.state.screen is not Screen.GUEST:
                return  # a newer scan owns the screen
            fresh, picture = found
            if self.desk.state.guest_id != fresh.guest.id:
                return
            self.desk.set(
                context=fresh,
                picture=picture if picture is not None else self.desk.state.picture,
                verdict=decide(fresh, self.desk.policy, own_visits=frozenset(self.desk.own_visits)),
            )

        def failed(error: BaseException) -> None:
            if self.desk.state.screen is Screen.GUEST:
                self.desk.set(
                    status=tr("Saved, but the screen could not refresh: scan again to update.")
                )

        self.pipeline.read_for(ticket, work, refreshed, failed)


def _translated(values: dict[str, str]) -> dict[str, str]:
    """A layout guess ("UK") in the desk's language; the codes themselves as they are."""
    return {k: v if k in ("expected", "received") else tr(v) for k, v in values.items()}
