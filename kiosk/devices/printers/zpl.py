"""ZPL, the language of Zebra printers: a label as one graphic field, and the host status.

A label is sent as the layout's own dots (``^GFA`` with the Z64 encoding: the rows deflated and
base64'd, with the CRC the printer checks; as many fields as keep each within 99,999 bytes), not
as ZPL's native barcode commands: the dots were
decoded back before they left, and the printer has nothing left to lay out. Written here rather
than taken from a library (zebrafy does the same but brings a PDF engine with it): the format is
twenty lines, documented in Zebra's ZPL manual under ``^GF``, and the fake printer in the
sandbox reads it back with its own code.

``~HS`` (host status) answers three lines, each between STX and ETX:

1. ``aaa,b,c,dddd,eee,f,g,h,iii,j,k,l``: b paper out, c paused, dddd label length,
   eee formats in the receive buffer, f buffer full, ...
2. ``mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www``: o head up (open), p ribbon out, ...,
   uuuuuuuu labels remaining in the batch, ...
3. ``xxxx,y``: password, static RAM.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass

from PIL import Image

from kiosk.checkin.i18n import tr
from kiosk.devices.printers.codes import DrawnCode

STX, ETX = b"\x02", b"\x03"
HOST_STATUS = b"~HS"
ERROR_STATUS = b"~HQES"
"""Host query, error status: answered even in the states where ``~HS`` is not (media out,
ribbon out, head open, rewinder full, head over-temperature)."""
HOST_IDENTIFICATION = b"~HI"
"""The model, firmware, dots per millimetre and memory."""


MAX_GRAPHIC_BYTES = 99_999
"""The most a ``^GF`` field may hold: its byte and field counts are 1 to 99,999 (ZPL II
Programming Guide, ``^GF``); a printer clamps a larger value and the image breaks."""


def graphic_label(image: Image.Image, *, copies: int = 1) -> bytes:
    """One label: ``image`` (mode "1", black = print) as ``^GFA`` Z64 graphics, stacked from
    the origin, each field at most :data:`MAX_GRAPHIC_BYTES` of dots (a 300 dpi wristband is
    about 114,000: two fields)."""
    source = image.convert("1")
    width_bytes = (source.width + 7) // 8
    # Rows padded to whole bytes with white first: PIL pads with 0 (black), which inverted
    # would print a stripe along the band's edge.
    bits = Image.new("1", (width_bytes * 8, source.height), 1)
    bits.paste(source, (0, 0))
    # PIL's "1" rows are packed MSB first with 1 = white; ZPL's 1 = a dot: invert.
    raw = bytes(byte ^ 0xFF for byte in bits.tobytes())
    rows_per_field = MAX_GRAPHIC_BYTES // width_bytes
    fields = []
    for top in range(0, bits.height, rows_per_field):
        rows = raw[top * width_bytes : (top + rows_per_field) * width_bytes]
        fields.append(b"^FO0,%d" % top + _graphic_field(rows, width_bytes) + b"^FS")
    head = b"^XA^LH0,0^PW%d^LL%d^PQ%d" % (bits.width, bits.height, copies)
    return head + b"".join(fields) + b"^XZ"


def native_label(image: Image.Image, code: DrawnCode, payload: str, *, copies: int = 1) -> bytes:
    """The label with its code drawn by the printer (``^BC`` Code 128, ``^B3`` Code 39, ``^BQ``
    QR) at the place and module width the layout chose, the rest as graphics: the printer lays
    its own bars down, dot for dot, and the job is smaller. ``image`` is the whole label as
    :func:`layout.render` drew it (its code proven to read back); the code's box is cleared."""
    if code.box is None:
        raise ValueError("the code's place on the label is not known")
    x, y, width, height = code.box
    without = image.convert("1").copy()
    without.paste(1, (x, y, x + width, y + height))
    quiet, module = code.quiet_dots, code.module_dots
    data = b"^FH\\^FD" + _field_data(payload) + b"^FS"
    if code.symbology == "qr":
        # ^BQ: model 2, magnification = the module in dots; M error correction, automatic input
        symbol = b"^FO%d,%d^BQN,2,%d" % (x + quiet, y + quiet, module)
        data = b"^FH\\^FDMA," + _field_data(payload) + b"^FS"
    else:
        if code.turned:  # read bottom to top: the bars' length runs across the label
            at, bar_height, orientation = (x, y + quiet), width, b"B"
        else:
            at, bar_height, orientation = (x + quiet, y), height, b"N"
        kind = b"^BC%s,%d,N,N,N,A" if code.symbology == "code128" else b"^B3%s,N,%d,N,N"
        symbol = b"^FO%d,%d^BY%d,3" % (*at, module) + kind % (orientation, bar_height)
    graphic = graphic_label(without, copies=copies)
    return graphic.replace(b"^XA", b"^XA^CI28", 1).removesuffix(b"^XZ") + symbol + data + b"^XZ"


def _field_data(payload: str) -> bytes:
    """``payload`` as ``^FD`` data (UTF-8, ``^CI28``), with the characters ZPL reads as commands
    (``^``, ``~``) and the escape itself written in hex after ``^FH\\``."""
    out = bytearray()
    for byte in payload.encode("utf-8"):
        out += b"\\%02X" % byte if byte in b"^~\\" else bytes([byte])
    return bytes(out)


def _graphic_field(raw: bytes, width_bytes: int) -> bytes:
    """``^GFA`` with the Z64 encoding: the dots deflated and base64'd, and the CRC the printer
    checks; the byte and field counts are those of the dots before compression."""
    total = len(raw)
    packed = base64.b64encode(zlib.compress(raw, 9))
    crc = binascii.crc_hqx(packed, 0)
    return b"^GFA,%d,%d,%d,:Z64:%s:%04X" % (total, total, width_bytes, packed, crc)


@dataclass(frozen=True)
class HostStatus:
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    formats_waiting: int = 0
    labels_remaining: int = 0
    raw: str = ""
    errors: ErrorStatus | None = None
    """Set when this came from ``~HQES`` (the printer did not answer ``~HS``): its words are
    the ones to say."""

    @property
    def ready(self) -> bool:
        stopped = self.errors is not None and not self.errors.ready
        return not (
            self.paper_out
            or self.paused
            or self.head_open
            or self.ribbon_out
            or self.buffer_full
            or stopped
        )

    @property
    def problems(self) -> frozenset[str]:
        """What stops it, as the fleet's codes (the desk's words are :meth:`words`)."""
        found = {
            code
            for flag, code in (
                (self.paper_out, "out_of_bands"),
                (self.head_open, "head_open"),
                (self.ribbon_out, "ribbon_out"),
                (self.paused, "paused"),
                (self.buffer_full, "memory_full"),
            )
            if flag
        }
        if self.errors is not None and not self.errors.ready and not found:
            found.add("error")
        return frozenset(found)

    @property
    def idle(self) -> bool:
        """Nothing waiting or printing: the last job has come out."""
        return self.formats_waiting == 0 and self.labels_remaining == 0

    def words(self) -> str:
        """What stops it, in the desk's words ("out of paper and paused"), or "ready"."""
        if self.errors is not None:
            return self.errors.words()
        problems = [
            text
            for flag, text in (
                (self.paper_out, tr("it is out of wristbands or labels: load a roll")),
                (self.head_open, tr("its print head is open: close it")),
                (self.ribbon_out, tr("it is out of ribbon")),
                (self.paused, tr("it is paused (press its pause button)")),
                (self.buffer_full, tr("its memory is full")),
            )
            if flag
        ]
        return "; ".join(problems) if problems else tr("ready")


class BadStatus(ValueError):
    """The answer to ``~HS`` was not three status lines."""


def parse_host_status(answer: bytes) -> HostStatus:
    lines = []
    for chunk in answer.split(STX)[1:]:
        line, _, _ = chunk.partition(ETX)
        lines.append(line.decode("ascii", "replace").strip())
    if len(lines) < 2:
        raise BadStatus(f"expected three status lines, got {answer[:80]!r}")
    first, second = lines[0].split(","), lines[1].split(",")
    if len(first) < 6 or len(second) < 9:
        raise BadStatus(f"short status lines {lines[:2]!r}")

    def flag(fields: list[str], index: int) -> bool:
        return fields[index].strip() == "1"

    def number(fields: list[str], index: int) -> int:
        try:
            return int(fields[index])
        except ValueError:
            return 0

    return HostStatus(
        paper_out=flag(first, 1),
        paused=flag(first, 2),
        formats_waiting=number(first, 4),
        buffer_full=flag(first, 5),
        head_open=flag(second, 2),
        ribbon_out=flag(second, 3),
        labels_remaining=number(second, 8),
        raw=" | ".join(lines),
    )


def answer_complete(answer: bytes) -> bool:
    return answer.count(ETX) >= 3


# ---------------------------------------------------------------------- ~HQES and ~HI

_ERROR_FLAGS: tuple[tuple[int, str], ...] = (
    (0x1, "paper_out"),
    (0x2, "ribbon_out"),
    (0x4, "head_open"),
    (0x8, "cutter_fault"),
    (0x10, "head_hot"),
    (0x20, "motor_hot"),
)
"""``~HQES`` error flags, group 1 (the guide's table), that a desk can name; any other set bit
is "an error the printer shows on its display"."""


@dataclass(frozen=True)
class ErrorStatus:
    """The answer to ``~HQES``: which errors are set (group 1's flags)."""

    flags: int = 0
    raw: str = ""

    @property
    def ready(self) -> bool:
        return self.flags == 0

    def words(self) -> str:
        named = {name for bit, name in _ERROR_FLAGS if self.flags & bit}
        problems = [
            text
            for name, text in (
                ("paper_out", tr("it is out of wristbands or labels: load a roll")),
                ("head_open", tr("its print head is open: close it")),
                ("ribbon_out", tr("it is out of ribbon")),
                ("cutter_fault", tr("its cutter is stuck")),
                ("head_hot", tr("its print head is too hot: let it cool")),
                ("motor_hot", tr("its motor is too hot: let it cool")),
            )
            if name in named
        ]
        known = 0
        for bit, _ in _ERROR_FLAGS:
            known |= bit
        if self.flags & ~known:
            problems.append(tr("it shows an error on its display"))
        return "; ".join(problems) if problems else tr("ready")

    def as_host_status(self) -> HostStatus:
        """What ``~HS`` would have said, for the code that reads the one kind of answer."""
        named = {name for bit, name in _ERROR_FLAGS if self.flags & bit}
        return HostStatus(
            paper_out="paper_out" in named,
            head_open="head_open" in named,
            ribbon_out="ribbon_out" in named,
            raw=self.raw,
            errors=self,
        )


def error_answer_complete(answer: bytes) -> bool:
    return b"WARNINGS" in answer and answer.rfind(ETX) > answer.find(b"WARNINGS")


def parse_error_status(answer: bytes) -> ErrorStatus:
    """``~HQES``'s answer: a block between STX and ETX whose ``ERRORS:`` line is
    ``a bbbbbbbb cccccccc`` (a: any error; c: group 1's flags in hex)."""
    text = answer.decode("ascii", "replace")
    for line in text.splitlines():
        name, _, values = line.strip(" \t\x02\x03").partition(":")
        if name.strip().upper() == "ERRORS":
            fields = values.split()
            if len(fields) == 3 and fields[0] in ("0", "1"):
                try:
                    flags = int(fields[2], 16)
                except ValueError:
                    break
                return ErrorStatus(flags if fields[0] == "1" else 0, line.strip())
    raise BadStatus(f"no ERRORS line in {answer[:120]!r}")


DOTS_PER_MM_TO_DPI = {6: 152, 8: 203, 12: 300, 24: 600}


@dataclass(frozen=True)
class Identity:
    """The answer to ``~HI``: ``model,firmware,dots per mm,memory[,options]``."""

    model: str
    firmware: str
    dpi: int | None


def parse_identification(answer: bytes) -> Identity:
    line = answer.split(STX, 1)[-1].partition(ETX)[0].decode("ascii", "replace").strip()
    fields = [field.strip() for field in line.split(",")]
    if len(fields) < 3 or not fields[0]:
        raise BadStatus(f"not a ~HI answer: {answer[:80]!r}")
    try:
        dpi = DOTS_PER_MM_TO_DPI.get(int(fields[2]))
    except ValueError:
        dpi = None
    return Identity(fields[0], fields[1], dpi)
