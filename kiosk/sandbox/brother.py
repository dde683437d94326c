"""A fake Brother QL on loopback (port 9100 on a real one): it reads the raster language
(``ESC i S`` answered with a 32-byte status, ``g`` rows, ``0x1A`` to print) and says "printing
completed" when a label is out, as a QL does. Its own reader, not the client's code, draws the
received rows back into the label (mirrored back, inverted back) for the tests to decode.

:attr:`FakeBrotherQL.status`: ``ok``, ``no_media``, ``cover_open``, ``wrong_roll`` (29 mm
loaded), or ``silent`` (prints, but reports nothing: SNMP switched off). On the network it
answers status over SNMP only, as Brother's QLs do; on a device link (USB) in-band."""

from __future__ import annotations

import contextlib
import socket
import time
from dataclasses import dataclass
from typing import Any, Literal, Self

from PIL import Image, ImageOps

from kiosk.sandbox.printer import FakeTcpPrinter, Job
from kiosk.sandbox.snmp import FakeSnmpAgent

Status = Literal["ok", "no_media", "cover_open", "wrong_roll", "silent"]
PINS = 720
PRINTABLE = 696
RIGHT = 12
_FIXED = {b"@": 0, b"ia": 1, b"iM": 1, b"iA": 1, b"iK": 1, b"id": 2, b"iz": 10, b"iS": 0}


class RasterJob(Job):
    def image(self) -> Image.Image:
        return raster_image(self.data)


def raster_image(rows: bytes) -> Image.Image:
    """The label a QL would print from its rows (90 bytes each, as received), as an image."""
    count = len(rows) // (PINS // 8)
    frame = Image.frombytes("1", (PINS, count), rows)
    # the head's first pin is the label's right edge, and 1 = a dot: turn both back
    pins = ImageOps.mirror(ImageOps.invert(frame.convert("L")))
    left = PINS - PRINTABLE - RIGHT
    return pins.crop((left, 0, left + PRINTABLE, count)).convert("1")


BROTHER_STATUS_OID = "1.3.6.1.4.1.2435.3.3.9.1.6.1.0"
"""Brother's private object: the same 32-byte status ``ESC i S`` gives on USB."""
MARKER_LIFE_COUNT_OID = "1.3.6.1.2.1.43.10.2.1.4.1.1"
"""Printer MIB (RFC 3805) prtMarkerLifeCount: what the printer has printed, ever."""


@dataclass
class FakeBrotherQL(FakeTcpPrinter):
    """A networked QL as Brother's are: status over SNMP (:attr:`snmp_port`, community
    "public"), nothing back on TCP 9100; through :meth:`attach` (USB) it answers ``ESC i S``
    and says "printing completed" on the link, as a QL on USB does."""

    status: Status = "ok"
    print_s: float = 0.2
    snmp_port: int = 0
    life_count: int = 1200

    def __post_init__(self) -> None:
        super().__post_init__()
        self._rows: dict[int, list[bytes]] = {}
        """Each connection's rows of the page being received."""
        self.snmp: FakeSnmpAgent | None = None

    def start(self) -> Self:
        super().start()
        self.snmp = FakeSnmpAgent(
            {
                BROTHER_STATUS_OID: self._snmp_status,
                MARKER_LIFE_COUNT_OID: lambda: self.life_count + len(self.printed),
            },
            host=self.host,
            port=self.snmp_port,
            answering=lambda: self.status != "silent",
        ).start()
        self.snmp_port = self.snmp.port
        return self

    def stop(self) -> None:
        if self.snmp is not None:
            self.snmp.stop()
            self.snmp = None
        super().stop()

    def _snmp_status(self) -> bytes:
        with self._lock:
            busy = any(job.printed_at is None for job in self.received)
        return self.status_bytes(phase=0x01 if busy else 0x00)

    def ready(self) -> bool:
        return self.status in ("ok", "silent")

    def status_bytes(self, status_type: int = 0x00, phase: int = 0x00) -> bytes:
        first = 0x01 if self.status == "no_media" else 0x00
        second = 0x10 if self.status == "cover_open" else 0x00
        width = 29 if self.status == "wrong_roll" else 62
        media = 0x00 if self.status == "no_media" else 0x0A
        answer = bytearray(32)
        answer[0:8] = b"\x80\x20\x42\x34\x38\x30\x00\x00"  # QL-820NWB
        answer[8], answer[9], answer[10], answer[11] = first, second, width, media
        answer[18], answer[19] = status_type, phase
        return bytes(answer)

    def _say(self, conn: Any, answer: bytes) -> None:  # a socket, or a device link (_FdLink)
        if conn is None or self.status == "silent":
            return
        if isinstance(conn, socket.socket):
            return  # a networked QL says nothing back on TCP 9100: its status is SNMP's
        with contextlib.suppress(OSError):
            conn.sendall(answer)

    def _take(self, conn: socket.socket, buffer: bytes) -> bytes:
        """Parse commands off ``buffer``; rows go to the connection's page, a print command
        makes it a job. Returns an incomplete command's bytes, for the next read."""
        rows = self._rows.setdefault(id(conn), [])
        index = 0
        while index < len(buffer):
            byte = buffer[index : index + 1]
            if byte == b"\x1b":
                command = buffer[index + 1 : index + 3]
                key = command[:1] if command[:1] == b"@" else command
                if len(key) < 1 or (key != b"@" and len(key) < 2):
                    return buffer[index:]
                length = _FIXED.get(key)
                if length is None:
                    index += 2  # not one this fake knows: skip ESC and its letter
                    continue
                end = index + 1 + len(key) + length
                if end > len(buffer):
                    return buffer[index:]
                if key == b"iS":
                    self.status_asks += 1
                    self._say(conn, self.status_bytes())
                index = end
            elif byte == b"M":
                if index + 2 > len(buffer):
                    return buffer[index:]
                index += 2
            elif byte == b"g":
                if index + 3 > len(buffer) or index + 3 + buffer[index + 2] > len(buffer):
                    return buffer[index:]
                size = buffer[index + 2]
                rows.append(buffer[index + 3 : index + 3 + size].ljust(PINS // 8, b"\x00"))
                index += 3 + size
            elif byte == b"Z":
                rows.append(b"\x00" * (PINS // 8))
                index += 1
            elif byte in (b"\x1a", b"\x0c"):
                job = RasterJob(b"".join(rows), time.monotonic(), conn=conn)
                rows.clear()
                with self._lock:
                    self.received.append(job)
                if not self.ready():
                    self._say(conn, self.status_bytes(status_type=0x02))
                index += 1
            else:
                index += 1  # NULs (invalidate) and what this fake does not know
        return b""

    def _done(self, job: Job) -> None:
        self._say(job.conn, self.status_bytes(status_type=0x01))
