"""Every Qt test fails if it leaves work running: QThreads, thread-pool jobs, or QTimers.

After napari's conftest (``_dangling_qthreads``, ``_dangling_qthread_pool``,
``_dangling_qtimers``): ``start`` is wrapped to remember where each thread, pool and timer was
started, and after the test (once qtbot has closed its widgets and each rig has shut its session
and runner down) anything still running fails the test with the place it was started from. A
leak here is a leak in the app: a timer left after a screen is gone fires into freed widgets,
and work left in a pool holds a guest in memory.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import suppress

import pytest
from PySide6.QtCore import QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication


def _where(depth: int = 2) -> str:
    """The first frame in the project's code that led here."""
    frame = sys._getframe(depth)
    first = f"{frame.f_code.co_filename}:{frame.f_lineno}"
    while frame is not None:
        name = frame.f_code.co_filename
        if "/kiosk/" in name or "/tests/" in name:
            return f"{name}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return first


def _alive(qobject: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(qobject))


@pytest.fixture(autouse=True)
def _no_dangling_qt_work(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    threads: list[tuple[QThread, str]] = []
    pools: list[tuple[QThreadPool, str]] = []
    timers: list[tuple[QTimer, str]] = []
    thread_start, pool_start, timer_start = QThread.start, QThreadPool.start, QTimer.start

    def start_thread(self: QThread, *args: object) -> None:
        threads.append((self, _where()))
        thread_start(self, *args)  # type: ignore[arg-type]

    def start_pool(self: QThreadPool, *args: object) -> None:
        if all(pool is not self for pool, _ in pools):
            pools.append((self, _where()))
        pool_start(self, *args)  # type: ignore[arg-type]

    def start_timer(self: QTimer, *args: object) -> None:
        timers.append((self, _where()))
        timer_start(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(QThreadPool, "start", start_pool)
    monkeypatch.setattr(QTimer, "start", start_timer)
    yield
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    dangling: list[str] = []
    for thread, where in threads:
        if _alive(thread) and thread.isRunning():
            dangling.append(f"a QThread started at {where} is still running")
            with suppress(RuntimeError):
                thread.quit()
                thread.wait(2000)
    for pool, where in pools:
        if _alive(pool):
            # a request the test's last step started may still be finishing on a loaded
            # machine: what is still running half a second on was left behind
            pool.waitForDone(500)
            if pool.activeThreadCount():
                dangling.append(f"a thread pool used at {where} still has work running")
                pool.clear()
                pool.waitForDone(2000)
    for timer, where in timers:
        if _alive(timer) and timer.isActive():
            dangling.append(f"a QTimer started at {where} is still active")
            timer.stop()
    assert not dangling, "Qt work left behind by the test:\n" + "\n".join(dict.fromkeys(dangling))


from tests.rigs import desk_factory, self_factory  # noqa: E402, F401  (fixtures for every UI test)


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Install a desk language (``speak("de")``); English again afterwards, for the tests
    that follow."""
    from kiosk.checkin import i18n
    from kiosk.ui.translations import DeskLanguage

    language = DeskLanguage()
    yield language.use
    language.use("en")
    i18n.install(i18n.English())


@pytest.fixture(scope="session", autouse=True)
def _kiosk_theme(qapp: QApplication) -> None:
    """The look the app installs (Fusion, the bundled font, the desk's sheet): what a test
    measures is what a desk shows."""
    from kiosk.ui.theme import install_theme

    install_theme(qapp)
