"""The live camera picture, with a box round each code it has just read."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.checkin.i18n import tr

BOX_SHOWN_S = 1.0


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._boxes: list[QPolygonF] = []
        self._boxes_at = 0.0
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Camera picture"))

    @property
    def has_picture(self) -> bool:
        return self._image is not None

    @property
    def boxes_shown(self) -> int:
        return len(self._boxes) if time.monotonic() - self._boxes_at < BOX_SHOWN_S else 0

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    @Slot(list, float)
    def show_codes(self, boxes: list[QPolygonF], scale: float) -> None:
        del scale  # boxes arrive in preview coordinates already
        self._boxes = boxes
        self._boxes_at = time.monotonic()
        self.update()

    def clear(self) -> None:
        self._image = None
        self._boxes = []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#10282d"))
        if self._image is None:
            painter.setPen(QColor("#b8d3d0"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Starting camera…"))
            painter.end()
            return
        target = _fit(self._image.width(), self._image.height(), self.width(), self.height())
        painter.drawImage(target, self._image)
        if self.boxes_shown:
            transform = QTransform()
            transform.translate(target.x(), target.y())
            transform.scale(
                target.width() / self._image.width(), target.height() / self._image.height()
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#3ddc84"), 4))
            for box in self._boxes:
                painter.drawPolygon(transform.map(box))
        painter.end()


def _fit(width: int, height: int, into_w: int, into_h: int) -> QRectF:
    scale = min(into_w / width, into_h / height)
    w, h = width * scale, height * scale
    return QRectF((into_w - w) / 2, (into_h - h) / 2, w, h)
