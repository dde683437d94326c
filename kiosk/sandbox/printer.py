"""A fake Zebra printer on loopback, for tests and the demo: it speaks enough ZPL over raw TCP
(port 9100 on a real one) to be printed on, and can be told to fail like a real one does.

- ``~HS`` is answered with three status lines built from :attr:`FakeZebra.status`: ``ok``,
  ``paused``; not at all in ``paper_out``, ``head_open`` and ``ribbon_out`` (as the programming
  guide says), where ``~HQES`` says which error; ``silent`` answers nothing (it takes
  connections and never answers). ``~HI`` gives the model and dots per mm.
  :meth:`FakeZebra.refuse` closes the port (connection refused).
- A format (``^XA`` ... ``^XZ``) is taken into the buffer and "printed" after ``print_s`` while
  the printer is ok: a printer out of paper keeps it waiting, as a real one does.
- Printed labels are kept (:attr:`FakeZebra.printed`) and their ``^GFA`` graphic is drawn back to
  an image by this module's own reader (:func:`graphic_image`), not the client's code: two sides of
  one contract catch each other's mistakes.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import re
import select
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Self

from PIL import Image

log = logging.getLogger(__name__)

Status = Literal["ok", "paper_out", "head_open", "ribbon_out", "paused", "silent"]
_GF = re.compile(rb"\^GFA,(\d+),(\d+),(\d+),(.*?)\^FS", re.S)
_PLACED_GF = re.compile(rb"\^FO(\d+),(\d+)(\^GFA,.*?\^FS)", re.S)
_QUERY = re.compile(rb"~HQES|~HS|~HI")
MAX_GRAPHIC_BYTES = 99_999
"""The guide's limit on a ``^GF`` field's byte count (1 to 99,999)."""


@dataclass
class Job:
    data: bytes
    received_at: float
    printed_at: float | None = None
    conn: socket.socket | None = field(default=None, repr=False, compare=False)
    """The connection it came on (a Brother says "printing completed" on it)."""

    @property
    def zpl(self) -> bytes:
        return self.data

    def image(self) -> Image.Image:
        return graphic_image(self.data)


class UnreadableGraphic(ValueError):
    """The job's ``^GFA`` field is not one this fake printer can draw (or its CRC is wrong)."""


def graphic_image(zpl: bytes) -> Image.Image:
    """A format's ``^GFA`` graphics drawn where its ``^FO`` puts them, on a label of its
    ``^PW`` by ``^LL`` dots (white, black dots), as a printer lays them down."""
    fields = [(int(m[1]), int(m[2]), _field_image(m[3])) for m in _PLACED_GF.finditer(zpl)]
    if not fields:
        raise UnreadableGraphic("no ^GFA field")
    width = _number_after(zpl, rb"\^PW(\d+)") or max(x + img.width for x, _, img in fields)
    height = _number_after(zpl, rb"\^LL(\d+)") or max(y + img.height for _, y, img in fields)
    width = max(width, max(x + img.width for x, _, img in fields))  # padding bits past ^PW
    label = Image.new("1", (width, height), 1)
    for x, y, image in fields:
        label.paste(image, (x, y))
    return label


def graphic_field_sizes(zpl: bytes) -> list[int]:
    """Each ``^GF`` field's byte count, as the format says it."""
    return [int(m[2]) for m in _GF.finditer(zpl)]


def _number_after(zpl: bytes, pattern: bytes) -> int | None:
    match = re.search(pattern, zpl)
    return int(match[1]) if match else None


def _field_image(field: bytes) -> Image.Image:
    match = _GF.match(field)
    if match is None:
        raise UnreadableGraphic("not a ^GFA field")
    total, row_bytes, data = int(match[1]), int(match[3]), match[4].strip()
    if data.startswith(b":Z64:"):
        body, _, crc = data[5:].rpartition(b":")
        if int(crc, 16) != binascii.crc_hqx(body, 0):
            raise UnreadableGraphic("Z64 CRC mismatch")
        raw = zlib.decompress(base64.b64decode(body))
    elif data.startswith(b":B64:"):
        body, _, _ = data[5:].rpartition(b":")
        raw = base64.b64decode(body)
    else:
        raw = bytes.fromhex(re.sub(rb"\s", b"", data).decode())
    if len(raw) != total:
        raise UnreadableGraphic(f"{len(raw)} bytes, the field says {total}")
    rows = total // row_bytes
    # ZPL: 1 = a dot (black); PIL "1": 1 = white.
    return Image.frombytes("1", (row_bytes * 8, rows), bytes(b ^ 0xFF for b in raw))


class _FdLink:
    """A device's far end, answered through the same calls as a socket."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def sendall(self, data: bytes) -> None:
        os.write(self.fd, data)


@dataclass
class FakeTcpPrinter:
    """What every fake printer shares: a port on loopback, a connection each, a buffer of
    jobs "printed" one at a time after ``print_s`` while :meth:`ready`."""

    host: str = "127.0.0.1"
    port: int = 0
    print_s: float = 0.3
    """How long one label takes to come out."""
    save_to: Path | None = None
    """Printed labels are also written here as PNGs (the demo shows where)."""
    received: list[Job] = field(default_factory=list)
    printed: list[Job] = field(default_factory=list)
    status_asks: int = 0

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []

    # ------------------------------------------------------------------ life

    def start(self) -> Self:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, self.port))
        listener.listen(8)
        listener.settimeout(0.1)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop.clear()
        for target in (self._accept, self._print):
            thread = threading.Thread(
                target=target, name=f"fake-printer-{target.__name__}", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def refuse(self) -> None:
        """Close the port: the next connection is refused (a printer switched off)."""
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._connections.clear()
        for thread in self._threads:
            thread.join(timeout=2)
        self._threads.clear()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    # ------------------------------------------------------------------ the printer

    def _accept(self) -> None:
        while not self._stop.is_set():
            listener = self._listener
            if listener is None:
                return
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self._connections.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        conn.settimeout(0.2)
        with conn:
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                buffer = self._take(conn, buffer)

    def attach(self, fd: int) -> None:
        """Also serve the far end of a device (a pty's master, standing in for a USB printer's
        /dev/usb/lp0): what the kiosk writes to the device comes here, the answers go back."""
        thread = threading.Thread(target=self._serve_fd, args=(fd,), daemon=True)
        thread.start()
        self._threads.append(thread)

    def _serve_fd(self, fd: int) -> None:
        link = _FdLink(fd)
        buffer = b""
        while not self._stop.is_set():
            readable, _, _ = select.select([fd], [], [], 0.1)
            if not readable:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            buffer = self._take(link, buffer + chunk)  # type: ignore[arg-type]

    def _take(self, conn: socket.socket, buffer: bytes) -> bytes:
        """Answer what asks for an answer, keep each whole job; return what is left over."""
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    def _done(self, job: Job) -> None:
        """A job came out (a Brother says so on its connection)."""

    def _print(self) -> None:
        started: float | None = None
        while not self._stop.is_set():
            time.sleep(0.02)
            with self._lock:
                waiting = [job for job in self.received if job.printed_at is None]
            if not waiting or not self.ready():
                started = None
                continue
            now = time.monotonic()
            started = started or now
            if now - started >= self.print_s:
                job = waiting[0]
                job.printed_at = now
                with self._lock:
                    self.printed.append(job)
                started = None
                self._done(job)
                self._save(job, len(self.printed))

    def _save(self, job: Job, number: int) -> None:
        if self.save_to is None:
            return
        try:
            self.save_to.mkdir(parents=True, exist_ok=True)
            path = self.save_to / f"band-{number}.png"
            job.image().save(path)
            log.info("the demo printer printed %s", path)
        except (OSError, UnreadableGraphic) as exc:
            log.warning("the demo printer could not save a label: %s", exc)

    def wait_printed(self, count: int, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.printed) >= count:
                return True
            time.sleep(0.02)
        return False


@dataclass
class FakeZebra(FakeTcpPrinter):
    """A Zebra as its programming guide says it behaves: ``~HS`` answered from :attr:`status`
    but **not at all** while out of media or ribbon or with the head open; ``~HQES`` (error
    flags) answered in every state; ``~HI`` with its model and dots per millimetre; a format
    with a ``^GF`` field over 99,999 bytes refused (kept in :attr:`refused`, never printed)."""

    status: Status = "ok"
    dpi: int = 203
    model: str = "ZD421"
    refused: list[Job] = field(default_factory=list)
    asked: list[bytes] = field(default_factory=list)
    """Every query, in order (``~HS``, ``~HQES``, ``~HI``)."""

    def ready(self) -> bool:
        return self.status == "ok"

    def host_status(self) -> bytes:
        with self._lock:
            waiting = sum(1 for job in self.received if job.printed_at is None)
        paper_out = int(self.status == "paper_out")
        paused = int(self.status == "paused")
        head_up = int(self.status == "head_open")
        ribbon_out = int(self.status == "ribbon_out")
        first = f"030,{paper_out},{paused},2030,{waiting:03d},0,0,0,000,0,0,0"
        second = f"001,0,{head_up},{ribbon_out},0,2,4,0,{waiting:08d},1,000"
        return b"".join(b"\x02" + line.encode() + b"\x03\r\n" for line in (first, second, "1234,0"))

    def error_status(self) -> bytes:
        flags = {"paper_out": 0x1, "ribbon_out": 0x2, "head_open": 0x4}.get(self.status, 0)
        lines = (
            "",
            "  PRINTER STATUS",
            f"   ERRORS:         {int(bool(flags))} 00000000 {flags:08X}",
            "   WARNINGS:       0 00000000 00000000",
        )
        return b"\x02" + "\r\n".join(lines).encode() + b"\r\n\x03\r\n"

    def identification(self) -> bytes:
        dots_per_mm = {152: 6, 203: 8, 300: 12, 600: 24}[self.dpi]
        return b"\x02%s,V84.20.18Z,%d,8176KB\x03\r\n" % (self.model.encode(), dots_per_mm)

    def _answer(self, command: bytes) -> bytes | None:
        """What the printer sends back for ``command`` now, or None (silent)."""
        if self.status == "silent":
            return None
        if command == b"~HS":
            silent_in = ("paper_out", "head_open", "ribbon_out")  # the guide's list
            return None if self.status in silent_in else self.host_status()
        if command == b"~HQES":
            return self.error_status()
        return self.identification()

    def _take(self, conn: socket.socket, buffer: bytes) -> bytes:
        """Answer each query and keep each whole format; return what is left over."""
        while True:
            query = _QUERY.search(buffer)
            format_at = buffer.find(b"^XA")
            if query is not None and (format_at < 0 or query.start() < format_at):
                command = query[0]
                buffer = buffer[query.end() :]
                self.asked.append(command)
                if command == b"~HS":
                    self.status_asks += 1
                answer = self._answer(command)
                if answer is not None:
                    try:
                        conn.sendall(answer)
                    except OSError:
                        return b""
                continue
            if format_at >= 0:
                end = buffer.find(b"^XZ", format_at)
                if end < 0:
                    return buffer
                job = Job(buffer[format_at : end + 3], time.monotonic(), conn=conn)
                with self._lock:
                    oversized = any(n > MAX_GRAPHIC_BYTES for n in graphic_field_sizes(job.data))
                    (self.refused if oversized else self.received).append(job)
                buffer = buffer[end + 3 :]
                continue
            tail = buffer[-4:]  # a query or ^XA cut by the connection: kept for the rest
            cut = max(tail.rfind(b"~"), tail.rfind(b"^"))
            return tail[cut:] if cut >= 0 else b""
