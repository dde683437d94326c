"""One conversation with a printer at a time, for every printer that talks over one link.

A Zebra or a Brother QL answers one connection and leaves a second waiting: the fleet's watch
asking how the printer is while a band prints would wait out its timeout and count the printer
as down. So asking and printing take turns, and the watch waits for the print to finish.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod

from kiosk.checkin.printing import BandLabel, PrinterState


class OneConversationAtATime(ABC):
    """The printer port's ``state`` and ``print_band``, taking turns; a printer says how in
    ``_state`` and ``_print_band`` (which may ask the state themselves: the lock is re-entrant)."""

    def __init__(self) -> None:
        self._one_conversation = threading.RLock()

    def state(self) -> PrinterState:
        with self._one_conversation:
            return self._state()

    def print_band(self, label: BandLabel) -> None:
        with self._one_conversation:
            self._print_band(label)

    @abstractmethod
    def _state(self) -> PrinterState: ...

    @abstractmethod
    def _print_band(self, label: BandLabel) -> None: ...
