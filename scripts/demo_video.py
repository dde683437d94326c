"""Write a video of demo wristbands held up to a camera, to try the camera path without one:

.venv/bin/python scripts/demo_video.py /tmp/bands.avi
.venv/bin/kiosk --demo --camera /tmp/bands.avi
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.videogen import band_frames, blank, write_video

CODES = [("Code128", "100200300"), ("Code128", "100200301"), ("QRCode", "100200302")]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bands.avi")
    frames = []
    for symbology, code in CODES:
        frames += [blank()] * 45 + band_frames(symbology, code, 90)
    write_video(out, frames)
    print(f"wrote {out} ({len(frames)} frames, 30 fps)")


if __name__ == "__main__":
    main()
