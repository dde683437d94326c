"""Writes on the guest on screen: planned (with who started it), sent one at a time, and
ended truthfully: done, not done, or unknown, which is read back (never sent again) until it is
settled; the screen follows each step, and the guest is shown again as the system now has them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kiosk.checkin.actions import (
    ActionKind,
    ActionRefused,
    Intent,
    WriteOutcome,
    WriteResult,
)
from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import Activity, Feedback, Screen
from kiosk.checkin.desk.words import not_saved, why
from kiosk.checkin.errors import Invalid
from kiosk.checkin.i18n import tr
from kiosk.checkin.lookup import GuestContext, with_band
from kiosk.checkin.model import Band, Guest, Visit
from kiosk.checkin.people import plain_field_errors
from kiosk.checkin.policy import decide
from kiosk.checkin.writes.kinds import KINDS

log = logging.getLogger(__name__)

RECHECK_AFTER_S = (3.0, 5.0, 10.0, 15.0)
"""Read-backs of a write that may still land: after 3 s, 5 s, 10 s, then every 15 s."""


class Writes:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._unfinished: Intent | None = None
        """The last write that ended not done or unknown: the same action again keeps its key."""
        self._pending_check: WriteResult | None = None
        """An unknown write that reading back could not settle yet ("Check again")."""
        self._rechecks: dict[str, int] = {}
        """Writes that may still land (by key), and how often each was read back so far (each
        waits longer): one chain of read-backs per write, for this guest or a previous one."""
        self._queued: Intent | None = None
        """The write on screen that was saved for later (offline): its words follow the
        outbox, from "saved for later" to sent, or refused when sent."""

    def start_planned(self, plan: Callable[[Intent | None], Intent], doing: str | None) -> None:
        """A write planned by ``plan`` from the unfinished one (the form's save): ``doing``
        on the screen, or none (a registration, for no guest on screen). ActionRefused
        reaches the caller, who says it."""
        intent = plan(self._unfinished)
        if doing is not None:
            self.start(intent, doing)
            return
        self._unfinished = intent
        actions = self.desk.actions
        self.desk.runner.write(
            lambda: actions.perform(intent),
            self.written,
            lambda error: self.crashed(intent, error),
        )

    def act(self, guest_id: str | None, kind: ActionKind, value: Any = None) -> None:
        """Any write on the guest on screen. Refused (in words) while another one is saving."""
        context = self.desk.current(guest_id)
        if context is None:
            return
        needs = KINDS[kind].permission
        if needs is not None and not self.desk.allowed(needs):
            return
        if self.desk.state.busy:
            self.desk.set(feedback=Feedback("warn", tr("Still saving the last change…")))
            return
        if self.desk.state.activity is Activity.UNCONFIRMED:
            self.desk.set(
                feedback=Feedback("warn", tr("First check whether the last change was saved."))
            )
            return
        try:
            intent = self._plan(context, kind, value)
        except ActionRefused as exc:
            self.desk.set(feedback=Feedback("bad", f"✖ {exc}"))
            return
        self.start(intent, KINDS[kind].doing_words(kind))

    def _plan(self, context: GuestContext, kind: ActionKind, value: Any) -> Intent:
        """The write, with who started it (a retry keeps its own). An override granted for
        the guest on screen goes with a check-in (and only a check-in)."""
        intent = self.desk.actions.plan(
            kind,
            context,
            value,
            previous=self._unfinished,
            verdict=self.desk.state.verdict,
            override_reason=(
                self.desk.state.override_reason if kind is ActionKind.CHECK_IN else None
            ),
        )
        if intent.staff_id is None and self.desk.audit.on_duty is not None:
            intent = replace(intent, staff_id=self.desk.audit.on_duty)
        return intent

    def start(self, intent: Intent, doing: str) -> None:
        self.desk.set(
            activity=Activity.SAVING, doing=doing, feedback=Feedback("info", doing), link=None
        )
        actions = self.desk.actions
        self.desk.runner.write(
            lambda: actions.perform(intent),
            self.written,
            lambda error: self.crashed(intent, error),
        )

    def crashed(self, intent: Intent, error: BaseException) -> None:
        """A bug, not a backend's answer: log it, and treat the write as unknown (it may have
        been sent), so it is read back rather than offered again blindly."""
        log.error("a write failed unexpectedly: %s", intent.kind, exc_info=error)
        self.written(WriteResult(intent, WriteOutcome.UNKNOWN, error=error))

    def _on_screen(self, intent: Intent) -> bool:
        context = self.desk.state.context
        if intent.kind is ActionKind.REGISTER:
            return self.desk.state.form is not None and self.desk.state.form.kind == "register"
        return (
            context is not None
            and context.guest.id == intent.guest_id
            and self.desk.state.screen is Screen.GUEST
        )

    def written(self, result: WriteResult) -> None:
        intent = result.intent
        if result.outcome is WriteOutcome.UNKNOWN:
            self._unfinished = intent
            if intent.kind is ActionKind.REGISTER:
                self.desk.update_form(
                    saving=True, message=tr("Checking whether the guest was saved…")
                )
            elif self._on_screen(intent):
                self.desk.set(
                    activity=Activity.CHECKING,
                    feedback=Feedback("info", tr("Checking whether it was saved…")),
                )
            else:
                self.desk.set(
                    previous=tr("Previous guest: checking whether the last change was saved…")
                )
            actions = self.desk.actions
            self.desk.runner.write(
                lambda: actions.reconcile(result),
                self._reconciled,
                lambda error: self._reconcile_crashed(result, error),
            )
            return
        self._settled(result)

    def _reconcile_crashed(self, result: WriteResult, error: BaseException) -> None:
        log.error("reading back a write failed unexpectedly", exc_info=error)
        self._reconciled(result)

    def _reconciled(self, result: WriteResult) -> None:
        if result.in_flight:
            self._recheck_later(result)
        elif self._rechecks.pop(result.intent.key, None) is not None:
            self.desk.timers.stop(_recheck_timer(result.intent))
        if result.outcome is WriteOutcome.UNKNOWN:
            words = result.note or tr(
                "Couldn't confirm whether it was saved: check again before retrying."
            )
            if result.intent.kind is ActionKind.REGISTER:
                self.desk.update_form(saving=False, message=words)
            elif self._on_screen(result.intent):
                self._pending_check = result
                self.desk.set(
                    activity=Activity.UNCONFIRMED, feedback=Feedback("warn", f"? {words}")
                )
            else:
                self.desk.set(previous=tr("Previous guest: {words}", words=words))
            return
        self._settled(result, confirmed=True)

    def check_again(self, guest_id: str | None) -> None:
        """Read back the unconfirmed write again (never resend it)."""
        if (
            self.desk.current(guest_id) is None
            or self.desk.state.activity is not Activity.UNCONFIRMED
        ):
            return
        pending = self._pending_check
        if pending is None:
            self.desk.set(activity=Activity.READY)
            return
        # staff's read replaces the one the desk would make by itself: one read at a time
        self.desk.timers.stop(_recheck_timer(pending.intent))
        self.desk.set(
            activity=Activity.CHECKING,
            feedback=Feedback("info", tr("Checking whether it was saved…")),
        )
        actions = self.desk.actions
        self.desk.runner.write(
            lambda: actions.reconcile(pending),
            self._reconciled,
            lambda error: self._reconcile_crashed(pending, error),
        )

    def _settled(self, result: WriteResult, *, confirmed: bool = False) -> None:
        self.desk.settled.emit(result)
        intent = result.intent
        self._pending_check = None
        on_screen = self._on_screen(intent)
        if intent.kind is ActionKind.REGISTER:
            if result.outcome is WriteOutcome.DONE:
                self._unfinished = None
            self.desk.registered(result)
            return
        if result.outcome in (WriteOutcome.DONE, WriteOutcome.QUEUED):
            self._unfinished = None
            if intent.kind in (ActionKind.SAVE_ADDRESS, ActionKind.DELETE_ADDRESS):
                form = self.desk.state.form
                if form is not None and form.guest_id == intent.guest_id:
                    self.desk.load_addresses(form.guest_id or "")
            words = KINDS[intent.kind].done_words(intent)
            if result.outcome is WriteOutcome.QUEUED:
                words = tr(
                    "{words} — saved for later: it will be sent when the connection is back.",
                    words=words.removesuffix("."),
                )
            if confirmed:
                words = tr("{words} (confirmed by reading back).", words=words.removesuffix("."))
            self._queued = intent if result.outcome is WriteOutcome.QUEUED else None
            if isinstance(result.value, Visit) and intent.kind is ActionKind.CHECK_IN:
                self.desk.own_visits.add(result.value.id)
            if not on_screen:
                self.desk.set(previous=tr("Previous guest: {words}", words=words))
                return
            if intent.kind is ActionKind.PASSWORD_LINK and isinstance(result.value, str):
                self.desk.set(link=result.value)
            if intent.kind is ActionKind.UPDATE:
                self.desk.update_form(open=False)
            self._apply_locally(result)
            printing = self.desk.state.printing
            self.desk.set(
                activity=Activity.READY,
                feedback=Feedback("good", f"✔ {words}"),
                status=words,
                # an override admits once: the check-in it was given for has used it
                override_reason=(
                    None if intent.kind is ActionKind.CHECK_IN else self.desk.state.override_reason
                ),
                # the printed band is the guest's now: nothing left to offer
                printing=None if printing and printing.code == intent.value else printing,
            )
            self.desk.refresh(intent)
        else:
            self._unfinished = intent
            if not on_screen:
                self.desk.set(
                    previous=tr(
                        "Previous guest: not saved. {why}", why=why(result, self.desk.system)
                    )
                )
                return
            if intent.kind is ActionKind.UPDATE and isinstance(result.error, Invalid):
                self.desk.update_form(
                    saving=False,
                    field_errors=plain_field_errors(result.error.field_errors),
                    message=tr("{system} didn't accept some details.", system=self.desk.system),
                )
                self.desk.set(activity=Activity.READY, feedback=None)
                return
            if intent.kind is ActionKind.UPDATE:
                self.desk.update_form(saving=False, message=not_saved(result, self.desk.system))
            if result.partial:  # some of it is saved: never "not saved"
                self.desk.set(
                    activity=Activity.READY,
                    feedback=Feedback("warn", "⚠ " + why(result, self.desk.system)),
                    status=tr("Partly done."),
                )
                self.desk.refresh(intent)  # what is there now (the new band, perhaps)
                self.desk.restart_idle()
                return
            self.desk.set(
                activity=Activity.READY,
                feedback=Feedback("bad", "✖ " + not_saved(result, self.desk.system)),
                status=tr("Not saved."),
                **self.desk.awaited_again(intent),
            )
        self.desk.restart_idle()

    def _apply_locally(self, result: WriteResult) -> None:
        """What the write returned is true now: show it at once, so no control offers the same
        action again on a stale screen while the refresh is on its way."""
        context = self.desk.state.context
        if context is None:
            return
        value = result.value
        kind = result.intent.kind
        if kind is ActionKind.CHECK_IN and isinstance(value, Visit):
            context = replace(context, visits=(value, *context.visits))
        elif kind is ActionKind.CHECK_OUT and isinstance(value, Visit):
            context = replace(
                context, visits=tuple(value if v.id == value.id else v for v in context.visits)
            )
        elif kind in (ActionKind.SET_EXPIRY, ActionKind.SET_CARD) and isinstance(value, Band):
            context = with_band(context, value)
        elif kind in (ActionKind.ADD_BAND, ActionKind.SWAP_BAND) and isinstance(value, Band):
            context = with_band(context, value)
            if kind is ActionKind.SWAP_BAND:
                context = replace(
                    context,
                    code=value.code,
                    bands=tuple(b for b in context.bands if b.id != result.intent.band_id),
                )
        elif kind is ActionKind.REMOVE_BAND:
            context = replace(
                context, bands=tuple(b for b in context.bands if b.id != result.intent.band_id)
            )
        elif isinstance(value, Guest):
            context = replace(context, guest=value)
        self.desk.set(
            context=context,
            verdict=decide(context, self.desk.policy, own_visits=frozenset(self.desk.own_visits)),
        )

    def queue_moved(self) -> None:
        """The outbox changed (sent, or refused, what waited): a line on screen that still
        says "saved for later" says what became of it."""
        intent = self._queued
        if intent is None:
            return
        if not self._on_screen(intent):
            self._queued = None  # another guest: what became of it is in the chip's list
            return
        entry = next(
            (q for q in self.desk.lookup.backend.queued_writes() if q.key == intent.key), None
        )
        if entry is None or entry.state == "waiting":
            return
        self._queued = None
        words = KINDS[intent.kind].done_words(intent).removesuffix(".")
        if entry.state == "sent":
            text = tr("{words}: sent now that the connection is back.", words=words)
            self.desk.set(feedback=Feedback("good", f"✔ {text}"), status=text)
            return
        text = tr(
            "{words}: refused when it was sent ({why}). It is in the list of what needs a look.",
            words=words,
            why=entry.reason or tr("no reason given"),
        )
        self.desk.set(feedback=Feedback("bad", f"✖ {text}"), status=text)
        self.desk.refresh(intent)

    def _recheck_later(self, result: WriteResult) -> None:
        """A write that may still be in the server's hands: read back again, a little later
        each time, until it is seen or can no longer land (never sent again meanwhile). While
        the desk reads, the screen says so and Check again waits (one read at a time)."""
        intent = result.intent
        done_so_far = self._rechecks.get(intent.key, 0)
        self._rechecks[intent.key] = done_so_far + 1
        delay = RECHECK_AFTER_S[min(done_so_far, len(RECHECK_AFTER_S) - 1)]
        actions = self.desk.actions

        def again() -> None:
            if intent.key not in self._rechecks:
                return  # settled meanwhile
            if self._on_screen(intent) and self.desk.state.activity is Activity.UNCONFIRMED:
                self.desk.set(
                    activity=Activity.CHECKING,
                    feedback=Feedback("info", tr("Checking whether it was saved…")),
                )
            self.desk.runner.write(
                lambda: actions.reconcile(result),
                self._reconciled,
                lambda error: self._reconcile_crashed(result, error),
            )

        self.desk.timers.start(_recheck_timer(intent), delay, again)


def _recheck_timer(intent: Intent) -> str:
    return f"recheck:{intent.key}"
