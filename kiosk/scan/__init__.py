"""Scanned payloads, Qt-free: what a scan is, and which payloads are acceptable."""

from kiosk.scan.events import ScanEvent, ScanSource
from kiosk.scan.payload import InvalidPayload, PayloadRules, normalise_payload
from kiosk.scan.repeats import RepeatFilter

__all__ = [
    "InvalidPayload",
    "PayloadRules",
    "RepeatFilter",
    "ScanEvent",
    "ScanSource",
    "normalise_payload",
]
