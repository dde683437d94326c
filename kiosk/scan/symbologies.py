"""Which symbologies a site's bands and cards use, and how far a read of each can be trusted.

A camera read of a symbology the site does not use is noise: textures, text and stripes are
read as DX film edges, Micro QR, ITF or EAN by a decoder looking for everything. So the camera
looks only for the site's symbologies (``[scanning] symbologies``).

How much one read can be trusted depends on the symbology's own protection against misreads:

- *error-corrected* (QR, Data Matrix, Aztec, PDF417): Reed-Solomon codes; a wrong text would
  have to be a valid codeword, so one read is enough, from any pass;
- *checksummed* (Code 128, Code 93): a misread can still satisfy the checksum now and then (a
  binarised crop read ``c=czHGE"&H&`` for ``cmctHGECSHS`` in our corpus); one read is enough
  only from the plain pass over the whole frame, else it must be confirmed;
- *weak* (Code 39 without a check digit, ITF, Codabar, EAN/UPC whose mod-10 digit a misread can
  satisfy): always confirmed, by a second frame or a second decoder.
"""

from __future__ import annotations

from typing import Literal, get_args

import zxingcpp

from kiosk.config.settings import DEFAULT_SYMBOLOGIES, Symbology

ALL_SYMBOLOGIES: tuple[Symbology, ...] = get_args(Symbology)
__all__ = ["ALL_SYMBOLOGIES", "DEFAULT_SYMBOLOGIES", "Symbology", "trust_class"]

ERROR_CORRECTED = frozenset({"QRCode", "DataMatrix", "Aztec", "PDF417"})
CHECKSUMMED = frozenset({"Code128", "Code93"})

_ZXING: dict[str, list[zxingcpp.BarcodeFormat]] = {
    "Code128": [zxingcpp.BarcodeFormat.Code128],
    "Code39": [zxingcpp.BarcodeFormat.Code39],
    "Code93": [zxingcpp.BarcodeFormat.Code93],
    "QRCode": [zxingcpp.BarcodeFormat.QRCode],
    "DataMatrix": [zxingcpp.BarcodeFormat.DataMatrix],
    "Aztec": [zxingcpp.BarcodeFormat.Aztec],
    "PDF417": [zxingcpp.BarcodeFormat.PDF417],
    "EAN13": [zxingcpp.BarcodeFormat.EAN13],
    "EAN8": [zxingcpp.BarcodeFormat.EAN8],
    "UPCA": [zxingcpp.BarcodeFormat.UPCA],
    "UPCE": [zxingcpp.BarcodeFormat.UPCE],
    "ITF": [zxingcpp.BarcodeFormat.ITF],
    "Codabar": [zxingcpp.BarcodeFormat.Codabar],
}
_PYZBAR = {
    "Code128": "CODE128",
    "Code39": "CODE39",
    "Code93": "CODE93",
    "QRCode": "QRCODE",
    "PDF417": "PDF417",
    "EAN13": "EAN13",
    "EAN8": "EAN8",
    "UPCA": "UPCA",
    "UPCE": "UPCE",
    "ITF": "I25",
    "Codabar": "CODABAR",
}


def zxing_formats(
    symbologies: tuple[str, ...] | frozenset[str],
) -> tuple[zxingcpp.BarcodeFormat, ...]:
    """The zxing-cpp formats to look for."""
    found: list[zxingcpp.BarcodeFormat] = []
    for name in symbologies:
        for fmt in _ZXING.get(name, []):
            if fmt not in found:
                found.append(fmt)
    return tuple(found)


def pyzbar_symbols(symbologies: tuple[str, ...] | frozenset[str]) -> list[str]:
    """ZBar's names for the symbologies it reads (it has no Data Matrix or Aztec)."""
    return [_PYZBAR[name] for name in symbologies if name in _PYZBAR]


def trust_class(symbology: str) -> Literal["error-corrected", "checksummed", "weak"]:
    if symbology in ERROR_CORRECTED:
        return "error-corrected"
    if symbology in CHECKSUMMED:
        return "checksummed"
    return "weak"
