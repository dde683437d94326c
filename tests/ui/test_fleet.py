"""Issue 31: a real desk's health reaches the group's Prometheus through an agent, as the fleet
would run it: the desk (real window, real offline copy, the stand-in guest system over loopback)
with /metrics on, Debian's Prometheus in agent mode started from packaging/fleet's config, and a
receiving Prometheus as the group's. The guest system unplugged: the check-in waits in the outbox
and the receiver sees it; the receiver down for a minute while a second check-in waits: the
agent's write-ahead log carries every sample of that minute to it when it is back."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.backends.trybe import TrybeClient
from kiosk.config import Settings
from kiosk.config.settings import MetricsSettings, WedgeSettings
from kiosk.devices import WedgeScanner
from kiosk.ops.fleet import start_fleet
from tests.fleet import PROMETHEUS, Prometheus, agent, free_port, receiver
from tests.rigs import DeskRig
from tests.sandbox_helpers import SandboxAdmin, code_of

pytestmark = pytest.mark.skipif(PROMETHEUS is None, reason="Debian's prometheus package")

OUTAGE_S = float(os.environ.get("KIOSK_TEST_FLEET_OUTAGE_S", "60"))
"""How long the receiver is down (the issue's minute; shorter by the variable for a quick run)."""
NAME = "desk-under-test"


def value(prometheus: Prometheus, expr: str, at: float | None = None) -> float | None:
    found = prometheus.query(expr, at)
    return float(found[0]["value"][1]) if found else None


@pytest.mark.timeout(300)
def test_a_desks_health_and_its_outbox_reach_the_group_through_an_outage(
    qtbot: QtBot,
    fresh_client: TrybeClient,
    fresh_admin: SandboxAdmin,
    desk_factory: Callable[..., DeskRig],
    tmp_path: Path,
) -> None:
    rig = desk_factory(fresh_client, offline=True)
    desk = rig.window
    port = free_port()
    settings = Settings(metrics=MetricsSettings(port=port), device_name="Desk 1", site_id="s-1")
    fleet = start_fleet(settings, rig.lookup.status)
    group = receiver(tmp_path).start()
    shipper = agent(tmp_path, metrics_port=port, receiver_port=group.port, name=NAME).start()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    wedge = WedgeScanner(WedgeSettings(max_gap_ms=90, min_length=4), desk)
    app.installEventFilter(wedge)
    wedge.scanned.connect(desk.handle_scan)
    try:
        qtbot.waitExposed(desk)

        def scan(name: str) -> None:
            QTest.keyClicks(desk, code_of(name), Qt.KeyboardModifier.NoModifier, 2)
            QTest.keyClick(desk, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 2)

        panel = desk.customer_panel
        scan("Amelia Hart")
        qtbot.waitUntil(lambda: panel.verdict.headline.text() == "Welcome in", timeout=5000)
        scan("Oliver Price")  # known to the local copy from now on
        qtbot.waitUntil(lambda: panel.name.text() == "Oliver Price", timeout=5000)

        mine = f'{{kiosk="{NAME}"}}'
        qtbot.waitUntil(
            lambda: value(group, f'sum(kiosk_verdicts_total{{kiosk="{NAME}"}})') == 2,
            timeout=30000,
        )
        info = group.query(f"kiosk_info{mine}")[0]["metric"]
        assert (info["device"], info["site"], info["mode"]) == ("Desk 1", "s-1", "desk")
        assert value(group, f'kiosk_scans_total{{kiosk="{NAME}",source="wedge"}}') == 2
        assert value(group, f'kiosk_verdicts_total{{kiosk="{NAME}",colour="green"}}') == 1
        assert value(group, f"kiosk_lookup_seconds_count{mine}") == 2

        fresh_admin.add_fault(path_prefix="/", reset=True)  # the guest system unplugged
        scan("Amelia Hart")
        qtbot.waitUntil(lambda: "(offline)" in panel.verdict.headline.text(), timeout=5000)
        qtbot.mouseClick(panel.band_card.check_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1 check-in waiting" in desk.link_chip.text(), timeout=5000)
        qtbot.waitUntil(
            lambda: (
                value(group, f"kiosk_outbox_waiting{mine}") == 1
                and value(group, f"kiosk_online{mine}") == 0
            ),
            timeout=30000,
        )
        assert value(group, f"sum(kiosk_offline_cause{mine})") == 1  # one cause named

        group.stop()  # the group's Prometheus is down
        down_at = time.time()
        qtbot.wait(int(OUTAGE_S * 1000 / 3))
        scan("Oliver Price")  # meanwhile a second guest is checked in offline
        qtbot.waitUntil(lambda: panel.name.text() == "Oliver Price", timeout=5000)
        qtbot.waitUntil(lambda: panel.band_card.check_in_button.isEnabled(), timeout=5000)
        qtbot.mouseClick(panel.band_card.check_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "2 check-ins waiting" in desk.link_chip.text(), timeout=5000)
        qtbot.wait(max(0, int((down_at + OUTAGE_S - time.time()) * 1000)))
        up_at = time.time()
        group.start()

        window = int(up_at - down_at) - 2
        during = f"kiosk_outbox_waiting{mine}[{window}s]"
        qtbot.waitUntil(
            lambda: (value(group, f"count_over_time({during})", at=up_at - 1) or 0) >= 0.8 * window,
            timeout=60000,
        )
        # what the outage hid, delivered afterwards: one waiting, then two
        assert value(group, f"min_over_time({during})", at=up_at - 1) == 1
        assert value(group, f"max_over_time({during})", at=up_at - 1) == 2
        assert value(group, f"kiosk_outbox_waiting{mine}", at=up_at - 1) == 2
        oldest = value(group, f"kiosk_outbox_oldest_age_seconds{mine}", at=up_at - 1)
        assert oldest is not None
        assert oldest >= OUTAGE_S  # the first, from before the outage
    finally:
        app.removeEventFilter(wedge)
        shipper.stop()
        group.stop()
        fleet.stop()
