"""Issue 31: the kiosk's /metrics as Prometheus scrapes it (a real HTTP endpoint on loopback,
parsed by prometheus_client's own parser): what it says when online, offline and why, with an
outbox waiting and a printer out of bands; never beyond loopback; never a guest's data."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.backends.trybe import TrybeClient
from kiosk.checkin import telemetry
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.printing import PrinterState
from kiosk.config import Settings
from kiosk.config import clock as wallclock
from kiosk.config.settings import MetricsSettings
from kiosk.ops.crashes import CrashLedger
from kiosk.ops.fleet import start_fleet
from kiosk.ops.metrics import (
    KioskInfo,
    MetricsEndpoint,
    MetricsRefused,
    PrinterReading,
    Snapshot,
    has_default_route,
    offline_cause,
    serve_metrics,
)
from tests.fleet import until
from tests.sandbox_helpers import FEATURED_BY_NAME, SandboxAdmin

INFO = KioskInfo("0.1.0", "abc123", "site-1", "self", "Spa entrance", "trybe")


def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as answer:
        text = answer.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


@pytest.fixture
def snapshot() -> list[Snapshot]:
    return [Snapshot(LinkStatus())]


@pytest.fixture
def endpoint(snapshot: list[Snapshot]) -> Iterator[MetricsEndpoint]:
    served = serve_metrics("127.0.0.1", 0, INFO, lambda: snapshot[0])
    telemetry.install(served.meter)
    yield served
    telemetry.uninstall(served.meter)
    served.stop()


def test_an_online_kiosk_says_who_it_is_and_counts_what_happened(
    endpoint: MetricsEndpoint,
) -> None:
    meter = telemetry.meter()
    meter.scanned("wedge")
    meter.scanned("camera")
    meter.scanned("<script>")  # never a label the app did not choose
    meter.answered("admit")
    meter.answered("deny")
    meter.answered("Amelia Hart")  # not an outcome: not counted, not a label
    meter.looked_up(0.4, late=False)
    meter.looked_up(3.5, late=True)
    meter.camera_frame(0.004)
    seen = scrape(endpoint.port)
    info = (("backend", "trybe"), ("commit", "abc123"), ("device", "Spa entrance"),
            ("mode", "self"), ("site", "site-1"), ("version", "0.1.0"))  # fmt: skip
    assert seen[("kiosk_info", info)] == 1
    assert seen[("kiosk_scans_total", (("source", "wedge"),))] == 1
    assert seen[("kiosk_scans_total", (("source", "manual"),))] == 1
    assert seen[("kiosk_verdicts_total", (("colour", "green"), ("outcome", "admit")))] == 1
    assert seen[("kiosk_verdicts_total", (("colour", "red"), ("outcome", "deny")))] == 1
    assert seen[("kiosk_lookup_seconds_count", ())] == 2
    assert seen[("kiosk_lookup_seconds_bucket", (("le", "0.5"),))] == 1
    assert seen[("kiosk_lookup_deadline_misses_total", ())] == 1
    assert seen[("kiosk_camera_decode_seconds_count", ())] == 1
    assert seen[("kiosk_online", ())] == 1
    assert seen[("kiosk_outbox_waiting", ())] == 0
    assert 0 <= seen[("kiosk_last_scan_age_seconds", ())] < 5
    assert ("process_start_time_seconds", ()) in seen
    labels = {value for _, pairs in seen for _, value in pairs}
    assert "<script>" not in labels
    assert "Amelia Hart" not in labels


def test_offline_with_an_outbox_waiting_and_the_printer_out_of_bands(
    endpoint: MetricsEndpoint, snapshot: list[Snapshot]
) -> None:
    now = wallclock.now()
    snapshot[0] = Snapshot(
        LinkStatus(
            online=False,
            why="unreachable",
            waiting=3,
            oldest_waiting=now - timedelta(minutes=20),
            needs_attention=1,
            local_copy=True,
            data_as_of=now - timedelta(hours=2),
        ),
        printer=PrinterReading(
            PrinterState(False, "out of labels", "", frozenset({"out_of_bands"})), time.time()
        ),
        crashes_today=2,
        default_route=True,
    )
    seen = scrape(endpoint.port)
    assert seen[("kiosk_online", ())] == 0
    assert seen[("kiosk_offline_cause", (("cause", "internet"),))] == 1
    assert seen[("kiosk_offline_cause", (("cause", "lan"),))] == 0
    assert seen[("kiosk_outbox_waiting", ())] == 3
    assert 20 * 60 - 5 < seen[("kiosk_outbox_oldest_age_seconds", ())] < 20 * 60 + 5
    assert seen[("kiosk_needs_attention", ())] == 1
    assert 2 * 3600 - 5 < seen[("kiosk_local_copy_age_seconds", ())] < 2 * 3600 + 5
    assert seen[("kiosk_printer_up", ())] == 1
    assert seen[("kiosk_printer_ready", ())] == 0
    assert seen[("kiosk_printer_problem", (("problem", "out_of_bands"),))] == 1
    assert seen[("kiosk_printer_problem", (("problem", "head_open"),))] == 0
    assert seen[("kiosk_crashes_today", ())] == 2


def test_the_offline_cause_names_the_lan_the_internet_or_the_guest_system() -> None:
    offline = LinkStatus(online=False, why="unreachable")
    assert offline_cause(LinkStatus(), True) is None
    assert offline_cause(offline, False) == "lan"
    assert offline_cause(offline, True) == "internet"
    assert offline_cause(LinkStatus(online=False, why="trouble"), True) == "guest_system"
    assert offline_cause(LinkStatus(online=False, why="busy"), False) == "guest_system"


def test_the_default_route_is_read_from_the_kernels_table(tmp_path: Path) -> None:
    table = tmp_path / "route"
    header = "Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\n"
    table.write_text(header + "eth0\t0000A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\n")
    assert has_default_route(table) is False  # the LAN only
    table.write_text(header + "eth0\t00000000\t0100A8C0\t0003\t0\t0\t0\t00000000\n")
    assert has_default_route(table) is True
    assert has_default_route(tmp_path / "none") is None


@pytest.mark.parametrize("address", ["0.0.0.0", "192.168.1.20", "::", "kiosk.example"])
def test_the_endpoint_never_listens_beyond_this_machine(address: str) -> None:
    with pytest.raises(MetricsRefused):
        serve_metrics(address, 0, INFO, lambda: Snapshot(LinkStatus()))


def test_metrics_are_off_unless_a_port_is_set_and_a_bad_address_leaves_them_off() -> None:
    fleet = start_fleet(Settings(), LinkStatus)
    assert fleet.endpoint is None
    fleet.stop()
    fleet = start_fleet(Settings(metrics=MetricsSettings(port=1, address="0.0.0.0")), LinkStatus)
    assert fleet.endpoint is None  # said in the log; the kiosk runs on
    assert telemetry.meter() is telemetry.SILENT
    fleet.stop()


def test_the_clock_skew_is_the_guest_systems_date_against_ours(
    fresh_client: TrybeClient, fresh_admin: SandboxAdmin, endpoint: MetricsEndpoint
) -> None:
    fresh_admin.settings(clock_offset_s=-120)  # the guest system's clock: two minutes behind
    fresh_client.get_customer_by_barcode(FEATURED_BY_NAME["Amelia Hart"].code)
    skew = scrape(endpoint.port)[("kiosk_clock_skew_seconds", ())]
    assert 118 < skew < 122  # this kiosk is two minutes ahead


LEDGER_RUN = """
import os, sys, time
from pathlib import Path
from kiosk.ops.crashes import CrashLedger
ledger = CrashLedger(Path(sys.argv[1]))
ledger.started()
print("started", flush=True)
time.sleep(60)
"""


def test_a_run_killed_with_sigkill_is_counted_as_a_crash_at_the_next_start(
    tmp_path: Path,
) -> None:
    run = subprocess.Popen(
        [sys.executable, "-c", LEDGER_RUN, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert run.stdout is not None
    assert run.stdout.readline().strip() == "started"
    run.kill()  # kill -9: no goodbye
    run.wait()
    ledger = CrashLedger(tmp_path)
    assert ledger.started() is True
    assert ledger.today() == 1
    ledger.stopped()  # a clean exit
    assert CrashLedger(tmp_path).started() is False
    assert ledger.today() == 1
    assert oct((tmp_path / "crashes.json").stat().st_mode & 0o777) == "0o600"


def test_crashes_today_start_at_local_midnight(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    before = datetime(2026, 3, 28, 23, 30, tzinfo=london).timestamp()  # the night of a DST day
    after = datetime(2026, 3, 29, 0, 30, tzinfo=london).timestamp()
    late = datetime(2026, 3, 29, 23, 59, tzinfo=london).timestamp()
    moments = iter([before, after])
    ledger = CrashLedger(tmp_path, clock=lambda: next(moments))
    ledger.record()
    ledger.record()
    with wallclock.using(wallclock.Clock(zone=london)):
        assert CrashLedger(tmp_path, clock=lambda: late).today() == 1
        assert datetime.fromtimestamp(late, UTC).date().isoformat() == "2026-03-29"


def test_the_doctor_and_the_dashboard_say_the_same_figures(
    endpoint: MetricsEndpoint, snapshot: list[Snapshot]
) -> None:
    """Issue 31 item 4: `kiosk doctor --json` (its "fleet" check) and /metrics work their
    figures out with one function, and the doctor shows the running app's beside its own."""
    from kiosk.config.health import Check
    from kiosk.ops.fleet import fleet_check

    now = wallclock.now()
    oldest, synced = now - timedelta(minutes=20), now - timedelta(hours=1)
    snapshot[0] = Snapshot(
        LinkStatus(
            online=False,
            why="unreachable",
            waiting=2,
            oldest_waiting=oldest,
            local_copy=True,
            data_as_of=synced,
        ),
        printer=PrinterReading(PrinterState(False, "", "", frozenset({"out_of_bands"})), 0.0),
        default_route=True,
    )
    telemetry.meter().clock_skew(3.0)
    found_by_doctor = [
        Check("api", "API", "fail", "could not connect", "", {"why": "unreachable"}),
        Check("clock", "Clock", "ok", "", "", {"skew_s": 3.0}),
        Check(
            "local_copy",
            "Copy",
            "ok",
            "",
            "",
            {
                "outbox": {"waiting": 2},
                "oldest_waiting_at": oldest.timestamp(),
                "synced_at": synced.isoformat(),
            },
        ),
        Check(
            "printer",
            "Printer",
            "fail",
            "",
            "",
            {
                "up": True,
                "ready": False,
                "problems": ["out_of_bands"],
            },
        ),
    ]
    check = fleet_check(Settings(metrics=MetricsSettings(port=endpoint.port)), found_by_doctor)
    assert check.status == "warn"  # an entry waiting over 15 minutes, as the alert says
    assert "offline (internet)" in check.summary
    assert "2 waiting (oldest 20 min)" in check.summary
    assert "printer: out_of_bands" in check.summary
    figures, served = check.data["figures"], check.data["running_app"]
    for name in ("online", "outbox_waiting", "needs_attention", "local_copy", "printer_up",
                 "printer_ready", "crashes_today", "clock_skew_seconds"):  # fmt: skip
        assert figures[name] == served[name], name
    for age in ("outbox_oldest_age_seconds", "local_copy_age_seconds"):
        assert abs(figures[age] - served[age]) < 5, age


def test_the_printer_watch_sees_a_zebra_run_out_of_bands_and_come_back() -> None:
    """The stand-in Zebra answers as its programming guide says: out of media it does not
    answer ~HS at all, only ~HQES; the watch still names the problem with its stable code, and
    a printer staff swapped in is the one asked next."""
    from kiosk.devices.printers.layout import MEDIA
    from kiosk.devices.printers.zebra import ZebraPrinter
    from kiosk.ops.metrics import PrinterWatch
    from kiosk.sandbox.printer import FakeZebra

    with FakeZebra(print_s=0.1) as fake:
        zebra = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1.0)
        chosen: list[ZebraPrinter | None] = [zebra]
        watch = PrinterWatch(lambda: chosen[0], every_s=3600)
        reading = watch.ask()
        assert reading is not None
        assert reading.state is not None
        assert reading.state.ready
        fake.status = "paper_out"
        reading = watch.ask()
        assert reading is not None
        assert reading.state is not None
        assert not reading.state.ready
        assert reading.state.problems == frozenset({"out_of_bands"})
        chosen[0] = None  # staff took the printer out of the settings
        assert watch.ask() is None
        assert watch.reading is None
    chosen[0] = zebra  # and the printer is gone from the network
    reading = watch.ask()
    assert reading is not None
    assert reading.state is None  # kiosk_printer_up 0


def test_a_second_kiosk_running_beside_the_first_is_not_a_crash(tmp_path: Path) -> None:
    running = subprocess.Popen(
        [sys.executable, "-c", LEDGER_RUN, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert running.stdout is not None
        assert running.stdout.readline().strip() == "started"
        assert CrashLedger(tmp_path).started() is False  # the first is alive
        assert CrashLedger(tmp_path).today() == 0
    finally:
        running.kill()
        running.wait()


def test_the_printer_watch_waits_for_a_print_rather_than_talk_over_it() -> None:
    """One conversation with the printer at a time: the watch's question during a print is
    asked once the band is out (a second connection mid-print is one a real Zebra leaves
    waiting, and the dashboard would have counted the printer down)."""
    import threading

    from kiosk.checkin.printing import BandLabel
    from kiosk.devices.printers.layout import MEDIA
    from kiosk.devices.printers.zebra import ZebraPrinter
    from kiosk.ops.metrics import PrinterWatch
    from kiosk.sandbox.printer import FakeZebra

    with FakeZebra(print_s=0.8) as fake:
        zebra = ZebraPrinter(fake.host, fake.port, media=MEDIA["wristband"], timeout_s=1.0)
        printed_at: list[float] = []

        def print_one() -> None:
            zebra.print_band(BandLabel("1002345678"))
            printed_at.append(time.monotonic())

        printing = threading.Thread(target=print_one)
        printing.start()
        until(lambda: fake.received, timeout_s=5, every_s=0.01)  # the job is on its way
        reading = PrinterWatch(lambda: zebra, every_s=3600).ask()
        asked_at = time.monotonic()
        printing.join(timeout=10)
        assert printed_at
        assert asked_at >= printed_at[0]
        assert reading is not None
        assert reading.state is not None
        assert reading.state.ready
        assert len(fake.printed) == 1
