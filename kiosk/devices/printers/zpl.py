"""ZPL, the language of Zebra printers: a label as one graphic field, and the host status.

A label is sent as the layout's own dots (``^GFA`` with the Z64 encoding: the rows deflated and
base64'd, with the CRC the printer checks), not as ZPL's native barcode commands: the dots were
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

STX, ETX = b"\x02", b"\x03"
HOST_STATUS = b"~HS"


def graphic_label(image: Image.Image, *, copies: int = 1) -> bytes:
    """One label: ``image`` (mode "1", black = print) as a ``^GFA`` Z64 graphic at the origin."""
    source = image.convert("1")
    width_bytes = (source.width + 7) // 8
    # Rows padded to whole bytes with white first: PIL pads with 0 (black), which inverted
    # would print a stripe along the band's edge.
    bits = Image.new("1", (width_bytes * 8, source.height), 1)
    bits.paste(source, (0, 0))
    # PIL's "1" rows are packed MSB first with 1 = white; ZPL's 1 = a dot: invert.
    raw = bytes(byte ^ 0xFF for byte in bits.tobytes())
    total = len(raw)
    packed = base64.b64encode(zlib.compress(raw, 9))
    crc = binascii.crc_hqx(packed, 0)
    field = b"^GFA,%d,%d,%d,:Z64:%s:%04X" % (total, total, width_bytes, packed, crc)
    return b"^XA^LH0,0^PW%d^LL%d^PQ%d^FO0,0" % (bits.width, bits.height, copies) + field + b"^FS^XZ"


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

    @property
    def ready(self) -> bool:
        return not (
            self.paper_out or self.paused or self.head_open or self.ribbon_out or self.buffer_full
        )

    @property
    def idle(self) -> bool:
        """Nothing waiting or printing: the last job has come out."""
        return self.formats_waiting == 0 and self.labels_remaining == 0

    def words(self) -> str:
        """What stops it, in the desk's words ("out of paper and paused"), or "ready"."""
        problems = [
            text
            for flag, text in (
                (self.paper_out, tr("it is out of wristbands or labels")),
                (self.head_open, tr("its print head is open")),
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
