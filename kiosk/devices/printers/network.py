"""What the network printers share: a raw TCP connection (port 9100) that says in words why it
could not be made, and a job sent whose end is then unknown if the connection breaks."""

from __future__ import annotations

import socket

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


def send_job(sock: socket.socket, job: bytes, timeout_s: float) -> None:
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
