"""Small reusable widgets: the guest's photo (or initials) and a label chip."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.checkin.i18n import tr

_INITIALS_COLOURS = ("#2a9d8f", "#3d5a80", "#6d597a", "#b56576", "#e76f51", "#264653")


DARK_INK = QColor("#10282d")
LIGHT_INK = QColor("#ffffff")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_text_colour(background: QColor) -> QColor:
    """Dark or white ink, whichever has the higher contrast on ``background`` (a label's own
    colour, chosen in the guest system: white on a mid teal read at only 3.3:1)."""
    if contrast_ratio(DARK_INK, background) >= contrast_ratio(LIGHT_INK, background):
        return QColor(DARK_INK)
    return QColor(LIGHT_INK)


class Avatar(QWidget):
    """A round photo, or the guest's initials on a colour picked from their name."""

    def __init__(self, diameter: int = 168, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._image: QImage | None = None
        self._initials = ""
        self.setFixedSize(diameter, diameter)
        self.setAccessibleName(tr("Guest photo"))

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def set_diameter(self, diameter: int) -> None:
        """Redraw at ``diameter`` (the desk grows on a bigger screen)."""
        self._diameter = diameter
        self.setFixedSize(diameter, diameter)
        self.update()

    def show_guest(self, initials: str, image: QImage | None) -> None:
        self._initials = initials
        self._image = image if image is not None and not image.isNull() else None
        self.setAccessibleName(
            tr("Guest photo")
            if self._image
            else tr("No photo; initials {initials}", initials=initials)
        )
        self.update()

    @property
    def has_photo(self) -> bool:
        return self._image is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(0, 0, self._diameter, self._diameter)
        clip = QPainterPath()
        clip.addEllipse(rect)
        painter.setClipPath(clip)
        if self._image is not None:
            scaled = QPixmap.fromImage(self._image).scaled(
                self._diameter,
                self._diameter,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawPixmap(0, 0, scaled)
        else:
            colour = QColor(
                _INITIALS_COLOURS[sum(map(ord, self._initials)) % len(_INITIALS_COLOURS)]
            )
            painter.fillRect(rect, colour)
            font = QFont(self.font())
            font.setPixelSize(int(self._diameter * 0.38))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._initials or "?")
        painter.end()


CHIP_CHARS = 24
"""A label's name is cut (with "…") beyond this: one long label must not widen the window."""


def set_plain_tool_tip(widget: QWidget, text: str) -> None:
    """A tool tip that shows ``text`` as it is. Qt renders a tool tip as HTML when it looks like
    markup (there is no plain-text switch for tool tips), so text that might be is escaped and
    given as the HTML that shows it literally."""
    if QtGuiQt.mightBeRichText(text):
        text = "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
    widget.setToolTip(text)


class LabelChip(QLabel):
    """A customer label in its own colour, with text that stays readable on it."""

    def __init__(self, name: str, colour: str | None, parent: QWidget | None = None) -> None:
        shown = name if len(name) <= CHIP_CHARS else name[: CHIP_CHARS - 1] + "…"
        super().__init__(shown, parent)
        self.name = name
        if shown != name:
            set_plain_tool_tip(self, name)
        self.setObjectName("labelChip")
        background = QColor(colour) if colour else QColor("#dfe6e5")
        foreground = readable_text_colour(background)
        self.setStyleSheet(f"background: {background.name()}; color: {foreground.name()};")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Label: {label}", label=name))

    def make_loud(self) -> None:
        """A label the site wants seen first (VIP): a star, and a chip of its own style."""
        if not self.text().startswith("★"):
            self.setText("★ " + self.text())
        self.setObjectName("loudChip")
        self.setAccessibleName(tr("Label, important: {label}", label=self.name))
        self.style().unpolish(self)
        self.style().polish(self)


_LONG_RUN = re.compile(r"\S{20,}")
_BREAK_AFTER = re.compile(r"([:/\-_.])")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """``text`` with places a wrapped label may break inside long unbroken runs (a band code
    like ``TRYBE:BAND:PALM-TREE-SPA:7F3K-9Q2M-LX8P``): after its colons, slashes and dashes,
    and every 16 characters. Without them one long code made the desk wider than its screen."""

    def soften(run: re.Match[str]) -> str:
        marked = _BREAK_AFTER.sub(rf"\1{ZERO_WIDTH_SPACE}", run.group(0))
        pieces = marked.split(ZERO_WIDTH_SPACE)
        chunks = [p[i : i + 16] for p in pieces for i in range(0, max(len(p), 1), 16)]
        return ZERO_WIDTH_SPACE.join(chunks)

    return _LONG_RUN.sub(soften, text)
