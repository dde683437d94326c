"""Scanned payloads, Qt-free: what a scan is, and which payloads are acceptable."""

from kiosk.scan.events import ScanEvent, ScanSource
from kiosk.scan.payload import InvalidPayload, PayloadRules, normalise_payload

__all__ = ["InvalidPayload", "PayloadRules", "ScanEvent", "ScanSource", "normalise_payload"]
