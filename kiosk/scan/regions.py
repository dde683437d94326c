"""Where in a frame something barcode-like is, cheaply, and the code cut out and straightened.

The finder works on a quarter-size grey copy (320x180 for a 1280x720 frame, under a millisecond):
a code is a patch of dense, strong edges. Edge strength is blurred, thresholded (Otsu), closed
into blobs; the largest few blobs are candidate regions. A frame with none is a frame with
nothing to decode (a blank wall, a face), and costs no more.

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
    small = cv2.resize(half_gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    gx = cv2.convertScaleAbs(cv2.Sobel(small, cv2.CV_16S, 1, 0, ksize=3))
    gy = cv2.convertScaleAbs(cv2.Sobel(small, cv2.CV_16S, 0, 1, ksize=3))
    edges = cv2.blur(cv2.addWeighted(gx, 0.5, gy, 0.5, 0), (7, 7))
    _, mask = cv2.threshold(edges, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 5))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    small_kernel = np.ones((3, 3), np.uint8)
    mask = cv2.dilate(cv2.erode(mask, small_kernel, iterations=2), small_kernel, iterations=2)
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    limit = MAX_SHARE * small.shape[0] * small.shape[1]
    quads = []
    for contour in sorted(contours, key=cv2.contourArea, reverse=True):
        area = cv2.contourArea(contour)
        if area < MIN_AREA_PX or area > limit:
            continue
        box = cv2.boxPoints(cv2.minAreaRect(contour)).astype(np.float32) * 4
        quads.append(box)
        if len(quads) == MAX_REGIONS:
            break
    return quads


def cut_out(gray: Image, quad: npt.NDArray[np.float32]) -> Region | None:
    """The region as an upright crop (long side horizontal) with a quiet-zone margin."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(quad)
    if w < h:
        w, h, angle = h, w, angle + 90
    w, h = w * 1.25 + 16, h * 1.4 + 16
    corners = cv2.boxPoints(((cx, cy), (w, h), angle)).astype(np.float32)
    ordered = _clockwise_from_bottom_left(corners)
    scale = min(1.0, MAX_CROP_PX / max(w, h))
    out_w, out_h = max(8, int(w * scale)), max(8, int(h * scale))
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
