"""A printer's USB device file stood in for by a pty: on Linux a USB Zebra or QL is a device
file (``/dev/usb/lp0``, the usblp driver) read and written like this one. The fake printer
serves the far end. What cannot be real here is a USB printer."""

from __future__ import annotations

import os
import tty
from collections.abc import Iterator
from contextlib import contextmanager

from kiosk.sandbox.printer import FakeTcpPrinter


@contextmanager
def usb_device(printer: FakeTcpPrinter) -> Iterator[str]:
    """The path the kiosk opens; ``printer`` answers at its other end (raw mode, both ends)."""
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    try:
        printer.attach(master)
        yield os.ttyname(slave)
    finally:
        os.close(master)
        os.close(slave)
