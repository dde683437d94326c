"""The sessions' one concurrency model, as a port: reads, writes and timers.

A session never starts a thread or a timer itself; it asks a :class:`Runner`:

- ``read``: runs concurrently with other reads (lookups, searches, refreshes);
- ``write``: runs one at a time, in the order asked (a write and the reads that reconcile it);
- ``after``: calls back once after a delay (the "still checking" hint, idle clearing, the self
  check-in countdown).

Every callback comes back on the thread the session lives on (the GUI thread in the app), so a
session needs no locks. The Qt implementation is ``kiosk.ui.tasks.QtRunner``;
:class:`InlineRunner` runs everything at once, in the caller's thread, with a clock the test
moves by hand, so a session's rules are tested in milliseconds, without Qt or a server.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class Handle(Protocol):
    def cancel(self) -> None:
        """Forget the task: a queued one does not run, a running one's result is dropped."""
        ...


class Runner(Protocol):
    def read(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> Handle: ...

    def write(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> Handle: ...

    def after(self, seconds: float, callback: Callable[[], None]) -> Handle: ...


class Listeners(Generic[T]):
    """A Qt-free signal: callables that receive each value emitted, in connection order."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        """``callback`` receives nothing more (a closed window stops listening)."""
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def disconnect_all(self) -> None:
        self._callbacks.clear()

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            callback(value)


@dataclass
class _InlineHandle:
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class _Timer:
    due: float
    callback: Callable[[], None]
    handle: _InlineHandle = field(default_factory=_InlineHandle)


class InlineRunner:
    """Runs reads and writes at once in the caller's thread; timers fire when the test moves
    the clock with :meth:`advance`. For tests and command-line tools, never for a GUI."""

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: list[_Timer] = []
        self.reads = 0
        self.writes = 0

    def read(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> Handle:
        self.reads += 1
        return self._run(work, done, failed)

    def write(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> Handle:
        self.writes += 1
        return self._run(work, done, failed)

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> Handle:
        handle = _InlineHandle()
        try:
            value = work()
        except Exception as exc:  # delivered like the Qt runner does: to the failure callback
            failed(exc)
        else:
            done(value)
        return handle

    def after(self, seconds: float, callback: Callable[[], None]) -> Handle:
        timer = _Timer(self.now + seconds, callback)
        self._timers.append(timer)
        return timer.handle

    @property
    def pending_timers(self) -> int:
        return sum(1 for t in self._timers if not t.handle.cancelled)

    def advance(self, seconds: float) -> None:
        """Move the clock; fire, in time order, every timer that falls due."""
        target = self.now + seconds
        while True:
            due = [t for t in self._timers if not t.handle.cancelled and t.due <= target]
            if not due:
                break
            timer = min(due, key=lambda t: t.due)
            self._timers.remove(timer)
            self.now = max(self.now, timer.due)
            timer.callback()
        self.now = target
        self._timers = [t for t in self._timers if not t.handle.cancelled]


class NamedTimers:
    """A session's timers by name ("idle", "slow", "countdown"...): starting one again replaces
    it, and ``stop_all`` at shutdown leaves nothing behind to fire into a closed screen."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._handles: dict[str, Handle] = {}
        self._closed = False

    def start(self, name: str, seconds: float, callback: Callable[[], None]) -> None:
        self.stop(name)
        if self._closed:
            return

        def fire() -> None:
            self._handles.pop(name, None)
            callback()

        self._handles[name] = self._runner.after(seconds, fire)

    def stop(self, name: str) -> None:
        handle = self._handles.pop(name, None)
        if handle is not None:
            handle.cancel()

    def stop_all(self) -> None:
        self._closed = True
        for handle in self._handles.values():
            handle.cancel()
        self._handles.clear()
