"""Where the camera looks for a code: the finder (``kiosk.scan.regions``) cuts the code itself
out of what surrounds it, straightened and at its own size, for the passes that read crops."""

from __future__ import annotations

import random

import cv2
import numpy as np
import zxingcpp

from kiosk.scan.chain import View
from tests.camcorpus import HEIGHT, WIDTH, _background
from tests.phonecorpus import _modules, _on_device, _pass_screen, _phone_into_frame

PAYLOAD = "40917725830046"


def _phone_showing_a_pass(angle: float) -> np.ndarray:
    """A phone held up with a wallet pass's Code 128 (a card, and the white plate round the
    code), in good light and in focus: what is left to get wrong is where to look."""
    modules = _modules("Code128", PAYLOAD)
    screen, placement = _pass_screen(random.Random(3), modules, "Code128")
    assert placement is not None
    focus = ((placement.x + placement.w / 2) / 300, (placement.y + placement.h / 2) / 650)
    frame, _ = _phone_into_frame(
        _background(np.random.default_rng(5), 5),
        _on_device(screen, placement),
        centre=(0.5, 0.5),
        focus=focus,
        height_frac=1.3,
        angle=angle,
        tilt=0.0,
        exposure=0.8,
        density=1.0,
        moire=0.0,
    )
    return frame


def _read(crop: np.ndarray) -> set[str]:
    found = zxingcpp.read_barcodes(
        crop, formats=zxingcpp.BarcodeFormat.Code128, try_rotate=False, try_invert=False
    )
    return {r.text for r in found}


def test_a_pass_on_a_phone_is_cut_down_to_its_code() -> None:
    """The phone's edge, the pass's card and the code's white plate make one outline round
    the code; the region is the code, not the phone (cut out whole, scaled down to the crop's
    limit, the phone's thin modules were lost)."""
    for angle in (0.0, 8.0, 90.0):
        view = View(_phone_showing_a_pass(angle))
        assert view.regions, angle
        biggest = max(cv2.contourArea(q) for q in view.quads)
        assert biggest < 0.05 * WIDTH * HEIGHT, (angle, biggest)
        assert PAYLOAD in set().union(*(_read(r.crop) for r in view.regions)), angle


def test_a_code_standing_on_end_comes_out_level_and_unsqueezed() -> None:
    """A 1D code turned a quarter (a phone in landscape, a band on a wrist held up): the crop
    has the code's long side horizontal, at the code's own length."""
    code = cv2.resize(
        _modules("Code128", PAYLOAD), None, fx=3, fy=3, interpolation=cv2.INTER_NEAREST
    )
    code = cv2.resize(code, (code.shape[1], 90), interpolation=cv2.INTER_NEAREST)
    frame = np.full((HEIGHT, WIDTH), 200, np.uint8)
    upright = np.ascontiguousarray(np.rot90(code))
    top, left = (HEIGHT - upright.shape[0]) // 2, (WIDTH - upright.shape[1]) // 2
    frame[top : top + upright.shape[0], left : left + upright.shape[1]] = upright
    view = View(frame)
    assert view.regions
    crop = view.regions[0].crop
    assert crop.shape[1] > 2 * crop.shape[0]  # level: bars across, code along
    assert crop.shape[1] >= 0.9 * code.shape[1]  # at its own length
    assert _read(crop) == {PAYLOAD}
