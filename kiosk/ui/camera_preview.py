"""The live camera picture, with a box round each code it has just read, and a line asking for
the code closer and still when the camera keeps finding one it cannot read
(``kiosk.scan.closer``)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QRectF, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.checkin.i18n import tr

BOX_SHOWN_S = 1.0


class CameraPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._boxes: list[QPolygonF] = []
        self._boxes_at = 0.0
        self._closer_wanted = False
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

    @property
    def hint(self) -> str:
        """What the picture asks of the guest now ("" when nothing), in the language on screen
        now (a guest's own language on self check-in)."""
        if not self._closer_wanted:
            return ""
        return tr("Hold the code steady, a little closer to the camera")

    @Slot(bool)
    def show_closer(self, wanted: bool) -> None:
        """Ask for the code closer and still, or stop asking."""
        self._closer_wanted = wanted
        self.setAccessibleDescription(self.hint)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleDescription(self.hint)
        super().changeEvent(event)

    def clear(self) -> None:
        self._image = None
        self._boxes = []
        self._closer_wanted = False
        self.setAccessibleDescription("")
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
        if self._closer_wanted:
            self._paint_hint(painter, target, self.hint)
        painter.end()

    def _paint_hint(self, painter: QPainter, picture: QRectF, hint: str) -> None:
        """The hint on a dark band across the bottom of the picture, large enough to read at
        arm's length (the guest is looking at the camera, not at the screen's text)."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(16, int(picture.height() / 14)))
        painter.setFont(font)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        inner = picture.adjusted(16, 0, -16, 0)
        needed = painter.boundingRect(inner, int(flags), hint)
        band = QRectF(
            picture.x(),
            picture.bottom() - needed.height() - 24,
            picture.width(),
            needed.height() + 24,
        )
        painter.fillRect(band, QColor(0, 0, 0, 200))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(band.adjusted(16, 0, -16, 0), int(flags), hint)


def _fit(width: int, height: int, into_w: int, into_h: int) -> QRectF:
    scale = min(into_w / width, into_h / height)
    w, h = width * scale, height * scale
    return QRectF((into_w - w) / 2, (into_h - h) / 2, w, h)
