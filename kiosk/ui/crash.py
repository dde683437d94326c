"""Nothing is swallowed: an error nobody expected is logged with its traceback and told in one
plain sentence, and the app carries on (qutebrowser's crash signal, made small).

Qt calls ``sys.excepthook`` for an exception raised in a slot; worker threads report through
``threading.excepthook``. Both end here. The sentence goes to every window's status line that
has one (the desk), never a traceback on screen; the full story is in the log file.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel

log = logging.getLogger("kiosk.crash")

SENTENCE = "Something went wrong, and the app carried on. The details were written to the log."


class CrashReporter(QObject):
    """Receives unexpected errors from any thread; tells them on the GUI thread."""

    happened = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.count = 0
        self.happened.connect(self._tell)

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
        where: str,
    ) -> None:
        self.count += 1
        log.error("unexpected error in %s", where, exc_info=(kind, error, trace))
        self.happened.emit(SENTENCE)  # queued when raised off the GUI thread

    def _tell(self, sentence: str) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        for widget in app.topLevelWidgets():
            status = widget.findChild(QLabel, "statusLine")
            if status is not None:
                status.setText(sentence)


def install_crash_handlers(app: QApplication) -> CrashReporter:
    """Route uncaught errors (GUI thread and worker threads) to one reporter."""
    existing = app.findChild(CrashReporter)
    if isinstance(existing, CrashReporter):
        return existing
    reporter = CrashReporter(app)

    def excepthook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QTimer.singleShot(0, app.quit)
            return
        reporter.report(kind, error, trace, "the GUI thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    return reporter
