"""Camera decoding on the project's two camera corpora, for each raw library and for the
camera's pipeline, in one run: reads, wrong texts, invented codes and time per 1280x720 frame.

- *bands* (tests/camcorpus.py): wristbands and cards held up to a desk's webcam, and desk
  scenes with no code; the site's default symbologies;
- *phones* (tests/phonecorpus.py): wallet passes and club apps on a phone's screen (moire,
  brightness 10-100 %, flicker, glare, cracks, tilt, motion), and phones showing no code; a
  site that takes wallet passes (the defaults and PDF417, Aztec).

Every sample is a clip of five frames. A raw library "emits" whatever it reads on any frame:
"zxing" as it comes (every format), "zxing, site's symbologies" restricted to the site's, which
is the comparison that counts (a site would never let a raw library look for every format).
The camera pipeline emits what its trust rules accept over the clip (kiosk.scan.trust). A clip
counts as *read* when the right text was emitted, *wrong* when any other text was (on a code
of an enabled symbology), and a *false positive* when anything was emitted for a scene with no
code or for a symbology the site does not use.

Also: which of the pipeline's passes made the first read of a clip (what each pass earns) and
what each costs, and for the phones, reads by screen brightness and by effect.

    .venv/bin/python benchmarks/decode.py               # both corpora (about 15 min on 2 cores)
    .venv/bin/python benchmarks/decode.py --corpus phones

The phones' scenes as a camera asked for 1920x1080 sees them (``[scanning] camera_resolution``),
against raw zxing-cpp with the site's symbologies only:

    .venv/bin/python benchmarks/decode.py --corpus phones-1080p --libraries ""
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine, percentile, write_section

from kiosk.scan.chain import CameraChain, View
from kiosk.scan.decoders import RAW_LIBRARIES, Decoded, DecoderChain, ZxingDecoder, raw_library
from kiosk.scan.trust import Confirmer
from tests import camcorpus, phonecorpus

RETAIL = (*camcorpus.DEFAULT_SYMBOLOGIES, "EAN13", "UPCA")
SAME = "zxing, site's symbologies"
PIPELINE = "camera pipeline"


class Sample(Protocol):
    index: int
    name: str
    symbology: str | None
    payload: str | None

    def frames(self) -> object: ...


@dataclass
class Tally:
    read: int = 0
    wrong: int = 0
    false_positive: int = 0
    positives: int = 0
    negatives: int = 0
    ms: list[float] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)

    def clip(self, enabled: bool, payload: str | None, emitted: set[str], name: str) -> bool:
        """Counts one clip; True when it was read."""
        if enabled and payload is not None:
            self.positives += 1
            self.read += payload in emitted
            if emitted - {payload}:
                self.wrong += 1
                self.examples.append(f"{name}: {sorted(emitted - {payload})}")
            return payload in emitted
        self.negatives += 1
        if emitted:
            self.false_positive += 1
            self.examples.append(f"{name}: {sorted(emitted)}")
        return False

    @property
    def share(self) -> float:
        return 100 * self.read / max(1, self.positives)

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.read}/{self.positives} ({self.share:.1f} %) | {self.wrong} | "
            f"{self.false_positive}/{self.negatives} | {statistics.median(self.ms):.1f} | "
            f"{percentile(self.ms, 0.95):.1f} |"
        )


@dataclass(frozen=True)
class Corpus:
    name: str
    samples: Sequence[Sample]
    symbologies: tuple[str, ...]
    pipelines: dict[str, tuple[str, ...]]
    describe: str
    module_px: Callable[[Sample], float]
    """How wide a clip's module comes out in the frame (``module_px`` of its corpus)."""
    conditions: Callable[[Sample], list[str]] | None = None
    """For a breakdown of reads by condition (brightness, effects)."""
    frame_size: str = "1280x720"


@dataclass(frozen=True)
class ModuleRead:
    """One clip of a code, by how wide its modules came out, and whether each read it."""

    corpus: str
    shape: str
    px: float
    pipeline: bool
    raw: bool


def _shape(symbology: str) -> str:
    if symbology == "PDF417":
        return "stacked"
    return "2D" if symbology in ("QRCode", "DataMatrix", "Aztec") else "1D"


def _phone_conditions(sample: Sample) -> list[str]:
    look = phonecorpus.look_of(sample)  # type: ignore[arg-type]
    names = [str(sample.symbology), f"brightness {round(look.brightness * 100)} %"]
    names += sorted(look.effects)
    if look.flicker_period is not None:
        names.append("flicker (PWM)")
    if look.app != "pass":
        names.append(look.app)
    return names


def corpora(which: str, scale: float) -> list[Corpus]:
    found = []
    if which in ("bands", "both"):
        found.append(
            Corpus(
                "bands",
                camcorpus.corpus(int(320 * scale), int(90 * scale)),
                camcorpus.DEFAULT_SYMBOLOGIES,
                {PIPELINE: camcorpus.DEFAULT_SYMBOLOGIES, f"{PIPELINE}, retail": RETAIL},
                f"tests/camcorpus.py, {int(320 * scale)} clips of bands and cards, "
                f"{int(90 * scale)} desk scenes without a code; the default symbologies "
                f"{', '.join(camcorpus.DEFAULT_SYMBOLOGIES)}",
                camcorpus.module_px,  # type: ignore[arg-type]
            )
        )
    if which in ("phones", "both"):
        found.append(
            Corpus(
                "phones",
                phonecorpus.phone_corpus(int(200 * scale), int(64 * scale)),
                phonecorpus.WALLET_SYMBOLOGIES,
                {PIPELINE: phonecorpus.WALLET_SYMBOLOGIES},
                f"tests/phonecorpus.py, {int(200 * scale)} clips of phones showing a QR, Code "
                f"128, PDF417 or Aztec code, {int(64 * scale)} of phones showing none; a site "
                f"that takes wallet passes ({', '.join(phonecorpus.WALLET_SYMBOLOGIES)})",
                phonecorpus.module_px,  # type: ignore[arg-type]
                _phone_conditions,
            )
        )
    if which == "phones-1080p":
        found.append(
            Corpus(
                "phones at 1920x1080",
                phonecorpus.phone_corpus(
                    int(200 * scale), int(64 * scale), sensor=phonecorpus.SENSOR_1080P
                ),
                phonecorpus.WALLET_SYMBOLOGIES,
                {PIPELINE: phonecorpus.WALLET_SYMBOLOGIES},
                "tests/phonecorpus.py's clips as a camera asked for 1920x1080 sees them (the "
                "same scenes; blur, shake, flicker and glints scaled with the pixels); a site "
                "that takes wallet passes",
                phonecorpus.module_px,  # type: ignore[arg-type]
                _phone_conditions,
                "1920x1080",
            )
        )
    return found


def _emitted_raw(library: DecoderChain | ZxingDecoder, frames: list, ms: list[float]) -> set[str]:
    emitted: set[str] = set()
    for frame in frames:
        started = time.perf_counter()
        found: list[Decoded] = library.decode(frame)
        ms.append((time.perf_counter() - started) * 1000)
        emitted |= {r.text for r in found}
    return emitted


def measure(corpus: Corpus, libraries: Sequence[str]) -> tuple[str, list[ModuleRead]]:
    raws: dict[str, DecoderChain | ZxingDecoder] = {
        SAME: ZxingDecoder("zxing", symbologies=corpus.symbologies, whole_frame=True)
    }
    raws |= {name: raw_library(name) for name in libraries}
    tallies = {name: Tally() for name in [*raws, *corpus.pipelines]}
    first_reads: Counter[str] = Counter()
    by_condition: dict[str, Counter[str]] = defaultdict(Counter)
    by_module: list[ModuleRead] = []
    for sample in corpus.samples:
        frames = list(sample.frames())  # type: ignore[call-overload]
        enabled = sample.symbology in corpus.symbologies
        read_by: dict[str, bool] = {}
        for name, library in raws.items():
            emitted = _emitted_raw(library, frames, tallies[name].ms)
            # a raw library has no notion of the site's symbologies: it is judged on the same
            # clips as the pipeline (the site's symbologies, and scenes without a code)
            if enabled or sample.symbology is None:
                read_by[name] = tallies[name].clip(enabled, sample.payload, emitted, sample.name)
        for label, symbologies in corpus.pipelines.items():
            chain = CameraChain(symbologies)
            ticks = iter(range(1000))
            confirmer = Confirmer(symbologies, clock=lambda t=ticks: next(t) / 30)
            emitted = set()
            first: str | None = None
            for frame in frames:
                result = chain.decode(frame)
                tallies[label].ms.append(result.ms)
                accepted = confirmer.accept(result.reads)
                if accepted and first is None:
                    first = accepted[0].decoder
                emitted |= {r.text for r in accepted}
            on = sample.symbology in symbologies
            read_by[label] = tallies[label].clip(on, sample.payload, emitted, sample.name)
            if first is not None and label == PIPELINE:
                first_reads[first] += 1
        if sample.symbology is not None and enabled:
            by_module.append(
                ModuleRead(
                    corpus.name,
                    _shape(sample.symbology),
                    corpus.module_px(sample),
                    read_by.get(PIPELINE, False),
                    read_by.get(SAME, False),
                )
            )
        if corpus.conditions is not None and sample.payload is not None and enabled:
            for condition in corpus.conditions(sample):
                by_condition[condition]["clips"] += 1
                by_condition[condition][SAME] += read_by.get(SAME, False)
                by_condition[condition][PIPELINE] += read_by.get(PIPELINE, False)
    return _report(corpus, tallies, first_reads, by_condition, list(raws)), by_module


def _pass_costs(corpus: Corpus) -> dict[str, list[float]]:
    """What each pass costs, measured alone on frames of every fourth clip."""
    costing = CameraChain(corpus.symbologies)
    pass_ms: dict[str, list[float]] = defaultdict(list)
    for sample in corpus.samples[::4]:
        for frame in list(sample.frames())[:2]:  # type: ignore[call-overload]
            view = View(frame)
            for step in costing.passes:
                started = time.perf_counter()
                step.run(view)
                pass_ms[step.name].append((time.perf_counter() - started) * 1000)
    return pass_ms


def _report(
    corpus: Corpus,
    tallies: dict[str, Tally],
    first_reads: Counter[str],
    by_condition: dict[str, Counter[str]],
    raws: list[str],
) -> str:
    ours = tallies[PIPELINE]
    best_raw = max(raws, key=lambda name: tallies[name].share)
    pass_ms = _pass_costs(corpus)
    rows = "\n".join(tallies[name].row(name) for name in tallies)
    passes = "\n".join(
        f"| {step} | {first_reads.get(step, 0)} | {statistics.median(ms):.1f} | "
        f"{percentile(ms, 0.95):.1f} |"
        for step, ms in pass_ms.items()
    )
    examples = [f"{name}: {e}" for name, t in tallies.items() for e in t.examples[:3]]
    text = (
        f"### {corpus.name}\n\n- Corpus: {corpus.describe}; clips of {camcorpus.CLIP} frames "
        f"at {corpus.frame_size}\n\n"
        "| decoder | clips read | wrong texts | false positives | median ms/frame | "
        "p95 ms/frame |\n|---|---|---|---|---|---|\n"
        f"{rows}\n\n"
        f"- The pipeline reads {ours.share - tallies[SAME].share:+.1f} points against raw "
        f"zxing-cpp with the same symbologies, {ours.share - tallies[best_raw].share:+.1f} "
        f"against the best raw library ({best_raw}).\n"
        + (
            "- Wrong texts and false positives:\n  - " + "\n  - ".join(examples) + "\n"
            if examples
            else "- No wrong text and no false positive from any decoder.\n"
        )
        + "\nWhat each pass of the pipeline earns (clips whose first accepted read it made) "
        f"and costs (ms on a {corpus.frame_size} frame, run alone):\n\n"
        "| pass | first reads | median ms | p95 ms |\n|---|---|---|---|\n"
        f"{passes}\n"
    )
    if by_condition:
        lines = "\n".join(
            f"| {condition} | {counts['clips']} | "
            f"{100 * counts[SAME] / counts['clips']:.0f} % | "
            f"{100 * counts[PIPELINE] / counts['clips']:.0f} % |"
            for condition, counts in sorted(by_condition.items(), key=_condition_order)
        )
        text += (
            "\nReads by symbology and condition (a clip has a brightness and one to four "
            "effects):\n\n"
            f"| condition | clips | {SAME} | {PIPELINE} |\n|---|---|---|---|\n{lines}\n"
        )
    return text


def _condition_order(item: tuple[str, Counter[str]]) -> tuple[int, int, str]:
    name = item[0]
    if name in phonecorpus.PHONE_SYMBOLOGIES:
        return (0, 0, name)
    if name.startswith("brightness"):
        return (1, int(name.split()[1]), name)
    return (2, 0, name)


MODULE_BINS = ((0.0, 2.0), (2.0, 2.5), (2.5, 3.0), (3.0, 4.0), (4.0, 6.0), (6.0, 99.0))


def module_table(reads: list[ModuleRead]) -> str:
    """Reads by how wide the modules came out, per corpus and kind of code: whether a gap
    between the corpora is the pipeline's or the codes' size."""
    columns = [
        (corpus, shape)
        for corpus in dict.fromkeys(r.corpus for r in reads)
        for shape in ("1D", "stacked", "2D")
        if any(r.corpus == corpus and r.shape == shape for r in reads)
    ]
    head = " | ".join(f"{corpus}, {shape}" for corpus, shape in columns)
    lines = [f"| module | {head} |", "|---|" + "---|" * len(columns)]
    for low, high in MODULE_BINS:
        cells = []
        for corpus, shape in columns:
            bin_reads = [
                r for r in reads if r.corpus == corpus and r.shape == shape and low <= r.px < high
            ]
            read = sum(r.pipeline for r in bin_reads)
            cells.append(
                f"{read}/{len(bin_reads)} ({100 * read / len(bin_reads):.0f} %)"
                if bin_reads
                else "-"
            )
        label = (
            f"under {high:g} px"
            if low == 0
            else (f"{low:g} px and over" if high > 90 else f"{low:g}-{high:g} px")
        )
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return (
        "\n### Reads by module size\n\n"
        "The camera pipeline's reads by how wide one module (the narrowest bar, a square's "
        "side) came out in the frame, before tilt and blur (`module_px` in each corpus), to "
        "tell a gap between the corpora that is the pipeline's from one that is the size of "
        "their codes.\n\n" + "\n".join(lines) + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--corpus", choices=("bands", "phones", "both", "phones-1080p"), default="both"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="a share of each corpus (0.25: a quick look)"
    )
    parser.add_argument(
        "--libraries",
        default=",".join(RAW_LIBRARIES),
        help="raw libraries to compare as they come (besides zxing with the site's symbologies)",
    )
    args = parser.parse_args()
    libraries = [name for name in args.libraries.split(",") if name]
    measured = [measure(corpus, libraries) for corpus in corpora(args.corpus, args.scale)]
    sections = [text for text, _ in measured]
    sections.append(module_table([read for _, reads in measured for read in reads]))
    command = "`.venv/bin/python benchmarks/decode.py"
    command += f" --corpus {args.corpus}" if args.corpus != "both" else ""
    command += f' --libraries "{args.libraries}"' if set(libraries) != set(RAW_LIBRARIES) else ""
    command += "`"
    result = f"- Machine: {machine()}\n- Command: {command}\n\n" + "\n".join(sections)
    print(result)
    if args.scale == 1.0 and args.corpus == "both" and set(libraries) == set(RAW_LIBRARIES):
        write_section("Decoding camera frames (benchmarks/decode.py)", result)
    if args.scale == 1.0 and args.corpus == "phones-1080p":
        write_section(
            f"A camera at 1920x1080 (benchmarks/decode.py --corpus {args.corpus})", result
        )


if __name__ == "__main__":
    main()
