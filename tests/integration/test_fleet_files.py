"""Issue 31: packaging/fleet as the group installs it: the alert rules pass `promtool test
rules`, the agent's config and the rules pass promtool's checks, and the rules and the dashboard
ask only for series a kiosk (or Prometheus itself) really exposes, so a renamed metric breaks a
test, not a dashboard at 7 am."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from kiosk.checkin import telemetry
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.printing import PrinterState
from kiosk.ops.metrics import KioskInfo, PrinterReading, Snapshot, serve_metrics
from tests.fleet import FLEET, PROMTOOL
from tests.integration.test_metrics import scrape

pytestmark = pytest.mark.skipif(PROMTOOL is None, reason="Debian's prometheus package")

FROM_PROMETHEUS = {"up", "time", "timestamp"}
"""Names the rules and the dashboard may use that Prometheus gives itself."""


def exposed_names() -> set[str]:
    """Every series name a kiosk's /metrics has when every part is there."""
    snapshot = Snapshot(
        LinkStatus(oldest_waiting=None, data_as_of=None),
        printer=PrinterReading(PrinterState(True, "ready"), 0.0),
    )
    served = serve_metrics(
        "127.0.0.1", 0, KioskInfo("v", "c", "s", "desk", "d", "trybe"), lambda: snapshot
    )
    try:
        served.meter.scanned("wedge")
        served.meter.clock_skew(0.0)
        names = {name for name, _ in scrape(served.port)}
    finally:
        served.stop()
        telemetry.uninstall(served.meter)
    names.add("kiosk_local_copy_age_seconds")  # there once a sync has completed
    return names


def test_the_alert_rules_pass_their_promtool_tests() -> None:
    assert PROMTOOL is not None
    rules = FLEET / "rules"
    checked = subprocess.run(
        [PROMTOOL, "check", "rules", "kiosk-alerts.yml"], cwd=rules, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = subprocess.run(
        [PROMTOOL, "test", "rules", "kiosk-alerts.test.yml"],
        cwd=rules,
        capture_output=True,
        text=True,
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "SUCCESS" in tested.stdout


def test_the_agents_config_is_one_promtool_takes() -> None:
    assert PROMTOOL is not None
    checked = subprocess.run(
        [PROMTOOL, "check", "config", "--agent", str(FLEET / "prometheus-agent.yml")],
        capture_output=True,
        text=True,
    )
    # the password file is the unit's credential, absent here: promtool says so and only that
    problems = checked.stdout + checked.stderr
    assert "SUCCESS" in problems or "password_file" in problems, problems


def names_in(expr: str) -> set[str]:
    """The series names a PromQL expression reads (label matchers, groupings, functions and
    durations left out)."""
    bare = re.sub(r"\{[^}]*\}|\b(?:by|on|without)\s*\([^)]*\)|\[[^\]]*\]", " ", expr)
    words = set(re.findall(r"[a-zA-Z_][a-zA-Z0-9_]*", bare))
    return {w for w in words if (w.startswith(("kiosk_", "process_")) or w in FROM_PROMETHEUS)} - {
        "time",
        "timestamp",
    }


def test_the_rules_and_the_dashboard_ask_only_for_series_a_kiosk_has() -> None:
    exposed = exposed_names() | FROM_PROMETHEUS
    rules = (FLEET / "rules" / "kiosk-alerts.yml").read_text()
    exprs = re.findall(r"expr: >-\n((?:\s{10}.+\n)+)|expr: (.+)\n", rules)
    asked = set()
    for block, line in exprs:
        asked |= names_in(block or line)
    dashboard = json.loads((FLEET / "grafana" / "kiosk-fleet.json").read_text())
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            asked |= names_in(target["expr"])
    assert asked, "no series found in the rules or the dashboard"
    assert asked <= exposed, asked - exposed
    assert {"kiosk_info", "kiosk_outbox_oldest_age_seconds", "kiosk_printer_problem"} <= asked
