"""The stand-in Trybe server: HTTP app, SQLite store, demo data, fault injection.

It imports nothing from ``kiosk.backends`` or ``kiosk.checkin``: it is the other, independent side
of the contract, so a mistake on one side shows up as a failing test rather than agreeing
with itself.
"""

from kiosk.sandbox.demo_data import FEATURED
from kiosk.sandbox.server import SandboxServer, serve_forever

__all__ = ["FEATURED", "SandboxServer", "serve_forever"]
