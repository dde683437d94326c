"""Camera decoding on the harder corpus (tests/camcorpus.py): reads, wrong texts, invented codes
and time per 1280x720 frame, for each raw library and for the camera's pipeline, in one run.

Every sample is a clip of five frames. A raw library "emits" whatever it reads on any frame; the
camera pipeline emits what its trust rules accept over the clip (kiosk.scan.trust), for the
default symbologies and, in a second row, with EAN-13/UPC-A turned on as a retail site would.
A clip counts as *read* when the right text was emitted, *wrong* when any other text was
(on a code of an enabled symbology), and a *false positive* when anything was emitted for a
scene with no code or for a symbology the site does not use.

Also: which of the pipeline's passes made the first read of a clip (what each pass earns) and
what each costs.

    .venv/bin/python benchmarks/decode.py
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, percentile, write_section

from kiosk.scan.chain import CameraChain, View
from kiosk.scan.decoders import RAW_LIBRARIES, raw_library
from kiosk.scan.trust import Confirmer
from tests.camcorpus import CLIP, DEFAULT_SYMBOLOGIES, corpus

RETAIL = (*DEFAULT_SYMBOLOGIES, "EAN13", "UPCA")


class Tally:
    def __init__(self) -> None:
        self.read = self.wrong = self.false_positive = self.positives = self.negatives = 0
        self.ms: list[float] = []
        self.examples: list[str] = []

    def clip(self, enabled: bool, payload: str | None, emitted: set[str], name: str) -> None:
        if enabled and payload is not None:
            self.positives += 1
            self.read += payload in emitted
            if emitted - {payload}:
                self.wrong += 1
                self.examples.append(f"{name}: {sorted(emitted - {payload})}")
        else:
            self.negatives += 1
            if emitted:
                self.false_positive += 1
                self.examples.append(f"{name}: {sorted(emitted)}")

    def row(self, name: str) -> str:
        share = 100 * self.read / max(1, self.positives)
        return (
            f"| {name} | {self.read}/{self.positives} ({share:.0f} %) | {self.wrong} | "
            f"{self.false_positive}/{self.negatives} | {statistics.median(self.ms):.1f} | "
            f"{percentile(self.ms, 0.95):.1f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--positives", type=int, default=320)
    parser.add_argument("--negatives", type=int, default=90)
    args = parser.parse_args()
    samples = corpus(args.positives, args.negatives)
    raws = {name: raw_library(name) for name in RAW_LIBRARIES}
    tallies = {name: Tally() for name in [*raws, "camera pipeline", "camera pipeline, retail"]}
    first_reads: Counter[str] = Counter()
    pass_ms: dict[str, list[float]] = defaultdict(list)
    for sample in samples:
        frames = list(sample.frames())
        for name, library in raws.items():
            emitted: set[str] = set()
            for frame in frames:
                started = time.perf_counter()
                found = library.decode(frame)
                tallies[name].ms.append((time.perf_counter() - started) * 1000)
                emitted |= {r.text for r in found}
            # a raw library has no notion of the site's symbologies: it is judged on the same
            # clips as the pipeline (the default symbologies, and scenes without a code)
            enabled = sample.symbology in DEFAULT_SYMBOLOGIES
            if enabled or sample.symbology is None:
                tallies[name].clip(enabled, sample.payload, emitted, sample.name)
        for label, symbologies in (
            ("camera pipeline", DEFAULT_SYMBOLOGIES),
            ("camera pipeline, retail", RETAIL),
        ):
            chain = CameraChain(symbologies)
            ticks = iter(range(1000))
            confirmer = Confirmer(symbologies, clock=lambda t=ticks: next(t) / 30)
            emitted = set()
            first: str | None = None
            for frame in frames:
                result = chain.decode(frame)
                tallies[label].ms.append(result.ms)
                accepted = confirmer.accept(result.reads)
                if accepted and first is None and label == "camera pipeline":
                    first = accepted[0].decoder
                emitted |= {r.text for r in accepted}
            enabled = sample.symbology in symbologies
            tallies[label].clip(enabled, sample.payload, emitted, sample.name)
            if first is not None:
                first_reads[first] += 1
    # what each pass costs, measured alone on every frame with regions
    costing = CameraChain(DEFAULT_SYMBOLOGIES)
    for sample in samples[::4]:
        for frame in list(sample.frames())[:2]:
            view = View(frame)
            for step in costing.passes:
                started = time.perf_counter()
                step.run(view)
                pass_ms[step.name].append((time.perf_counter() - started) * 1000)
    best_raw = max(tallies[name].read / max(1, tallies[name].positives) for name in raws)
    ours = tallies["camera pipeline"]
    gain = 100 * (ours.read / max(1, ours.positives) - best_raw)
    rows = "\n".join(tallies[name].row(name) for name in tallies)
    passes = "\n".join(
        f"| {step.name} | {first_reads.get(step.name, 0)} | "
        f"{statistics.median(pass_ms[step.name]):.1f} | "
        f"{percentile(pass_ms[step.name], 0.95):.1f} |"
        for step in costing.passes
    )
    examples = [f"{name}: {e}" for name, t in tallies.items() for e in t.examples[:3]]
    result = (
        f"- Machine: {machine()}\n"
        "- Command: `.venv/bin/python benchmarks/decode.py`\n"
        f"- Corpus: tests/camcorpus.py, {len(samples)} clips of {CLIP} frames at 1280x720 "
        f"({args.positives} with a code, {args.negatives} desk scenes without one); default "
        f"symbologies {', '.join(DEFAULT_SYMBOLOGIES)}\n\n"
        "| decoder | clips read | wrong texts | false positives | median ms/frame | "
        "p95 ms/frame |\n|---|---|---|---|---|---|\n"
        f"{rows}\n\n"
        f"- The pipeline reads {gain:+.1f} points against the best raw library.\n"
        + (
            "- Wrong texts and false positives:\n  - " + "\n  - ".join(examples) + "\n"
            if examples
            else ""
        )
        + "\nWhat each pass of the pipeline earns (clips whose first accepted read it made) "
        "and costs (ms on a 1280x720 frame, run alone):\n\n"
        "| pass | first reads | median ms | p95 ms |\n|---|---|---|---|\n"
        f"{passes}\n"
    )
    print(result)
    write_section("Decoding camera frames (benchmarks/decode.py)", result)


if __name__ == "__main__":
    main()
