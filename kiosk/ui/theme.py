"""One look for every surface: the bundled type, the shipped style sheets and Qt's base style.

The desk's own widgets were styled one by one; dialogs, message boxes, menus, pickers and scroll
bars fell back to the platform's look (gradient buttons, 11-12 px type, the default Linux font)
beside a flat main window. :func:`install_theme` gives the whole application one base: Fusion
(the same on every platform, so what a test or a screenshot sees is what a desk sees), the
bundled Inter face (SIL Open Font License, ``assets/fonts/OFL.txt``) with DejaVu Sans behind it
for the marks Inter lacks (✔ ⚠ ✖), and desk.qss, whose first section styles every stock widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDir, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from kiosk.config import asset_path
from kiosk.ui.scale import scaled_style_sheet

log = logging.getLogger(__name__)

FONT_FAMILY = "Inter"
FONT_FILES = (
    "Inter-Regular.otf",
    "Inter-Medium.otf",
    "Inter-SemiBold.otf",
    "Inter-Bold.otf",
    "Inter-ExtraBold.otf",
)
SPIN_BOX_INSET_PX = 8
"""Where a spin box's digits start, as a line edit's text does."""
FALLBACK_FAMILIES = ("DejaVu Sans", "Noto Sans", "sans-serif")
"""Where a glyph is missing from Inter (the marks ✔ ⚠ ✖, arrows), fontconfig's next choice."""


def load_fonts() -> bool:
    """Register the bundled faces with Qt (once per process); False when none could be read,
    and the desk goes on in the system's font (said in the log, never a crash)."""
    if FONT_FAMILY in QFontDatabase.families():
        return True
    loaded = 0
    for name in FONT_FILES:
        try:
            path = asset_path("fonts", name)
        except FileNotFoundError:
            continue
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            loaded += 1
    if not loaded:
        log.warning("The bundled font could not be loaded: the system's font is used")
    return loaded > 0


def app_font(point_size: int | None = None) -> QFont:
    """The desk's type: Inter, then the fallbacks."""
    font = QFont()
    font.setFamilies([FONT_FAMILY, *FALLBACK_FAMILIES])
    if point_size is not None:
        font.setPointSize(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def install_theme(app: QApplication) -> None:
    """Fusion, the bundled font and the desk's sheet for every window of ``app``: a dialog
    opened with no parent, a message box and a menu look like the desk."""
    app.setStyle("Fusion")
    load_fonts()
    app.setFont(app_font())
    QDir.addSearchPath("icons", str(asset_path("icons")))  # url(icons:…) in the sheets
    app.setStyleSheet(desk_style_sheet())
    if app.property("kioskDialogFitter") is None:
        fitter = _DialogFitter(app)
        app.installEventFilter(fitter)
        app.setProperty("kioskDialogFitter", fitter)


def desk_style_sheet(scale: float = 1.0, *, high_contrast: bool = False) -> str:
    """The desk's style sheet, its pixel sizes at ``scale`` (see :mod:`kiosk.ui.scale`);
    ``high_contrast``: white on black laid over it (desk-contrast.qss)."""
    sheet = asset_path("styles", "desk.qss").read_text(encoding="utf-8")
    if high_contrast:
        sheet += "\n" + asset_path("styles", "desk-contrast.qss").read_text(encoding="utf-8")
    return scaled_style_sheet(sheet, scale)


def self_style_sheet() -> str:
    return asset_path("styles", "self.qss").read_text(encoding="utf-8")


def fit_to_contents(dialog: QDialog) -> None:
    """Grow ``dialog`` to what its contents need at its width, within its screen.

    Qt sizes a window by its layout's minimum, which ignores a word-wrapped label's height for
    the width it gets: a long sentence in German, large text or an error shown under a field
    then overlapped the controls below it. The layout is run now and the dialog grown to its
    height-for-width; it never shrinks (a person may have made it bigger)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.invalidate()
    layout.activate()
    minimum = layout.totalMinimumSize()
    width = max(dialog.width(), dialog.minimumWidth(), minimum.width())
    needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, minimum.height(), dialog.height())
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, needed = min(width, room.width()), min(needed, room.height())
    if (width, needed) != (dialog.width(), dialog.height()):
        dialog.resize(width, needed)


class _DialogFitter(QObject):
    """Every dialog of the application, as it is shown, fits its words (:func:`fit_to_contents`);
    message boxes size themselves and are left alone. A spin box's text gets the same inset as
    a line edit's (Qt ignores a spin box's padding in a style sheet: the digits touched the
    border).

    And every label and message box shows its text as plain text: Qt's default renders a label
    as HTML whenever its text looks like markup, so a guest named ``<span style='font-size:64px'>
    FREE ENTRY</span><img src=…>`` was drawn huge, red and with a local file's picture on the
    guest screen. Names, labels, notes, membership and site names, error texts: everything shown
    comes from somewhere else, and is data. No window of the app uses markup; this one rule,
    applied as each widget is first polished, covers every label however it was made."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QLabel | QMessageBox):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            if not isinstance(watched, QMessageBox):
                fit_to_contents(watched)
        elif kind == QEvent.Type.Polish and isinstance(watched, QAbstractSpinBox):
            editor = watched.findChild(QLineEdit)
            if editor is not None:
                editor.setTextMargins(SPIN_BOX_INSET_PX, 0, 0, 0)
        return False
