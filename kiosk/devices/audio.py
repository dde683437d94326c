"""Which sound outputs this machine has (for ``kiosk doctor`` and the diagnostics panel)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger(__name__)


@contextmanager
def multimedia_chatter_to_debug_log() -> Iterator[None]:
    """Qt Multimedia's own chatter while it starts (missing optional libraries, no PulseAudio
    server, "No QtMultimedia backends found": the bundle leaves out the FFmpeg media backend,
    which only media playback and cameras need, not sounds) goes to the debug log, not the
    terminal."""

    def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        log.debug("qt: %s", message)

    previous = qInstallMessageHandler(quiet)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def audio_outputs() -> list[str]:
    """The names of the sound outputs, the default first; empty when there is none (or no
    sound system running)."""
    with multimedia_chatter_to_debug_log():
        if QCoreApplication.instance() is None:
            QCoreApplication([])  # QMediaDevices needs an application object; a plain one will do
        from PySide6.QtMultimedia import QMediaDevices

        default = QMediaDevices.defaultAudioOutput()
        names = [device.description() for device in QMediaDevices.audioOutputs()]
    if not default.isNull() and default.description() in names:
        names.remove(default.description())
        names.insert(0, default.description())
    return names
