"""The kiosk's health as Prometheus metrics, on a loopback-only ``/metrics`` (off unless set).

A group with fifty sites cannot walk to every desk to ask ``kiosk doctor``: a Prometheus in
agent mode beside the kiosk (``packaging/fleet/``) scrapes this endpoint and ``remote_write``s
to the group's Prometheus, whose rules and dashboard name the kiosk that is down, the outbox
that holds check-ins, the printer out of bands, the version a desk runs.

Two kinds of series. Counted as they happen (the domain tells :mod:`kiosk.checkin.telemetry`,
which this module's :class:`PrometheusMeter` listens to): scans by source, answers by colour,
lookup latency and deadline misses, camera frames and decode time, crashes caught. Read when
scraped (:class:`KioskCollector`, from the same snapshot the screens use, so the two never
disagree): online or offline and why, the outbox's depth and its oldest entry's age, what
needs attention, the local copy's age, the printer, the clock's skew against the guest
system's, the last scan's age, crashes today.

No label ever carries a guest's data: labels are fixed words (a source, a colour, a cause, a
printer problem code) and the build, site id, mode and device name.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from kiosk.checkin.model import LinkStatus
from kiosk.checkin.printing import BandPrinter, PrinterState
from kiosk.checkin.telemetry import COLOUR_OF
from kiosk.config import clock as wallclock

log = logging.getLogger(__name__)

SOURCES = ("wedge", "serial", "camera", "manual")
LOOKUP_BUCKETS_S = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 8.0, 12.0)
"""Around the 3 s deadline the screen promises (and the 12 s it still waits)."""
DECODE_BUCKETS_S = (0.001, 0.002, 0.004, 0.006, 0.01, 0.015, 0.022, 0.033, 0.05, 0.1)
"""Around the camera's 22 ms budget and a 30 fps frame's 33 ms."""
CAUSES = ("lan", "internet", "guest_system")
PRINTER_PROBLEMS = (
    "out_of_bands",
    "head_open",
    "ribbon_out",
    "paused",
    "memory_full",
    "wrong_media",
    "off",
    "error",
)


class MetricsRefused(ValueError):
    """A metrics setting that would expose the endpoint beyond this machine."""


class PrometheusMeter:
    """The domain's counts (:class:`kiosk.checkin.telemetry.Meter`) as Prometheus series."""

    def __init__(self, registry: CollectorRegistry, clock: Callable[[], float] = wallclock.wall):
        self._clock = clock
        self.scans = Counter(
            "kiosk_scans", "Codes read, by the reader they came from.", ["source"],
            registry=registry,
        )  # fmt: skip
        self.answers = Counter(
            "kiosk_verdicts",
            "Scans answered, by the colour shown (green admit, amber check, red deny, grey no "
            "guest) and the outcome.",
            ["colour", "outcome"],
            registry=registry,
        )
        self.lookups = Histogram(
            "kiosk_lookup_seconds", "From a scan to the guest's whole answer.",
            buckets=LOOKUP_BUCKETS_S, registry=registry,
        )  # fmt: skip
        self.misses = Counter(
            "kiosk_lookup_deadline_misses",
            "Lookups whose answer came after the deadline the screen promises.",
            registry=registry,
        )
        self.frames = Histogram(
            "kiosk_camera_decode_seconds", "Time to decode one camera frame.",
            buckets=DECODE_BUCKETS_S, registry=registry,
        )  # fmt: skip
        self.crashes = Counter(
            "kiosk_crashes",
            "Unexpected errors the app caught, logged and carried on from (this run).",
            registry=registry,
        )
        for source in SOURCES:
            self.scans.labels(source)
        for outcome, colour in COLOUR_OF.items():
            self.answers.labels(colour, outcome)
        self.last_scan_at: float | None = None
        self.skew_s: float | None = None

    def scanned(self, source: str) -> None:
        self.scans.labels(source if source in SOURCES else "manual").inc()
        self.last_scan_at = self._clock()

    def answered(self, outcome: str) -> None:
        if outcome in COLOUR_OF:
            self.answers.labels(COLOUR_OF[outcome], outcome).inc()

    def looked_up(self, seconds: float, *, late: bool) -> None:
        self.lookups.observe(max(0.0, seconds))
        if late:
            self.misses.inc()

    def camera_frame(self, decode_seconds: float) -> None:
        self.frames.observe(max(0.0, decode_seconds))

    def clock_skew(self, skew_seconds: float) -> None:
        self.skew_s = skew_seconds

    def crashed(self) -> None:
        self.crashes.inc()


@dataclass(frozen=True)
class KioskInfo:
    version: str
    commit: str
    site: str
    mode: str
    device: str
    backend: str


@dataclass(frozen=True)
class PrinterReading:
    """The printer as last asked: its state, or None when it could not be reached."""

    state: PrinterState | None
    at: float


class PrinterWatch:
    """Asks the band printer how it is every ``every_s`` on a thread of its own (the desk asks
    only before a print: a printer out of bands at 7 am is on the dashboard before the first
    guest). ``printer()`` is the one in use at each turn (staff may choose another);
    ``reading`` is the last answer (None while there is no printer)."""

    def __init__(
        self,
        printer: Callable[[], BandPrinter | None],
        *,
        every_s: float = 60.0,
        clock: Callable[[], float] = wallclock.wall,
    ) -> None:
        self._printer = printer
        self._every_s = every_s
        self._clock = clock
        self._stop = threading.Event()
        self.reading: PrinterReading | None = None
        self._thread = threading.Thread(target=self._run, name="printer-watch", daemon=True)

    def start(self) -> PrinterWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def ask(self) -> PrinterReading | None:
        printer = self._printer()
        if printer is None:
            self.reading = None
            return None
        try:
            state: PrinterState | None = printer.state()
        except Exception as exc:  # unreachable, or an answer it could not read
            log.info("the printer did not answer (%s)", type(exc).__name__)
            state = None
        self.reading = PrinterReading(state, self._clock())
        return self.reading

    def _run(self) -> None:
        while not self._stop.is_set():
            self.ask()
            self._stop.wait(self._every_s)


def has_default_route(route_table: Path = Path("/proc/net/route")) -> bool | None:
    """Whether the machine has a way off its LAN (None: cannot tell on this system)."""
    try:
        lines = route_table.read_text(encoding="ascii").splitlines()[1:]
    except OSError:
        return None
    return any(len(f := line.split()) > 2 and f[1] == "00000000" for line in lines)


def offline_cause(link: LinkStatus, default_route: bool | None) -> str | None:
    """Why the kiosk is offline, as the fleet names it: "lan" (no way off the local network),
    "internet" (a way off it, but the guest system cannot be reached), "guest_system" (it was
    reached, and answered with errors, too slowly, or asked us to wait). None: online."""
    if link.online:
        return None
    if link.why in ("trouble", "busy", "slow"):
        return "guest_system"
    if default_route is False:
        return "lan"
    return "internet"


@dataclass(frozen=True)
class Snapshot:
    """What the kiosk knows of itself right now (the screens' link status, and the rest)."""

    link: LinkStatus
    printer: PrinterReading | None = None
    crashes_today: int = 0
    default_route: bool | None = None


class KioskCollector(Collector):
    """The series read when Prometheus scrapes: from ``snapshot()``, at that moment."""

    def __init__(
        self,
        info: KioskInfo,
        snapshot: Callable[[], Snapshot],
        meter: PrometheusMeter,
        clock: Callable[[], float] = wallclock.wall,
    ) -> None:
        self._info = info
        self._snapshot = snapshot
        self._meter = meter
        self._clock = clock

    def collect(self) -> Iterator[Metric]:
        info = self._info
        family = GaugeMetricFamily(
            "kiosk_info", "This kiosk's build and place (always 1).",
            labels=["version", "commit", "site", "mode", "device", "backend"],
        )  # fmt: skip
        family.add_metric(
            [info.version, info.commit, info.site, info.mode, info.device, info.backend], 1
        )
        yield family
        try:
            now = self._snapshot()
        except Exception as exc:  # a scrape answers with what it has, never a 500
            log.warning("the metrics snapshot failed (%s)", type(exc).__name__)
            return
        meter = self._meter
        found = fleet_figures(
            now,
            skew_s=meter.skew_s,
            last_scan_at=meter.last_scan_at,
            at=self._clock(),
        )
        for name, value in found.items():
            if name in GAUGES and value is not None:
                yield _gauge(f"kiosk_{name}", GAUGES[name], value)
        causes = GaugeMetricFamily(
            "kiosk_offline_cause", "1 for why the kiosk is offline (all 0 online).",
            labels=["cause"],
        )  # fmt: skip
        for each in CAUSES:
            causes.add_metric([each], 1 if found["offline_cause"] == each else 0)
        yield causes
        if found["printer_up"] is not None:
            problems = GaugeMetricFamily(
                "kiosk_printer_problem", "1 for each thing that stops the printer.",
                labels=["problem"],
            )  # fmt: skip
            for problem in PRINTER_PROBLEMS:
                problems.add_metric([problem], 1 if problem in found["printer_problems"] else 0)
            yield problems


GAUGES: dict[str, str] = {
    "online": "1 while the guest system answers, 0 offline.",
    "outbox_waiting": "Check-ins and check-outs saved offline, not sent.",
    "outbox_oldest_age_seconds": "Age of the oldest entry waiting in the outbox (0: none).",
    "needs_attention": "Saved writes the guest system refused.",
    "local_copy": "1 when a local copy keeps the desk going offline.",
    "local_copy_age_seconds": "Since the local copy's last full sync.",
    "printer_up": "1 when the band printer answered when last asked.",
    "printer_ready": "1 when the band printer can print now.",
    "printer_checked_age_seconds": "Since the printer was last asked.",
    "crashes_today": "Crashes and unclean exits since midnight (local).",
    "clock_skew_seconds": "This kiosk's clock minus the guest system's (its Date header).",
    "last_scan_age_seconds": "Seconds since the last code was read.",
}
"""The figures that are one gauge each (``kiosk_<name>``), with their help."""


def fleet_figures(
    now: Snapshot,
    *,
    skew_s: float | None,
    last_scan_at: float | None = None,
    at: float | None = None,
) -> dict[str, Any]:
    """The kiosk's health in figures: what ``/metrics`` serves, ``kiosk doctor --json``
    reports (its "fleet" check) and the diagnostics panel shows, from one definition so a
    support call and the dashboard agree. None: not known here."""
    at = wallclock.wall() if at is None else at
    link, reading = now.link, now.printer
    oldest = _age(link.oldest_waiting, at)
    state = reading.state if reading is not None else None
    return {
        "online": int(link.online),
        "offline_cause": offline_cause(link, now.default_route),
        "outbox_waiting": link.waiting,
        "outbox_oldest_age_seconds": round(oldest, 1) if oldest is not None else 0.0,
        "needs_attention": link.needs_attention,
        "local_copy": int(link.local_copy),
        "local_copy_age_seconds": _rounded(_age(link.data_as_of, at)),
        "printer_up": None if reading is None else int(state is not None),
        "printer_ready": None if reading is None else int(state is not None and state.ready),
        "printer_problems": sorted(state.problems) if state is not None else [],
        "printer_checked_age_seconds": None if reading is None else round(at - reading.at, 1),
        "crashes_today": now.crashes_today,
        "clock_skew_seconds": _rounded(skew_s),
        "last_scan_age_seconds": (
            None if last_scan_at is None else round(max(0.0, at - last_scan_at), 1)
        ),
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=float(value))


def _age(moment: datetime | None, now: float) -> float | None:
    if moment is None:
        return None
    age = now - moment.timestamp()
    return max(0.0, age) if math.isfinite(age) else None


def loopback_address(address: str) -> str:
    """``address`` if it is this machine's own (the endpoint is for the agent beside the
    kiosk, never the LAN); :class:`MetricsRefused` otherwise."""
    if address == "localhost":
        return "127.0.0.1"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        raise MetricsRefused(f"[metrics] address {address!r} is not an IP address") from None
    if not parsed.is_loopback:
        raise MetricsRefused(
            f"[metrics] address {address} is not loopback: the endpoint serves the agent on "
            "this machine only (127.0.0.1 or ::1)"
        )
    return address


@dataclass
class MetricsEndpoint:
    """The running endpoint: its registry, its port, and how to stop it."""

    registry: CollectorRegistry
    meter: PrometheusMeter
    port: int
    _server: Any
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def serve_metrics(
    address: str,
    port: int,
    info: KioskInfo,
    snapshot: Callable[[], Snapshot],
    *,
    clock: Callable[[], float] = wallclock.wall,
) -> MetricsEndpoint:
    """Start ``/metrics`` on ``address:port`` (loopback only; port 0: any free one) with the
    process's own series (CPU, memory, start time) beside the kiosk's. The caller installs
    ``endpoint.meter`` as the domain's meter."""
    from prometheus_client import PROCESS_COLLECTOR, disable_created_metrics, start_http_server
    from prometheus_client.platform_collector import PlatformCollector

    disable_created_metrics()  # type: ignore[no-untyped-call]  # no *_created series: a dashboard never reads them

    host = loopback_address(address)
    registry = CollectorRegistry()
    registry.register(PROCESS_COLLECTOR)
    PlatformCollector(registry=registry)
    meter = PrometheusMeter(registry, clock)
    registry.register(KioskCollector(info, snapshot, meter, clock))
    server, thread = start_http_server(port, addr=host, registry=registry)
    bound = int(server.server_address[1])
    log.info("metrics on http://%s:%d/metrics", host, bound)
    return MetricsEndpoint(registry, meter, bound, server, thread)
