"""A Brother QL label printer on the network (raw TCP, port 9100), in its raster language.

Written here from Brother's public "QL Series Raster Command Reference", not taken from a
library: ``brother-ql-next`` (the maintained fork the issue names) is GPL-3.0-only, and this
app is proprietary and shipped as a bundle, so it cannot be carried. The protocol is small:

- invalidate (NULs), ``ESC @`` (initialise), ``ESC i S`` (status: a 32-byte answer);
- ``ESC i a 1`` (raster mode), ``ESC i z`` (media: continuous 62 mm, the number of rows),
  ``ESC i M``/``ESC i A``/``ESC i K`` (cut after the label), ``ESC i d`` (feed margin),
  ``M 0`` (no compression);
- one ``g 0x00 90`` + 90 bytes per row: the 720 pins of the head, the label mirrored and set
  12 dots from the right edge for a 62 mm roll, 1 = a dot; then ``0x1A`` (print, last page).

The status answer says no media, cover open, a cutter jam, and which roll is loaded (width in
mm): a print on the wrong roll is refused before anything is sent. A networked QL answers none
of this on its print port: the same 32 bytes come over SNMP (Brother's object
1.3.6.1.4.1.2435.3.3.9.1.6.1.0), read before the print and until the Printer MIB's life count
goes up (the label is out). On USB the printer answers in-band and says "printing completed"
(status type 1) or "error occurred" (2). A QL that reports nothing at all can still print, but
the label is then *unconfirmed*.
"""

from __future__ import annotations

import logging
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

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
from kiosk.devices.printers.renders import rendered
from kiosk.devices.printers.snmp import snmp_get

log = logging.getLogger(__name__)

DPI = 300
HEAD_PINS = 720
ROW_BYTES = HEAD_PINS // 8
WIDTH_62 = 696
"""Printable dots across a 62 mm roll (Brother's table), set 12 dots in from the right."""
RIGHT_MARGIN_62 = 12
STATUS_REQUEST = b"\x1biS"
STATUS_SIZE = 32

_ERRORS_1 = {
    0x01: "no_media",
    0x02: "end_of_media",
    0x04: "cutter_jam",
    0x20: "off",
}
_ERRORS_2 = {
    0x01: "replace_media",
    0x04: "transmission",
    0x10: "cover_open",
    0x40: "no_feed",
    0x80: "system",
}


_FLEET_CODES = {
    "no_media": "out_of_bands",
    "end_of_media": "out_of_bands",
    "replace_media": "out_of_bands",
    "cover_open": "head_open",
    "off": "off",
}
"""A QL's errors as the fleet's printer codes (``PrinterState.problems``); others: "error"."""


@dataclass(frozen=True)
class BrotherStatus:
    problems: tuple[str, ...]
    media_width_mm: int
    media_type: int
    status_type: int
    phase: int

    @property
    def ready(self) -> bool:
        return not self.problems

    def words(self) -> str:
        texts = {
            "no_media": tr("it has no labels loaded"),
            "end_of_media": tr("it is out of labels"),
            "replace_media": tr("it is out of labels"),
            "no_feed": tr("it cannot feed the labels"),
            "cutter_jam": tr("its cutter is jammed"),
            "cover_open": tr("its cover is open"),
            "off": tr("it is switched off"),
            "transmission": tr("it lost part of the job"),
            "system": tr("it has a system error (switch it off and on again)"),
        }
        said = list(dict.fromkeys(texts[problem] for problem in self.problems))
        return "; ".join(said) if said else tr("ready")


def parse_status(answer: bytes) -> BrotherStatus:
    if len(answer) < STATUS_SIZE or answer[:3] != b"\x80\x20\x42":
        raise ValueError(f"not a QL status: {answer[:8].hex()}")
    first, second = answer[8], answer[9]
    problems = [name for bit, name in _ERRORS_1.items() if first & bit]
    problems += [name for bit, name in _ERRORS_2.items() if second & bit]
    if answer[11] == 0x00 and "no_media" not in problems:
        problems.append("no_media")
    return BrotherStatus(tuple(problems), answer[10], answer[11], answer[18], answer[19])


def raster_job(image: Image.Image) -> bytes:
    """One label as the QL's raster commands (``image``: mode "1", 696 dots wide)."""
    label = image.convert("1")
    if label.width != WIDTH_62:
        fitted = Image.new("1", (WIDTH_62, label.height), 1)
        fitted.paste(label.crop((0, 0, min(label.width, WIDTH_62), label.height)), (0, 0))
        label = fitted
    frame = Image.new("1", (HEAD_PINS, label.height), 1)
    frame.paste(label, (HEAD_PINS - WIDTH_62 - RIGHT_MARGIN_62, 0))
    # the head's first pin is the label's right edge: mirror; and 1 = a dot: invert
    rows = ImageOps.mirror(frame.convert("L"))
    dots = ImageOps.invert(rows).convert("1").tobytes()
    out = bytearray(b"\x00" * 400)  # invalidate: ends any half-sent job
    out += b"\x1b@"  # initialise
    out += b"\x1bia\x01"  # raster mode
    out += b"\x1biz" + bytes([0x86, 0x0A, 62, 0]) + struct.pack("<L", label.height) + b"\x00\x00"
    out += b"\x1biM\x40"  # auto cut
    out += b"\x1biA\x01"  # cut every label
    out += b"\x1biK\x08"  # cut at the end
    out += b"\x1bid" + struct.pack("<H", 35)  # feed margin of a continuous roll
    out += b"M\x00"  # no compression
    for start in range(0, len(dots), ROW_BYTES):
        out += b"g\x00" + bytes([ROW_BYTES]) + dots[start : start + ROW_BYTES]
    out += b"\x1a"  # print, the last page
    return bytes(out)


BROTHER_STATUS_OID = "1.3.6.1.4.1.2435.3.3.9.1.6.1.0"
"""The 32-byte status over SNMP, as Brother's own tools read a networked QL."""
MARKER_LIFE_COUNT_OID = "1.3.6.1.2.1.43.10.2.1.4.1.1"
"""Printer MIB (RFC 3805) prtMarkerLifeCount: it goes up when a label has come out."""


@dataclass(frozen=True)
class SnmpReading:
    status: BrotherStatus
    printed: int | None
    """The printer's life count, where it has the Printer MIB."""


class BrotherQLPrinter(OneConversationAtATime):
    """A QL-720NW / 820NWB / 1110NWB and the like, printing 62 mm labels at 300 dpi: on the
    network its status over SNMP before and after each print (a networked QL says nothing on
    its print port), on USB in-band on the device file."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        *,
        media: Media,
        device: str | None = None,
        snmp_port: int = 161,
        community: str = "public",
        logo: Path | None = None,
        timeout_s: float = 3.0,
        finish_s: float = 15.0,
        poll_s: float = 0.2,
    ) -> None:
        super().__init__()
        self.host, self.port, self.media, self.logo = host, port, media, logo
        self.device = device
        """A QL on USB: its device file (``/dev/usb/lp0``), used instead of host and port."""
        self.snmp_port, self.community = snmp_port, community
        self.timeout_s, self.finish_s, self.poll_s = timeout_s, finish_s, poll_s
        self.dpi = DPI

    @property
    def description(self) -> str:
        return tr("Brother QL at {where}", where=self.device or f"{self.host}:{self.port}")

    def _connect(self) -> Link:
        return open_link(self.device, self.host, self.port, self.timeout_s)

    def _snmp(self) -> SnmpReading | None:
        """The status over SNMP; None on USB, or where the printer's SNMP does not answer."""
        if self.device:
            return None
        values = snmp_get(
            self.host,
            self.snmp_port,
            [BROTHER_STATUS_OID, MARKER_LIFE_COUNT_OID],
            community=self.community,
            timeout_s=min(self.timeout_s, 2.0),
        )
        raw = (values or {}).get(BROTHER_STATUS_OID)
        if not isinstance(raw, bytes):
            return None
        try:
            status = parse_status(raw)
        except ValueError:
            return None
        count = (values or {}).get(MARKER_LIFE_COUNT_OID)
        return SnmpReading(status, count if isinstance(count, int) else None)

    def _read_status(self, sock: Link, seconds: float) -> BrotherStatus | None:
        """The next 32-byte status, or None if none comes in ``seconds``."""
        deadline = time.monotonic() + seconds
        answer = b""
        while len(answer) < STATUS_SIZE:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            sock.settimeout(left)
            try:
                chunk = sock.recv(STATUS_SIZE - len(answer))
            except TimeoutError:
                return None
            except OSError:
                return None
            if not chunk:
                return None
            answer += chunk
        try:
            return parse_status(answer)
        except ValueError:
            return None

    def _ask(self, sock: Link) -> BrotherStatus | None:
        sock.sendall(b"\x00" * 400 + b"\x1b@" + STATUS_REQUEST)
        return self._read_status(sock, self.timeout_s)

    def _refusal(self, status: BrotherStatus) -> str | None:
        if not status.ready:
            return tr("The printer can't print: {why}.", why=status.words())
        if status.media_width_mm != 62:
            return tr(
                "The printer has a {width} mm roll loaded; this desk prints on 62 mm labels.",
                width=status.media_width_mm,
            )
        return None

    def _state(self) -> PrinterState:
        reading = self._snmp()
        if reading is not None:
            status: BrotherStatus | None = reading.status
            with self._connect():
                pass  # the print port too: SNMP answering says nothing of port 9100
        else:
            with self._connect() as sock:
                status = self._ask(sock)
        if status is None:
            return PrinterState(True, tr("reachable; it does not report its status"), "")
        refusal = self._refusal(status)
        detail = f"media {status.media_width_mm} mm type {status.media_type:#x}"
        return PrinterState(
            refusal is None,
            status.words() if refusal is None else refusal,
            detail,
            frozenset(_FLEET_CODES.get(p, "error") for p in status.problems)
            | (frozenset({"wrong_media"}) if refusal is not None and status.ready else frozenset()),
        )

    def _print_band(self, label: BandLabel) -> None:
        if self.media.name != "label62":
            raise PrintProblem(tr("A Brother QL prints labels: choose the 62 mm roll."))
        job = raster_job(rendered(label, self.media, DPI, self.logo))
        reading = self._snmp()
        with self._connect() as sock:
            before = reading.status if reading is not None else self._ask(sock)
            if before is not None:
                refusal = self._refusal(before)
                if refusal is not None:
                    raise PrintProblem(refusal)
            send_job(sock, job, self.timeout_s)
            if reading is not None:
                self._wait_by_snmp(reading)
                return
            if before is None:
                raise PrintUnconfirmed(
                    tr(
                        "The label was sent; this printer does not say when it has printed: "
                        "look at it, then use the label or print again."
                    )
                )
            self._wait_until_out(sock)

    def _wait_by_snmp(self, before: SnmpReading) -> None:
        """Out when the life count goes up (or, without one, once it has printed and is back
        to waiting); an error on the way stops it; no answer leaves it unconfirmed."""
        deadline = time.monotonic() + self.finish_s
        seen_printing = False
        while time.monotonic() < deadline:
            time.sleep(self.poll_s)
            now = self._snmp()
            if now is None:
                raise PrintUnconfirmed(
                    tr(
                        "The printer took the label but stopped answering: look at the "
                        "printer. If a label came out, use it; if not, print again."
                    )
                )
            if not now.status.ready or now.status.status_type == 0x02:
                raise stopped(now.status.words())
            if before.printed is not None and now.printed is not None:
                if now.printed > before.printed:
                    log.info("label printed on %s (SNMP life count)", self.host)
                    return
                continue
            seen_printing = seen_printing or now.status.phase == 0x01
            if seen_printing and now.status.phase == 0x00:
                log.info("label printed on %s (SNMP phase)", self.host)
                return
        raise not_finished()

    def _wait_until_out(self, sock: Link) -> None:
        deadline = time.monotonic() + self.finish_s
        while time.monotonic() < deadline:
            status = self._read_status(sock, deadline - time.monotonic())
            if status is None:
                break
            if status.status_type == 0x01:  # printing completed
                log.info("label printed on %s:%s", self.host, self.port)
                return
            if status.status_type == 0x02 or not status.ready:  # error occurred
                raise stopped(status.words())
        raise not_finished()
