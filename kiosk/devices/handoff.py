"""Handing work from any thread to the GUI thread.

Worker threads (camera capture, decoding) must not touch widgets or emit the signals widgets
listen to. A worker appends a closure to a locked queue and emits one argument-free wake-up;
on the GUI thread the queue is drained and each closure runs there, where signals are emitted
to the rest of the app. Everything a camera produces crosses threads this way.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot


class GuiHandoff(QObject):
    """Create on the GUI thread; call :meth:`post` from any thread."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: deque[Callable[[], None]] = deque()
        self._wake.connect(self._drain)

    def post(self, call: Callable[[], None]) -> None:
        with self._lock:
            first = not self._pending
            self._pending.append(call)
        if first:
            self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    return
                call = self._pending.popleft()
            call()
