"""What the printers' links share: a raw TCP connection (port 9100) or a USB printer's device
file, each saying in words why it could not be opened; and a job sent whose end is unknown
if the link breaks half way."""

from __future__ import annotations

import os
import select
import socket
import time
from typing import Protocol

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import PrintProblem, PrintUnconfirmed


def connect(host: str, port: int, timeout_s: float) -> socket.socket:
    """A connection to the printer, every read and write limited to ``timeout_s``."""
    where = f"{host}:{port}"
    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except ConnectionRefusedError as exc:
        raise PrintProblem(
            tr(
                "The printer at {where} refused the connection: is it switched on and on "
                "the network?",
                where=where,
            )
        ) from exc
    except TimeoutError as exc:
        raise PrintProblem(
            tr("The printer at {where} cannot be reached: is it switched on?", where=where)
        ) from exc
    except OSError as exc:
        raise PrintProblem(
            tr(
                "The printer at {where} cannot be reached ({error}).",
                where=where,
                error=exc.strerror or exc,
            )
        ) from exc
    sock.settimeout(timeout_s)
    return sock


def open_link(device: str | None, host: str, port: int, timeout_s: float) -> Link:
    """A USB printer's device file where one is set, else the network printer's port."""
    if device:
        return DeviceLink(device, timeout_s)
    return connect(host, port, timeout_s)


def send_job(sock: Link, job: bytes, timeout_s: float) -> None:
    """The whole job, or :class:`PrintUnconfirmed`: part of it may have reached the printer."""
    try:
        sock.settimeout(timeout_s)
        sock.sendall(job)
    except OSError as exc:
        raise PrintUnconfirmed(
            tr(
                "The connection to the printer broke while sending the band: look at "
                "the printer. If a band came out, use it; if not, print again."
            )
        ) from exc


def stopped(why: str) -> PrintUnconfirmed:
    """The printer took the band and then stopped (paper, lid): it prints when that is fixed."""
    return PrintUnconfirmed(
        tr(
            "The printer stopped: {why}. The band prints when that is fixed; "
            "use it then, or print again.",
            why=why,
        )
    )


def not_finished() -> PrintUnconfirmed:
    """The printer took the band and never said it came out."""
    return PrintUnconfirmed(
        tr(
            "The printer took the band but has not finished it: look at the printer. "
            "If a band came out, use it; if not, print again."
        )
    )


class Link(Protocol):
    """What the drivers need of a connection: a socket, or a USB printer's device file."""

    def settimeout(self, value: float | None) -> None: ...

    def sendall(self, data: bytes) -> None: ...

    def recv(self, size: int) -> bytes: ...

    def __enter__(self) -> Link: ...

    def __exit__(self, *exc: object) -> None: ...


class DeviceLink:
    """A printer on USB as the system shows it (Linux: ``/dev/usb/lp0``, the usblp driver,
    which reads back too): the socket calls the drivers use, on a file descriptor, each read
    and write limited by ``settimeout`` like a socket's."""

    def __init__(self, path: str, timeout_s: float) -> None:
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        except FileNotFoundError as exc:
            raise PrintProblem(
                tr("No printer at {device}: is it plugged in and switched on?", device=path)
            ) from exc
        except PermissionError as exc:
            raise PrintProblem(
                tr(
                    "This computer does not let the kiosk use {device}: add the kiosk's user "
                    "to the group that owns it (often lp).",
                    device=path,
                )
            ) from exc
        except OSError as exc:
            raise PrintProblem(
                tr("The printer at {device} cannot be opened ({error}).", device=path,
                   error=exc.strerror or exc)
            ) from exc  # fmt: skip
        self._timeout = timeout_s

    def settimeout(self, value: float | None) -> None:
        self._timeout = value if value is not None else 3600.0

    def sendall(self, data: bytes) -> None:
        view = memoryview(data)
        deadline = time.monotonic() + self._timeout
        while view:
            _, writable, _ = select.select(
                [], [self._fd], [], max(0.0, deadline - time.monotonic())
            )
            if not writable:
                raise TimeoutError("the printer took no more")
            sent = os.write(self._fd, view)
            view = view[sent:]

    def recv(self, size: int) -> bytes:
        readable, _, _ = select.select([self._fd], [], [], self._timeout)
        if not readable:
            raise TimeoutError("the printer said nothing")
        try:
            return os.read(self._fd, size)
        except BlockingIOError as exc:
            raise TimeoutError("the printer said nothing") from exc

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> DeviceLink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
