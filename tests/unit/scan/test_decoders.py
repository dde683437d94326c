"""The raw libraries behind one interface, as the benchmarks compare them."""

from __future__ import annotations

import pytest

from kiosk.scan.decoders import (
    DecoderUnavailable,
    PyzbarDecoder,
    ZxingDecoder,
    raw_library,
    upc_a_as_printed,
)
from tests.imagegen import frame_for


def test_upc_a_is_reported_as_printed() -> None:
    assert upc_a_as_printed("0036000291452", "EAN13") == ("036000291452", "UPCA")
    assert upc_a_as_printed("4006381333931", "EAN13") == ("4006381333931", "EAN13")


def test_zxing_restricted_to_some_symbologies_does_not_see_others() -> None:
    ean = frame_for("EAN13", "clean")
    assert [r.text for r in raw_library("zxing").decode(ean)] == ["4006381333931"]
    assert ZxingDecoder(symbologies=["Code128", "QRCode"]).decode(ean) == []


def test_a_micro_qr_is_not_taken_for_a_qr() -> None:
    """zxing-cpp's QRCode format takes in Micro QR: a spoiled QR on a printed band gave a
    4-digit Micro QR from inside it (benchmarks/print_decode.py). Only what was asked for."""
    import io

    import numpy as np
    import segno
    from PIL import Image

    buffer = io.BytesIO()
    segno.make_micro("5764").save(buffer, kind="png", scale=8, border=4)
    buffer.seek(0)
    frame = np.asarray(Image.open(buffer).convert("L"))
    assert [r.text for r in raw_library("zxing").decode(frame)] == ["5764"]  # it is there
    assert ZxingDecoder(symbologies=["Code128", "QRCode"]).decode(frame) == []


def test_pyzbar_with_only_symbologies_zbar_cannot_read_is_not_useful() -> None:
    assert not PyzbarDecoder(symbologies=["DataMatrix", "Aztec"]).useful
    assert PyzbarDecoder(symbologies=["Code128", "DataMatrix"]).useful


def test_a_missing_zbar_library_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from kiosk.scan.chain import CameraChain

    real_import = builtins.__import__

    def no_zbar(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.startswith("pyzbar"):
            raise ImportError("Unable to find zbar shared library")
        return real_import(name, *args, **kwargs)

    # Simulates a machine without libzbar0 (this one has it): the import is what fails there.
    monkeypatch.setattr(builtins, "__import__", no_zbar)
    with pytest.raises(DecoderUnavailable, match="apt-get install libzbar0"):
        PyzbarDecoder()
    chain = CameraChain()  # the camera still works without it
    assert "region+pyzbar" not in [p.name for p in chain.passes]
    assert [r.text for r in chain.run_all(frame_for("Code128", "clean")).reads]
