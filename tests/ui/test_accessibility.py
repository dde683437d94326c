"""Every screen, walked through Qt's accessibility tree as a screen reader would walk it
(tests/a11y.py): no control without a name, none smaller than a finger (44 px on the desk, 48
on self check-in), no text under 4.5:1 (3:1 large) against what is painted behind it. The
desk after each kind of guest, its menus and dialogs; self check-in's pages."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QWidget
from pytestqt.exceptions import TimeoutError as NotSettled
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.config.pin import hash_pin
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.demo_data import FEATURED
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.staff_settings import StaffSettingsDialog
from kiosk.ui.theme import self_style_sheet
from tests.a11y import audit
from tests.rigs import DeskRig, SelfRig, show_code
from tests.sandbox_helpers import code_of

PIN = "4826"


def audit_menu(qtbot: QtBot, menu: QMenu, where: QWidget) -> list[str]:
    menu.popup(where.mapToGlobal(QPoint(0, where.height())))
    qtbot.waitUntil(menu.isVisible)
    found = [str(f) for f in audit(menu)]
    menu.close()
    return found


def audit_dialog(qtbot: QtBot, dialog: QDialog) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    found = [str(f) for f in audit(dialog)]
    dialog.close()
    return found


@pytest.fixture
def desk(client: TrybeClient, desk_factory: Callable[..., DeskRig]) -> DeskWindow:
    window = desk_factory(client).window
    return window


def test_the_desk_with_every_kind_of_guest(qtbot: QtBot, desk: DeskWindow) -> None:
    findings = {"idle": [str(f) for f in audit(desk)]}
    for featured in FEATURED:
        show_code(qtbot, desk, featured.code)
        findings[featured.scenario] = [str(f) for f in audit(desk)]
    show_code(qtbot, desk, "NOPE-0000")
    findings["not recognised"] = [str(f) for f in audit(desk)]
    assert {k: v for k, v in findings.items() if v} == {}


def test_the_desks_menus_and_dialogs(qtbot: QtBot, desk: DeskWindow, tmp_path: Path) -> None:
    show_code(qtbot, desk, code_of("Chloé Martin"))  # red: the override is offered
    card = desk.customer_panel.band_card
    findings = {
        "more": audit_menu(qtbot, card.more_menu, card.more_button),
        "expiry": audit_menu(qtbot, card.expiry_menu, card.extend_button),
        "card": audit_menu(qtbot, card.card_menu, card.card_button),
        "tools": audit_menu(qtbot, desk.tools_menu, desk.settings_button),
        "recent": audit_menu(qtbot, desk.recent_menu, desk.recent_button),
    }
    override = desk._ask_override(desk.session.state.context.guest.id)
    findings["override"] = audit_dialog(qtbot, override)
    desk.open_guest_form(None)
    assert desk.guest_form is not None
    findings["new guest"] = audit_dialog(qtbot, desk.guest_form)
    findings["settings"] = audit_dialog(
        qtbot, StaffSettingsDialog(Settings(), tmp_path / "settings.toml", desk)
    )
    assert {k: v for k, v in findings.items() if v} == {}


def test_self_check_in_pages(
    qtbot: QtBot, client: TrybeClient, self_factory: Callable[..., SelfRig]
) -> None:
    rig = self_factory(client, hash_pin(PIN))
    screen = rig.window
    screen.setStyleSheet(self_style_sheet())
    qtbot.waitExposed(screen)
    qtbot.wait(100)  # laid out
    findings = {"attract": [str(f) for f in audit(screen, min_target=48)]}
    for name in ("Amelia Hart", "Sofía García"):
        screen.handle_scan(ScanEvent(payload=code_of(name), source="wedge"))
        qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.verdict_page, timeout=5000)
        qtbot.wait(100)
        findings[name] = [str(f) for f in audit(screen, min_target=48)]
    screen.session.reset()
    screen.session.long_press()
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.pin_page)
    findings["pin"] = [str(f) for f in audit(screen, min_target=48)]
    for digit in PIN:
        screen.pin_keys[digit].click()
    screen.pin_keys["ok"].click()
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.staff_page, timeout=5000)
    findings["staff"] = [str(f) for f in audit(screen, min_target=48)]
    assert {k: v for k, v in findings.items() if v} == {}
    assert QApplication.instance() is not None


def test_operations_dialogs_and_the_collins_desk(
    qtbot: QtBot,
    sandbox: SandboxServer,
    collins_sandbox: SandboxServer,
    desk_factory: Callable[..., DeskRig],
) -> None:
    from kiosk.app import Connection, Diagnostics
    from kiosk.backends.collins import CollinsClient
    from kiosk.backends.collins.adapter import CollinsBackend
    from kiosk.config.settings import WedgeSettings
    from kiosk.devices import WedgeScanner
    from kiosk.sandbox.collins.demo import FEATURED as GUESTS
    from kiosk.sandbox.collins.demo import VENUES
    from kiosk.ui.note_dialogs import LabelDialog, NoteDialog
    from kiosk.ui.pairing_window import PairingDialog, VendorPairing
    from kiosk.ui.tasks import QtRunner
    from tests.conftest import TOKEN
    from tests.sandbox_helpers import SITE_ID

    backend = CollinsBackend(
        CollinsClient(collins_sandbox.url, TOKEN), venue_id=VENUES[0][0], venues=dict(VENUES)
    )
    rig = desk_factory(None, backend=backend)
    desk = rig.window
    show_code(qtbot, desk, GUESTS[0].id)
    findings = {"collins desk": [str(f) for f in audit(desk)]}
    card = desk.customer_panel.band_card
    findings["collins more"] = audit_menu(qtbot, card.more_menu, card.more_button)
    findings["note"] = audit_dialog(qtbot, NoteDialog("Marta Silva", lambda _: None, desk))
    findings["label"] = audit_dialog(
        qtbot, LabelDialog("Marta Silva", ["VIP"], lambda _: None, desk)
    )

    def unused(*_: object) -> None:
        raise AssertionError("not called: the dialog is only looked at")

    runner = QtRunner()
    vendors = [
        VendorPairing("Trybe", sandbox.url, unused, unused, unused),  # type: ignore[arg-type]
        VendorPairing("Collins", collins_sandbox.url, unused, unused, unused),  # type: ignore[arg-type]
    ]
    findings["pairing"] = audit_dialog(qtbot, PairingDialog(vendors, runner, parent=desk))

    wedge = WedgeScanner(WedgeSettings())
    connection = Connection(api_url=sandbox.url, token=TOKEN, site_id=SITE_ID, demo=True)
    diagnostics = Diagnostics(Settings(sounds=False), connection, rig.runner, wedge, [])
    dialog = diagnostics.open(desk, desk.windows)
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=15000)
    qtbot.wait(100)
    findings["diagnostics"] = [str(f) for f in audit(dialog)]
    dialog.close()
    runner.shutdown()
    assert {k: v for k, v in findings.items() if v} == {}


def test_the_high_contrast_large_text_desk_passes_the_same_audit_and_fits(
    qtbot: QtBot, desk: DeskWindow
) -> None:
    desk.set_look(large_text=True, high_contrast=True)
    assert desk.ui_scale >= 1.25
    findings = {}
    for featured in FEATURED[:6]:
        show_code(qtbot, desk, featured.code)
        findings[featured.scenario] = [str(f) for f in audit(desk)]
        assert desk.minimumSizeHint().width() <= 1280  # still on a 1280 px screen
    card = desk.customer_panel.band_card
    findings["more"] = audit_menu(qtbot, card.more_menu, card.more_button)
    assert {k: v for k, v in findings.items() if v} == {}


def test_the_audit_itself_finds_what_it_is_for(qtbot: QtBot) -> None:
    """A window built to break each rule: the audit names every breach."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    nameless = QPushButton()  # no text, no accessible name
    nameless.setMinimumSize(60, 60)
    tiny = QPushButton("OK")
    tiny.setFixedSize(30, 20)
    faint = QLabel("Hard to read")
    faint.setStyleSheet("color: #c8c8c8; background: #ffffff;")
    faint.setAutoFillBackground(True)
    red_dot = QLabel()
    red_dot.setProperty("tone", "bad")
    red_dot.setFixedSize(60, 60)
    red_dot.setStyleSheet("background: #c0392b;")
    for widget in (nameless, tiny, faint, red_dot):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(300, 300)
    window.show()
    qtbot.waitExposed(window)
    kinds = {finding.kind for finding in audit(window)}
    assert kinds >= {"name", "size", "contrast", "colour"}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_desk_in_each_language_passes_the_same_audit(
    qtbot: QtBot,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    speak: Callable[[str], None],
    tmp_path: Path,
    language: str,
) -> None:
    """German runs a third longer than English: nothing clipped, nothing unnamed, on every
    kind of guest, in the menus and the settings."""
    speak(language)
    desk = desk_factory(client).window  # built in the language, as at a start
    qtbot.waitExposed(desk)
    findings = {"idle": [str(f) for f in audit(desk)]}
    for featured in FEATURED:
        show_code(qtbot, desk, featured.code)
        findings[featured.scenario] = [str(f) for f in audit(desk)]
    show_code(qtbot, desk, code_of("Chloé Martin"))
    card = desk.customer_panel.band_card
    findings["more"] = audit_menu(qtbot, card.more_menu, card.more_button)
    findings["expiry"] = audit_menu(qtbot, card.expiry_menu, card.extend_button)
    findings["settings"] = audit_dialog(
        qtbot, StaffSettingsDialog(Settings(), tmp_path / "settings.toml", desk)
    )
    assert {k: v for k, v in findings.items() if v} == {}


def test_who_is_in_now_passes_the_audit(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    desk = desk_factory(client, on_site=True).window
    show_code(qtbot, desk, code_of("Amelia Hart"))
    findings = {"header": [str(f) for f in audit(desk)]}
    window = desk.open_on_site()
    assert window is not None
    qtbot.waitUntil(lambda: desk.on_site is not None and desk.on_site.state.loaded, timeout=8000)
    findings["who is in now"] = audit_dialog(qtbot, window)
    shift = desk.open_shift()
    qtbot.waitUntil(lambda: shift.summary is not None)
    findings["shift summary"] = audit_dialog(qtbot, shift)
    assert {k: v for k, v in findings.items() if v} == {}


def test_the_sign_in_page_and_the_staff_list(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    """A site that lists its staff: the sign-in page (a name chosen), the header with who is
    signed in, the staff list and one member's details."""
    from kiosk.checkin.staff import Duty, Role, Roster, StaffMember
    from kiosk.ui.staff_dialog import StaffListDialog, StaffMemberDialog

    roster = Roster(
        (
            StaffMember("st-a", "Robin", Role.DESK, pin_hash=hash_pin(PIN)),
            StaffMember("st-b", "Sasha", Role.MANAGER, pin_hash=hash_pin(PIN)),
            StaffMember("st-c", "Badge Only", Role.DESK, badge_hash="sha256$00$00"),
        )
    )
    rig = desk_factory(client, duty=Duty(roster))
    desk = rig.window
    desk.sign_in_page.tiles["st-b"].click()
    qtbot.wait(50)
    findings = {"sign in": [str(f) for f in audit(desk)]}
    rig.session.sign_in("st-b", PIN)
    qtbot.waitUntil(desk.duty_button.isVisible, timeout=5000)
    findings["signed in"] = [str(f) for f in audit(desk)]
    staff = StaffListDialog(roster, rig.session, rig.runner, desk)
    findings["staff list"] = audit_dialog(qtbot, staff)
    member = StaffMemberDialog(roster.members[0], roster, rig.session, desk)
    findings["a member"] = audit_dialog(qtbot, member)
    assert {k: v for k, v in findings.items() if v} == {}


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_printing_a_band_passes_the_audit_in_each_language(
    qtbot: QtBot,
    client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    speak: Callable[[str], None],
    language: str,
) -> None:
    """The print row (Print a band; Use the printed band, Print it again) and what a printer
    that cannot print says: named, a finger high, legible, unclipped in the four languages."""
    from kiosk.devices.printers.layout import MEDIA
    from kiosk.devices.printers.zebra import ZebraPrinter
    from kiosk.sandbox.printer import FakeZebra

    speak(language)
    with FakeZebra(print_s=0.1) as fake:
        printer = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1)
        desk = desk_factory(client, printer=printer).window
        show_code(qtbot, desk, code_of("Oliver Price"))
        card = desk.customer_panel.band_card
        findings = {"more": audit_menu(qtbot, card.more_menu, card.more_button)}
        card.band_scan_requested.emit(desk.session.state.guest_id, "associate")
        qtbot.waitUntil(card.print_button.isVisible, timeout=2000)
        findings["offered"] = [str(f) for f in audit(desk)]
        fake.status = "head_open"
        qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: (
                desk.session.state.printing is not None
                and desk.session.state.printing.phase == "failed"
            ),
            timeout=5000,
        )
        _let_the_layout_settle(qtbot, card.feedback)
        findings["refused"] = [str(f) for f in audit(desk)]
        fake.status = "ok"
        qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(card.use_printed_button.isVisible, timeout=5000)
        findings["printed"] = [str(f) for f in audit(desk)]
        from kiosk.ui.printer_settings import PrinterSettingsDialog

        settings = Settings().model_copy(
            update={"printer": Settings().printer.model_copy(update={"kind": "zebra"})}
        )
        dialog = PrinterSettingsDialog(
            settings, desk_rig_runner(desk), prints_dir=Path("prints"), parent=desk
        )
        findings["printer settings"] = audit_dialog(qtbot, dialog)
    assert {k: v for k, v in findings.items() if v} == {}


def desk_rig_runner(desk: DeskWindow):  # type: ignore[no-untyped-def]
    return desk.session.runner  # the desk's own worker pool


def _let_the_layout_settle(qtbot: QtBot, label: QLabel) -> None:
    """A new sentence is laid out on the next pass of the event loop (a busy machine may audit
    in between): wait for that pass, up to a second. A label that stays too short for its text
    is still reported by the audit."""
    with contextlib.suppress(NotSettled):
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=1000)
