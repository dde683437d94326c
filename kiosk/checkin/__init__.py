"""The domain, Qt-free: a scan becomes a CustomerContext; failures become plain sentences."""

from kiosk.checkin.failures import Failure, describe_failure
from kiosk.checkin.lookup import CustomerContext, Lookup

__all__ = ["CustomerContext", "Failure", "Lookup", "describe_failure"]
