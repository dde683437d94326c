"""Generated portraits for demo guests: a simple, friendly head-and-shoulders per avatar id.

Deterministic from the id, so a guest keeps their face across restarts. No real photos are
ever shipped or fetched.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from PIL import Image, ImageDraw

_BACKGROUNDS = ("#d8e2dc", "#ffe5d9", "#cde7f0", "#e2ece9", "#f1e3f3", "#fdf0d5")
_SKIN = ("#f5d0b5", "#e8b48f", "#c98e64", "#a0693f", "#7a4a2a", "#f2c9a1")
_HAIR = ("#2b1d14", "#5a3b22", "#a0522d", "#d8b26e", "#1c1c1c", "#8c8c8c")
_TOPS = ("#264653", "#2a9d8f", "#e76f51", "#6d597a", "#3d5a80", "#b56576")


def _luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def _contrasting(hair: str, skin: str) -> str:
    """Hair that stands out from the face: near-black or silver when the two are too close."""
    if abs(_luminance(hair) - _luminance(skin)) >= 60:
        return hair
    return "#1c1c1c" if _luminance(skin) > 110 else "#c9c9c9"


@lru_cache(maxsize=512)
def portrait_png(avatar_id: str, size: int = 256) -> bytes:
    """A PNG portrait of ``size`` pixels square for ``avatar_id``."""
    digest = hashlib.sha256(avatar_id.encode()).digest()

    def pick(options: tuple[str, ...], byte: int) -> str:
        return options[digest[byte] % len(options)]

    scale = size / 256
    image = Image.new("RGB", (size, size), pick(_BACKGROUNDS, 0))
    draw = ImageDraw.Draw(image)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return (x0 * scale, y0 * scale, x1 * scale, y1 * scale)

    skin, top = pick(_SKIN, 1), pick(_TOPS, 3)
    hair = _contrasting(pick(_HAIR, 2), skin)
    long_hair = digest[4] % 2 == 0
    draw.ellipse(box(38, 180, 218, 330), fill=top)  # shoulders
    draw.rectangle(box(108, 150, 148, 196), fill=skin)  # neck
    if long_hair:
        draw.rounded_rectangle(box(68, 64, 188, 200), radius=50 * scale, fill=hair)
    draw.ellipse(box(76, 56, 180, 176), fill=skin)  # face
    draw.chord(box(70, 44, 186, 140), start=180, end=360, fill=hair)  # hair
    eye_y = 112
    for eye_x in (106, 150):
        draw.ellipse(box(eye_x - 5, eye_y - 5, eye_x + 5, eye_y + 5), fill="#2b2b2b")
    draw.arc(
        box(108, 124, 148, 152), start=20, end=160, fill="#7a3b2e", width=max(1, int(3 * scale))
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
