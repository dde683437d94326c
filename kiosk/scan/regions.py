"""Where in a frame something barcode-like is, cheaply, and the code cut out and straightened.

The finder measures edges on the half-size grey copy and judges them on a quarter-size map
(320x180 for a 1280x720 frame, about a millisecond): a code is a patch of dense, strong edges.
Edge strength is taken before shrinking (a phone's code has modules of two or three pixels: at
quarter size they would already be one grey patch, with no edges left to find), averaged down,
blurred, thresholded (Otsu), closed into blobs; the largest few blobs are candidate regions. A
frame with none is a frame with nothing to decode (a blank wall, a face), and costs no more.

A blob that is mostly empty inside its own rectangle is an outline, not a code: a phone's edge,
a wallet pass's card and the white plate round its code join into one ring, whose rectangle is
the whole phone (cut out and scaled down, the code's modules are lost). Inside such a blob only
the strongest edges are kept (half way between the frame's threshold and the blob's peak), and
the blobs they make are the candidates: the code, without the phone round it.

Each region is cut out of the full-size frame along its own axis (``minAreaRect``), with a
margin for the quiet zone, so a 1D code held at 30 degrees comes out level (zxing-cpp only
tries quarter turns), and every later pass works on a crop of a few hundred pixels instead of
a whole frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from kiosk.scan.decoders import Image, Point

MAX_REGIONS = 3
MIN_AREA_PX = 150
"""At quarter size: smaller blobs are specks, not codes."""
MAX_SHARE = 0.6
"""A blob over this share of the frame is texture (a keyboard, a shelf), not a code."""
MAX_CROP_PX = 900


@dataclass(frozen=True)
class Region:
    crop: Image
    """Straightened and cut out of the full-size grey frame (the long side horizontal)."""
    corners: tuple[Point, ...]
    """The crop's corners in the frame (for the preview's box)."""


def find_regions(half_gray: Image) -> list[npt.NDArray[np.float32]]:
    """Quads (full-size frame coordinates) round the most barcode-like blobs, biggest first."""
    edges = _edge_map(half_gray)
    level, mask = cv2.threshold(edges, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    limit = MAX_SHARE * edges.shape[0] * edges.shape[1]
    quads: list[npt.NDArray[np.float32]] = []

    def take(contour: npt.NDArray[np.int32]) -> None:
        area = cv2.contourArea(contour)
        if MIN_AREA_PX <= area <= limit and len(quads) < MAX_REGIONS:
            quads.append(cv2.boxPoints(cv2.minAreaRect(contour)).astype(np.float32) * 4)

    for contour in _blobs(mask):
        if len(quads) == MAX_REGIONS:
            break
        box = cv2.minAreaRect(contour)
        (_, _), (width, height), _ = box
        rectangle = np.zeros_like(mask)
        cv2.drawContours(rectangle, [cv2.boxPoints(box).astype(np.int32)], -1, 255, -1)
        filled = cv2.countNonZero(cv2.bitwise_and(mask, rectangle)) / max(1.0, width * height)
        if filled >= MIN_FILL or cv2.contourArea(contour) < OUTLINE_MIN_AREA_PX:
            take(contour)
            continue
        # an outline round something: inside it, only the strongest edges
        peak = cv2.minMaxLoc(edges, cv2.bitwise_and(mask, rectangle))[1]
        _, strong = cv2.threshold(edges, (level + peak) / 2, 255, cv2.THRESH_BINARY)
        for inner in _blobs(cv2.bitwise_and(strong, rectangle))[:2]:
            take(inner)
    return quads


MIN_FILL = 0.45
"""A blob whose edges fill less of its rectangle than this is an outline (a phone, a card)."""
OUTLINE_MIN_AREA_PX = 4 * MIN_AREA_PX
"""Smaller blobs are taken as they are: too small to hold a code inside an outline."""


def _edge_map(half_gray: Image) -> Image:
    """Edge strength measured at half size, averaged to quarter size and blurred."""
    gx = cv2.convertScaleAbs(cv2.Sobel(half_gray, cv2.CV_16S, 1, 0, ksize=3))
    gy = cv2.convertScaleAbs(cv2.Sobel(half_gray, cv2.CV_16S, 0, 1, ksize=3))
    strength = cv2.addWeighted(gx, 0.5, gy, 0.5, 0)
    small = cv2.resize(strength, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    return cv2.blur(small, (7, 7))  # type: ignore[return-value]


def _blobs(mask: npt.NDArray[np.uint8] | cv2.typing.MatLike) -> list[npt.NDArray[np.int32]]:
    """The mask's blobs, bars closed into one, specks removed; biggest first."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 5))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    small_kernel = np.ones((3, 3), np.uint8)
    closed = cv2.dilate(cv2.erode(closed, small_kernel, iterations=2), small_kernel, iterations=2)
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return sorted(contours, key=cv2.contourArea, reverse=True)  # type: ignore[arg-type]


def cut_out(gray: Image, quad: npt.NDArray[np.float32]) -> Region | None:
    """The region as an upright crop (long side horizontal) with a quiet-zone margin."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(quad)
    if w < h:
        w, h, angle = h, w, angle + 90
    w, h = w * 1.25 + 16, h * 1.4 + 16  # a quiet zone's margin, more along the code
    corners = cv2.boxPoints(((cx, cy), (w, h), angle)).astype(np.float32)
    ordered = _clockwise_from_bottom_left(corners)
    # the sides as they lie in the frame: OpenCV may give a rectangle's width along the
    # frame's vertical (its angle then near 90), and a crop sized from (w, h) would squeeze
    # the long side into the short one's pixels (a phone held in portrait lost its code so)
    top = float(np.linalg.norm(ordered[2] - ordered[1]))
    side = float(np.linalg.norm(ordered[1] - ordered[0]))
    if side > top:  # a quarter turn: the long side on top
        ordered = np.roll(ordered, 1, axis=0)
        top, side = side, top
    scale = min(1.0, MAX_CROP_PX / max(top, side))
    out_w, out_h = max(8, int(top * scale)), max(8, int(side * scale))
    target = np.array([[0, out_h], [0, 0], [out_w, 0], [out_w, out_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(ordered, target)
    crop = cv2.warpPerspective(gray, matrix, (out_w, out_h), borderValue=255)
    return Region(crop, tuple((float(x), float(y)) for x, y in ordered))  # type: ignore[arg-type]


def upright_box(gray: Image, quad: npt.NDArray[np.float32]) -> Region | None:
    """The region's upright bounding box at full resolution, nothing resampled: the pixels as
    the sensor gave them. Straightening resamples, which smears modules of two pixels (a
    member's code on a phone screen is often that small) and a crop over ``MAX_CROP_PX`` is
    scaled down; zxing-cpp reads a code turned by a quarter on its own, at any size."""
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    mx, my = (x1 - x0) * 0.15 + 8, (y1 - y0) * 0.15 + 8
    height, width = gray.shape[:2]
    left, top = int(max(0, x0 - mx)), int(max(0, y0 - my))
    right, bottom = int(min(width, x1 + mx)), int(min(height, y1 + my))
    if right - left < 16 or bottom - top < 16:
        return None
    corners = ((left, bottom), (left, top), (right, top), (right, bottom))
    return Region(gray[top:bottom, left:right], tuple((float(x), float(y)) for x, y in corners))


def _clockwise_from_bottom_left(points: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    ordered = points[np.argsort(angles)]
    start = int(np.argmax(ordered[:, 1] - ordered[:, 0]))  # the bottom-left corner
    return np.roll(ordered, -start, axis=0).astype(np.float32)


# ---------------------------------------------------------------------- crop treatments


def enhance(image: Image) -> Image:
    """Local contrast (CLAHE) then unsharp masking: for dim frames and soft focus."""
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8))
    boosted = clahe.apply(image)
    blurred = cv2.GaussianBlur(boosted, (0, 0), 2.0)
    return cv2.addWeighted(boosted, 1.6, blurred, -0.6, 0)  # type: ignore[return-value]


def smooth(image: Image) -> Image:
    """A light Gaussian blur: a phone screen's pixel grid and the sensor's noise smoothed away
    before the binarizer sees them as edges."""
    return cv2.GaussianBlur(image, (0, 0), 1.0)  # type: ignore[return-value]


def flatten(image: Image) -> Image:
    """Divide out the light: glare and a lamp's gradient across a band become even."""
    small = cv2.resize(image, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    background = cv2.resize(
        cv2.GaussianBlur(small, (0, 0), 2.0),
        (image.shape[1], image.shape[0]),
        interpolation=cv2.INTER_LINEAR,
    )
    ratio = image.astype(np.float32) / (background.astype(np.float32) + 1.0)
    low, high = float(ratio.min()), float(ratio.max())
    scaled = (ratio - low) * (255.0 / max(high - low, 1e-6))
    return scaled.astype(np.uint8)
