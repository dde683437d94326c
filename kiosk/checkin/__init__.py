"""The domain, Qt-free and vendor-free: a scan becomes a GuestContext through the Backend port;
a session turns events into screen state; failures become plain sentences."""

from kiosk.checkin.failures import Failure, describe_failure
from kiosk.checkin.lookup import GuestContext, Lookup

__all__ = ["Failure", "GuestContext", "Lookup", "describe_failure"]
