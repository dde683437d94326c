"""A phone-screen corpus: codes shown on a phone (a wallet pass, a club's app) and held up to a
front desk's webcam, as 1280x720 clips of five frames, and phones showing no code at all.

A phone screen is not paper. What the camera sees, each modelled here from how it arises:

- **moire**: the screen is a grid of red, green and blue sub-pixels with dark gaps between them,
  and the sensor samples that grid at a pitch close to its own; the two beat into slow
  rippling bands. The screen is drawn sub-pixel by sub-pixel and sampled by the warp to the
  camera without smoothing, so the beat comes out of the geometry, as it does in a camera;
- **brightness from 10 % to 100 %**: the screen emits its own light, the camera exposes for the
  room; a dimmed screen is a dark, noisy code; a full one burns out and its glow eats into the
  dark modules (bloom);
- **PWM flicker**: a dimmed OLED screen switches on and off hundreds of times a second, and a
  rolling shutter turns that into dark horizontal bands that move from frame to frame;
- **glare and reflections** on the glass: a window's or a ceiling light's bright patch over
  part of the code, and the faint reflected room;
- **a cracked screen**: lines from an impact point across the code;
- **tilt** (a phone held at an angle, up to ~40 degrees of perspective), **rotation** (portrait,
  landscape, anything between) and **motion** (blur, a moving phone, rolling shutter shear);
- the webcam's own noise, defocus and JPEG compression.

Codes are the ones wallet passes and apps use: QR, Code 128, PDF417 and Aztec, on the pass's
white plate (Apple and Google Wallet draw every code on white) or, in one app in eight, light on
a dark-mode screen. Payloads are membership numbers, UUIDs and prefixed member ids.

Code-free clips: a lock screen, a text conversation, a home screen's grid of icons (squares in
rows, as a 2D code has), a photo gallery, a pass with no code, a music app's bars, a blank white
screen (moire alone), a striped wallpaper. A decoder that invents codes invents them here.

Frames are made on demand and deterministic (the same sample index, the same pixels).
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

from tests.camcorpus import (
    CLIP,
    HEIGHT,
    WIDTH,
    Frame,
    Sample,
    _background,
    _jpeg,
    _motion_blur,
    _noise,
    _rolling_shutter,
)

__all__ = [
    "CLIP",
    "EFFECTS",
    "PHONE_SYMBOLOGIES",
    "SENSOR_720P",
    "SENSOR_1080P",
    "WALLET_SYMBOLOGIES",
    "Look",
    "PhoneSample",
    "Sensor",
    "module_px",
    "phone_corpus",
]

PHONE_SYMBOLOGIES = ("QRCode", "Code128", "PDF417", "Aztec")
"""What wallet passes and club apps show."""
WALLET_SYMBOLOGIES = ("Code128", "QRCode", "DataMatrix", "Code39", "PDF417", "Aztec")
"""A site that takes wallet passes: kiosk's default symbologies and PDF417 and Aztec."""

SCREEN_W, SCREEN_H = 300, 650
"""The screen's pixels as drawn (a phone's real 1080x2340 at a quarter of a camera's reach:
its pixel grid still beats against the sensor's)."""


@dataclass(frozen=True)
class Sensor:
    """The webcam's picture size. What is measured in its pixels (the lens's blur, a hand's
    shake, a flicker's bands, a glint) scales with it: the same scene, finer sampled."""

    width: int = WIDTH
    height: int = HEIGHT

    @property
    def scale(self) -> float:
        """Pixels of this sensor to one of the corpus's 1280x720."""
        return self.height / HEIGHT


SENSOR_720P = Sensor()
SENSOR_1080P = Sensor(1920, 1080)


@dataclass(frozen=True)
class PhoneSample(Sample):
    """A clip of a phone (``symbology`` None: it shows no code), as ``sensor`` sees it."""

    sensor: Sensor = SENSOR_720P

    def frames(self) -> Iterator[Frame]:
        for step in range(CLIP):
            yield _make_frame(self, step)

    @property
    def look(self) -> Look:
        return look_of(self)


# ---------------------------------------------------------------------- what the screen shows


def _payload(symbology: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    if symbology == "Code128" and kind != 2:  # a wallet's 1D code is short: a member number
        kind = 0
    if kind == 0:
        return "".join(rng.choice(string.digits) for _ in range(rng.randint(8, 14)))
    if kind == 1:
        return str(uuid.UUID(int=rng.getrandbits(128)))
    if kind == 2:
        alphabet = string.ascii_uppercase + string.digits
        return "M-" + "".join(rng.choice(alphabet) for _ in range(rng.randint(6, 9)))
    tail = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return f"TRYBE:MEMBER:{tail}"


PASS_COLOURS = [(60, 40, 20), (40, 90, 160), (120, 60, 140), (30, 110, 60), (235, 235, 240)]


def _text(screen: Frame, text: str, at: tuple[int, int], scale: float, colour: tuple) -> None:
    cv2.putText(screen, text, at, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, 1, cv2.LINE_AA)


DEVICE = 3
"""Device pixels to a layout pixel: screens are laid out at 300x650 and drawn at 900x1950, as a
phone draws its points at 3x; a code is drawn module by module at the device's resolution."""


def _modules(symbology: str, payload: str) -> Frame:
    """The code at one pixel a module (grey), with the few modules' quiet zone a wallet
    leaves (zxing-cpp draws a PDF417's rows three modules high, as the standard has them)."""
    fmt = getattr(zxingcpp.BarcodeFormat, symbology)
    image = np.array(zxingcpp.create_barcode(payload, fmt).to_image(scale=1, add_quiet_zones=False))
    margin = 4 if symbology in ("QRCode", "Aztec") else 10
    return cv2.copyMakeBorder(image, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=255)  # type: ignore[return-value]


@dataclass(frozen=True)
class Placement:
    """Where a screen shows its code (layout pixels), and the code's modules."""

    x: int
    y: int
    w: int
    h: int
    modules: Frame
    light_on_dark: bool = False


def _fit(modules: Frame, width: int, height: int | None = None) -> tuple[int, int]:
    """The code's size in layout pixels for a width, a whole number of device pixels a module
    (a phone snaps modules to its pixels)."""
    per_module = max(1, int(width * DEVICE / modules.shape[1]))
    w = modules.shape[1] * per_module / DEVICE
    h = modules.shape[0] * per_module / DEVICE if height is None else height
    return round(w), round(h)


def _pass_screen(
    rng: random.Random, modules: Frame | None, symbology: str | None
) -> tuple[Frame, Placement | None]:
    """A wallet pass: coloured card, header, name, and the code on its white plate."""
    colour = rng.choice(PASS_COLOURS)
    ink = (250, 250, 250) if sum(colour) < 500 else (30, 30, 30)
    screen = np.full((SCREEN_H, SCREEN_W, 3), 245, np.uint8)
    cv2.rectangle(screen, (0, 0), (SCREEN_W, 34), (250, 250, 250), -1)  # status bar
    _text(screen, "9:41", (16, 24), 0.5, (20, 20, 20))
    cv2.rectangle(screen, (12, 60), (SCREEN_W - 12, SCREEN_H - 40), colour, -1)
    _text(screen, "SERENITY SPA", (28, 96), 0.6, ink)
    _text(screen, "MEMBER", (28, 140), 0.4, ink)
    _text(screen, rng.choice(["A. HUGHES", "J. OKAFOR", "M. GARCIA"]), (28, 166), 0.6, ink)
    _text(screen, "VALID TO 31/12/27", (28, 200), 0.4, ink)
    if modules is None:
        _text(screen, "Show this pass at reception", (28, 420), 0.45, ink)
        return screen, None
    square = symbology in ("QRCode", "Aztec")
    # a wallet draws a linear code short and wide, a square one about half the pass wide
    w, h = _fit(
        modules, int(SCREEN_W * (0.55 if square else 0.8)), 60 if symbology == "Code128" else None
    )
    x0 = (SCREEN_W - w) // 2
    y0 = 250 + (SCREEN_H - 300 - h) // 2
    cv2.rectangle(screen, (x0 - 8, y0 - 8), (x0 + w + 8, y0 + h + 8), (255, 255, 255), -1)
    return screen, Placement(x0, y0, w, h, modules)


def _app_screen(modules: Frame, symbology: str, dark: bool) -> tuple[Frame, Placement]:
    """A club's app: the code large on a plain screen, light on dark in dark mode."""
    screen = np.full((SCREEN_H, SCREEN_W, 3), 18 if dark else 250, np.uint8)
    ink = (230, 230, 230) if dark else (30, 30, 30)
    _text(screen, "My membership", (20, 70), 0.6, ink)
    w, h = _fit(modules, int(SCREEN_W * 0.8), 70 if symbology == "Code128" else None)
    x0, y0 = (SCREEN_W - w) // 2, max(100, (SCREEN_H - h) // 2)
    return screen, Placement(x0, y0, w, h, modules, light_on_dark=dark)


def _on_device(screen: Frame, placement: Placement | None) -> Frame:
    """The layout drawn at the device's resolution, the code module-exact."""
    drawn = np.repeat(np.repeat(screen, DEVICE, axis=0), DEVICE, axis=1)
    if placement is not None:
        p = placement
        code = cv2.resize(p.modules, (p.w * DEVICE, p.h * DEVICE), interpolation=cv2.INTER_NEAREST)
        if p.light_on_dark:
            code = 255 - code
        drawn[p.y * DEVICE : (p.y + p.h) * DEVICE, p.x * DEVICE : (p.x + p.w) * DEVICE] = code[
            ..., None
        ]
    return drawn  # type: ignore[no-any-return]


def _lock_screen(rng: random.Random) -> Frame:
    top = np.array(rng.choice(PASS_COLOURS), np.float32)
    ramp = np.linspace(0, 1, SCREEN_H, dtype=np.float32)[:, None, None]
    screen = (top * (1 - ramp) + np.array([20, 20, 30], np.float32) * ramp).astype(np.uint8)
    screen = np.ascontiguousarray(np.broadcast_to(screen, (SCREEN_H, SCREEN_W, 3)))
    cv2.putText(screen, "10:24", (40, 190), cv2.FONT_HERSHEY_SIMPLEX, 2.4, (250, 250, 250), 5)
    _text(screen, "Monday 7 December", (60, 90), 0.55, (240, 240, 240))
    for n in range(3):
        y = 330 + n * 70
        cv2.rectangle(screen, (16, y), (SCREEN_W - 16, y + 60), (200, 200, 205), -1)
        _text(screen, "Messages  now", (28, y + 24), 0.4, (30, 30, 30))
    return screen


def _messages(rng: random.Random) -> Frame:
    screen = np.full((SCREEN_H, SCREEN_W, 3), 252, np.uint8)
    words = ["see", "you", "at", "the", "spa", "at", "ten", "booked", "sauna", "thanks"]
    y = 60
    while y < SCREEN_H - 60:
        mine = rng.random() < 0.5
        lines = rng.randint(1, 3)
        colour = (240, 130, 20) if mine else (232, 232, 236)
        ink = (255, 255, 255) if mine else (20, 20, 20)
        x0 = 90 if mine else 14
        cv2.rectangle(screen, (x0, y), (x0 + 196, y + 22 * lines + 10), colour, -1)
        for line in range(lines):
            text = " ".join(rng.choice(words) for _ in range(4))
            _text(screen, text, (x0 + 8, y + 22 + 22 * line), 0.42, ink)
        y += 22 * lines + 24
    return screen


def _home_screen(rng: random.Random) -> Frame:
    screen = _lock_screen(rng)
    screen[220:] = screen[220:] // 2
    for row in range(6):
        for col in range(4):
            x, y = 22 + col * 70, 70 + row * 88
            colour = tuple(rng.randint(20, 250) for _ in range(3))
            cv2.rectangle(screen, (x, y), (x + 50, y + 50), colour, -1)
            _text(screen, "App", (x + 10, y + 66), 0.35, (250, 250, 250))
    return screen


def _gallery(rng: random.Random) -> Frame:
    screen = np.full((SCREEN_H, SCREEN_W, 3), 255, np.uint8)
    nprng = np.random.default_rng(rng.randrange(1 << 30))
    for row in range(7):
        for col in range(3):
            x, y = col * 100, 40 + row * 100
            tile = nprng.integers(0, 255, (6, 6, 3)).astype(np.uint8)
            tile = cv2.resize(tile, (98, 98), interpolation=cv2.INTER_CUBIC)
            screen[y : y + 98, x : x + 98] = tile[: max(0, min(98, SCREEN_H - y))]
    return screen


def _music(rng: random.Random) -> Frame:
    screen = np.full((SCREEN_H, SCREEN_W, 3), 24, np.uint8)
    x = 20
    while x < SCREEN_W - 20:
        h = rng.randint(20, 260)
        cv2.rectangle(screen, (x, 460 - h), (x + 5, 460), (240, 240, 240), -1)
        x += rng.randint(7, 12)
    return screen


def _stripes(rng: random.Random) -> Frame:
    screen = np.full((SCREEN_H, SCREEN_W, 3), 240, np.uint8)
    period = rng.randint(6, 16)
    for x in range(0, SCREEN_W, period):
        cv2.rectangle(screen, (x, 0), (x + period // 2 - 1, SCREEN_H), (40, 40, 40), -1)
    return screen


NO_CODE_SCREENS: dict[str, Callable[[random.Random], Frame]] = {
    "lock screen": _lock_screen,
    "messages": _messages,
    "home screen": _home_screen,
    "photo gallery": _gallery,
    "pass without a code": lambda r: _pass_screen(r, None, None)[0],
    "music app": _music,
    "blank white screen": lambda r: np.full((SCREEN_H, SCREEN_W, 3), 250, np.uint8),
    "striped wallpaper": _stripes,
}


def _crack(screen: Frame, rng: random.Random) -> Frame:
    """Lines from an impact point, with a few branches, over the content."""
    out = screen.copy()
    height, width = screen.shape[:2]
    origin = (rng.uniform(0.1, 0.9) * width, rng.uniform(0.3, 0.8) * height)
    for _ in range(rng.randint(3, 7)):
        x, y = origin
        heading = rng.uniform(0, 2 * np.pi)
        points = [(int(x), int(y))]
        for _ in range(rng.randint(6, 20)):
            heading += rng.uniform(-0.4, 0.4)
            step = rng.uniform(10, 40) * DEVICE
            x, y = x + step * np.cos(heading), y + step * np.sin(heading)
            points.append((int(x), int(y)))
        shade = (235, 235, 235) if rng.random() < 0.6 else (60, 60, 60)
        cv2.polylines(out, [np.array(points, np.int32)], False, shade, rng.choice([1, 2, 3]) * 2)
    return out


# ---------------------------------------------------------------------- the screen as emitted


def _subpixel_gain(
    inverse: np.ndarray,
    density: float,
    fill: float,
    box: tuple[int, int, int, int],
    sensor: Sensor,
) -> np.ndarray:
    """How much of each colour every camera pixel receives from the screen's sub-pixel grid.

    Each of the phone's real pixels (``density`` of them to a pixel as drawn here) is three
    stripes, red, green and blue, with a dark gap below (``fill``: the lit share of its
    height). A camera pixel sees a few points of that grid, not its average: sampled at a
    pitch close to its own, the grid aliases into the slow bands a photographed screen shows.
    Nine samples a pixel give the beat's shape; its depth is the caller's (the lens and the
    pixel's area smooth the grid before the sensor samples it, by how much depends on focus
    and distance)."""
    x0, y0, x1, y1 = box  # only where the phone is: the rest of the frame is not a screen
    gain = np.zeros((sensor.height, sensor.width, 3), np.float32)
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    offsets = (-1 / 3, 0.0, 1 / 3)
    for dx, dy in ((dx, dy) for dx in offsets for dy in offsets):
        x, y = xs + dx, ys + dy
        w = inverse[2, 0] * x + inverse[2, 1] * y + inverse[2, 2]
        u = (inverse[0, 0] * x + inverse[0, 1] * y + inverse[0, 2]) / w * density
        v = (inverse[1, 0] * x + inverse[1, 1] * y + inverse[1, 2]) / w * density
        lit = (v - np.floor(v)) < fill
        stripe = np.floor((u - np.floor(u)) * 3).astype(np.int8)  # 0 red, 1 green, 2 blue
        for channel, colour in ((2, 0), (1, 1), (0, 2)):  # OpenCV's B, G, R planes
            gain[y0:y1, x0:x1, channel] += (lit & (stripe == colour)) * (3 / fill / 9)
    return gain


def _phone_into_frame(
    frame: Frame,
    screen: Frame,
    *,
    centre: tuple[float, float],
    focus: tuple[float, float],
    height_frac: float,
    angle: float,
    tilt: float,
    exposure: float,
    density: float,
    moire: float,
    sensor: Sensor = SENSOR_720P,
) -> tuple[Frame, np.ndarray]:
    """The screen inside a black phone body, warped into the frame and exposed; and where the
    phone is (1.0 inside, 0.0 outside), for what happens on its glass. ``focus`` (a share of
    the screen's width and height: the code a guest aims at the camera) lands at ``centre``."""
    bezel = int(screen.shape[1] * 0.05)
    body = cv2.copyMakeBorder(screen, bezel * 2, bezel * 2, bezel, bezel, cv2.BORDER_CONSTANT)
    lit = cv2.copyMakeBorder(
        np.ones(screen.shape[:2], np.float32),
        bezel * 2,
        bezel * 2,
        bezel,
        bezel,
        cv2.BORDER_CONSTANT,
        value=0.0,
    )
    ph, pw = body.shape[:2]
    scale = sensor.height * height_frac / ph
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    squeeze = tilt * pw
    dst = np.float32([[0, 0], [pw, squeeze], [pw, ph - squeeze], [0, ph]]) * scale
    warp = cv2.getPerspectiveTransform(src, dst)
    w2, h2 = pw * scale / 2, ph * scale / 2
    rot = np.vstack([cv2.getRotationMatrix2D((w2, h2), angle, 1.0), [0, 0, 1]])
    aim = np.float32(
        [[[bezel + focus[0] * screen.shape[1], bezel * 2 + focus[1] * screen.shape[0]]]]
    )
    fx, fy = cv2.perspectiveTransform(aim, rot @ warp)[0, 0]
    move = np.float32(
        [[1, 0, centre[0] * sensor.width - fx], [0, 1, centre[1] * sensor.height - fy], [0, 0, 1]]
    )
    matrix = move @ rot @ warp
    size = (sensor.width, sensor.height)
    radiance = cv2.warpPerspective(body.astype(np.float32), matrix, size)
    screen_on = cv2.warpPerspective(lit, matrix, size)[..., None]
    phone = cv2.warpPerspective(np.ones((ph, pw), np.float32), matrix, size)[..., None]
    x, y, w, h = cv2.boundingRect((screen_on[..., 0] > 0).astype(np.uint8))
    beat = _subpixel_gain(np.linalg.inv(matrix), density, 0.8, (x, y, x + w, y + h), sensor)
    gain = 1 + moire * (beat - 1)
    radiance *= gain * screen_on * exposure
    # the lens spreads light a little, and a screen brighter than the sensor can hold glows
    # into its dark neighbours (bloom: dark modules thin out)
    radiance = cv2.GaussianBlur(radiance, (0, 0), 0.7 * sensor.scale)
    overflow = np.maximum(radiance - 255, 0)
    glow = cv2.GaussianBlur(overflow, (0, 0), 3 * sensor.scale)
    radiance = radiance + glow * 0.5 + 6  # glass is never black
    out = frame.astype(np.float32) * (1 - phone) + radiance * phone
    return np.clip(out, 0, 255).astype(np.uint8), phone  # type: ignore[return-value]


def _pwm_bands(frame: Frame, brightness: float, phase: float, period: float) -> Frame:
    """A dimmed screen's flicker through a rolling shutter: dark rows, moving each frame."""
    rows = np.arange(frame.shape[0], dtype=np.float32)
    duty = 0.35 + 0.6 * brightness
    on = (((rows / period) + phase) % 1.0) < duty
    # a webcam indoors exposes for 1/60 s or longer, over several of the flicker's cycles:
    # the bands are shallow, deeper the dimmer the screen (the longer its dark part)
    depth = 0.25 * (1 - brightness) + 0.05
    gain = np.where(on, 1.0, 1.0 - depth).astype(np.float32)[:, None]
    slit = int(9 * frame.shape[0] / HEIGHT) | 1  # the shutter's slit softens the edges
    gain = cv2.GaussianBlur(gain, (1, slit), 0)
    return (frame.astype(np.float32) * gain[:, :, None]).clip(0, 255).astype(np.uint8)  # type: ignore[no-any-return]


def _reflection(frame: Frame, rng: random.Random, jitter: random.Random) -> Frame:
    """Glare on the glass: a window's bright soft patch, or a ceiling light's streak."""
    height, width = frame.shape[:2]
    scale = height / HEIGHT
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    cx = rng.uniform(0.3, 0.7) * width + jitter.uniform(-4, 4) * scale
    cy = rng.uniform(0.3, 0.7) * height
    if rng.random() < 0.5:
        blob = np.exp(-(((xx - cx) / (width * 0.09)) ** 2 + ((yy - cy) / (height * 0.18)) ** 2))
    else:  # a strip light: long and thin, at an angle
        theta = rng.uniform(0, np.pi)
        across = (xx - cx) * np.sin(theta) - (yy - cy) * np.cos(theta)
        blob = np.exp(-((across / (rng.uniform(10, 30) * scale)) ** 2))
    strength = rng.uniform(60, 200)
    return np.clip(frame + blob[..., None] * strength, 0, 255).astype(np.uint8)  # type: ignore[no-any-return]


def _on_glass(frame: Frame, changed: Frame, glass: np.ndarray) -> Frame:
    """``changed`` where the phone is, ``frame`` round it."""
    mixed = frame.astype(np.float32) * (1 - glass) + changed.astype(np.float32) * glass
    return mixed.astype(np.uint8)  # type: ignore[no-any-return]


# ---------------------------------------------------------------------- the corpus


def phone_corpus(
    positives: int = 200, negatives: int = 64, seed: int = 1207, sensor: Sensor = SENSOR_720P
) -> list[PhoneSample]:
    """``positives`` clips of phones showing a code, ``negatives`` of phones showing none;
    the same scenes whatever the ``sensor``."""
    rng = random.Random(seed)
    samples: list[PhoneSample] = []
    for n in range(positives):
        symbology = PHONE_SYMBOLOGIES[n % len(PHONE_SYMBOLOGIES)]
        samples.append(
            PhoneSample(
                len(samples), f"{symbology} #{n}", symbology, _payload(symbology, rng), sensor
            )
        )
    names = list(NO_CODE_SCREENS)
    for n in range(negatives):
        name = names[n % len(names)]
        samples.append(
            PhoneSample(len(samples), f"phone, no code: {name} #{n}", None, None, sensor)
        )
    return samples


EFFECTS = ("crack", "glare", "motion", "rolling shutter", "defocus", "reflected room")


@dataclass(frozen=True)
class Look:
    """How one clip's phone is shown and held (the same for its five frames)."""

    brightness: float
    """The screen's brightness setting, 0.1 to 1.0."""
    effects: frozenset[str]
    flicker_period: int | None
    """Rows per PWM cycle for a dimmed screen that flickers; None when it does not."""
    angle: float
    height_frac: float
    tilt: float
    density: float
    moire: float
    """How deep the sub-pixel grid's beat comes through (0: none, 1: every sample a stripe)."""
    app: str
    """"pass" (a wallet's white plate), "app" or "app, dark mode"."""


def look_of(sample: PhoneSample) -> Look:
    rng = random.Random(sample.index * 104729)
    effects = frozenset(rng.sample(EFFECTS, k=rng.randint(1, 4)))
    brightness = rng.choice([0.1, 0.2, 0.35, 0.5, 0.7, 0.85, 1.0])
    flickers = brightness <= 0.5 and rng.random() < 0.7
    app = "pass"
    if sample.index % 8 == 3:
        app = "app, dark mode" if rng.random() < 0.5 else "app"
    return Look(
        brightness=brightness,
        effects=effects,
        flicker_period=rng.randint(24, 90) if flickers else None,
        angle=rng.choice([0.0, 0.0, rng.uniform(-30, 30), 90.0, -90.0, rng.uniform(-180, 180)]),
        # held close: a phone's code is small, and a guest brings it to the camera until the
        # preview shows it (the phone may run out of the frame)
        height_frac=rng.uniform(0.9, 1.7),
        tilt=rng.choice([0.0, rng.uniform(0, 0.12), rng.uniform(0.12, 0.22)]),
        density=rng.uniform(2.6, 4.2),
        moire=rng.uniform(0.1, 0.45),
        app=app,
    )


def _screen(sample: PhoneSample, rng: random.Random) -> tuple[Frame, Placement | None]:
    """What the phone shows (``rng``: the clip's own details, drawn from here on)."""
    look = look_of(sample)
    if sample.symbology is None:
        names = list(NO_CODE_SCREENS)
        return NO_CODE_SCREENS[names[sample.index % len(names)]](random.Random(sample.index)), None
    assert sample.payload is not None
    modules = _modules(sample.symbology, sample.payload)
    if look.app == "pass":
        return _pass_screen(rng, modules, sample.symbology)
    return _app_screen(modules, sample.symbology, dark=look.app == "app, dark mode")


def _clip_rng(sample: PhoneSample) -> random.Random:
    return random.Random(sample.index * 7 + 1)  # the details of the clip's effects


BEZEL = int(SCREEN_W * 0.05)
PHONE_H = SCREEN_H + 4 * BEZEL
"""The phone's height in layout pixels: the screen, and a bezel twice as deep above and below."""


def module_px(sample: PhoneSample) -> float:
    """How wide one module (the narrowest bar, a square's side) comes out in the frame's pixels,
    before tilt and blur: what the camera has to resolve."""
    _, placement = _screen(sample, _clip_rng(sample))
    assert placement is not None
    per_layout_px = sample.sensor.height * look_of(sample).height_frac / PHONE_H
    return placement.w / placement.modules.shape[1] * per_layout_px


def _make_frame(sample: PhoneSample, step: int) -> Frame:
    look = look_of(sample)
    rng = _clip_rng(sample)
    jitter = random.Random(sample.index * 104729 + step + 1)  # what changes frame to frame
    sensor = sample.sensor
    room = _background(
        np.random.default_rng(sample.index + 7), sample.index, (sensor.width, sensor.height)
    )
    screen, placement = _screen(sample, rng)
    screen = _on_device(screen, placement)
    if "crack" in look.effects:
        screen = _crack(screen, rng)
    # how bright the screen's white comes out in a frame exposed for the room: dim at 10 %,
    # burnt out (255 and beyond) from about 60 %
    exposure = 0.12 + 0.9 * look.brightness**0.8
    if placement is None:
        focus = (0.5, 0.5)
    else:
        focus = (
            (placement.x + placement.w / 2) / SCREEN_W,
            (placement.y + placement.h / 2) / SCREEN_H,
        )
    frame, glass = _phone_into_frame(
        room,
        screen,
        centre=(rng.uniform(0.4, 0.6) + jitter.uniform(-0.004, 0.004), rng.uniform(0.4, 0.6)),
        focus=focus,
        height_frac=look.height_frac,
        angle=look.angle + jitter.uniform(-0.8, 0.8),
        tilt=look.tilt,
        exposure=exposure,
        density=look.density / DEVICE,
        moire=look.moire,
        sensor=sensor,
    )
    if look.flicker_period is not None:
        period = look.flicker_period * sensor.scale
        banded = _pwm_bands(frame, look.brightness, jitter.random(), period)
        frame = _on_glass(frame, banded, glass)
    if "glare" in look.effects:
        frame = _on_glass(frame, _reflection(frame, rng, jitter), glass)
    if "reflected room" in look.effects:  # the room faintly in the glass: less contrast
        fogged = np.clip(frame.astype(np.float32) * 0.8 + rng.uniform(20, 50), 0, 255)
        frame = _on_glass(frame, fogged.astype(np.uint8), glass)
    if "motion" in look.effects:
        length = round((rng.randint(3, 6) + jitter.randint(0, 2)) * sensor.scale)
        frame = _motion_blur(frame, length, rng.uniform(0, 180))
    if "rolling shutter" in look.effects:
        frame = _rolling_shutter(frame, rng.uniform(-0.06, 0.06))
    if "defocus" in look.effects:  # held too close for the lens
        frame = cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.8, 1.8) * sensor.scale)
    sigma = rng.uniform(3, 10) / max(0.4, look.brightness)  # a dim screen: the gain's noise
    frame = _noise(frame, sigma, sample.index * 31 + step)
    return _jpeg(frame, rng.randint(40, 85))
