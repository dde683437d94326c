"""The app's one concurrency model on Qt: the ``Runner`` port of ``kiosk.checkin.tasks``.

- Reads run on a pool of worker threads, concurrently (lookups, searches, refreshes).
- Writes run on a pool of one thread: one at a time, in the order asked, so a write and the
  reads that reconcile it never overlap another write.
- Timers are entries in one schedule, driven by a single QTimer owned by the runner.

Work is a plain function (no Qt, no widgets inside it); its result comes back on the GUI thread
through one queued signal. A cancelled task that has not started skips its work when its turn
comes; one that has started finishes, and its result is dropped.
"""

from __future__ import annotations

import heapq
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered there (queued)."""

    finished = Signal(object, object, object)  # job, value, error


class _Job:
    """One task. Handed to a pool as a plain callable (``run``): PySide6 wraps it in a
    QRunnable that Qt owns and frees, so no Python object's lifetime races a worker thread."""

    def __init__(
        self,
        relay: _Relay,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._relay = relay
        self.work: Callable[[], Any] | None = work
        self.done: Callable[[Any], None] | None = done
        self.failed: Callable[[BaseException], None] | None = failed
        self.cancelled = False

    def run(self) -> None:
        work = self.work
        if work is None or self.cancelled:
            self._relay.finished.emit(self, None, None)  # cancelled before it started
            return
        try:
            value = work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.finished.emit(self, None, exc)
        else:
            self._relay.finished.emit(self, value, None)

    def cancel(self) -> None:
        self.cancelled = True

    def release(self) -> None:
        """Drop the closures (and what they hold: a guest, a photo) once delivered."""
        self.work = self.done = self.failed = None


@dataclass(order=True)
class _Due:
    at: float
    seq: int
    callback: Callable[[], None] | None = field(compare=False)

    def cancel(self) -> None:
        self.callback = None


class _JobHandle:
    def __init__(self, job: _Job) -> None:
        self._job = job

    def cancel(self) -> None:
        """A queued job then skips its work; a running one's result is dropped."""
        self._job.cancel()


class QtRunner(QObject):
    """Reads concurrently, writes one at a time, timers on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 4) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._jobs: set[_Job] = set()
        self._schedule: list[_Due] = []
        self._seq = 0
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        self._clock.setObjectName("runner-clock")
        self._clock.timeout.connect(self._fire)

    def read(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> _JobHandle:
        return self._start(self._reads, work, done, failed)

    def write(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> _JobHandle:
        return self._start(self._writes, work, done, failed)

    def _start(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> _JobHandle:
        job = _Job(self._relay, work, done, failed)
        self._jobs.add(job)
        pool.start(job.run)
        return _JobHandle(job)

    @Slot(object, object, object)
    def _deliver(self, job: _Job, value: Any, error: Any) -> None:
        self._jobs.discard(job)
        done, failed, cancelled = job.done, job.failed, job.cancelled
        job.release()
        if cancelled or done is None or failed is None:
            return
        if error is not None:
            if not isinstance(error, Exception):
                raise error  # KeyboardInterrupt, SystemExit: not ours to swallow
            failed(error)
        else:
            done(value)

    def after(self, seconds: float, callback: Callable[[], None]) -> _Due:
        """Call back once, ``seconds`` from now, on the GUI thread. One QTimer per runner is
        armed for the earliest entry: no timer objects are made or freed per call."""
        self._seq += 1
        due = _Due(time.monotonic() + max(0.0, seconds), self._seq, callback)
        heapq.heappush(self._schedule, due)
        self._arm()
        return due

    def _arm(self) -> None:
        while self._schedule and self._schedule[0].callback is None:
            heapq.heappop(self._schedule)  # cancelled entries
        if not self._schedule:
            self._clock.stop()
            return
        wait_ms = max(0, math.ceil((self._schedule[0].at - time.monotonic()) * 1000))
        self._clock.start(wait_ms)

    def _fire(self) -> None:
        now = time.monotonic()
        while self._schedule and self._schedule[0].at <= now:
            due = heapq.heappop(self._schedule)
            callback, due.callback = due.callback, None
            if callback is not None:
                callback()
        self._arm()

    @property
    def active_timers(self) -> int:
        return sum(1 for due in self._schedule if due.callback is not None)

    @property
    def pending_jobs(self) -> int:
        return len(self._jobs)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until every started job has run (shutdown and tests)."""
        reads = bool(self._reads.waitForDone(timeout_ms))
        return bool(self._writes.waitForDone(timeout_ms)) and reads

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Stop every timer, drop queued work, wait for running work, drop its results."""
        for due in self._schedule:
            due.cancel()
        self._schedule.clear()
        self._clock.stop()
        for job in list(self._jobs):
            job.cancel()
        self._reads.clear()
        self._writes.clear()
        self.wait_for_done(timeout_ms)
        for job in list(self._jobs):
            job.release()
        self._jobs.clear()
