"""A caching decorator around any backend: the local copy, the outbox, the sync ahead of time.

It imports no other backend: it wraps whatever the composition root hands it.
"""

from kiosk.backends.offline.backend import OfflineBackend
from kiosk.backends.offline.store import LocalStore

__all__ = ["LocalStore", "OfflineBackend"]
