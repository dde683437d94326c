"""The Qt binding itself must hold up for a whole shift of signals."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True per emit, aborting the app
    after about a thousand signals (a few hundred scans). A desk emits far more in a day."""
    emitter = _Emitter()
    received = []
    emitter.ping.connect(lambda: received.append(1))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    assert abs(after[0] - before[0]) < 10
    assert abs(after[1] - before[1]) < 10
