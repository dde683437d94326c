"""The one event every reader produces, whatever the hardware."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

ScanSource = Literal["wedge", "serial", "camera", "manual"]


@dataclass(frozen=True)
class ScanEvent:
    """A payload read from ``source`` at ``at`` (``time.monotonic()`` seconds)."""

    payload: str
    source: ScanSource
    at: float = field(default_factory=time.monotonic)
