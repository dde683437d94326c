"""A PDF's first page drawn at a resolution, with Qt's own PDF engine (QtPdf): the tests read the
code back from what a PDF viewer or printer would draw."""

from __future__ import annotations

from pathlib import Path

from PIL import Image


def render_pdf(path: Path, *, dpi: int) -> tuple[Image.Image, tuple[float, float]]:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    # the caller holds a QApplication (pytest-qt's qapp): a bare QGuiApplication made here
    # would be the process's one, and every widget test after it would crash
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    image = document.render(0, size).convertToFormat(QImage.Format.Format_Grayscale8)
    page = Image.frombytes(
        "L",
        (image.width(), image.height()),
        bytes(image.constBits()),
        "raw",
        "L",
        image.bytesPerLine(),
    )
    document.close()
    return page, (points.width(), points.height())
