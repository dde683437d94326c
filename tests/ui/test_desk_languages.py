"""The desk in German, French and Spanish.

Two walks over the same screens (every featured guest, the problem page, search results, the
band card's menus, the tools menu, the keys list, the new-guest form, the override, the note
and label dialogs, the staff settings):

- with a *marking* catalogue that wraps every sentence it is asked for in ⟦…⟧, whatever is
  left outside the marks must be the guest's own data: an English sentence that never went
  through the catalogue shows up at once, on whichever screen it is;
- in real German, French and Spanish: no text on screen is still an English sentence of the
  catalogue, Qt's own buttons are translated too, and dates and money read as the locale
  writes them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin import i18n
from kiosk.checkin.actions import ActionKind
from kiosk.checkin.staff import Role, Roster, StaffMember
from kiosk.config import Settings
from kiosk.devices.serial import likely_ports
from kiosk.sandbox.demo_data import FEATURED
from kiosk.ui.address_dialog import AddressDialog
from kiosk.ui.desk import DeskWindow
from kiosk.ui.device_settings import DeviceSettingsDialog
from kiosk.ui.note_dialogs import COMMON_LABELS
from kiosk.ui.pairing_window import PairingDialog, VendorPairing
from kiosk.ui.sign_in import SignInPanel
from kiosk.ui.staff_dialog import StaffListDialog, StaffMemberDialog
from kiosk.ui.staff_settings import StaffSettingsDialog
from kiosk.ui.translations import LANGUAGES, QtLanguage
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import code_of

MARK = re.compile(r"⟦[^⟦⟧]*⟧")
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"

_EN, _SHORT = QLocale(QLocale.Language.English), QLocale.FormatType.ShortFormat
ALWAYS_DATA = {
    # names that are the same in every language: the product, the vendor, file kinds
    "kiosk",
    "trybe",
    "csv",
    "vip",
    # each language's name in its own words (how a reader finds theirs in the list)
    *(name.casefold() for name in LANGUAGES.values()),
    # day and month names: the locale's own (QLocale), not sentences
    *(
        QLocale(QLocale.Language.English).dayName(d, QLocale.FormatType.ShortFormat).casefold()
        for d in range(1, 8)
    ),
    *(
        QLocale(QLocale.Language.English).monthName(m, QLocale.FormatType.ShortFormat).casefold()
        for m in range(1, 13)
    ),
    # labels offered with one tap are written to the guest record as they are: data
    *(word.casefold() for label in COMMON_LABELS for word in label.split()),
}


class MarkingCatalogue(QTranslator):
    """Every sentence asked for, wrapped in ⟦…⟧ (Qt's own included)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if source else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    catalogue = MarkingCatalogue()
    app.installTranslator(catalogue)
    i18n.install(QtLanguage("en"))
    yield
    app.removeTranslator(catalogue)
    i18n.install(i18n.English())


def texts_of(widget: QWidget) -> list[str]:
    """Everything a reader sees or hears of ``widget`` and what it holds."""
    found: list[str] = [widget.windowTitle()] if widget.isWindow() else []
    for child in [widget, *widget.findChildren(QWidget)]:
        found += [child.accessibleName(), child.toolTip()]
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QTableView):
            model = child.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
            found += [
                str(model.index(r, c).data() or "")
                for r in range(min(model.rowCount(), 40))
                for c in range(model.columnCount())
            ]
        elif isinstance(child, QListWidget):
            found += [child.item(i).text() for i in range(child.count())]
        elif isinstance(child, QMenu):
            found += [a.text() for a in child.actions()]
    for menu in widget.findChildren(QMenu):
        found += [a.text() for a in menu.actions()]
    return [t for t in found if t and t.strip()]


def data_words(*values: Any) -> set[str]:
    """The words of the guest system's own data (names, emails, plans, labels, codes)."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", value))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple | set | frozenset):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return words


def unmarked(text: str, data: set[str]) -> list[str]:
    """The words of ``text`` outside every ⟦…⟧ that are not the guest's data."""
    while True:
        stripped = MARK.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    words = re.findall(r"[^\W\d_]{2,}", text)
    return [w for w in words if w.casefold() not in data | ALWAYS_DATA]


def walk_the_desk(
    qtbot: QtBot, desk: DeskWindow, tmp_path: Path, look: Callable[[str, list[str], set[str]], None]
) -> None:
    """Every screen and dialog of the desk, each handed to ``look`` with its texts and the
    data words of what it shows."""

    def here(where: str, *widgets: QWidget, data_too: Any = ()) -> None:
        state = desk.session.state
        data = data_words(
            state.context,
            state.search,
            state.code,
            state.recent,
            desk.session.override_reasons,
            data_too,
        )
        look(where, [t for w in widgets for t in texts_of(w)], data)

    here("start", desk)
    for featured in FEATURED:
        show_code(qtbot, desk, featured.code)
        here(featured.scenario, desk)
    show_code(qtbot, desk, "NOPE-0000")
    here("not recognised", desk)
    desk.search_box.setText("Martin")
    desk.search_box.returnPressed.emit()
    qtbot.waitUntil(lambda: desk.results.count() > 0 or "Martin" not in desk.search_box.text())
    here("search results", desk)
    desk.search_box.clear()

    show_code(qtbot, desk, code_of("Chloé Martin"))  # red: the override is offered
    context = desk.session.state.context
    assert context is not None
    here("menus of a red guest", desk)
    for name, dialog in (
        ("keys", desk.show_keys()),
        ("override", desk._ask_override(context.guest.id)),
        ("note", desk._ask_note(context.guest.id)),
        ("label", desk._ask_label(context.guest.id)),
        ("settings", StaffSettingsDialog(Settings(), tmp_path / "settings.toml", desk)),
    ):
        assert isinstance(dialog, QDialog)
        here(name, dialog)
        dialog.close()
    erase = desk._ask_erase(context.guest.id)
    assert erase is not None
    here("anonymise", erase)
    erase.close()
    desk._confirm(context.guest.id, ActionKind.REMOVE_BAND.value)
    boxes = desk.findChildren(QMessageBox)
    here("remove the band?", *boxes)
    for box in boxes:
        box.close()
    queued = desk.show_queued_writes()
    here("saved offline", queued)
    queued.close()
    vendors = _vendors()
    for name, dialog, data_too in (
        ("scanners and camera", DeviceSettingsDialog(Settings(), None, desk), likely_ports()),
        ("address", AddressDialog(None, desk), ()),
        (
            "pairing",
            PairingDialog(vendors, desk.session.runner, parent=desk),
            [(v.name, v.api_url) for v in vendors],  # the vendors' own names and addresses
        ),
    ):
        here(name, dialog, data_too=data_too)
        dialog.close()
    desk.open_guest_form(None)
    assert desk.guest_form is not None
    here("new guest", desk.guest_form)
    desk.guest_form.reject()
    who = desk.open_on_site()
    assert who is not None
    qtbot.waitUntil(lambda: desk.on_site is not None and desk.on_site.state.loaded, timeout=8000)
    here("who is in now", who, data_too=desk.on_site.state.rows)
    who.close()
    shift = desk.open_shift()
    qtbot.waitUntil(lambda: shift.summary is not None)
    here("shift summary", shift)
    shift.close()
    staff = Roster(
        (
            StaffMember("st-a", "Robin", Role.DESK, pin_hash="x"),
            StaffMember("st-b", "Sasha", Role.MANAGER, badge_hash="y"),
        )
    )
    names = ["Robin", "Sasha"]
    sign_in = SignInPanel(staff)
    here("sign in", sign_in, data_too=names)
    sign_in.deleteLater()
    staff_list = StaffListDialog(staff, desk.session, desk.session.runner, desk)
    here("staff and roles", staff_list, data_too=names)
    member = StaffMemberDialog(staff.members[0], staff, desk.session, staff_list)
    here("a member of staff", member, data_too=names)
    member.close()
    staff_list.close()
    desk.exit_action.trigger()
    here("exit desk", desk.mode_label, desk.status_line)
    desk.exit_action.trigger()
    desk.report_action.trigger()
    qtbot.waitUntil(lambda: desk.report_dialog is not None)
    here("report", desk.report_dialog)  # type: ignore[arg-type]
    desk.report_dialog.close()  # type: ignore[union-attr]


def _vendors() -> list[VendorPairing]:
    def unused(*_: object) -> None:
        raise AssertionError("not called: the dialog is only looked at")

    return [
        VendorPairing("Trybe", "https://api.try.be", unused, unused, unused),  # type: ignore[arg-type]
        VendorPairing("Collins", "https://collins.example", unused, unused, unused),  # type: ignore[arg-type]
    ]


def test_every_sentence_on_the_desk_goes_through_the_catalogue(
    qtbot: QtBot,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    marked: None,
    tmp_path: Path,
) -> None:
    desk = desk_factory(client, on_site=True).window
    leaks: dict[str, set[str]] = {}

    def look(where: str, texts: list[str], data: set[str]) -> None:
        for text in texts:
            words = unmarked(text, data)
            if words:
                leaks.setdefault(where, set()).add(f"{text!r} ({' '.join(words)})")

    walk_the_desk(qtbot, desk, tmp_path, look)
    assert leaks == {}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_no_english_is_left_on_the_desk(
    qtbot: QtBot,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    speak: Callable[[str], None],
    tmp_path: Path,
    language: str,
) -> None:
    speak(language)
    english = {
        source
        for source in _catalogue()
        if len(source) > 3 and QCoreApplication.translate(i18n.CONTEXT, source) != source
    }
    desk = desk_factory(client, on_site=True).window
    left: dict[str, set[str]] = {}

    def look(where: str, texts: list[str], data: set[str]) -> None:
        for text in texts:
            for sentence in english:
                plain = sentence.split("{")[0].strip()
                if (len(plain) > 12 and plain in text) or text == sentence:
                    left.setdefault(where, set()).add(text)

    walk_the_desk(qtbot, desk, tmp_path, look)
    assert left == {}


def test_qt_s_own_buttons_dates_and_money_follow_the_language(
    qtbot: QtBot, speak: Callable[[str], None]
) -> None:
    from datetime import date, time

    from PySide6.QtWidgets import QMessageBox

    speak("de")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ja", "Nein"]
    assert i18n.day(date(2026, 11, 29)) == "29. Nov. 2026"
    assert i18n.money(990050, "GBP").replace("\xa0", " ") == "9.900,50 £"
    assert i18n.trn("%n day", "%n days", 1) == "1 Tag"
    assert i18n.trn("%n day", "%n days", 3) == "3 Tagen"  # "in 3 Tagen": after "in"
    speak("fr")
    assert i18n.day(date(2026, 11, 29), year=False) == "29 nov."
    assert i18n.clock(time(18, 5)) == "18:05"
    assert i18n.trn("%n day", "%n days", 0) == "0 jour"  # French: 0 is singular
    speak("en")
    assert i18n.money(990050, "GBP") == "£9,900.50"
    assert i18n.trn("%n day", "%n days", 1) == "1 day"


def _catalogue() -> list[str]:
    import sys

    sys.path.insert(0, str(SCRIPTS))
    try:
        import make_translations
    finally:
        sys.path.remove(str(SCRIPTS))
    return list(make_translations.extract())


def test_german_desk_in_use_checks_in_and_says_so_in_german(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    speak: Callable[[str], None],
) -> None:
    """A whole action in German: the scan, the verdict, the button, what saving did."""
    speak("de")
    desk = desk_factory(fresh_client).window
    show_code(qtbot, desk, FEATURED[0].code)  # green
    panel = desk.customer_panel
    assert panel.verdict.headline.text().startswith("Willkommen")
    button = panel.band_card.check_in_button
    assert button.text() == "✔ Einchecken"
    qtbot.wait(900)  # the big button ignores taps for a moment after it changes
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Eingecheckt." in desk.status_line.text(), timeout=5000)
    assert panel.band_card.check_in_button.text() == "Auschecken"
