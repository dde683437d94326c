"""kiosk: front-desk and self check-in for spas and leisure clubs on Trybe.

Layers (enforced by import-linter, see pyproject.toml):
``app -> ui -> devices -> checkin -> api | scan -> config``. Only ``app``, ``ui`` and
``devices`` import Qt; only ``api`` imports httpx; ``sandbox`` (the stand-in server) imports
nothing from the client side, so the two sides of the contract check each other.
"""

__version__ = "0.1.0"
