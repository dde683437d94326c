"""When a camera read may become a scan. A wrong read is worse than none: it opens the wrong
guest, or tells a member at the door that their band is not recognised.

A read is trusted alone when its symbology corrects errors (QR, Data Matrix, Aztec, PDF417), or
when it is checksummed (Code 128, Code 93) and came from the plain pass over the whole frame.
Anything else (a weak symbology such as Code 39, EAN/UPC or ITF; or a read from a crop, an
altered copy, or another library) becomes a scan only once it is *confirmed*: the same text
and symbology seen again within ``window_s``, from another frame or by another library. A
misread caused by noise does not repeat; a code held up to the camera does.

Payload rules (length, characters, the site's code pattern) are applied before any of this: a
read that could never be a code is dropped without a word (a camera is not a person who meant
it, so it gets no "that didn't scan properly").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from kiosk.scan.decoders import Decoded
from kiosk.scan.payload import InvalidPayload, PayloadRules, normalise_payload
from kiosk.scan.symbologies import trust_class

CONFIRM_WINDOW_S = 1.5


def trusted_alone(read: Decoded) -> bool:
    kind = trust_class(read.format)
    return kind == "error-corrected" or (kind == "checksummed" and read.whole_frame)


@dataclass
class _Sighting:
    at: float
    frame: int
    families: set[str]


class Confirmer:
    """Turns the reads of successive frames into trustworthy codes (one per read that counts)."""

    def __init__(
        self,
        symbologies: tuple[str, ...] | frozenset[str],
        rules: PayloadRules | None = None,
        *,
        window_s: float = CONFIRM_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._symbologies = frozenset(symbologies)
        self._rules = rules or PayloadRules()
        self._window_s = window_s
        self._clock = clock
        self._seen: dict[tuple[str, str], _Sighting] = {}
        self._frame = 0
        self.ignored = 0
        """Reads dropped: a symbology the site does not use, or a payload no code can have."""

    def accept(self, reads: list[Decoded]) -> list[Decoded]:
        """The reads of one frame -> those that may become scans (``confirmed`` set)."""
        self._frame += 1
        now = self._clock()
        for key in [k for k, s in self._seen.items() if now - s.at > self._window_s]:
            del self._seen[key]
        accepted: list[Decoded] = []
        for read in reads:
            if read.format not in self._symbologies:
                self.ignored += 1
                continue
            try:
                text = normalise_payload(read.text, self._rules)
            except InvalidPayload:
                self.ignored += 1
                continue
            read = replace(read, text=text)
            if trusted_alone(read):
                accepted.append(replace(read, confirmed=True))
                continue
            key = (read.text, read.format)
            sighting = self._seen.get(key)
            if sighting is not None and (
                sighting.frame != self._frame or read.family not in sighting.families
            ):
                del self._seen[key]
                accepted.append(replace(read, confirmed=True))
            elif sighting is not None:
                sighting.families.add(read.family)
            else:
                self._seen[key] = _Sighting(now, self._frame, {read.family})
        return accepted


def confirmed_on_one_image(reads: list[Decoded]) -> list[Decoded]:
    """A still has no second frame: a read is confirmed if trusted alone, or if another
    library read the same text and symbology on it."""
    families: dict[tuple[str, str], set[str]] = {}
    for read in reads:
        families.setdefault((read.text, read.format), set()).add(read.family)
    return [
        replace(read, confirmed=trusted_alone(read) or len(families[(read.text, read.format)]) > 1)
        for read in reads
    ]
