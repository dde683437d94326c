"""Qt adapters that turn hardware into ScanEvents (keyboard wedge for now)."""

from kiosk.devices.wedge import WedgeScanner

__all__ = ["WedgeScanner"]
