"""Synthetic camera frames carrying real codes, with the distortions a front desk sees.

Codes are rendered by python-barcode / segno / zxing-cpp's writer; the distortions are done
with OpenCV: rotation, dim light, glare, inverted print, a band curved round a wrist, blur,
sensor noise, and the code small in a larger frame.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import barcode
import cv2
import numpy as np
import numpy.typing as npt
import segno
import zxingcpp
from barcode.writer import ImageWriter
from PIL import Image as PILImage

Frame = npt.NDArray[np.uint8]

PAYLOADS = {
    "Code128": "100200300",
    "Code39": "WB-77120",
    "EAN13": "4006381333931",
    "EAN8": "96385074",
    "UPCA": "036000291452",
    "QRCode": "TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P",
    "DataMatrix": "WB-100200300",
    "PDF417": "WB-100200300",
    "Aztec": "WB-100200300",
}


def _from_pil(image: PILImage.Image) -> Frame:
    return cv2.cvtColor(np.array(image.convert("RGB")), cv2.COLOR_RGB2BGR)  # type: ignore[return-value]


def render(symbology: str, payload: str | None = None) -> Frame:
    """The code alone, black on white, with a quiet zone."""
    text = payload or PAYLOADS[symbology]
    linear = {
        "Code128": "code128",
        "Code39": "code39",
        "EAN13": "ean13",
        "EAN8": "ean8",
        "UPCA": "upca",
    }
    if symbology in linear:
        options = {"add_checksum": False} if symbology == "Code39" else {}
        code = barcode.get(linear[symbology], text, writer=ImageWriter(), options=options)
        image = code.render(
            {
                "module_width": 0.5,
                "module_height": 14,
                "write_text": False,
                "quiet_zone": 6,
                "dpi": 150,
            }
        )
        return _from_pil(image)
    if symbology == "QRCode":
        buffer = io.BytesIO()
        segno.make_qr(text, error="m").save(buffer, kind="png", scale=6, border=4)
        buffer.seek(0)
        return _from_pil(PILImage.open(buffer))
    fmt = {
        "DataMatrix": zxingcpp.BarcodeFormat.DataMatrix,
        "PDF417": zxingcpp.BarcodeFormat.PDF417,
        "Aztec": zxingcpp.BarcodeFormat.Aztec,
    }[symbology]
    gray = np.array(zxingcpp.create_barcode(text, fmt).to_image(scale=5))
    gray = cv2.copyMakeBorder(gray, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)  # type: ignore[return-value]


def on_background(code: Frame, size: tuple[int, int] = (640, 480), scale: float = 1.0) -> Frame:
    """Place the code in a camera-sized frame on a skin-ish, slightly textured background."""
    width, height = size
    rng = np.random.default_rng(7)
    frame = np.full((height, width, 3), (150, 170, 200), np.uint8)
    frame = cv2.add(frame, rng.integers(0, 20, frame.shape, dtype=np.uint8))
    if scale != 1.0:
        code = cv2.resize(code, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = code.shape[:2]
    if w > width - 20 or h > height - 20:
        factor = min((width - 20) / w, (height - 20) / h)
        code = cv2.resize(code, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        h, w = code.shape[:2]
    y, x = (height - h) // 2, (width - w) // 2
    frame[y : y + h, x : x + w] = code
    return frame  # type: ignore[return-value]


def rotate(frame: Frame, degrees: float) -> Frame:
    h, w = frame.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(frame, matrix, (w, h), borderValue=(150, 170, 200))  # type: ignore[return-value]


def dim(frame: Frame, factor: float = 0.25) -> Frame:
    return cv2.convertScaleAbs(frame, alpha=factor, beta=5)  # type: ignore[return-value]


def low_contrast(frame: Frame) -> Frame:
    """Grey bars on grey: faded thermal print in poor light."""
    return cv2.convertScaleAbs(frame, alpha=0.18, beta=105)  # type: ignore[return-value]


def glare(frame: Frame) -> Frame:
    """A bright specular patch across part of the code, as from a ceiling light."""
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    blob = np.exp(
        -(
            ((xx - w * 0.45) ** 2) / (2 * (w * 0.12) ** 2)
            + ((yy - h * 0.5) ** 2) / (2 * (h * 0.3) ** 2)
        )
    )
    lifted = frame.astype(np.float32) + (blob[..., None] * 170)
    return np.clip(lifted, 0, 255).astype(np.uint8)


def invert(frame: Frame) -> Frame:
    return cv2.bitwise_not(frame)  # type: ignore[return-value]


def curve(frame: Frame, strength: float = 0.35) -> Frame:
    """A band wrapped round a wrist: horizontal compression towards the edges (cylinder)."""
    h, w = frame.shape[:2]
    xs = np.linspace(-1, 1, w)
    source_x = np.arcsin(np.clip(xs * np.sin(strength * np.pi / 2 + 0.6), -1, 1))
    source_x = (source_x / source_x.max() + 1) / 2 * (w - 1)
    map_x = np.tile(source_x.astype(np.float32), (h, 1))
    map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, w))
    return cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderValue=(150, 170, 200))  # type: ignore[return-value]


def blur(frame: Frame, sigma: float = 1.6) -> Frame:
    return cv2.GaussianBlur(frame, (0, 0), sigma)  # type: ignore[return-value]


def noise(frame: Frame, amount: float = 28) -> Frame:
    rng = np.random.default_rng(11)
    noisy = frame.astype(np.int16) + rng.normal(0, amount, frame.shape).astype(np.int16)
    return np.clip(noisy, 0, 255).astype(np.uint8)


DISTORTIONS: dict[str, Callable[[Frame], Frame]] = {
    "clean": lambda f: f,
    "rotated-30": lambda f: rotate(f, 30),
    "rotated-90": lambda f: rotate(f, 90),
    "upside-down": lambda f: rotate(f, 180),
    "dim": dim,
    "low-contrast": low_contrast,
    "glare": glare,
    "inverted": invert,
    "curved": curve,
    "blurred": blur,
    "noisy": noise,
}


def frame_for(symbology: str, distortion: str) -> Frame:
    return DISTORTIONS[distortion](on_background(render(symbology)))
