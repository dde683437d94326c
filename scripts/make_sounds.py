"""Generate the three feedback sounds (assets/sounds/*.wav): distinct by pitch and rhythm, so
they tell apart even for someone who cannot see the screen.

    .venv/bin/python scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# (frequency Hz, duration s) notes; 0 Hz is a rest
SOUNDS = {
    "admit": [(880, 0.09), (0, 0.03), (1320, 0.14)],  # rising two-note chime
    "warn": [(660, 0.12), (0, 0.06), (660, 0.12)],  # two equal beeps
    "deny": [(330, 0.22), (0, 0.05), (220, 0.30)],  # falling low tones
}


def render(notes: list[tuple[float, float]]) -> bytes:
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for n in range(count):
            envelope = min(1.0, n / 200, (count - n) / 400)  # no clicks at the edges
            value = math.sin(2 * math.pi * frequency * n / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(value * envelope * 0.5 * 32767))
    return bytes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
