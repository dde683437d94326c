"""When a camera read becomes a scan: at once if it corrects its own errors, else once it is
seen again by another frame or another library; never for a symbology the site does not use."""

from __future__ import annotations

from kiosk.scan.decoders import Decoded
from kiosk.scan.payload import PayloadRules
from kiosk.scan.trust import Confirmer, confirmed_on_one_image

SITE = ("Code128", "QRCode", "DataMatrix", "Code39")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def read(text: str, fmt: str, stage: str = "zxing", *, whole: bool = False) -> Decoded:
    return Decoded(text, fmt, stage, whole_frame=whole)


def test_error_corrected_codes_and_whole_frame_code128_are_scans_at_once() -> None:
    confirmer = Confirmer(SITE)
    accepted = confirmer.accept(
        [
            read("TRYBE:BAND:1", "QRCode", "region+enhance"),
            read("100200300", "Code128", whole=True),
        ]
    )
    assert [(a.text, a.confirmed) for a in accepted] == [
        ("TRYBE:BAND:1", True),
        ("100200300", True),
    ]


def test_a_weak_or_fallback_read_waits_for_a_second_frame() -> None:
    clock = Clock()
    confirmer = Confirmer(SITE, clock=clock)
    assert confirmer.accept([read("WB-77120", "Code39", whole=True)]) == []
    assert confirmer.accept([read("100200300", "Code128", "region+binarise")]) == []
    clock.now += 0.033
    second = confirmer.accept(
        [read("WB-77120", "Code39", whole=True), read("100200300", "Code128", "region")]
    )
    assert [a.text for a in second] == ["WB-77120", "100200300"]


def test_a_misread_that_does_not_repeat_never_becomes_a_scan() -> None:
    clock = Clock()
    confirmer = Confirmer(SITE, clock=clock)
    for text in ('c=czHGE"&H&', "cmctHGECSHS", "cmctHGEC5HS"):
        assert confirmer.accept([read(text, "Code128", "region+binarise")]) == []
        clock.now += 0.033


def test_a_sighting_too_long_ago_confirms_nothing() -> None:
    clock = Clock()
    confirmer = Confirmer(SITE, clock=clock, window_s=1.5)
    confirmer.accept([read("WB-77120", "Code39")])
    clock.now += 2.0
    assert confirmer.accept([read("WB-77120", "Code39")]) == []
    clock.now += 0.1
    assert [a.text for a in confirmer.accept([read("WB-77120", "Code39")])] == ["WB-77120"]


def test_two_libraries_agreeing_on_one_frame_confirm() -> None:
    confirmer = Confirmer(SITE)
    both = confirmer.accept(
        [read("WB-77120", "Code39", "region"), read("WB-77120", "Code39", "region+pyzbar")]
    )
    assert [a.text for a in both] == ["WB-77120"]
    same_library = Confirmer(SITE).accept(
        [read("WB-88", "Code39", "region"), read("WB-88", "Code39", "region+enhance")]
    )
    assert same_library == []  # two passes of one library are not two witnesses


def test_other_symbologies_and_impossible_payloads_are_dropped_quietly() -> None:
    confirmer = Confirmer(SITE, PayloadRules(pattern=r"1002\d{5}"))
    assert confirmer.accept([read("4006381333931", "EAN13", whole=True)]) == []
    assert confirmer.accept([read("5410", "QRCode")]) == []  # not one of this site's codes
    assert confirmer.accept([read("999999999", "QRCode")]) == []
    assert [a.text for a in confirmer.accept([read("100200300", "QRCode")])] == ["100200300"]
    assert confirmer.ignored == 3


def test_on_a_still_image_agreement_between_libraries_is_the_confirmation() -> None:
    reads = confirmed_on_one_image(
        [
            read("WB-77120", "Code39", "region"),
            read("WB-77120", "Code39", "region+pyzbar"),
            read("100200300", "Code128", "region"),
        ]
    )
    assert [(r.text, r.confirmed) for r in reads] == [
        ("WB-77120", True),
        ("WB-77120", True),
        ("100200300", False),
    ]
