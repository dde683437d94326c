"""Serial (USB-CDC) scanners through QSerialPort: lines in, ScanEvents out, and back by
itself after the cable is pulled and plugged in again.

A scanner in USB-CDC mode is a serial port that sends each code followed by CR and/or LF
(some send nothing: a short silence then ends the code). Unplugging it makes the port fail
with a resource error; the adapter closes it and tries again every second, so a receptionist
never has to restart the app.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

from kiosk.checkin.i18n import tr
from kiosk.scan import ScanEvent

log = logging.getLogger(__name__)

# USB vendor ids of the common scanner makers, to rank ports when auto-detecting.
SCANNER_VENDORS = {
    0x0C2E: "Honeywell",
    0x05E0: "Zebra (Symbol)",
    0x05F9: "Datalogic",
    0x1EAB: "Newland",
    0x065A: "Opticon",
    0x1A86: "QinHeng (CH340 adapter)",
    0x0483: "STMicroelectronics (many OEM scanners)",
}
SILENCE_ENDS_CODE_MS = 120
RECONNECT_MS = 1000


@dataclass(frozen=True)
class PortChoice:
    name: str
    description: str
    likely: bool


def likely_ports() -> list[PortChoice]:
    """Serial ports, most likely scanners first (known maker, then USB ACM/serial names)."""
    choices = []
    for info in QSerialPortInfo.availablePorts():
        vendor = (
            SCANNER_VENDORS.get(info.vendorIdentifier()) if info.hasVendorIdentifier() else None
        )
        usb_name = info.portName().startswith(("ttyACM", "ttyUSB", "cu.usb", "COM"))
        label = " ".join(p for p in (vendor, info.manufacturer(), info.description()) if p)
        choices.append(PortChoice(info.systemLocation(), label or info.portName(), bool(vendor)))
        if not vendor and not usb_name:
            choices[-1] = PortChoice(choices[-1].name, choices[-1].description, False)
    return sorted(choices, key=lambda c: (not c.likely, c.name))


class SerialScanner(QObject):
    """Reads codes from ``port_name`` (or the likeliest port when None)."""

    scanned = Signal(object)  # ScanEvent
    status_changed = Signal(str)  # in words, for the status bar and diagnostics

    def __init__(
        self,
        port_name: str | None = None,
        baud_rate: int = 9600,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._wanted = port_name
        self._baud_rate = baud_rate
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._read)
        self._port.errorOccurred.connect(self._on_error)
        self._buffer = b""
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.timeout.connect(self._flush)
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self._try_open)
        self.status = "not started"

    @property
    def is_open(self) -> bool:
        return self._port.isOpen()

    def start(self) -> None:
        if not self._try_open():
            self._retry.start()

    def stop(self) -> None:
        self._retry.stop()
        self._silence.stop()
        if self._port.isOpen():
            self._port.close()
        self._say(tr("stopped"))

    def _target(self) -> str | None:
        if self._wanted:
            return self._wanted
        candidates = [c for c in likely_ports() if c.likely]
        return candidates[0].name if candidates else None

    def _try_open(self) -> bool:
        target = self._target()
        if target is None:
            self._say(tr("no scanner port found; waiting for one to be plugged in"))
            return False
        self._port.setPortName(target)
        self._port.setBaudRate(self._baud_rate)
        if not self._port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self._say(
                tr(
                    "waiting for the scanner on {port} ({error})",
                    port=target,
                    error=self._port.errorString(),
                )
            )
            return False
        self._retry.stop()
        self._buffer = b""
        self._say(tr("scanner connected on {port}", port=target))
        return True

    def _read(self) -> None:
        self._buffer += bytes(self._port.readAll().data())
        while True:
            cut = min(
                (i for i in (self._buffer.find(b"\r"), self._buffer.find(b"\n")) if i >= 0),
                default=-1,
            )
            if cut < 0:
                break
            line, self._buffer = self._buffer[:cut], self._buffer[cut + 1 :]
            self._emit(line)
        if self._buffer:
            self._silence.start(SILENCE_ENDS_CODE_MS)

    def _flush(self) -> None:
        line, self._buffer = self._buffer, b""
        self._emit(line)

    def _emit(self, line: bytes) -> None:
        text = line.decode("utf-8", errors="replace").strip()
        if text:
            self.scanned.emit(ScanEvent(payload=text, source="serial"))

    def _on_error(self, error: QSerialPort.SerialPortError) -> None:
        if error == QSerialPort.SerialPortError.NoError:
            return
        if error in (
            QSerialPort.SerialPortError.ResourceError,
            QSerialPort.SerialPortError.DeviceNotFoundError,
            QSerialPort.SerialPortError.PermissionError,
        ):
            log.info("serial port lost: %s", self._port.errorString())
            if self._port.isOpen():
                self._port.close()
            self._say(tr("scanner disconnected; reconnecting…"))
            if not self._retry.isActive():
                self._retry.start()

    def _say(self, status: str) -> None:
        """``status``: words for the desk's status line, in the desk's language."""
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)
