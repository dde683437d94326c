"""One look for every surface (issue 27, item 3): the bundled type, stock dialogs and message
boxes drawn like the desk, the safe answer the filled one, dialogs that fit their words. Each
test looks at the pixels or the sizes a person meets, not at the style sheet's text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontInfo, QImage
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.ui.theme import FONT_FAMILY
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import code_of

FILLED = QColor("#1f7a6f")


def _centre(image: QImage, widget: QWidget, origin: QWidget) -> QColor:
    """The colour at the middle of ``widget``'s left quarter (clear of its words)."""
    spot = widget.mapTo(origin, QPoint(max(6, widget.width() // 8), widget.height() // 2))
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(spot.x() * ratio), int(spot.y() * ratio))


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _question(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setText("Lock Amelia Hart's account? She cannot check in until it is unlocked.")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def test_the_desk_reads_in_the_bundled_font(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(client).window
    show_code(qtbot, desk, code_of("Amelia Hart"))
    assert QFontInfo(desk.customer_panel.name.font()).family() == FONT_FAMILY
    box = _question(desk)
    qtbot.addWidget(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert QFontInfo(label.font()).family() == FONT_FAMILY


def test_a_question_with_no_parent_looks_like_the_desk_and_fills_the_safe_answer(
    qtbot: QtBot,
) -> None:
    """A message box opened from anywhere (no parent, so no desk sheet to inherit): desk type,
    finger-sized buttons, and the default (No) is the filled button, Yes the plain one."""
    box = _question(None)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert QFontInfo(label.font()).pixelSize() >= 17
    yes, no = box.button(QMessageBox.StandardButton.Yes), box.button(QMessageBox.StandardButton.No)
    assert min(yes.height(), no.height()) >= 48
    image = box.grab().toImage()
    assert _close(_centre(image, no, box), FILLED)
    assert _close(_centre(image, yes, box), QColor("#ffffff"))


def test_a_question_on_a_high_contrast_desk_is_white_on_black(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(client).window
    desk.set_look(large_text=True, high_contrast=True)
    box = _question(desk)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    corner = image.pixelColor(3, 3)
    assert _close(corner, QColor("#000000"))
    no = box.button(QMessageBox.StandardButton.No)
    assert _close(_centre(image, no, box), QColor("#ffffff"))  # the safe answer, filled white


def test_a_dialog_grows_to_show_every_wrapped_line(qtbot: QtBot) -> None:
    """Qt sizes a window by its layout's minimum, which ignores a wrapped label's height: a
    long sentence overlapped the button under it. Shown, the dialog fits it."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    words = QLabel(" ".join(["Everyone listed signs in to the desk with a badge or a PIN."] * 8))
    words.setWordWrap(True)
    layout.addWidget(words)
    button = QPushButton("Save")
    layout.addWidget(button)
    dialog.resize(420, 60)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: words.height() >= words.heightForWidth(words.width()))
    assert button.y() >= words.y() + words.heightForWidth(words.width())


def test_a_spin_box_keeps_its_digits_off_the_border(qtbot: QtBot) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    box.setSuffix(" hours")
    box.setValue(8)
    box.resize(220, 48)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    ratio = image.devicePixelRatio()
    row = int(box.height() // 2 * ratio)
    ink = [
        x
        for x in range(int(6 * ratio), int(box.width() // 2 * ratio))
        if image.pixelColor(x, row).lightness() < 128
    ]
    assert ink, "the digits were drawn"
    assert ink[0] / ratio >= 12  # border (2) + the line edit's inset (8) + Qt's own (2)
