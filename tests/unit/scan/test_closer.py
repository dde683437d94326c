"""When the camera asks for a code closer and still (``kiosk.scan.closer``): only after a code
has been found and not read again and again; never for one stray frame; gone with a read, or
when the code has gone."""

from __future__ import annotations

from kiosk.scan.closer import HINT_AFTER_S, HINT_WINDOW_S, CloserHint


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _frames(
    hint: CloserHint, clock: Clock, seconds: float, *, spoiled_every: int, read: bool = False
) -> list[bool]:
    """Decoded frames at 30 a second for ``seconds``; one in ``spoiled_every`` finds a code it
    cannot read (0: none does). The changes the hint went through."""
    changes = []
    for n in range(int(seconds * 30)):
        clock.now += 1 / 30
        spoiled = spoiled_every > 0 and n % spoiled_every == 0
        change = hint.frame(spoiled=spoiled, read=read)
        if change is not None:
            changes.append(change)
    return changes


def test_a_code_found_and_not_read_for_a_second_and_a_half_brings_the_hint() -> None:
    clock = Clock()
    hint = CloserHint(clock)
    assert _frames(hint, clock, HINT_AFTER_S - 0.2, spoiled_every=3) == []
    assert _frames(hint, clock, 0.4, spoiled_every=3) == [True]
    assert hint.shown
    # it stays while the code stays unread, and says so once
    assert _frames(hint, clock, 5, spoiled_every=3) == []


def test_a_read_takes_the_hint_away_at_once() -> None:
    clock = Clock()
    hint = CloserHint(clock)
    _frames(hint, clock, 2, spoiled_every=3)
    assert hint.shown
    clock.now += 1 / 30
    assert hint.frame(spoiled=False, read=True) is False
    assert not hint.shown
    # and the count starts again: one more spoiled frame is not enough
    assert _frames(hint, clock, 0.5, spoiled_every=3) == []


def test_the_hint_goes_when_the_code_has_gone() -> None:
    clock = Clock()
    hint = CloserHint(clock)
    _frames(hint, clock, 2, spoiled_every=3)
    assert _frames(hint, clock, HINT_WINDOW_S - 0.3, spoiled_every=0) == []  # a moment's gap
    assert _frames(hint, clock, 0.6, spoiled_every=0) == [False]


def test_stray_spoiled_frames_never_bring_it() -> None:
    """A striped wallpaper or a music app gives a spoiled code now and then: one every two
    seconds never adds up."""
    clock = Clock()
    hint = CloserHint(clock)
    assert _frames(hint, clock, 30, spoiled_every=60) == []
