"""The log set up as the app sets it (its files, its redaction filter), for a test's span."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kiosk.config.logs import setup_logging


@contextmanager
def app_logging(folder: Path, *, verbose: bool = False) -> Iterator[None]:
    handlers = setup_logging(verbose=verbose, log_dir=folder)
    try:
        yield
    finally:
        root = logging.getLogger()
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
