"""A harder camera corpus: short 1280x720 clips of wristbands and cards as a webcam at a front
desk sees them, and clips of desk scenes with no code at all but plenty that looks like one.

Each sample is a clip of five frames (the band moves a pixel or two, the sensor noise and the
blur change), because a camera never sees one frame: the decoder's trust rules may wait for a
second frame, and its passes take turns across frames. Frames are made on demand (a whole
corpus in memory would be gigabytes), and are deterministic: the same sample index always gives
the same pixels.

Effects, each from the distortions a real webcam adds: the code's size and place in the frame,
rotation and perspective, a band curved round a wrist, motion blur, rolling shutter (rows
exposed at different moments: a sideways shear), defocus, dim or uneven light, glare, sensor
noise, JPEG compression, and a finger over part of the code. Payloads look like real bands:
numeric ids, UUIDs, mixed-case ids, prefixed band codes. One band in nine is black silicone
with the code etched light.

Code-free clips: keyboards, printed text, window blinds, bookshelves (bars of every width), random
bar patterns, fabric, a plain desk, a face. These are where a decoder invents codes.
"""

from __future__ import annotations

import io
import random
import string
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import barcode
import cv2
import numpy as np
import numpy.typing as npt
import segno
import zxingcpp
from barcode.writer import ImageWriter
from PIL import Image as PILImage

Frame = npt.NDArray[np.uint8]
WIDTH, HEIGHT = 1280, 720
CLIP = 5
"""Frames per clip: a sixth of a second at 30 fps, about the least a band is held up."""

DEFAULT_SYMBOLOGIES = ("Code128", "QRCode", "DataMatrix", "Code39")
"""What a site's bands and cards use unless it says otherwise (kiosk's default setting)."""
OTHER_SYMBOLOGIES = ("EAN13", "UPCA", "PDF417", "Aztec")
"""Present in the corpus, not enabled by default: their reads must be ignored."""


@dataclass(frozen=True)
class Sample:
    index: int
    name: str
    symbology: str | None
    """None: a scene with no code in it."""
    payload: str | None

    def frames(self) -> Iterator[Frame]:
        for step in range(CLIP):
            yield _make_frame(self, step)


# ---------------------------------------------------------------------- payloads


def _payload(symbology: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    if symbology in ("EAN13", "UPCA"):
        digits = 12 if symbology == "EAN13" else 11
        body = "".join(rng.choice(string.digits) for _ in range(digits))
        if symbology == "EAN13":
            body = rng.choice("123456789") + body[1:]  # a leading 0 would make it a UPC-A
        return body + _ean_check(body)
    if symbology == "Code39":
        alphabet = string.ascii_uppercase + string.digits
        if kind == 0:
            return "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 10)))
        return "WB-" + "".join(rng.choice(alphabet) for _ in range(rng.randint(5, 7)))
    if kind == 0:
        return "".join(rng.choice(string.digits) for _ in range(rng.randint(9, 12)))
    if kind == 1:
        if symbology == "Code128":  # a UUID is too long for a band's 1D code: bands use QR for it
            return "".join(rng.choice(string.digits) for _ in range(rng.randint(12, 16)))
        return str(uuid.UUID(int=rng.getrandbits(128)))
    if kind == 2:
        alphabet = string.ascii_letters + string.digits
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(8, 12)))
    tail = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return f"TRYBE:BAND:{tail}"


def _ean_check(body: str) -> str:
    odd = sum(int(d) for d in body[-1::-2])
    even = sum(int(d) for d in body[-2::-2])
    return str((10 - (odd * 3 + even) % 10) % 10)


# ---------------------------------------------------------------------- rendering codes


def _from_pil(image: PILImage.Image) -> Frame:
    return cv2.cvtColor(np.array(image.convert("RGB")), cv2.COLOR_RGB2BGR)  # type: ignore[return-value]


def render_code(symbology: str, payload: str) -> Frame:
    """The code alone, black on white (or a band's off-white), with its quiet zone."""
    linear = {"Code128": "code128", "Code39": "code39", "EAN13": "ean13", "UPCA": "upca"}
    if symbology in linear:
        text = payload[:-1] if symbology in ("EAN13", "UPCA") else payload
        options = {"add_checksum": False} if symbology == "Code39" else {}
        code = barcode.get(linear[symbology], text, writer=ImageWriter(), options=options)
        image = code.render(
            {
                "module_width": 0.5,
                "module_height": 12,
                "write_text": False,
                "quiet_zone": 6.5,
                "dpi": 150,
            }
        )
        return _from_pil(image)
    if symbology == "QRCode":
        buffer = io.BytesIO()
        segno.make_qr(payload, error="m").save(buffer, kind="png", scale=6, border=4)
        buffer.seek(0)
        return _from_pil(PILImage.open(buffer))
    fmt = {
        "DataMatrix": zxingcpp.BarcodeFormat.DataMatrix,
        "PDF417": zxingcpp.BarcodeFormat.PDF417,
        "Aztec": zxingcpp.BarcodeFormat.Aztec,
    }[symbology]
    gray = np.array(zxingcpp.create_barcode(payload, fmt).to_image(scale=5))
    gray = cv2.copyMakeBorder(gray, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)  # type: ignore[return-value]


# ---------------------------------------------------------------------- scenes


def _background(
    rng: np.random.Generator, kind: int, size: tuple[int, int] = (WIDTH, HEIGHT)
) -> Frame:
    """Skin, a dark sleeve, a desk: smooth colour with low-frequency variation and grain."""
    base = [(150, 170, 200), (60, 55, 70), (90, 120, 160), (200, 200, 195)][kind % 4]
    small = rng.normal(0, 18, (9, 16, 3)).astype(np.float32)
    field = cv2.resize(small, size, interpolation=cv2.INTER_CUBIC)
    grain = rng.normal(0, 4, (size[1], size[0], 3)).astype(np.float32)
    frame = np.clip(np.array(base, np.float32) + field + grain, 0, 255)
    return frame.astype(np.uint8)


def _place(
    frame: Frame,
    code: Frame,
    *,
    width_frac: float,
    angle: float,
    centre: tuple[float, float],
    tilt: float,
    band: tuple[int, int, int] = (236, 236, 230),
) -> Frame:
    """Put ``code`` into ``frame``: scaled to a share of the frame's width, rotated about its
    centre and tilted in perspective, with the band's white around it."""
    target_w = WIDTH * width_frac
    scale = target_w / code.shape[1]
    code = cv2.resize(code, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = code.shape[:2]
    pad = int(max(h, w) * 0.15) + 8
    band = cv2.copyMakeBorder(code, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=band)
    bh, bw = band.shape[:2]
    src = np.float32([[0, 0], [bw, 0], [bw, bh], [0, bh]])
    squeeze = tilt * bh
    dst = np.float32([[0, squeeze], [bw, 0], [bw, bh], [0, bh - squeeze]])
    warp = cv2.getPerspectiveTransform(src, dst)
    cx, cy = centre[0] * WIDTH, centre[1] * HEIGHT
    rot = cv2.getRotationMatrix2D((bw / 2, bh / 2), angle, 1.0)
    rot3 = np.vstack([rot, [0, 0, 1]])
    move = np.float32([[1, 0, cx - bw / 2], [0, 1, cy - bh / 2], [0, 0, 1]])
    matrix = move @ rot3 @ warp
    warped = cv2.warpPerspective(band, matrix, (WIDTH, HEIGHT), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((bh, bw), 255, np.uint8), matrix, (WIDTH, HEIGHT))
    mask = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255
    return (frame * (1 - mask) + warped * mask).astype(np.uint8)


def _curve(frame: Frame, strength: float) -> Frame:
    xs = np.linspace(-1, 1, WIDTH)
    source_x = np.arcsin(np.clip(xs * np.sin(strength * np.pi / 2 + 0.5), -1, 1))
    source_x = (source_x / source_x.max() + 1) / 2 * (WIDTH - 1)
    map_x = np.tile(source_x.astype(np.float32), (HEIGHT, 1))
    map_y = np.tile(np.arange(HEIGHT, dtype=np.float32)[:, None], (1, WIDTH))
    return cv2.remap(frame, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)  # type: ignore[return-value]


def _motion_blur(frame: Frame, length: int, angle: float) -> Frame:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0 / length
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    kernel /= max(kernel.sum(), 1e-6)
    return cv2.filter2D(frame, -1, kernel)  # type: ignore[return-value]


def _rolling_shutter(frame: Frame, shear: float) -> Frame:
    height, width = frame.shape[:2]
    matrix = np.float32([[1, shear, -shear * height / 2], [0, 1, 0]])
    return cv2.warpAffine(frame, matrix, (width, height), borderMode=cv2.BORDER_REFLECT)  # type: ignore[return-value]


def _light(frame: Frame, gain: float, offset: float, gradient: float) -> Frame:
    ramp = np.linspace(1 - gradient, 1 + gradient, WIDTH, dtype=np.float32)[None, :, None]
    lit = frame.astype(np.float32) * gain * ramp + offset
    return np.clip(lit, 0, 255).astype(np.uint8)


def _glare(frame: Frame, rng: random.Random) -> Frame:
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH]
    cx, cy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.3, 0.7) * HEIGHT
    blob = np.exp(
        -(
            ((xx - cx) ** 2) / (2 * (WIDTH * 0.07) ** 2)
            + ((yy - cy) ** 2) / (2 * (HEIGHT * 0.2) ** 2)
        )
    )
    return np.clip(
        frame.astype(np.float32) + blob[..., None] * rng.uniform(110, 190), 0, 255
    ).astype(np.uint8)


def _finger(frame: Frame, rng: random.Random, centre: tuple[float, float], size: float) -> Frame:
    out = frame.copy()
    cx = int((centre[0] + rng.uniform(-0.6, 0.6) * size) * WIDTH)
    cy = int((centre[1] + rng.uniform(-0.1, 0.3)) * HEIGHT)
    axes = (int(WIDTH * size * 0.16), int(HEIGHT * 0.22))
    cv2.ellipse(out, (cx, cy), axes, rng.uniform(-30, 30), 0, 360, (120, 150, 195), -1)
    return cv2.GaussianBlur(out, (5, 5), 0)  # type: ignore[return-value]


def _noise(frame: Frame, sigma: float, seed: int) -> Frame:
    rng = np.random.default_rng(seed)
    return np.clip(
        frame.astype(np.int16) + rng.normal(0, sigma, frame.shape).astype(np.int16), 0, 255
    ).astype(np.uint8)


def _jpeg(frame: Frame, quality: int) -> Frame:
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)  # type: ignore[return-value]


# ---------------------------------------------------------------------- code-free scenes


def _keyboard(rng: random.Random, frame: Frame) -> Frame:
    out = frame.copy()
    key = int(rng.uniform(46, 70))
    x0, y0 = int(rng.uniform(20, 120)), int(rng.uniform(120, 260))
    letters = string.ascii_uppercase + string.digits
    for row in range(6):
        for col in range(22):
            x, y = x0 + col * (key + 6) + row * 12, y0 + row * (key + 6)
            cv2.rectangle(out, (x, y), (x + key, y + key), (40, 40, 44), -1)
            cv2.putText(
                out,
                rng.choice(letters),
                (x + key // 3, y + 2 * key // 3),
                cv2.FONT_HERSHEY_SIMPLEX,
                key / 60,
                (230, 230, 230),
                2,
            )
    return out


def _text(rng: random.Random, frame: Frame) -> Frame:
    out = frame.copy()
    cv2.rectangle(out, (80, 40), (WIDTH - 80, HEIGHT - 40), (245, 245, 240), -1)
    words = ["spa", "massage", "booking", "wristband", "towel", "sauna", "pool", "guest", "desk"]
    for line in range(16):
        text = " ".join(rng.choice(words) for _ in range(9))
        cv2.putText(
            out, text, (110, 80 + line * 38), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (30, 30, 30), 2
        )
    return out


def _stripes(rng: random.Random, frame: Frame, *, random_widths: bool, vertical: bool) -> Frame:
    out = frame.copy()
    position, limit = 0, WIDTH if vertical else HEIGHT
    dark = True
    while position < limit:
        width = rng.randint(2, 14) if random_widths else 9
        if dark:
            if vertical:
                cv2.rectangle(
                    out, (position, 120), (position + width - 1, HEIGHT - 120), (25, 25, 25), -1
                )
            else:
                cv2.rectangle(
                    out, (60, position), (WIDTH - 60, position + width - 1), (25, 25, 25), -1
                )
        position += width
        dark = not dark
    return out


def _bookshelf(rng: random.Random, frame: Frame) -> Frame:
    out = frame.copy()
    x = 40
    while x < WIDTH - 40:
        w = rng.randint(6, 40)
        colour = tuple(
            int(c)
            for c in rng.choice([(20, 20, 20), (240, 240, 235), (40, 60, 120), (200, 180, 60)])
        )
        cv2.rectangle(out, (x, 150), (x + w, 600), colour, -1)
        x += w + rng.randint(0, 3)
    return out


def _fabric(rng: random.Random, frame: Frame) -> Frame:
    out = frame.copy()
    step = rng.randint(4, 9)
    for y in range(0, HEIGHT, step):
        cv2.line(out, (0, y), (WIDTH, y), (90, 90, 100), 1)
    for x in range(0, WIDTH, step):
        cv2.line(out, (x, 0), (x, HEIGHT), (110, 100, 90), 1)
    return out


def _face(rng: random.Random, frame: Frame) -> Frame:
    out = frame.copy()
    cv2.ellipse(out, (WIDTH // 2, HEIGHT // 2), (170, 230), 0, 0, 360, (140, 160, 200), -1)
    for dx in (-60, 60):
        cv2.circle(out, (WIDTH // 2 + dx, HEIGHT // 2 - 40), 14, (30, 30, 30), -1)
    cv2.ellipse(out, (WIDTH // 2, HEIGHT // 2 + 80), (60, 20), 0, 0, 180, (60, 60, 150), 4)
    return out


SCENES: dict[str, Callable[[random.Random, Frame], Frame]] = {
    "keyboard": _keyboard,
    "printed text": _text,
    "blinds": lambda r, f: _stripes(r, f, random_widths=False, vertical=False),
    "random bars": lambda r, f: _stripes(r, f, random_widths=True, vertical=True),
    "random bars, sideways": lambda r, f: _stripes(r, f, random_widths=True, vertical=False),
    "bookshelf": _bookshelf,
    "fabric": _fabric,
    "face": _face,
    "plain desk": lambda r, f: f,
}


# ---------------------------------------------------------------------- the corpus


def corpus(positives: int = 320, negatives: int = 90, seed: int = 2026) -> list[Sample]:
    """``positives`` clips of codes (mostly the default symbologies, some of others) and
    ``negatives`` clips of code-free scenes."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    for n in range(positives):
        symbology = DEFAULT_SYMBOLOGIES[n % 4] if n % 8 else OTHER_SYMBOLOGIES[(n // 8) % 4]
        payload = _payload(symbology, rng)
        samples.append(Sample(len(samples), f"{symbology} #{n}", symbology, payload))
    names = list(SCENES)
    for n in range(negatives):
        samples.append(Sample(len(samples), f"no code: {names[n % len(names)]} #{n}", None, None))
    return samples


LINEAR_MODULE_PX = 150 / 25.4 * 0.5
"""A linear code's module as rendered (0.5 mm at 150 dpi); 2D codes are rendered at whole
pixels a module (``render_code``)."""
RENDERED_MODULE_PX = {"QRCode": 6.0, "DataMatrix": 5.0, "PDF417": 5.0, "Aztec": 5.0}


def _where(rng: random.Random) -> tuple[float, float, float]:
    """The clip's code: its centre's x and y, and its width as a share of the frame's."""
    return rng.uniform(0.35, 0.65), rng.uniform(0.4, 0.6), rng.uniform(0.3, 0.7)


def module_px(sample: Sample) -> float:
    """How wide one module (the narrowest bar, a square's side) comes out in the frame's pixels,
    before tilt and blur: what the camera has to resolve."""
    assert sample.symbology is not None
    assert sample.payload is not None
    _, _, size = _where(random.Random(sample.index * 7919))
    if sample.symbology in ("QRCode", "DataMatrix", "Aztec"):
        size = size * 0.5
    rendered = render_code(sample.symbology, sample.payload)
    per_module = RENDERED_MODULE_PX.get(sample.symbology, LINEAR_MODULE_PX)
    return size * WIDTH / rendered.shape[1] * per_module


def _make_frame(sample: Sample, step: int) -> Frame:
    rng = random.Random(sample.index * 7919)  # the clip's own look, the same every time
    jitter = random.Random(sample.index * 7919 + step + 1)  # what changes frame to frame
    nprng = np.random.default_rng(sample.index)
    frame = _background(nprng, sample.index)
    x, y, size = _where(rng)
    centre = (x + jitter.uniform(-0.003, 0.003), y)
    if sample.symbology is None:
        scene = list(SCENES.values())[sample.index % len(SCENES)]
        frame = scene(random.Random(sample.index), frame)
    else:
        assert sample.payload is not None
        code = render_code(sample.symbology, sample.payload)
        band = (236, 236, 230)
        if sample.index % 9 == 4:  # a black silicone band with the code etched light
            code, band = 255 - code, (28, 28, 32)
        if sample.symbology in ("QRCode", "DataMatrix", "Aztec"):
            size = size * 0.5
        angle = rng.choice([0, 0, 0, rng.uniform(-35, 35), 90, 180]) + jitter.uniform(-1, 1)
        frame = _place(
            frame,
            code,
            width_frac=size,
            angle=angle,
            centre=centre,
            tilt=rng.uniform(0, 0.12),
            band=band,
        )
    effects = rng.sample(range(9), k=rng.randint(1, 4))
    for effect in effects:
        if effect == 0:
            frame = _curve(frame, rng.uniform(0.25, 0.55))
        elif effect == 1:
            frame = _motion_blur(
                frame, rng.randint(3, 7) + jitter.randint(0, 2), rng.uniform(0, 180)
            )
        elif effect == 2:
            frame = _rolling_shutter(frame, rng.uniform(-0.08, 0.08))
        elif effect == 3:
            frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.8, 2.0))
        elif effect == 4:
            frame = _light(frame, rng.uniform(0.25, 0.6), rng.uniform(0, 20), rng.uniform(0, 0.4))
        elif effect == 5:
            frame = _glare(frame, rng)
        elif effect == 6:
            frame = _light(frame, 0.35, 95, 0.1)  # low contrast: faded print in poor light
        elif effect == 7 and sample.symbology is not None:
            frame = _finger(frame, rng, centre, size)
        elif effect == 8:
            frame = _rolling_shutter(frame, rng.uniform(-0.04, 0.04))
    frame = _noise(frame, rng.uniform(2, 14), sample.index * 31 + step)
    return _jpeg(frame, rng.randint(35, 85))
