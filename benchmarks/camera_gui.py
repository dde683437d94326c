"""How late the GUI thread runs while the camera decodes continuously.

A 640x480 video (half the frames carry a code, half are empty, which is the expensive case:
every decoder in the chain runs) plays in a loop at 30 fps through the real capture and
decoding threads, with the preview painted on the GUI thread. A 5 ms QTimer on the GUI thread
records how late each tick fires. Target: no GUI stall over 16 ms (one frame at 60 Hz).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/camera_gui.py [--seconds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import machine, percentile, write_section
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.devices.camera import CameraScanner
from kiosk.ui.camera_preview import CameraPreview
from tests.videogen import band_frames, blank, write_video

TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15)
    args = parser.parse_args()
    app = QApplication([])
    video = Path(tempfile.mkdtemp()) / "desk.avi"
    frames = []
    for n in range(4):
        frames += [blank()] * 15 + band_frames("Code128", f"10020030{n}", 15)
    write_video(video, frames)

    preview = CameraPreview()
    preview.resize(640, 480)
    preview.show()
    camera = CameraScanner(str(video), loop=True, preview_every=1)
    camera.preview.connect(preview.show_frame)
    camera.codes_seen.connect(preview.show_codes)
    scans: list[str] = []
    camera.scanned.connect(lambda event: scans.append(event.payload))

    lateness: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(timer.timerType().PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    camera.start()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    started = time.perf_counter()
    app.exec()
    elapsed = time.perf_counter() - started
    camera.stop()
    stats = camera.stats
    worst = max(lateness)
    result = (
        f"- Machine: {machine()}\n"
        f"- Command: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/camera_gui.py "
        f"--seconds {args.seconds:g}`\n"
        f"- Camera: 640x480 MJPG file at 30 fps, looped; half the frames empty (full chain runs)\n"
        f"- Frames read {stats['frames']} ({stats['frames'] / elapsed:.0f}/s), decoded "
        f"{stats['decoded']} ({stats['decoded'] / elapsed:.0f}/s), dropped while busy "
        f"{stats['dropped']}; scan events {len(scans)}\n"
        f"- GUI timer lateness ({TICK_MS} ms ticks, {len(lateness)} ticks): median "
        f"{statistics.median(lateness):.2f} ms, p99 {percentile(lateness, 0.99):.2f} ms, "
        f"worst {worst:.2f} ms\n"
        f"- Target worst stall <= 16 ms: {'meets' if worst <= 16 else 'MISSES'}\n"
    )
    print(result)
    write_section("GUI thread while the camera decodes (benchmarks/camera_gui.py)", result)


if __name__ == "__main__":
    main()
