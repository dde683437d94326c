"""The second vendor's customers API (seed 002: the Collins API by The Access Group): a client
and typed models. It imports nothing from the Trybe backend, nor the Trybe backend from it."""

from kiosk.backends.collins.client import CollinsClient, InsecureURL
from kiosk.backends.collins.models import CollinsCustomer, CustomerPage

__all__ = ["CollinsClient", "CollinsCustomer", "CustomerPage", "InsecureURL"]
