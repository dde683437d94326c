"""Every dialog of the desk and of self check-in's staff pages is opened here, under the mode of
the moment (:class:`kiosk.checkin.modes.Modes`), and closed when that mode ends.

Closing does not rely on a window manager: a dialog left open behind the guest screen could be
brought back by any window manager's keys (Alt+Tab, a layer menu), so it is rejected, closed and
hidden, and (opened with ``WA_DeleteOnClose``) deleted. Popup menus open at that moment close
too. One dialog of a kind at a time: asking again raises the one already open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.checkin.modes import Modes, Opened, Transition

log = logging.getLogger(__name__)

D = TypeVar("D", bound=QDialog)


class Windows(QObject):
    """The Qt side of :class:`Modes`: opens dialogs under it and shuts them when it says."""

    def __init__(self, modes: Modes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.modes = modes
        self._dialogs: dict[int, QDialog] = {}
        modes.changed.connect(self._mode_changed)

    def open(self, kind: str, make: Callable[[], D], *, show: bool = True) -> D:
        """The dialog of ``kind``: the one already open (raised), or a new one from ``make``,
        opened (window-modal) unless ``show`` is False (the caller opens it)."""
        existing = self.lift(kind)
        if existing is not None:
            return existing  # type: ignore[return-value]
        dialog = make()
        self.keep(kind, dialog)
        if show:
            dialog.open()
        return dialog

    def find(self, kind: str) -> QDialog | None:
        """The open dialog of ``kind``, if any."""
        opened = self.modes.find(kind)
        return self._dialogs.get(opened.serial) if opened is not None else None

    def lift(self, kind: str) -> QDialog | None:
        """The open dialog of ``kind`` brought to the front (None: there is none)."""
        dialog = self.find(kind)
        if dialog is not None:
            _lift(dialog)
        return dialog

    def keep(self, kind: str, dialog: QDialog) -> QDialog:
        """``dialog`` (made elsewhere) belongs to the mode of now, as one of ``kind``."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opened = self.modes.opened(kind, lambda: _shut(dialog), lambda: _lift(dialog))
        self._dialogs[opened.serial] = dialog
        parent = dialog.parentWidget()
        owner = parent.window() if parent is not None else None

        def gone(*_: object) -> None:
            self._forget(opened)

        def finished(*_: object) -> None:
            gone()
            if owner is not None:
                _focus_back(owner)

        dialog.finished.connect(finished)
        dialog.destroyed.connect(gone)
        return dialog

    def _forget(self, opened: Opened) -> None:
        self._dialogs.pop(opened.serial, None)
        self.modes.closed(opened)

    def _mode_changed(self, transition: Transition) -> None:
        """After the mode's own windows closed: any menu still open, and any dialog that was
        opened around this keeper (a stray one is still a window of the left mode), close too."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        popup = app.activePopupWidget()
        while popup is not None:  # a menu left open over the desk
            popup.close()
            following = app.activePopupWidget()
            if following is popup:
                popup.hide()
                break
            popup = following
        kept = set(map(id, self._dialogs.values()))
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in kept:
                log.warning("closing a %s opened outside the mode machine", type(widget).__name__)
                _shut(widget)


def show_full_screen(window: QWidget) -> None:
    """The whole screen, with or without a window manager: full screen is a request a window
    manager carries out; with none (an appliance's bare X session) the window stayed at its
    size (1280x800 on a 1920x1080 screen), so it is also given the screen's geometry."""
    screen = window.screen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def _focus_back(owner: QWidget) -> None:
    """The keyboard back to the window the dialog was opened from. With no window manager
    (an appliance in kiosk mode) nothing else gives it back, and the scanner's keys and the
    F-keys went nowhere until someone clicked; a window manager does the same, harmlessly."""
    try:
        if owner.isVisible():
            owner.raise_()
            owner.activateWindow()
    except RuntimeError:  # the owner went first (closing the app)
        log.debug("no window to give the keyboard back to")


def _shut(dialog: QDialog) -> None:
    try:
        dialog.reject()
        dialog.close()
        dialog.hide()
    except RuntimeError:  # already deleted by Qt (its parent went first)
        log.debug("a dialog was gone before its mode ended")


def _lift(dialog: QDialog) -> None:
    try:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
    except RuntimeError:
        log.debug("a dialog was gone when raised")
