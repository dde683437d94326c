"""The app's one concurrency model: work runs on a QThreadPool, results come back on the GUI
thread through a queued signal.

Callers hand over a plain function (no Qt, no widgets inside it) plus callbacks that run on
the GUI thread. ``Latest`` wraps a kind of task where only the newest matters (a newer scan
supersedes an older lookup): results of superseded tasks are dropped, never shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered there (queued)."""

    finished = Signal(object, object, object)  # callback, value, error


class _Job(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        work: Callable[[], Any],
        done: Callable[[Any, BaseException | None], None],
    ) -> None:
        super().__init__()
        self._relay = relay
        self._work = work
        self._done = done

    def run(self) -> None:
        try:
            value = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.finished.emit(self._done, None, exc)
        else:
            self._relay.finished.emit(self._done, value, None)


class TaskRunner(QObject):
    """Runs functions off the GUI thread and reports back on it."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        def done(value: Any, error: BaseException | None) -> None:
            if error is not None:
                on_error(error)
            else:
                on_success(value)

        self._pool.start(_Job(self._relay, work, done))

    @Slot(object, object, object)
    def _deliver(self, done: Callable[[Any, Any], None], value: Any, error: Any) -> None:
        done(value, error)

    def wait_for_done(self, timeout_ms: int = 10_000) -> bool:
        """Block until every queued job has run (shutdown and tests)."""
        return bool(self._pool.waitForDone(timeout_ms))


class Latest:
    """Runs tasks of one kind where a newer task supersedes every older one."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        self._generation += 1
        mine = self._generation

        def success(value: Any) -> None:
            if mine == self._generation:
                on_success(value)
            else:
                log.debug("dropped a superseded result (task %d, now %d)", mine, self._generation)

        def error(exc: BaseException) -> None:
            if mine == self._generation:
                on_error(exc)

        self._runner.run(work, success, error)
        return mine

    def cancel(self) -> None:
        """Forget any task in flight: its result will be dropped."""
        self._generation += 1
