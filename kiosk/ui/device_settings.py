"""Settings for the readers: choose and test the camera, pick the serial scanner, say how the
keyboard-wedge scanner is set up. Saved to settings.toml; used from the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.checkin.i18n import tr
from kiosk.config import Settings
from kiosk.config.persist import save_settings
from kiosk.config.settings import ScanSettings
from kiosk.devices.camera import CameraScanner
from kiosk.devices.serial import likely_ports
from kiosk.scan import ScanEvent
from kiosk.ui.camera_preview import CameraPreview

BAUD_RATES = (9600, 19200, 38400, 57600, 115200)
DEFAULT_RESOLUTION = ScanSettings.model_fields["camera_resolution"].default


def picture_sizes() -> list[tuple[str, str]]:
    """The choices of picture size: (what the list says, the setting's value)."""
    return [
        (tr("1280×720 (recommended)"), "1280x720"),
        (tr("1920×1080: reads smaller codes on phones, more work a frame"), "1920x1080"),
        (tr("The camera's own size (often 640×480)"), ""),
    ]


def _size_text(size: tuple[int, int]) -> str:
    return f"{size[0]}×{size[1]}"


class DeviceSettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, settings_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Scanners and camera"))
        self.setMinimumWidth(640)
        self._settings = settings
        self._path = settings_path
        self._camera: CameraScanner | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.camera_choice = QComboBox()
        self.camera_choice.addItem(tr("No camera"), None)
        for index in range(4):
            self.camera_choice.addItem(tr("Camera {number}", number=index), str(index))
        self.camera_choice.addItem(tr("A video file or stream…"), "custom")
        self.camera_source = QLineEdit()
        self.camera_source.setPlaceholderText(tr("/path/to/video.avi or rtsp://…"))
        self.camera_choice.currentIndexChanged.connect(self._camera_choice_changed)
        self.test_button = QPushButton(tr("Test camera"))
        self.test_button.clicked.connect(self._test_camera)
        camera_row = QHBoxLayout()
        camera_row.addWidget(self.camera_choice, 1)
        camera_row.addWidget(self.test_button)
        form.addRow(tr("Camera"), camera_row)
        form.addRow("", self.camera_source)
        self.picture_size = QComboBox()
        self.picture_size.setAccessibleName(tr("The picture size asked of the camera"))
        for label, size in picture_sizes():
            self.picture_size.addItem(label, size)
        form.addRow(tr("Picture size"), self.picture_size)
        self.preview = CameraPreview()
        self.preview.setFixedHeight(240)
        self.preview.hide()
        self.camera_result = QLabel("")
        self.camera_result.setWordWrap(True)
        form.addRow("", self.preview)
        form.addRow("", self.camera_result)

        self.serial_choice = QComboBox()
        self.serial_choice.addItem(tr("No serial scanner"), None)
        self.serial_choice.addItem(tr("Find it automatically"), "auto")
        for port in likely_ports():
            marker = " " + tr("(looks like a scanner)") if port.likely else ""
            self.serial_choice.addItem(f"{port.name}: {port.description}{marker}", port.name)
        self.baud_choice = QComboBox()
        for rate in BAUD_RATES:
            self.baud_choice.addItem(tr("{rate} baud", rate=rate), rate)
        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial_choice, 1)
        serial_row.addWidget(self.baud_choice)
        form.addRow(tr("Serial scanner"), serial_row)

        self.layout_us = QRadioButton(tr("Types as a US keyboard (most scanners, recommended)"))
        self.layout_system = QRadioButton(tr("Set to this PC's keyboard layout"))
        group = QButtonGroup(self)
        group.addButton(self.layout_us)
        group.addButton(self.layout_system)
        layout_box = QVBoxLayout()
        layout_box.addWidget(self.layout_us)
        layout_box.addWidget(self.layout_system)
        form.addRow(tr("Keyboard scanner"), layout_box)

        self.full_ascii = QCheckBox(tr("Code 39 bands in full ASCII (lower case: 12ab)"))
        self.full_ascii.setAccessibleName(
            tr("The camera reads Code 39 bands as full ASCII (12ab, not 12+A+B)")
        )
        form.addRow(tr("Code 39"), self.full_ascii)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(settings)

    def _load(self, settings: Settings) -> None:
        camera = settings.camera
        index = self.camera_choice.findData(camera) if camera else 0
        if camera and index < 0:
            index = self.camera_choice.findData("custom")
            self.camera_source.setText(camera)
        self.camera_choice.setCurrentIndex(max(0, index))
        self._camera_choice_changed()
        serial = self.serial_choice.findData(settings.serial_port) if settings.serial_port else 0
        if serial < 0 and settings.serial_port:
            self.serial_choice.addItem(settings.serial_port, settings.serial_port)
            serial = self.serial_choice.count() - 1
        self.serial_choice.setCurrentIndex(serial)
        self.baud_choice.setCurrentIndex(max(0, self.baud_choice.findData(settings.serial_baud)))
        self.layout_us.setChecked(settings.wedge.scanner_layout == "us")
        self.layout_system.setChecked(settings.wedge.scanner_layout == "system")
        self.full_ascii.setChecked(settings.scanning.code39_full_ascii)
        asked = settings.scanning.camera_resolution or ""
        if self.picture_size.findData(asked) < 0:  # a size written in settings.toml by hand
            self.picture_size.addItem(asked.replace("x", "×"), asked)
        self.picture_size.setCurrentIndex(self.picture_size.findData(asked))

    def chosen_camera(self) -> str | None:
        data = self.camera_choice.currentData()
        if data == "custom":
            return self.camera_source.text().strip() or None
        return str(data) if data is not None else None

    def _camera_choice_changed(self) -> None:
        custom = self.camera_choice.currentData() == "custom"
        self.camera_source.setVisible(custom)
        self.test_button.setEnabled(self.camera_choice.currentData() is not None)
        self.picture_size.setEnabled(self.camera_choice.currentData() is not None)

    def _test_camera(self) -> None:
        self._stop_camera()
        source = self.chosen_camera()
        if source is None:
            return
        self.camera_result.setText(tr("Hold a wristband up to the camera…"))
        self.preview.show()
        scanning = self._settings.scanning.model_copy(
            update={"camera_resolution": self.picture_size.currentData() or None}
        )
        self._camera = CameraScanner(
            int(source) if source.isdigit() else source, parent=self, settings=scanning
        )
        self._camera.preview.connect(self.preview.show_frame)
        self._camera.codes_seen.connect(self.preview.show_codes)
        self._camera.scanned.connect(self._camera_read)
        self._camera.status_changed.connect(self._camera_status)
        self._camera.start()

    def _camera_read(self, event: ScanEvent) -> None:
        words = "✔ " + tr("The camera works: it read “{code}”.", code=event.payload)
        camera = self._camera
        if camera is not None and camera.frame_size is not None:
            sent, asked = camera.frame_size, camera.asked_size
            if asked is not None and camera.sends_less_than_asked:
                words += "\n" + tr(
                    "It sends {sent}, not the {asked} asked for: codes on phones may not read.",
                    sent=_size_text(sent),
                    asked=_size_text(asked),
                )
            else:
                words += " " + tr("Picture: {size}.", size=_size_text(sent))
        self.camera_result.setText(words)

    def _camera_status(self, status: str) -> None:
        if self._camera is not None and self._camera.failed:
            self.camera_result.setText(f"✖ {status[:1].upper()}{status[1:]}.")

    def _stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera = None

    def _save(self) -> None:
        self._stop_camera()
        save_settings(
            {
                "camera": self.chosen_camera(),
                "serial_port": self.serial_choice.currentData(),
                "serial_baud": int(self.baud_choice.currentData()),
                "wedge.scanner_layout": "us" if self.layout_us.isChecked() else "system",
                "scanning.code39_full_ascii": self.full_ascii.isChecked() or None,
                # the default is not written (a later default then applies)
                "scanning.camera_resolution": (
                    None
                    if self.picture_size.currentData() == DEFAULT_RESOLUTION
                    else self.picture_size.currentData()
                ),
            },
            self._path,
        )
        self.accept()

    def reject(self) -> None:
        self._stop_camera()
        super().reject()
