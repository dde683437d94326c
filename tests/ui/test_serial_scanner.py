"""A serial scanner through a real pseudo-terminal pair: codes arrive, the cable is pulled,
a scanner comes back on the same path, codes arrive again, no restart."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.devices.serial import SerialScanner
from kiosk.scan import ScanEvent


class FakeCable:
    """A pty pair behind a stable path, like /dev/serial/by-id/... for a real scanner."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "scanner"
        self.master: int | None = None

    def plug(self) -> None:
        master, slave = os.openpty()
        self.path.unlink(missing_ok=True)
        self.path.symlink_to(os.ttyname(slave))
        self.master, self._slave = master, slave

    def unplug(self) -> None:
        assert self.master is not None
        os.close(self.master)
        os.close(self._slave)
        self.path.unlink()
        self.master = None

    def send(self, data: bytes) -> None:
        assert self.master is not None
        os.write(self.master, data)


@pytest.fixture
def cable(tmp_path: Path) -> Iterator[FakeCable]:
    fake = FakeCable(tmp_path)
    fake.plug()
    yield fake
    if fake.master is not None:
        fake.unplug()


def test_codes_arrive_whatever_the_terminator(qtbot: QtBot, cable: FakeCable) -> None:
    scanner = SerialScanner(str(cable.path))
    seen: list[ScanEvent] = []
    scanner.scanned.connect(seen.append)
    scanner.start()
    assert scanner.is_open
    cable.send(b"100200300\r\n100200301\n")
    cable.send(b"1002")
    cable.send(b"00302\r")
    cable.send(b"NO-TERMINATOR")  # ended by the silence after it
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=3000)
    assert [e.payload for e in seen] == ["100200300", "100200301", "100200302", "NO-TERMINATOR"]
    assert all(e.source == "serial" for e in seen)
    scanner.stop()


def test_unplug_and_replug_reconnects_without_a_restart(qtbot: QtBot, cable: FakeCable) -> None:
    scanner = SerialScanner(str(cable.path))
    seen: list[ScanEvent] = []
    statuses: list[str] = []
    scanner.scanned.connect(seen.append)
    scanner.status_changed.connect(statuses.append)
    scanner.start()

    cable.unplug()
    qtbot.waitUntil(lambda: "disconnected" in scanner.status, timeout=3000)
    cable.plug()
    qtbot.waitUntil(lambda: scanner.is_open and "connected on" in scanner.status, timeout=5000)
    cable.send(b"100200303\r\n")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
    assert seen[0].payload == "100200303"
    assert any("reconnecting" in s for s in statuses)
    scanner.stop()


def test_a_missing_port_is_waited_for_and_said(qtbot: QtBot, tmp_path: Path) -> None:
    scanner = SerialScanner(str(tmp_path / "nothing-here"))
    scanner.start()
    assert not scanner.is_open
    assert "waiting for the scanner" in scanner.status
    scanner.stop()
