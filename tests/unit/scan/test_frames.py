"""The frame worker decodes the newest frame and drops stale ones while busy."""

from __future__ import annotations

import threading
import time

import numpy as np

from kiosk.scan.decoders import Decoded, DecoderChain, Image
from kiosk.scan.frames import FrameDecoder, FrameResult, LatestFrameWorker


class SlowDecoder:
    """Stands in for a decoder slower than the camera (a real one is fast on test frames):
    takes 50 ms and reports which frame it saw."""

    name = "slow"

    def decode(self, image: Image) -> list[Decoded]:
        time.sleep(0.05)
        return [Decoded(str(int(image[0, 0, 0])), "Code128", self.name)]


def test_a_busy_worker_drops_stale_frames_and_always_decodes_the_newest() -> None:
    seen: list[str] = []
    done = threading.Event()

    def on_result(result: FrameResult, frame: Image) -> None:
        seen.append(result.results[0].text)
        if result.results[0].text == "29":
            done.set()

    worker = LatestFrameWorker(FrameDecoder(DecoderChain("slow", [SlowDecoder()])), on_result)
    worker.start()
    for n in range(30):  # a 30 fps camera for one second, far faster than 50 ms a frame
        worker.submit(np.full((8, 8, 3), n, np.uint8))
        time.sleep(1 / 300)
    assert done.wait(2)
    worker.stop()
    assert seen[-1] == "29"  # the newest frame was decoded
    assert worker.dropped >= 20  # most stale frames never reached the decoder
    assert worker.decoded + worker.dropped == worker.submitted
