"""Keyboard-wedge scanners: an application-wide event filter that tells a scanner from a person.

A wedge scanner is a keyboard that types very fast: a few milliseconds per character, then
usually Enter. The filter holds back every printable key press for a moment. If the next one
follows within ``max_gap_ms`` it is a burst; a burst of at least ``min_length`` characters
that ends (Enter, Tab, or silence) becomes one :class:`ScanEvent`, and nothing of it reaches
the focused widget. Anything slower is a person typing, and the held keys are replayed to the
widget they were meant for, in order, so typing still works (a few ms later).

Timing uses the key events' own timestamps (the window system's clock, when the key was
typed), not the moment they reach this thread: a GUI thread busy for 60 ms in the middle of a
burst used to cut a third of the scans in two. Without timestamps (synthetic events), the time
of delivery is used. The silence that ends a burst without a terminator is looked at again when
its timer fired late (the thread was busy: keys typed meanwhile may still be queued).

Auto-repeat never *starts* a burst (a key held down is a person), but inside a burst a key
flagged as auto-repeat is the scanner's: X11 flags a quick release and press of the same key as
auto-repeat, and rejecting it lost a digit from runs like "555000111" (about one scan in 300
at 1-3 ms a key). Modifier presses (Shift for capitals) pass through without breaking a burst.
A held press's release is swallowed once (whatever its auto-repeat flag), so the widget sees
each press paired with one release.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.config.settings import WedgeSettings
from kiosk.scan import ScanEvent
from kiosk.scan.keymap import native_offset, us_character
from kiosk.scan.timing import Burst

log = logging.getLogger(__name__)

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_TERMINATOR_TEXT = ("\r", "\n")
"""A scanner set to end codes with LF arrives (on X11) as the Linefeed key, text "\n"."""
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    meant: str
    """The character the scanner meant (from the key's position when the layout is US)."""
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    target: QObject | None


RUN_BREAK_MS = 1500.0
"""For the diagnostics' timing only: a pause this long starts a new run of keys."""
LATE_KEY_MS = 300
"""Once this desk's scanner is known to end its codes with Enter: how late one key of a burst
already at scanner speed may come (a busy computer delivering it late) and still belong to it,
and how long a burst without its Enter yet is waited for."""
ENDS_WITH_ENTER_AFTER = 2
"""Scans in a row ended by Enter (or Tab) before the wedge counts on it."""


class WedgeScanner(QObject):
    """Install with ``QApplication.instance().installEventFilter(scanner)``."""

    scanned = Signal(object)  # ScanEvent
    timed = Signal(object)  # Burst: the keys before each Enter/Tab, timed (diagnostics)
    partial = Signal(int)
    """A scan that arrived in pieces (the keys before its Enter, how many): most came at
    scanner speed but a gap (a busy computer delivering them late) split it, so what reached
    the desk was not one whole code. Said to staff, never looked up as it came."""

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        parent: QObject | None = None,
        *,
        scan_code_offset: int | None = native_offset(),
    ) -> None:
        super().__init__(parent)
        self._settings = settings or WedgeSettings()
        self._offset = scan_code_offset if self._settings.scanner_layout == "us" else None
        self._held: list[_HeldKey] = []
        self._last_at = 0.0
        self._last_stamp = 0
        self._silence_due = 0.0
        self._silence_deferred = False
        self._swallow_releases: dict[int, int] = {}
        self._replaying = False
        self._run_gaps: list[float] = []
        self._run_keys = 0
        self._ended_by_terminator = 0
        """Scans in a row that ended with Enter or Tab (this desk's scanner sends one)."""
        self._piece_at = float("-inf")
        """When a piece of a code was last said (its rest, until Enter, is a piece too)."""
        self._held_gaps: list[float] = []
        self._run_last = (0.0, 0)  # monotonic, event timestamp of the run's last key
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.timeout.connect(self._on_silence)

    @property
    def settings(self) -> WedgeSettings:
        """The timing rules this filter applies (the diagnostics judge bursts by them)."""
        return self._settings

    def shutdown(self) -> None:
        """Stop listening for the rest of a burst (at exit: nothing fires into a closed app)."""
        self._silence.stop()
        self._held.clear()
        self._held_gaps.clear()

    # ------------------------------------------------------------------ Qt hook

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_press(event)
        if kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent):
            return self._on_release(event)
        # Accepting the override makes a printable key arrive as a key press (which this
        # filter holds) instead of firing a shortcut in the middle of a scan.
        override = kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and self._meant(event) is not None:  # type: ignore[arg-type]
            event.accept()
            return True
        return False

    # ------------------------------------------------------------------ decisions

    def _gap_ms(self, event: QKeyEvent, now: float) -> float:
        """Milliseconds since the previous held key: by the events' own clock when both have
        one (when they were typed), else by delivery."""
        stamp = int(event.timestamp())
        if stamp and self._last_stamp and stamp >= self._last_stamp:
            return float(stamp - self._last_stamp)
        return (now - self._last_at) * 1000

    def _time_key(self, event: QKeyEvent, now: float, terminator: bool) -> None:
        """Every key's gap, scan or typing, until Enter or Tab: the diagnostics panel shows
        why a scanner's codes arrive as typing (gaps longer than ``max_gap_ms``)."""
        last_at, last_stamp = self._run_last
        stamp = int(event.timestamp())
        if stamp and last_stamp and stamp >= last_stamp:
            gap = float(stamp - last_stamp)
        else:
            gap = (now - last_at) * 1000
        if terminator:
            if self._run_keys:
                ended = "Tab" if Qt.Key(event.key()) == Qt.Key.Key_Tab else "Enter"
                self.timed.emit(Burst(self._run_keys, tuple(self._run_gaps), ended))
            self._run_gaps, self._run_keys = [], 0
            return
        if self._run_keys and gap <= RUN_BREAK_MS:
            self._run_gaps.append(gap)
            self._run_keys += 1
        else:
            self._run_gaps, self._run_keys = [], 1
        self._run_last = (now, stamp)

    def _on_press(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False
        now = time.monotonic()
        run_keys, run_gaps = self._run_keys, list(self._run_gaps)
        if not event.isAutoRepeat():
            terminator = key in _TERMINATORS or event.text() in _TERMINATOR_TEXT
            self._time_key(event, now, terminator)
        gap = self._gap_ms(event, now) if self._held else 0.0
        gap_ok = bool(self._held) and (
            gap <= self._settings.max_gap_ms or (gap <= LATE_KEY_MS and self._burst_so_far())
        )
        if self._held and not gap_ok:
            self._end_burst()  # the previous keys were typing; hand them over first
        if event.isAutoRepeat() and not self._held:
            return False  # a key held down: a person (auto-repeat never starts a burst)
        if key in _TERMINATORS or event.text() in _TERMINATOR_TEXT:
            after_piece = now - self._piece_at <= RUN_BREAK_MS / 1000
            self._piece_at = float("-inf")
            fast_held = len(self._held) >= 2 and all(
                gap <= self._settings.max_gap_ms for gap in self._held_gaps
            )
            if after_piece and fast_held:
                # the rest of a code whose first piece was already said: a piece too
                keys = len(self._held)
                self._held.clear()
                self._held_gaps.clear()
                self.partial.emit(keys)
                self._swallow_release(key)
                return True
            if self._held and self._head_leaked(run_keys, run_gaps):
                # the code's first keys came late and went to the field as typing: what is
                # held is its tail, not a code of its own
                self._held.clear()
                self._held_gaps.clear()
                self.partial.emit(run_keys)
                self._swallow_release(key)
                return True
            if self._held and len(self._held) >= self._settings.min_length:
                self._emit_scan()
                self._ended_by_terminator += 1
                self._swallow_release(key)
                return True
            if self._held and self._in_pieces(run_keys, run_gaps):
                self._held.clear()  # a piece of a code: neither a scan nor typing
                self._held_gaps.clear()
                self.partial.emit(run_keys)
                self._swallow_release(key)
                return True
            self._replay_held()
            return False
        meant = self._meant(event)
        if meant is None:
            self._replay_held()
            return False
        self._held.append(
            _HeldKey(
                key=int(key),
                modifiers=event.modifiers(),
                text=event.text(),
                meant=meant,
                native_scan_code=event.nativeScanCode(),
                native_virtual_key=event.nativeVirtualKey(),
                native_modifiers=event.nativeModifiers(),
                target=QApplication.focusWidget(),
            )
        )
        if len(self._held) > 1:
            self._held_gaps.append(gap)
        self._last_at = now
        self._last_stamp = int(event.timestamp())
        self._swallow_release(key)
        wait = LATE_KEY_MS if self._burst_so_far() else self._settings.max_gap_ms
        self._arm_silence(wait + 15)
        self._silence_deferred = False
        return True

    def _burst_so_far(self) -> bool:
        """The held keys are a scanner's burst under way: at least two, at scanner speed, on
        a desk whose scanner ends its codes with Enter, so the rest (and the Enter) is worth
        waiting a little longer for when the computer is slow to deliver it."""
        return (
            self._ended_by_terminator >= ENDS_WITH_ENTER_AFTER
            and len(self._held) >= 2
            and all(gap <= self._settings.max_gap_ms for gap in self._held_gaps)
        )

    def _head_leaked(self, keys: int, gaps: list[float]) -> bool:
        """Whether the held burst, about to end with Enter, is the tail of a code whose head
        (a key or a few, at scanner speed) was handed over as typing just before it: the gap
        that split them was a late key (a busy computer), on a desk whose scanner ends its
        codes with Enter. Looked up, the tail would be nobody, or somebody else."""
        held = len(self._held)
        head = keys - held
        if head <= 0 or len(gaps) != keys - 1 or not self._burst_so_far():
            return False
        split = gaps[head - 1]
        head_gaps = gaps[: head - 1]
        return split <= LATE_KEY_MS and all(gap <= self._settings.max_gap_ms for gap in head_gaps)

    def _in_pieces(self, keys: int, gaps: list[float]) -> bool:
        """Whether a run of ``keys`` ending now looks like one scan split in two: long enough
        for a code, most of it at scanner speed, and its tail (still held) too short to be a
        code alone. A person's typing (slow throughout) is not."""
        if keys < self._settings.min_length or not gaps:
            return False
        fast = sum(1 for gap in gaps if gap <= self._settings.max_gap_ms)
        return fast * 2 >= len(gaps)

    def _arm_silence(self, wait_ms: int) -> None:
        self._silence_due = time.monotonic() + wait_ms / 1000
        self._silence.start(wait_ms)

    def _on_release(self, event: QKeyEvent) -> bool:
        key = int(event.key())
        pending = self._swallow_releases.get(key, 0)
        if pending:
            if pending == 1:
                del self._swallow_releases[key]
            else:
                self._swallow_releases[key] = pending - 1
            return True
        return False

    def _on_silence(self) -> None:
        late_ms = (time.monotonic() - self._silence_due) * 1000
        if late_ms > 10 and not self._silence_deferred and self._held:
            # The thread was busy: keys typed meanwhile may be waiting behind this timer.
            # Look again once they have been delivered.
            self._silence_deferred = True
            self._arm_silence(5)
            return
        self._end_burst()

    def _end_burst(self) -> None:
        """Silence after held keys: a scan without terminator, or a person's typing."""
        self._silence.stop()
        if len(self._held) >= self._settings.min_length:
            if self._burst_so_far():
                # a scanner that ends its codes with Enter went quiet mid-code for longer than
                # a late key: what came is a piece, not a code. Said, not looked up; if this
                # scanner has stopped sending Enter, its next code is taken as it comes.
                keys = len(self._held)
                self._held.clear()
                self._held_gaps.clear()
                self._ended_by_terminator = 0
                self._piece_at = time.monotonic()
                self.partial.emit(keys)
                return
            self._ended_by_terminator = 0  # this scanner does not always send one
            self._emit_scan()
        else:
            self._replay_held()

    # ------------------------------------------------------------------ outcomes

    def _emit_scan(self) -> None:
        self._silence.stop()
        payload = "".join(k.meant for k in self._held)
        self._held.clear()
        self._held_gaps.clear()
        log.debug("wedge burst of %d characters", len(payload))
        self.scanned.emit(ScanEvent(payload=payload, source="wedge"))

    def _replay_held(self) -> None:
        """Deliver held key presses, in order, to the widget they were typed into."""
        self._silence.stop()
        held, self._held = self._held, []
        self._held_gaps.clear()
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                target = item.target or QApplication.focusWidget()
                if target is None:
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    replay = QKeyEvent(
                        kind,
                        item.key,
                        item.modifiers,
                        item.native_scan_code,
                        item.native_virtual_key,
                        item.native_modifiers,
                        item.text,
                    )
                    QCoreApplication.sendEvent(target, replay)
        finally:
            self._replaying = False

    # ------------------------------------------------------------------ helpers

    def _meant(self, event: QKeyEvent) -> str | None:
        """The character a scanner meant by this key press, or None if no scanner types it.

        With a US scanner the key's position decides (a German PC's "y" for the scanner's "Z"
        key, or a French dead key with no text at all, still reads right); otherwise, or where
        the platform gives no scan codes, the PC's own text.
        """
        if event.modifiers() & _COMMAND_MODIFIERS:
            return None
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        char = us_character(event.nativeScanCode(), shifted, self._offset)
        if char is None:
            char = event.text()
        if len(char) != 1 or not char.isprintable():
            return None
        return char

    def _swallow_release(self, key: int) -> None:
        self._swallow_releases[int(key)] = self._swallow_releases.get(int(key), 0) + 1
