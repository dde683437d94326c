"""What a running kiosk tells the fleet: its crash ledger always, its metrics when configured.

One owner for the run's fleet parts: :func:`start_fleet` opens them, :meth:`Fleet.stop` closes
them at a clean exit (which is also what tells the next start that this run did not crash).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.checkin import telemetry
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.printing import BandPrinter
from kiosk.config import Settings, user_data_dir
from kiosk.config.build import commit, release, version
from kiosk.config.device import device_identity
from kiosk.ops.crashes import CrashLedger
from kiosk.ops.metrics import (
    KioskInfo,
    MetricsEndpoint,
    PrinterWatch,
    Snapshot,
    has_default_route,
    serve_metrics,
)

log = logging.getLogger(__name__)


@dataclass
class Fleet:
    ledger: CrashLedger
    endpoint: MetricsEndpoint | None = None
    printer_watch: PrinterWatch | None = None
    _stops: list[Callable[[], None]] = field(default_factory=list)

    def crashed(self) -> None:
        """An unexpected error was caught (the app carried on): counted on disk and live."""
        self.ledger.record("error")
        if self.endpoint is not None:
            self.endpoint.meter.crashed()

    def snapshot(self, link: Callable[[], LinkStatus]) -> Snapshot:
        return Snapshot(
            link=link(),
            printer=self.printer_watch.reading if self.printer_watch is not None else None,
            crashes_today=self.ledger.today(),
            default_route=has_default_route(),
        )

    def stop(self) -> None:
        """A clean exit: metrics off, the meter silent, and no crash for the next start."""
        for stop in reversed(self._stops):
            try:
                stop()
            except Exception as exc:  # an exit goes on
                log.warning("stopping a fleet part failed (%s)", type(exc).__name__)
        self._stops.clear()
        self.ledger.stopped()


def start_fleet(
    settings: Settings,
    link: Callable[[], LinkStatus],
    printer: BandPrinter | None,
) -> Fleet:
    """The crash ledger (a crash of the run before is counted now), and with
    ``[metrics] port`` set, ``/metrics`` on loopback with the domain's meter installed and the
    printer watched. A refused metrics setting is said in the log; the kiosk runs without."""
    fleet = Fleet(CrashLedger(user_data_dir()))
    unclean = fleet.ledger.started()
    _, device = device_identity(settings)
    if settings.crashes.sentry_dsn:
        from kiosk.ops.crash_reports import start_crash_reports, stop_crash_reports

        try:
            report = start_crash_reports(
                settings.crashes.sentry_dsn,
                release=release(),
                server_name=device,
                spool_folder=user_data_dir() / "crash-reports",
            )
        except Exception as exc:  # a bad DSN: said, and the kiosk runs without
            log.error("crash reports are off: %s", type(exc).__name__)
        else:
            fleet._stops.append(stop_crash_reports)
            if unclean:
                report(None, "the last run ended without a clean exit")
    wanted = settings.metrics
    if not wanted.port:
        return fleet
    info = KioskInfo(
        version=version(),
        commit=commit(),
        site=settings.site_id or "",
        mode=settings.mode,
        device=device,
        backend=settings.backend,
    )
    try:
        endpoint = serve_metrics(wanted.address, wanted.port, info, lambda: fleet.snapshot(link))
    except (ValueError, OSError) as exc:
        log.error("metrics are off: %s", exc)
        return fleet
    fleet.endpoint = endpoint
    telemetry.install(endpoint.meter)
    fleet._stops.append(endpoint.stop)
    fleet._stops.append(lambda: telemetry.uninstall(endpoint.meter))
    if printer is not None and settings.printer.kind != "none":
        watch = PrinterWatch(printer, every_s=wanted.printer_every_s).start()
        fleet.printer_watch = watch
        fleet._stops.append(watch.stop)
    return fleet
