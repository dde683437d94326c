"""The shift kept and counted: the Recent menu survives a restart of the desk (kept encrypted
in the local copy), and the end-of-shift summary counts what the audit holds, saved as CSV."""

from __future__ import annotations

import csv
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.backends.offline.store import new_key
from kiosk.backends.trybe import TrybeClient
from kiosk.scan import ScanEvent
from kiosk.ui.desk import DeskWindow
from kiosk.ui.override_dialog import OverrideDialog
from kiosk.ui.shift_dialog import ShiftDialog
from tests.rigs import DeskRig, show_code
from tests.sandbox_helpers import code_of


def recent_names(desk: DeskWindow) -> list[str]:
    return [a.text().split("  ")[1] for a in desk.recent_menu.actions()]


def test_recent_scans_survive_a_restart_and_are_not_readable_without_the_key(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    tmp_path: Path,
) -> None:
    key = new_key()
    first = desk_factory(fresh_client, offline=True, store_key=key, keep_recent=True)
    show_code(qtbot, first.window, code_of("Amelia Hart"))
    show_code(qtbot, first.window, code_of("Jonas Becker"))
    assert recent_names(first.window) == ["Jonas Becker", "Amelia Hart"]
    qtbot.wait(300)  # the keeper writes on the write worker
    # nothing of it readable in the file: names are kept encrypted, with the copy
    assert b"Amelia" not in (tmp_path / "local-copy.db").read_bytes()
    first.window.hide()

    # the desk started again: a new store on the same file and key (the first one's client is
    # shared with the test, so it stays open until the end)
    again = desk_factory(fresh_client, offline=True, store_key=key, keep_recent=True)
    qtbot.waitUntil(lambda: recent_names(again.window) == ["Jonas Becker", "Amelia Hart"])
    amelia = next(a for a in again.window.recent_menu.actions() if "Amelia" in a.text())
    amelia.trigger()  # reopens her by her band, as before the restart
    qtbot.waitUntil(lambda: again.window.customer_panel.name.text() == "Amelia Hart", timeout=5000)


def test_the_shift_summary_counts_what_the_audit_holds_and_saves_a_csv(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    desk_factory: Callable[..., DeskRig],
    tmp_path: Path,
) -> None:
    rig = desk_factory(fresh_client)
    desk = rig.window
    card = desk.customer_panel.band_card
    show_code(qtbot, desk, code_of("Amelia Hart"))  # green: checked in, then out
    qtbot.wait(900)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked in." in desk.status_line.text(), timeout=8000)
    qtbot.wait(900)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)  # now "Check out"
    qtbot.waitUntil(lambda: "Checked out." in desk.status_line.text(), timeout=8000)
    desk.handle_scan(ScanEvent(payload="NOPE-0000", source="wedge"))  # unknown band
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=5000)
    show_code(qtbot, desk, code_of("Chloé Martin"))  # red: let in by an override
    qtbot.wait(900)
    qtbot.mouseClick(card.check_in_button, Qt.MouseButton.LeftButton)  # "Override and check in…"
    qtbot.waitUntil(lambda: bool(desk.findChildren(OverrideDialog)))
    override = desk.findChildren(OverrideDialog)[0]
    preset = next(b for b in override.presets.buttons() if b.text() == "Manager approved")
    qtbot.mouseClick(preset, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(override.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checked in." in desk.status_line.text(), timeout=8000)

    desk.shift_action.trigger()  # ⚙ > Shift summary…
    qtbot.waitUntil(lambda: bool(desk.findChildren(ShiftDialog)))
    dialog = desk.findChildren(ShiftDialog)[0]
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    summary = dialog.summary
    assert summary is not None
    entries = rig.audit.entries()
    scans = [e for e in entries if e["action"] == "scan"]
    assert summary.scans == len(scans) == 3  # Amelia, NOPE, Chloé
    assert summary.unknown_bands == 1
    assert summary.check_ins == 2  # Amelia, Chloé (override)
    assert summary.check_outs == 1
    assert summary.overrides == 1
    assert summary.failures == 0
    shown = {
        w: int(dialog.grid.itemAtPosition(i, 1).widget().text())  # type: ignore[union-attr]
        for i, (w, _) in enumerate(summary.rows())
    }
    assert shown["Check-ins"] == 2

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved.text().startswith("Saved to"), timeout=5000)
    saved = next((tmp_path / "reports").glob("shift-*.csv"))
    # issue 30: written with the umask, 0644, on a PC other accounts share
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
    rows = {r["measure"]: int(r["count"]) for r in csv.DictReader(saved.open())}
    assert rows["check_ins"] == 2
    assert rows["unknown_bands"] == 1
