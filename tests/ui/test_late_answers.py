"""Issue 26, item 3: an answer past the lookup's deadline still counts. The desk says at the
deadline that it is still checking, shows the guest when the answer comes (unless a newer scan
came), and lookups that keep missing their deadline make the chip say so (with a local copy,
they count toward offline as failures do). Against the stand-in server, its barcode search
held by a latency fault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.store import new_key
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.lookup import Lookup
from kiosk.checkin.model import LinkStatus
from kiosk.scan import ScanEvent
from kiosk.ui.desk import link_words
from tests.rigs import DeskRig
from tests.sandbox_helpers import SandboxAdmin, code_of

SEARCH = "/customers/customers/barcode-search/"


def test_a_guest_whose_answer_comes_after_the_deadline_is_shown(
    qtbot: QtBot,
    client: TrybeClient,
    admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    rig = desk_factory(client, lookup_deadline_s=1.0)
    desk = rig.window
    admin.add_fault(path_prefix=SEARCH, latency_ms=2000, times=1)
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=3000)
    assert desk.problem_title.text() == "Trybe has not answered yet"
    assert "Still checking" in desk.problem_detail.text()
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=8000)
    assert desk.stack.currentWidget() is desk.guest_page
    scans = [e for e in rig.audit.entries() if e["action"] == "scan"]
    assert len(scans) == 1  # one line: the answer (whatever its verdict), not a failure
    assert scans[0]["outcome"] not in ("failed", "not_recognised")


def test_a_newer_scan_wins_over_a_late_answer(
    qtbot: QtBot,
    client: TrybeClient,
    admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    desk = desk_factory(client, lookup_deadline_s=1.0).window
    slow = code_of("Amelia Hart")
    admin.add_fault(path_prefix=f"{SEARCH}{slow}", latency_ms=2500, times=1)
    desk.handle_scan(ScanEvent(payload=slow, source="wedge"))
    qtbot.waitUntil(lambda: desk.stack.currentWidget() is desk.problem_page, timeout=3000)
    desk.handle_scan(ScanEvent(payload=code_of("Jonas Becker"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Jonas Becker", timeout=5000)
    qtbot.wait(2000)  # the late answer has come by now, and was dropped
    assert desk.customer_panel.name.text() == "Jonas Becker"


def test_lookups_that_keep_missing_the_deadline_make_the_chip_say_slow(
    qtbot: QtBot,
    client: TrybeClient,
    admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    desk = desk_factory(client, lookup_deadline_s=0.5).window
    admin.add_fault(path_prefix=SEARCH, latency_ms=900)
    for name in ("Amelia Hart", "Jonas Becker"):
        desk.handle_scan(ScanEvent(payload=code_of(name), source="wedge"))
        qtbot.waitUntil(lambda n=name: desk.customer_panel.name.text() == n, timeout=5000)
    qtbot.waitUntil(lambda: "slow" in desk.link_chip.text(), timeout=3000)
    assert desk.link_chip.property("tone") == "warn"


def test_with_a_local_copy_late_answers_count_toward_offline_and_the_chip_says_why(
    fresh_sandbox: object, fresh_admin: SandboxAdmin, tmp_path: Path
) -> None:
    from kiosk.sandbox import SandboxServer
    from tests.conftest import TOKEN
    from tests.sandbox_helpers import SITE_ID

    assert isinstance(fresh_sandbox, SandboxServer)
    live = TrybeBackend(TrybeClient(fresh_sandbox.url, TOKEN, SITE_ID, deadline_s=5.0))
    local = OfflineBackend(
        live, LocalStore(tmp_path / "copy.db", new_key()), AuditLog(tmp_path / "audit.jsonl")
    )
    lookup = Lookup(local, deadline_s=0.5, on_late=local.note_late)
    try:
        fresh_admin.add_fault(path_prefix=SEARCH, latency_ms=900)
        for name in ("Amelia Hart", "Jonas Becker"):  # neither is in the copy: asked live
            assert lookup.by_code(code_of(name)).guest.display_name == name
        status = lookup.status()
        assert not status.online
        assert status.why == "slow"
        text, tone = link_words(status)
        assert "answers came too late" in text
        assert tone == "warn"
        assert "no connection" in link_words(LinkStatus(online=False, why="unreachable"))[0]
    finally:
        lookup.close()
        local.close()


def test_without_a_local_copy_a_guest_system_that_does_not_answer_is_offline_on_the_chip(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
) -> None:
    """Issue 28: with no local copy (an appliance with no keyring) a dead guest system made
    every lookup fail while the chip still said ● Online. The first lookup that finds no answer
    turns it Offline, saying why; the next one answered turns it back."""
    desk = desk_factory(fresh_client).window
    assert desk.link_chip.text().startswith("● Online")
    fresh_admin.add_fault(path_prefix="/", reset=True)  # the connection drops on every request
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.link_chip.text().startswith("● Offline"), timeout=8000)
    assert "no connection" in desk.link_chip.text()
    assert desk.link_chip.property("tone") == "warn"

    fresh_admin.clear()  # back: the same band scanned again at once is a retry
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=8000)
    qtbot.waitUntil(lambda: desk.link_chip.text().startswith("● Online"), timeout=3000)


def test_a_desk_with_no_key_for_its_copy_says_so_on_the_chip_and_online_guests_still_show(
    qtbot: QtBot, client: TrybeClient, desk_factory: Callable[..., DeskRig]
) -> None:
    """Issue 28: an appliance with no keyring had its offline copy silently off. The desk (as
    run_desk builds it when no key is found) says so from the start, in the warning tone."""
    desk = desk_factory(client, copy_off=True).window
    qtbot.waitUntil(lambda: "no offline copy: no key for it" in desk.link_chip.text(), timeout=3000)
    assert desk.link_chip.property("tone") == "warn"
    desk.handle_scan(ScanEvent(payload=code_of("Amelia Hart"), source="wedge"))
    qtbot.waitUntil(lambda: desk.customer_panel.name.text() == "Amelia Hart", timeout=5000)
    assert "no offline copy" in desk.link_chip.text()  # still said while things work online
