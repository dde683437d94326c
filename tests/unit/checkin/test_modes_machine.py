"""A stateful property test over the desk and self check-in sharing one mode machine.

Hypothesis drives any order of: guest scans and staff badges (routed as the app routes them: to
the guest screen while it is up, else to the desk), taps (check in or out, an override, lock,
the customers report), windows opened as the desk opens them, sign-outs, idle time on the desk
and on the staff pages, the kiosk PIN, the desk opened from self check-in and the way back, the
link going down and up, and answers arriving late and in any order (each queued read or write
runs when the test says). After every step:

- no window opened under a mode that has ended is still open;
- no write or act needing a permission was done by someone who lacked it at that moment;
- once the answers are in, the guest on the desk is the newest scan's;
- every audit line names who acted: a scan's line whoever was on duty when it was read.

No server and no Qt (tests/fakes.py says why these are doubles): the Qt side of the same rules
(real dialogs closing) is in tests/ui/test_modes.py.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from kiosk.checkin.actions import ActionKind, Actions
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.desk.state import Screen
from kiosk.checkin.errors import ServerTrouble
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.modes import Mode, Opened
from kiosk.checkin.self_session import SelfSession
from kiosk.checkin.session import DeskSession
from kiosk.checkin.staff import (
    Duty,
    Permission,
    Role,
    Roster,
    StaffMember,
    hash_badge,
)
from kiosk.config.pin import PinGuard, hash_pin
from kiosk.scan import ScanEvent
from tests.fakes import MemoryBackend, StepRunner

PIN = "2468"
PIN_HASH = hash_pin(PIN)
BADGES = {"st-desk": "BADGE-DESK-01", "st-sup": "BADGE-SUP-01", "st-man": "BADGE-MAN-01"}
ROSTER = Roster(
    (
        StaffMember("st-desk", "Robin", Role.DESK, badge_hash=hash_badge(BADGES["st-desk"])),
        StaffMember("st-sup", "Sasha", Role.SUPERVISOR, badge_hash=hash_badge(BADGES["st-sup"])),
        StaffMember("st-man", "Morgan", Role.MANAGER, badge_hash=hash_badge(BADGES["st-man"])),
    )
)
GUEST_CODES = ("AAA-111", "BBB-222", "CCC-333", "NOPE-000")
SIGN_OUT_S = 120.0
STAFF_IDLE_S = 30.0
WINDOW_KINDS = ("keys", "on_site", "shift", "staff_list", "staff_settings", "report", "override")
NEEDS: dict[str, Permission] = {
    "staff_list": Permission.MANAGE,
    "staff_settings": Permission.MANAGE,
    "report": Permission.EXPORT,
    "override": Permission.OVERRIDE,
}
"""What the desk asks before it opens these windows (as kiosk/ui/desk.py and app.py do)."""
ACT_NEEDS: dict[str, Permission] = {
    "override": Permission.OVERRIDE,
    "lock": Permission.LOCK,
    "unlock": Permission.LOCK,
    "report": Permission.EXPORT,
}
"""Audit lines of acts that need a permission (the line names who did it)."""


class DeskAndKiosk(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="modes-"))
        self.backend = MemoryBackend()
        self.guests = {
            "AAA-111": self.backend.add_guest("Amelia", "AAA-111"),
            "BBB-222": self.backend.add_guest("Jonas", "BBB-222"),
            "CCC-333": self.backend.add_guest("Chloe", "CCC-333", expires_in=timedelta(days=-1)),
        }
        self.runner = StepRunner()
        self.audit = AuditLog(self.folder / "audit.jsonl")
        self.lookup = Lookup(self.backend, deadline_s=5)
        actions = Actions(self.backend, self.audit, settle_s=0, sleep=lambda _: None)
        self.desk = DeskSession(
            self.lookup,
            actions,
            self.runner,
            self.audit,
            duty=Duty(ROSTER),
            sign_out_s=SIGN_OUT_S,
            reports_dir=self.folder / "reports",
            clock=lambda: self.runner.now,
        )
        self.modes = self.desk.modes
        self.kiosk = SelfSession(
            self.lookup, actions, self.runner, self.audit, PinGuard(PIN_HASH),
            staff_idle_s=STAFF_IDLE_S,
        )  # fmt: skip
        self.windows: list[Opened] = []
        self.scans_at = 0.0
        self.newest: str | None = None
        """The code of the newest guest scan the desk took (None: none, or it was cleared)."""
        self.read_by: set[tuple[str, str | None]] = set()
        """(code hash, staff id) of every guest scan the desk took: who read it."""
        self.lines_seen = 0

    @initialize(with_kiosk=st.booleans(), signed_in=st.sampled_from((None, *sorted(BADGES))))
    def start(self, with_kiosk: bool, signed_in: str | None) -> None:
        """A front desk of its own (someone signed in already, or nobody), or a self check-in
        kiosk whose staff open the desk."""
        if with_kiosk:
            self.kiosk.drive(self.modes)
        elif signed_in is not None:
            self.desk.scan(self._event(BADGES[signed_in]))

    def teardown(self) -> None:
        self.desk.shutdown()
        self.kiosk.shutdown()
        self.lookup.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ helpers

    def _event(self, payload: str) -> ScanEvent:
        self.scans_at += 100.0  # far apart: no scan is dropped as a repeat
        return ScanEvent(payload=payload, source="wedge", at=self.scans_at)

    def _route(self, payload: str) -> None:
        """As the app routes a scan: the guest screen while it is up, else the desk."""
        event = self._event(payload)
        if self.modes.mode is Mode.DESK:
            self.desk.scan(event)
        else:
            self.kiosk.scan(event)

    def _guest_id(self) -> str | None:
        return self.desk.state.guest_id

    # ------------------------------------------------------------------ scans

    @rule(code=st.sampled_from(GUEST_CODES))
    def scan_a_guest(self, code: str) -> None:
        takes_it = (
            self.modes.mode is Mode.DESK
            and self.desk.state.on_duty is not None
            and self.desk.state.awaiting_band is None
        )
        read_by = self.modes.presence.staff_id
        self._route(code)
        if takes_it:
            self.newest = code
        # the guest screen's own scans are nobody's (the PIN page, the staff pages: none)
        self.read_by.add((self.audit.code_hash(code), read_by))

    @rule(staff=st.sampled_from(sorted(BADGES)))
    def scan_a_badge(self, staff: str) -> None:
        # on the guest screen a badge is just a code nobody has (looked up, "not recognised")
        self.read_by.add((self.audit.code_hash(BADGES[staff]), self.modes.presence.staff_id))
        self._route(BADGES[staff])

    # ------------------------------------------------------------------ taps

    @rule()
    def tap_the_big_button(self) -> None:
        self.desk.primary(self._guest_id())

    @rule()
    def override_with_a_reason(self) -> None:
        self.desk.override(self._guest_id(), "Manager approved")

    @rule(locked=st.booleans())
    def lock_or_unlock(self, locked: bool) -> None:
        self.desk.act(self._guest_id(), ActionKind.LOCK if locked else ActionKind.UNLOCK)

    @rule()
    def ask_for_the_customers_report(self) -> None:
        self.desk.reports.start_report()

    @rule(kind=st.sampled_from(WINDOW_KINDS))
    def open_a_window(self, kind: str) -> None:
        needs = NEEDS.get(kind)
        if self.modes.mode is Mode.GUEST_SCREEN:
            return  # nothing of the desk is on screen to open it from
        if needs is not None and not self.desk.allowed(needs):
            return
        if self.modes.find(kind) is not None:
            return  # one of a kind: raised, not opened again
        window: Opened | None = None

        def close() -> None:
            assert window is not None
            self.windows.remove(window)

        window = self.modes.opened(kind, close, lambda: None)
        self.windows.append(window)

    @rule(data=st.data())
    def close_a_window(self, data: st.DataObject) -> None:
        if self.windows:
            window = data.draw(st.sampled_from(self.windows))
            self.windows.remove(window)
            self.modes.closed(window)

    @rule()
    def sign_out(self) -> None:
        self.desk.sign_out()
        if self.desk.state.on_duty is None:
            self.newest = None

    # ------------------------------------------------------------------ self check-in

    @rule()
    def staff_open_the_desk_from_the_kiosk(self) -> None:
        self.kiosk.long_press()
        for key in (*PIN, "ok"):
            self.kiosk.pin_key(key)
        for step in list(self.runner.pending("read")):
            if step in self.runner.queue:
                self.runner.run(step)  # the PIN check (and whatever else was waiting)
        self.kiosk.staff_choice("desk")

    @rule()
    def back_to_self_check_in(self) -> None:
        self.kiosk.back_from_desk()

    # ------------------------------------------------------------------ time and the link

    @rule(seconds=st.sampled_from((1.0, 10.0, STAFF_IDLE_S + 1, SIGN_OUT_S + 10)))
    def time_passes(self, seconds: float) -> None:
        self.runner.advance(seconds)

    @rule(down=st.booleans())
    def the_link(self, down: bool) -> None:
        if down:
            self.backend.fail["find_by_code"] = ServerTrouble("the guest system is down")
        else:
            self.backend.fail.pop("find_by_code", None)

    @precondition(lambda self: bool(self.runner.queue))
    @rule(data=st.data())
    def one_answer_arrives(self, data: st.DataObject) -> None:
        step = data.draw(st.sampled_from(self.runner.queue))
        self.runner.run(step)

    @rule()
    def every_answer_arrives(self) -> None:
        self.runner.run_all()

    # ------------------------------------------------------------------ invariants

    @invariant()
    def no_window_of_a_left_mode_is_open(self) -> None:
        now = self.modes.presence
        for window in self.windows:
            assert window.presence == now, (window.kind, window.presence, now)
        assert set(self.modes.open_kinds) == {w.kind for w in self.windows}

    @invariant()
    def the_desk_follows_the_mode(self) -> None:
        if self.modes.mode is not Mode.DESK:
            assert self.desk.state.context is None
            assert self.desk.state.on_duty is None
            self.newest = None
        assert self.desk.state.on_duty == self.modes.on_duty
        assert self.audit.on_duty == self.modes.presence.staff_id

    @invariant()
    def the_guest_shown_is_the_newest_scans(self) -> None:
        state = self.desk.state
        if state.on_duty is None:
            self.newest = None
        if self.runner.queue or state.screen is not Screen.GUEST or state.context is None:
            return
        if state.context.provisional:
            return
        assert self.newest is not None
        assert state.context.code == self.newest

    @invariant()
    def every_line_names_who_acted(self) -> None:
        lines = self.audit.entries()
        roles = {m.id: m for m in ROSTER.members}
        for line in lines[self.lines_seen :]:
            staff_id = line.get("staff_id")
            action, outcome = line["action"], line["outcome"]
            needs = ACT_NEEDS.get(action)
            if needs is not None and outcome in ("admit", "done", "unknown", "not_done"):
                assert staff_id in roles, line
                assert roles[staff_id].may(needs), line
            if action == "scan" and line.get("code_hash") and outcome != "bad_scan":
                assert (line["code_hash"], staff_id) in self.read_by, line
        self.lines_seen = len(lines)


DeskAndKiosk.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_desk_and_kiosk_modes = DeskAndKiosk.TestCase
