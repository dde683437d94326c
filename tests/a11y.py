"""An accessibility audit of a window, through Qt's accessibility tree (what a screen reader,
Orca over AT-SPI on Linux, reads): every control has a name, a target big enough for a finger,
and text that stands out from what is behind it.

- A control (button, box, field, list row, menu entry, tab...) without an accessible name is a
  finding: a screen reader would say "button" and nothing more.
- A control smaller than ``min_target`` px (44 on the desk, 48 on self check-in) in either
  direction is a finding (WCAG 2.5.5; the project's own rule).
- Text cut off (a button's words wider than the button, wrapped lines squeezed) is a finding.
- A coloured state (a widget styled by its ``tone`` or ``outcome``: green, amber, red) that says
  nothing in words or marks is a finding: colour must never be the only sign (WCAG 1.4.1).
- A label, message box or tool tip that would draw its text as HTML is a finding: whatever it
  shows may come from a guest record (kiosk.ui.theme makes every label plain text).
- Text whose colour is under 4.5:1 against what is actually painted behind it (3:1 for large
  text: 24 px, or 18.5 px bold) is a finding. The background is read from the widget's own
  pixels (a grab), not guessed from style sheets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QImage
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from kiosk.ui.widgets import contrast_ratio

CONTROLS = {
    QAccessible.Role.Button,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.MenuItem,
    QAccessible.Role.ListItem,
    QAccessible.Role.PageTab,
    QAccessible.Role.Link,
}


@dataclass(frozen=True)
class Finding:
    kind: str  # "name" | "size" | "contrast"
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def contrast(a: QColor, b: QColor) -> float:
    return contrast_ratio(a, b)  # the app's own WCAG formula (label chips choose ink by it)


def _describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    kind = type(obj).__name__ if obj is not None else "?"
    text = iface.text(QAccessible.Text.Name) or ""
    return f"{kind}#{name or '-'} {iface.role().name} '{text[:40]}'"


def _measured(crop: QImage) -> float:
    """The contrast of what is painted: the commonest colour is the background, the pixel
    furthest from it is the text's core (anti-aliased edges only lower it, never raise it)."""
    counts: dict[int, int] = {}
    for x in range(crop.width()):
        for y in range(crop.height()):
            rgb = crop.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=lambda rgb: counts[rgb]))
    return max(contrast(QColor.fromRgb(rgb), background) for rgb in counts)


def _text_contrast(widget: QWidget, screen: QImage, origin: QWidget) -> tuple[float, float] | None:
    """(ratio, needed) for a widget that shows text, measured on the window's own pixels."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    else:
        return None
    if not text.strip() or not widget.isVisible() or widget.width() < 4 or widget.height() < 4:
        return None
    shown = widget.visibleRegion().boundingRect()  # a scroll area's hidden rows: not measured
    info = widget.fontInfo()
    if shown.width() < 4 or shown.height() < min(widget.height(), info.pixelSize()):
        return None  # a sliver at a scroll area's edge holds no letters to measure
    top_left = widget.mapTo(origin, shown.topLeft())
    crop = screen.copy(QRect(top_left, shown.size()))
    if crop.isNull():
        return None
    large = info.pixelSize() >= 24 or (info.bold() and info.pixelSize() >= 19)
    return _measured(crop), 3.0 if large else 4.5


def _clipped(widget: QWidget) -> str | None:
    """Text that does not fit where it is drawn: cut off at the side, or wrapped lines
    squeezed under the next widget."""
    if not widget.isVisible() or widget.width() <= 0:
        return None
    shown = widget.visibleRegion().boundingRect()
    if shown.height() < widget.height():
        return None  # partly scrolled away: judged where it is in full view
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        wanted = widget.sizeHint().width()
        if wanted > widget.width() + 2:
            return f"text needs {wanted} px, has {widget.width()}"
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
        margins = widget.textMargins()
        space = room.width() - margins.left() - margins.right() - 4  # Qt's own 2 px a side
        wanted = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
        if wanted > space:
            return f"placeholder needs {wanted} px, has {space}"
    if isinstance(widget, QLabel) and widget.text().strip() and widget.wordWrap():
        wanted = widget.heightForWidth(widget.width())
        if wanted > widget.height() + 2:
            return f"wrapped text needs {wanted} px high, has {widget.height()}"
    return None


def _colour_only(widget: QWidget) -> str | None:
    tone = widget.property("tone") or widget.property("outcome")
    if not tone or tone in ("info", "quiet") or not widget.isVisible():
        return None
    texts = [widget.text()] if isinstance(widget, (QLabel, QAbstractButton)) else []
    texts += [child.text() for child in widget.findChildren(QLabel) if child.isVisible()]
    if any(text.strip() for text in texts):
        return None
    return f"its {tone} state is shown by colour alone"


PLAIN_TIP = "<p style='white-space:pre-wrap'>"
"""How kiosk.ui.widgets.set_plain_tool_tip shows text that looks like markup, literally."""


def _markup(widget: QWidget) -> str | None:
    """A label or message box that would draw its text as HTML, or a tool tip that would: a
    guest's name (any data) would become markup on screen."""
    if isinstance(widget, QLabel | QMessageBox) and widget.textFormat() != Qt.TextFormat.PlainText:
        return (
            f"text format {widget.textFormat().name}: {widget.text()[:40]!r} could render as HTML"
        )
    tip = widget.toolTip()
    if tip and QtGuiQt.mightBeRichText(tip) and not tip.startswith(PLAIN_TIP):
        return f"tool tip {tip[:40]!r} renders as HTML"
    return None


def audit(window: QWidget, *, min_target: int = 44) -> list[Finding]:
    """Every finding in ``window`` as it is on screen now (menus and dialogs: audit them too,
    they are windows of their own)."""
    findings: list[Finding] = []
    screen = window.grab().toImage()
    root = QAccessible.queryAccessibleInterface(window)
    if root is None:
        return [Finding("name", type(window).__name__, "no accessibility interface")]
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface, depth: int) -> None:
        if depth > 40 or not iface.isValid():
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        role = iface.role()
        rect: QRect = iface.rect()
        if role in CONTROLS and rect.width() > 0 and rect.height() > 0:
            where = _describe(iface)
            if not (iface.text(QAccessible.Text.Name) or "").strip():
                findings.append(Finding("name", where, "no accessible name"))
            if not state.disabled and (rect.width() < min_target or rect.height() < min_target):
                findings.append(
                    Finding("size", where, f"{rect.width()}x{rect.height()} < {min_target}")
                )
        obj = iface.object()
        if isinstance(obj, QWidget) and id(obj) not in seen:
            seen.add(id(obj))
            measured = _text_contrast(obj, screen, window) if obj.window() is window else None
            if measured is not None and not obj.isEnabled():
                measured = None  # disabled controls are exempt (WCAG 1.4.3)
            alone = _colour_only(obj)
            if alone is not None:
                findings.append(Finding("colour", _describe(iface), alone))
            clipped = _clipped(obj)
            if clipped is not None:
                findings.append(Finding("clipped", _describe(iface), clipped))
            markup = _markup(obj)
            if markup is not None:
                findings.append(Finding("markup", _describe(iface), markup))
            if measured is not None and measured[0] < measured[1]:
                findings.append(
                    Finding(
                        "contrast",
                        _describe(iface),
                        f"{measured[0]:.2f}:1 < {measured[1]:.1f}:1",
                    )
                )
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None:
                walk(child, depth + 1)

    walk(root, 0)
    return findings
