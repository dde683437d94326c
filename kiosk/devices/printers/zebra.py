"""A Zebra printer over the network (raw TCP, port 9100): ask first, print, wait to see it out.

Each print is one connection: ``~HS`` first (a printer out of paper, open or paused is said in
words and nothing is sent), then the label, then ``~HS`` again until the printer's buffer is empty
and no label is left in the batch: only then is the band *printed*. A printer that takes the job
and never empties its buffer, or stops half way, leaves the print *unconfirmed* (staff look at the
printer), never failed. Blocking sockets with a deadline on every step: this runs on a worker.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrinterState, PrintProblem, PrintUnconfirmed
from kiosk.devices.printers.layout import Media
from kiosk.devices.printers.network import (
    DeviceLink,
    Link,
    connect,
    not_finished,
    send_job,
    stopped,
)
from kiosk.devices.printers.renders import rendered
from kiosk.devices.printers.zpl import (
    HOST_STATUS,
    BadStatus,
    HostStatus,
    answer_complete,
    graphic_label,
    parse_host_status,
)

log = logging.getLogger(__name__)


class ZebraPrinter:
    """ZPL to a Zebra (or any ZPL printer) at ``host``:``port``."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        *,
        device: str | None = None,
        dpi: int = 203,
        media: Media,
        logo: Path | None = None,
        timeout_s: float = 3.0,
        finish_s: float = 15.0,
        poll_s: float = 0.15,
    ) -> None:
        self.host, self.port, self.dpi, self.media = host, port, dpi, media
        self.device = device
        """A USB Zebra's device file (``/dev/usb/lp0``): used instead of host and port."""
        self.logo = logo
        self.timeout_s, self.finish_s, self.poll_s = timeout_s, finish_s, poll_s

    @property
    def description(self) -> str:
        return tr(
            "Zebra at {where}, {dpi} dpi",
            where=self.where,
            dpi=self.dpi,
        )

    @property
    def where(self) -> str:
        return self.device or f"{self.host}:{self.port}"

    # ------------------------------------------------------------------ talking

    def _connect(self) -> Link:
        if self.device:
            return DeviceLink(self.device, self.timeout_s)
        return connect(self.host, self.port, self.timeout_s)

    def _ask(self, sock: Link) -> HostStatus:
        """``~HS``, and its three lines back within the timeout."""
        deadline = time.monotonic() + self.timeout_s
        answer = b""
        try:
            sock.sendall(HOST_STATUS)
            while not answer_complete(answer):
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = sock.recv(1024)
                if not chunk:
                    break
                answer += chunk
        except TimeoutError:
            pass
        except OSError as exc:
            raise PrintProblem(
                tr("The connection to the printer at {where} broke.", where=self.where)
            ) from exc
        if not answer_complete(answer):
            raise PrintProblem(
                tr(
                    "The printer at {where} took the connection but does not answer: switch "
                    "it off and on again.",
                    where=self.where,
                )
            )
        try:
            return parse_host_status(answer)
        except BadStatus as exc:
            raise PrintProblem(
                tr("The printer at {where} answered something that is not ZPL.", where=self.where)
            ) from exc

    # ------------------------------------------------------------------ the port

    def state(self) -> PrinterState:
        with self._connect() as sock:
            status = self._ask(sock)
        return PrinterState(status.ready, status.words(), status.raw)

    def print_band(self, label: BandLabel) -> None:
        image = rendered(label, self.media, self.dpi, self.logo)
        job = graphic_label(image)
        with self._connect() as sock:
            before = self._ask(sock)
            if not before.ready:
                raise PrintProblem(tr("The printer can't print: {why}.", why=before.words()))
            send_job(sock, job, self.timeout_s)
            self._wait_until_out(sock)

    def _wait_until_out(self, sock: Link) -> None:
        deadline = time.monotonic() + self.finish_s
        while True:
            time.sleep(self.poll_s)
            try:
                status = self._ask(sock)
            except PrintProblem as exc:
                raise PrintUnconfirmed(
                    tr(
                        "The printer took the band but stopped answering: look at the printer. "
                        "If a band came out, use it; if not, print again."
                    )
                ) from exc
            if not status.ready:
                raise stopped(status.words())
            if status.idle:
                log.info("band printed on %s", self.where)
                return
            if time.monotonic() > deadline:
                raise not_finished()
