"""The camera's decoding pipeline: the site's symbologies only, within a time budget per frame.

Every frame gets the cheap pass: zxing-cpp over a half-size grey copy of the whole frame
(2-4 ms at 1280x720; a larger frame is shrunk to the same width, ``WORKING_WIDTH``), which
reads most codes a guest holds up. While it reads nothing, one
frame in ``DEEP_EVERY`` searches deep: a cheap finder (``kiosk.scan.regions``, about a
millisecond) asks whether anything barcode-like is in view, zxing reads the straightened crops
of those regions (codes at any angle, small codes at full resolution), and then the slower
passes take turns, in the order they paid off on the project's corpora (benchmarks/decode.py),
while the frame is within its budget, none started that would overrun it by its recent cost. A
camera sees the same code in many frames, so a pass need not run on every one, and the frames
in between cost one pass: the median frame stays cheap (a phone's screen is full of edges, and
searching every frame deep took the median to 11 ms on the phone corpus), the deep ones within
the budget.

A pass that read something keeps its turn, and is tried first on the next frame (the code in
view is most likely the same; its read may need a second sighting before it is trusted, and it
gets it for the cost of one pass).

Reads are returned with the pass that made them; whether a read may become a scan is decided
by ``kiosk.scan.trust``. ``run_all`` runs every pass on one image (``kiosk decode``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from kiosk.scan.decoders import (
    Decoded,
    DecoderUnavailable,
    Image,
    PyzbarDecoder,
    ZxingDecoder,
    to_gray,
    unique,
)
from kiosk.scan.regions import (
    Region,
    cut_out,
    enhance,
    find_regions,
    flatten,
    smooth,
    upright_box,
)
from kiosk.scan.symbologies import DEFAULT_SYMBOLOGIES

log = logging.getLogger(__name__)

DEFAULT_BUDGET_MS = 22.0
"""A deep frame starts no slow pass past this (``[scanning] camera_budget_ms``)."""
OVERRUN = 1.25
"""Nor one whose recent cost would take the frame past this share of the budget."""
DEEP_EVERY = 3
"""One frame in this many searches deep (regions and slow passes) while nothing is read."""


WORKING_WIDTH = 640
"""The cheap pass's copy of the frame is this wide: half of a 1280x720 frame. A larger frame
(a camera asked for 1920x1080) is shrunk further, so its cheap frames cost what a 720p one's
do, and a code that fills the view comes out as large as at 720p (zxing-cpp missed a phone's
Aztec code of 15-20 px modules at half of 1080p that it read at a third)."""


@dataclass
class View:
    """One frame and what passes share of it, each made at most once."""

    frame: Image
    _gray: Image | None = None
    _half: Image | None = None
    _small: Image | None = None
    _quads: list[npt.NDArray[np.float32]] | None = None
    _regions: list[Region] | None = None
    _boxes: list[Region] | None = None

    @property
    def gray(self) -> Image:
        if self._gray is None:
            self._gray = to_gray(self.frame)
        return self._gray

    @property
    def half(self) -> Image:
        if self._half is None:
            self._half = cv2.resize(self.gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)  # type: ignore[assignment]
        assert self._half is not None
        return self._half

    @property
    def small_scale(self) -> float:
        """The working copy's size to the frame's (0.5 for 1280x720; less for larger)."""
        return min(0.5, WORKING_WIDTH / int(self.gray.shape[1]))

    @property
    def small(self) -> Image:
        """The cheap pass's copy: the half-size one, or smaller for a large frame."""
        if self._small is None:
            scale = self.small_scale
            if scale == 0.5:
                self._small = self.half
            else:
                self._small = cv2.resize(  # type: ignore[assignment]
                    self.gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA
                )
        assert self._small is not None
        return self._small

    @property
    def quads(self) -> list[npt.NDArray[np.float32]]:
        if self._quads is None:
            self._quads = find_regions(self.half)
        return self._quads

    @property
    def regions(self) -> list[Region]:
        """The candidate regions, straightened (long side horizontal)."""
        if self._regions is None:
            cut = (cut_out(self.gray, quad) for quad in self.quads)
            self._regions = [region for region in cut if region is not None]
        return self._regions

    @property
    def boxes(self) -> list[Region]:
        """The candidate regions' upright boxes at full resolution, not resampled."""
        if self._boxes is None:
            cut = (upright_box(self.gray, quad) for quad in self.quads)
            self._boxes = [box for box in cut if box is not None]
        return self._boxes


MIN_SIDE_PX = 16
"""A frame narrower or lower than this holds no readable code (and OpenCV refuses to halve a
1-pixel image)."""


def too_small(frame: Image) -> bool:
    return frame.ndim < 2 or min(frame.shape[:2]) < MIN_SIDE_PX


def _regions_of(view: View) -> list[Region]:
    """The frame's candidate regions; none where finding them fails (a frame must never stop
    the camera)."""
    try:
        return view.regions
    except Exception as exc:
        log.warning("finding regions failed: %s", exc)
        return []


@dataclass(frozen=True)
class Pass:
    name: str
    run: Callable[[View], list[Decoded]]


@dataclass
class FrameReads:
    reads: list[Decoded]
    ms: float
    passes: list[str] = field(default_factory=list)
    """The passes that ran on this frame, in order (diagnostics and the benchmark)."""


def _on_regions(
    decode: Callable[[Image], list[Decoded]], name: str
) -> Callable[[View], list[Decoded]]:
    def run(view: View) -> list[Decoded]:
        found: list[Decoded] = []
        for region in view.regions:
            for read in decode(region.crop):
                found.append(Decoded(read.text, read.format, name, region.corners))
        return found

    return run


class CameraChain:
    """Decodes camera frames for ``symbologies`` within ``budget_ms`` per frame."""

    def __init__(
        self,
        symbologies: Sequence[str] = DEFAULT_SYMBOLOGIES,
        *,
        budget_ms: float = DEFAULT_BUDGET_MS,
        clock: Callable[[], float] = time.perf_counter,
        code39_full_ascii: bool = False,
        deep_every: int = DEEP_EVERY,
    ) -> None:
        """``code39_full_ascii``: the site's Code 39 bands are full ASCII (``12ab``, not
        ``12+A+B``): every pass reads them so (``kiosk.scan.code39``)."""
        self.symbologies = tuple(symbologies)
        self.budget_ms = budget_ms
        self._clock = clock
        wanted = self.symbologies
        full_ascii = code39_full_ascii
        # Already half size: zxing's own downscaling would search a quarter-size copy too. Its
        # own inversion doubled the cost of every frame it could not read (median 5.9 -> 4.6 ms
        # without it on the corpus); light-on-dark codes are the inverted-crop pass's job.
        whole_half = ZxingDecoder(
            "zxing",
            symbologies=wanted,
            whole_frame=True,
            try_downscale=False,
            try_invert=False,
            code39_full_ascii=full_ascii,
        )
        whole_full = ZxingDecoder(
            "zxing-full", symbologies=wanted, whole_frame=True, code39_full_ascii=full_ascii
        )
        # crops come out level (their long side horizontal): no quarter turns to try
        crop = ZxingDecoder(
            "region",
            symbologies=wanted,
            try_rotate=False,
            try_invert=False,
            code39_full_ascii=full_ascii,
        )
        global_binarizer = ZxingDecoder(
            "region+global",
            symbologies=wanted,
            binarizer=zxingcpp.Binarizer.GlobalHistogram,
            code39_full_ascii=full_ascii,
        )

        def half_pass(view: View) -> list[Decoded]:
            back = 1 / view.small_scale
            return [
                Decoded(
                    r.text,
                    r.format,
                    r.decoder,
                    tuple((x * back, y * back) for x, y in r.corners),
                    whole_frame=True,
                )
                for r in whole_half.decode(view.small)
            ]

        # full resolution, as the sensor gave it: the frame's middle, and the regions' boxes
        # (light on dark is the inverted crops' job)
        full_res = ZxingDecoder(
            "full-res",
            symbologies=wanted,
            try_downscale=False,
            try_invert=False,
            code39_full_ascii=full_ascii,
        )

        def centre_pass(view: View) -> list[Decoded]:
            height, width = view.gray.shape[:2]
            top, left = height // 4, width // 4
            middle = view.gray[top : height - top, left : width - left]
            return [
                Decoded(
                    r.text, r.format, "centre", tuple((x + left, y + top) for x, y in r.corners)
                )
                for r in full_res.decode(middle)
            ]

        self.first = Pass("zxing", half_pass)
        self.centre = Pass("centre", centre_pass)
        self._frames = 0
        self.region = Pass("region", _on_regions(crop.decode, "region"))
        # A pass that earned nothing on the corpora (a thin averaged strip of a 1D code) was
        # dropped.

        def on_boxes(view: View) -> list[Decoded]:
            return [
                Decoded(read.text, read.format, "region+box", box.corners)
                for box in view.boxes
                for read in full_res.decode(box.crop)
            ]

        available = [
            Pass("region+box", on_boxes),
            Pass(
                "region+enhance", _on_regions(lambda c: crop.decode(enhance(c)), "region+enhance")
            ),
            # light bars on a dark band (etched silicone): zxing's own inversion misses 1D ones
            Pass("region+invert", _on_regions(lambda c: crop.decode(255 - c), "region+invert")),
            Pass("region+smooth", _on_regions(lambda c: crop.decode(smooth(c)), "region+smooth")),
            Pass(
                "region+flatten", _on_regions(lambda c: crop.decode(flatten(c)), "region+flatten")
            ),
            Pass("region+global", _on_regions(global_binarizer.decode, "region+global")),
        ]
        # zxing over the whole frame at full size: a still's last resort (``kiosk decode``),
        # not a camera's. On the corpora it made one first read in 480 clips, and with the
        # finder's tighter crops leaving it room it ran on a frame in five and took those
        # past the 33 ms budget (p95 41 -> 26 ms without it, the same reads)
        self.stills_only = [Pass("zxing-full", lambda view: whole_full.decode(view.gray))]
        try:
            zbar = PyzbarDecoder("region+pyzbar", symbologies=wanted, code39_full_ascii=full_ascii)
            if zbar.useful:
                available.append(Pass("region+pyzbar", _on_regions(zbar.decode, "region+pyzbar")))
        except DecoderUnavailable as exc:
            log.warning("%s; the camera carries on without it", exc)
        # the order they paid off on the two corpora, per ms spent (benchmarks/decode.py: first
        # reads made, median cost; the cross-binarised crops read most of a phone's 1D codes)
        order = [
            "region+global",
            "region+invert",
            "region+smooth",
            "region+enhance",
            "region+box",
            "region+pyzbar",
            "region+flatten",
        ]
        by_name = {step.name: step for step in available}
        turns = [by_name[name] for name in order if name in by_name]
        self.turns = turns
        self._next_turn = 0
        self._last_reader: Pass | None = None
        self.deep_every = deep_every
        self._frames_since_deep = deep_every  # the first frame searches deep at once
        self._cost_ms: dict[str, float] = {}
        """What each pass has cost lately (a moving average), to start none that cannot end
        within the frame's budget."""

    @property
    def passes(self) -> list[Pass]:
        return [self.first, self.centre, self.region, *self.turns, *self.stills_only]

    def decode(self, frame: Image) -> FrameReads:
        """The reads of one camera frame, within the budget (the order of passes is above)."""
        started = self._clock()
        view = View(frame)
        ran: list[str] = []

        def spent() -> float:
            return (self._clock() - started) * 1000

        def attempt(step: Pass) -> list[Decoded]:
            ran.append(step.name)
            before = self._clock()
            try:
                return unique(step.run(view))
            except Exception as exc:  # one broken pass must not stop the camera
                log.warning("pass %s failed: %s", step.name, exc)
                return []
            finally:
                took = (self._clock() - before) * 1000
                known = self._cost_ms.get(step.name, took)
                self._cost_ms[step.name] = known + (took - known) * 0.2

        def fits(step: Pass) -> bool:
            expected = self._cost_ms.get(step.name, 0.0)
            return spent() + expected <= self.budget_ms * OVERRUN

        if too_small(frame):
            return FrameReads([], spent(), ["too small"])
        if self._last_reader is not None:
            # the code in view is most likely the one the last frame read, and the pass that
            # read it reads it again (and confirms it) for a fraction of the whole search
            reads = attempt(self._last_reader)
            if reads:
                return FrameReads(reads, spent(), ran)
            self._last_reader = None
        self._frames += 1
        cheap = self._frames_since_deep + 1 < self.deep_every
        # every other frame between deep ones reads the frame's middle at full resolution
        # instead of the whole at half: what a guest aims at the camera, modules too thin to
        # survive halving (a member's code on a phone), for the same pixels' cost
        opener = self.centre if cheap and self._frames % 2 == 0 else self.first
        reads = attempt(opener)
        if reads and opener is self.centre:
            self._last_reader = opener
        if reads or cheap:
            self._frames_since_deep += 1
            return FrameReads(reads, spent(), ran)
        if not _regions_of(view):
            ran.append("no regions")  # nothing to search: the next frame may search deep
            return FrameReads(reads, spent(), ran)
        self._frames_since_deep = 0
        reads = attempt(self.region)
        reader = self.region
        tried = 0
        while not reads and tried < len(self.turns) and spent() < self.budget_ms:
            reader = self.turns[self._next_turn % len(self.turns)]
            tried += 1
            if not fits(reader):  # it would overrun this frame: its turn comes on another
                self._next_turn += 1
                continue
            reads = attempt(reader)
            if not reads:
                self._next_turn += 1
        if reads:
            self._last_reader = reader
        return FrameReads(reads, spent(), ran)

    def run_all(self, frame: Image) -> FrameReads:
        """Every pass on one image, all their reads (``kiosk decode``: a still has no second
        frame, so agreement between decoders is what can confirm a weak read)."""
        started = self._clock()
        if too_small(frame):
            return FrameReads([], (self._clock() - started) * 1000, ["too small"])
        view = View(frame)
        reads: list[Decoded] = []
        ran = []
        for step in self.passes:
            ran.append(step.name)
            try:
                reads += step.run(view)
            except Exception as exc:
                log.warning("pass %s failed: %s", step.name, exc)
        seen: set[tuple[str, str, str]] = set()
        kept = []
        for read in reads:
            if (read.text, read.format, read.decoder) not in seen:
                seen.add((read.text, read.format, read.decoder))
                kept.append(read)
        return FrameReads(kept, (self._clock() - started) * 1000, ran)
