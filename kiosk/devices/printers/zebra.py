"""A Zebra printer over the network (raw TCP, port 9100): ask first, print, wait to see it out.

Each print is one connection: ``~HS`` first (a printer out of paper, open or paused is said in
words and nothing is sent; where ``~HS`` is silent, as the guide says it is in those states,
``~HQES`` says which), ``~HI`` once for the printer's real dots per inch, then the label, then
``~HS`` again until the printer's buffer is empty and no label is left in the batch: only then
is the band *printed*. A printer that takes the job and never empties its buffer, or stops half
way, leaves the print *unconfirmed* (staff look at the printer), never failed. Blocking sockets
with a deadline on every step: this runs on a worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from kiosk.checkin.i18n import tr
from kiosk.checkin.printing import BandLabel, PrinterState, PrintProblem, PrintUnconfirmed
from kiosk.devices.printers.conversation import OneConversationAtATime
from kiosk.devices.printers.layout import Media
from kiosk.devices.printers.network import (
    Link,
    not_finished,
    open_link,
    send_job,
    stopped,
)
from kiosk.devices.printers.renders import zpl_job
from kiosk.devices.printers.zpl import (
    ERROR_STATUS,
    ETX,
    HOST_IDENTIFICATION,
    HOST_STATUS,
    BadStatus,
    HostStatus,
    Identity,
    answer_complete,
    error_answer_complete,
    parse_error_status,
    parse_host_status,
    parse_identification,
)

log = logging.getLogger(__name__)

IDENTIFY_WAIT_S = 0.5
"""How long ``~HI`` is waited for (once per printer)."""


class ZebraPrinter(OneConversationAtATime):
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
        native_codes: bool = False,
    ) -> None:
        super().__init__()
        self.host, self.port, self.dpi, self.media = host, port, dpi, media
        self.device = device
        """A USB Zebra's device file (``/dev/usb/lp0``): used instead of host and port."""
        self.logo = logo
        self.timeout_s, self.finish_s, self.poll_s = timeout_s, finish_s, poll_s
        self.native_codes = native_codes
        """The code drawn by the printer (``^BC``/``^BQ``) rather than sent as dots."""
        self._identity: Identity | Literal[False] | None = None
        """``~HI``'s answer: None not asked yet, False asked and not answered."""

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
        return open_link(self.device, self.host, self.port, self.timeout_s)

    def _ask(self, sock: Link) -> HostStatus:
        """``~HS``; where it is silent, ``~HQES`` (a Zebra does not answer ``~HS`` while out of
        media or ribbon, with its head open, or too hot: it answers ``~HQES``). Neither: the
        printer is not answering at all."""
        answer = self._query(sock, HOST_STATUS, answer_complete)
        if answer_complete(answer):
            try:
                return parse_host_status(answer)
            except BadStatus as exc:
                raise self._not_zpl() from exc
        errors = self._query(sock, ERROR_STATUS, error_answer_complete)
        if not error_answer_complete(errors):
            raise PrintProblem(
                tr(
                    "The printer at {where} took the connection but does not answer: switch "
                    "it off and on again.",
                    where=self.where,
                )
            )
        try:
            return parse_error_status(errors).as_host_status()
        except BadStatus as exc:
            raise self._not_zpl() from exc

    def _query(
        self,
        sock: Link,
        command: bytes,
        complete: Callable[[bytes], bool],
        wait_s: float | None = None,
    ) -> bytes:
        """``command``'s answer as far as it came within the timeout (maybe nothing)."""
        deadline = time.monotonic() + (self.timeout_s if wait_s is None else wait_s)
        answer = b""
        try:
            sock.sendall(command)
            while not complete(answer):
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
        return answer

    def _not_zpl(self) -> PrintProblem:
        return PrintProblem(
            tr("The printer at {where} answered something that is not ZPL.", where=self.where)
        )

    def _identify(self, sock: Link) -> Identity | None:
        """``~HI`` once per printer: its model and real dots per inch (None: it did not say,
        as an older or non-Zebra ZPL printer may not)."""
        if self._identity is None:
            # a Zebra answers at once; a ZPL printer of another make may not at all, and the
            # first band should not wait the whole timeout for it
            wait = min(self.timeout_s, IDENTIFY_WAIT_S)
            answer = self._query(sock, HOST_IDENTIFICATION, lambda got: ETX in got, wait)
            try:
                self._identity = parse_identification(answer) if ETX in answer else False
            except BadStatus:
                self._identity = False
            if self._identity and self._identity.dpi and self._identity.dpi != self.dpi:
                log.warning(
                    "the printer at %s prints at %s dpi; the setting says %s",
                    self.where,
                    self._identity.dpi,
                    self.dpi,
                )
        return self._identity or None

    def _dpi_for(self, identity: Identity | None) -> int:
        """The printer's own dots per inch where it said them, else the setting's: a band drawn
        for 203 dpi on a 300 dpi head comes out two thirds long, its codes too small."""
        return identity.dpi if identity is not None and identity.dpi else self.dpi

    def _dpi_words(self, identity: Identity | None) -> str:
        if identity is None or not identity.dpi or identity.dpi == self.dpi:
            return ""
        return tr(
            "it prints at {real} dpi but the setting says {setting}: bands are drawn for "
            "{real}; set the printer's dpi to {real} in the settings",
            real=identity.dpi,
            setting=self.dpi,
        )

    # ------------------------------------------------------------------ the port

    def _state(self) -> PrinterState:
        with self._connect() as sock:
            status = self._ask(sock)
            identity = self._identify(sock) if status.errors is None else None
        words = status.words()
        mismatch = self._dpi_words(identity)
        if mismatch:
            words = f"{words}; {mismatch}"
        model = f"{identity.model} {identity.firmware}: " if identity else ""
        return PrinterState(status.ready, words, model + status.raw, status.problems)

    def _print_band(self, label: BandLabel) -> None:
        with self._connect() as sock:
            before = self._ask(sock)
            if not before.ready:
                raise PrintProblem(tr("The printer can't print: {why}.", why=before.words()))
            dpi = self._dpi_for(self._identify(sock))
            send_job(sock, zpl_job(label, self.media, dpi, self.logo, self.native_codes),
                     self.timeout_s)  # fmt: skip
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
