"""How big the desk draws: one factor from the window's size, applied to the style sheet's
pixel sizes and to the few sizes set in code.

The desk was drawn for 1280x800; on a 1920x1080 screen the same pixel sizes left half the
screen empty and the type small for its distance. Qt's own device-pixel-ratio scaling answers
the screen's density, not its size, so a 24-inch 1080p desk screen still gets 1.0 from it.
"""

from __future__ import annotations

import math
import re

BASE_SIZE = (1280, 800)
"""The window size everything in the style sheet was drawn for."""
STEP = 0.125
"""The factor moves in eighths: a window dragged a few pixels does not re-style the desk."""
MAX_SCALE = 1.5
"""Beyond this the guest card's text gets too big to keep two columns on the screen."""

_PX = re.compile(r"(?<![\w.#-])(\d+(?:\.\d+)?)px\b")


def scale_for(width: int, height: int) -> float:
    """The factor for a ``width`` x ``height`` window: never below 1 (a 1280x800 screen and a
    portrait screen keep the drawn sizes; touch targets never shrink), never above
    :data:`MAX_SCALE`, in steps of :data:`STEP`."""
    fit = min(width / BASE_SIZE[0], height / BASE_SIZE[1])
    stepped = math.floor(fit / STEP + 1e-9) * STEP
    return max(1.0, min(MAX_SCALE, stepped))


def px(value: int, scale: float) -> int:
    """``value`` pixels at ``scale``, rounded (a 1 px border stays 1 px)."""
    return max(1, round(value * scale)) if value > 0 else value


def scaled_style_sheet(style_sheet: str, scale: float) -> str:
    """``style_sheet`` with every ``Npx`` multiplied by ``scale``; colours and names untouched."""
    if scale == 1.0:
        return style_sheet
    return _PX.sub(lambda m: f"{px(round(float(m.group(1))), scale)}px", style_sheet)
