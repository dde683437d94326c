"""The camera's pipeline: the site's symbologies only, passes within a budget, and on a harder
corpus (tests/camcorpus.py) no wrong text and no invented code at all."""

from __future__ import annotations

import numpy as np
import pytest

from kiosk.scan.chain import CameraChain
from kiosk.scan.trust import Confirmer
from tests.camcorpus import DEFAULT_SYMBOLOGIES, corpus
from tests.imagegen import DISTORTIONS, frame_for


@pytest.fixture(scope="module")
def chain() -> CameraChain:
    return CameraChain()


@pytest.mark.parametrize("symbology", DEFAULT_SYMBOLOGIES)
@pytest.mark.parametrize("distortion", list(DISTORTIONS))
def test_every_default_symbology_is_read_within_a_few_frames(
    symbology: str, distortion: str
) -> None:
    """Each band symbology in each condition of tests/imagegen.py, held up for as many frames
    as the passes take turns."""
    from tests.imagegen import PAYLOADS

    chain = CameraChain()  # a fresh rotation of passes for each band
    frame = frame_for(symbology, distortion)
    texts = {r.text for _ in range(len(chain.turns) + 1) for r in chain.decode(frame).reads}
    assert PAYLOADS[symbology] in texts


def test_symbologies_the_site_does_not_use_are_not_read(chain: CameraChain) -> None:
    for symbology in ("EAN13", "UPCA", "EAN8", "PDF417", "Aztec"):
        frame = frame_for(symbology, "clean")
        assert chain.run_all(frame).reads == [], symbology
    assert CameraChain(["EAN13"]).decode(frame_for("EAN13", "clean")).reads


def test_a_blank_frame_costs_one_pass_and_finds_nothing(chain: CameraChain) -> None:
    result = chain.decode(np.full((720, 1280, 3), 180, np.uint8))
    assert result.reads == []
    assert result.passes == ["zxing", "no regions"]


def test_passes_take_turns_and_a_spent_budget_starts_no_slow_pass() -> None:
    bars = next(s for s in corpus() if s.name.startswith("no code: random bars"))
    frame = next(bars.frames())  # code-like, but no code: every frame goes the whole way
    ticks = iter(range(0, 10**9, 30))  # each look at the clock: 30 ms more (a 100 ms budget
    # has room for one slow pass a frame, however loaded the machine running this is)
    chain = CameraChain(budget_ms=100, clock=lambda: next(ticks) / 1000)
    turns = [chain.decode(frame).passes[-1] for _ in range(len(chain.turns))]
    assert turns == [p.name for p in chain.turns]
    starved = CameraChain(budget_ms=0.0001)
    assert starved.decode(frame).passes == ["zxing", "region"]


def test_no_wrong_text_and_no_invented_code_on_the_harder_corpus() -> None:
    """A slice of the benchmark's corpus, decoded as the camera does (the chain, then the trust
    rules over the clip's five frames): every code read is the right one, and scenes without a
    code (keyboards, text, bars, a face) and symbologies the site does not use produce nothing."""
    samples = corpus()
    chosen = samples[:64:2] + [s for s in samples if s.symbology is None][:18]
    read = 0
    for sample in chosen:
        chain = CameraChain()
        ticks = iter(range(100))
        confirmer = Confirmer(DEFAULT_SYMBOLOGIES, clock=lambda t=ticks: next(t) / 30)
        emitted = {
            r.text for frame in sample.frames() for r in confirmer.accept(chain.decode(frame).reads)
        }
        if sample.symbology in DEFAULT_SYMBOLOGIES:
            assert emitted <= {sample.payload}, (sample.name, emitted)
            read += sample.payload in emitted
        else:
            assert emitted == set(), (sample.name, emitted)
    positives = sum(1 for s in chosen if s.symbology in DEFAULT_SYMBOLOGIES)
    assert read >= positives * 0.6  # and it reads most of them (the benchmark has the numbers)
