"""What a running kiosk tells the fleet: its crash ledger always, its metrics when configured.

One owner for the run's fleet parts: :func:`start_fleet` opens them, :meth:`Fleet.stop` closes
them at a clean exit (which is also what tells the next start that this run did not crash).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kiosk.checkin import telemetry
from kiosk.checkin.model import LinkStatus
from kiosk.checkin.printing import BandPrinter, PrinterState
from kiosk.config import Settings, user_data_dir
from kiosk.config import clock as wallclock
from kiosk.config.build import commit, release, version
from kiosk.config.device import device_identity
from kiosk.config.health import Check
from kiosk.ops.crashes import CrashLedger
from kiosk.ops.metrics import (
    KioskInfo,
    MetricsEndpoint,
    PrinterReading,
    PrinterWatch,
    Snapshot,
    fleet_figures,
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
    printer: Callable[[], BandPrinter | None] = lambda: None,
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
    watch = PrinterWatch(printer, every_s=wanted.printer_every_s).start()
    fleet.printer_watch = watch
    fleet._stops.append(watch.stop)
    return fleet


def fleet_check(settings: Settings, checks: list[Check]) -> Check:
    """``kiosk doctor``'s "fleet" check: the figures the dashboard shows for this kiosk,
    worked out by the same function as ``/metrics`` (:func:`fleet_figures`) from what the
    other checks found (the API, the clock, the offline copy, the printer) and the crash
    ledger; with the running app's own ``/metrics`` beside them when it serves one."""
    found = {check.key: check for check in checks}
    api, clock = found.get("api"), found.get("clock")
    copy, printer = found.get("local_copy"), found.get("printer")
    copy_data = copy.data if copy is not None else {}
    oldest = copy_data.get("oldest_waiting_at")
    synced = copy_data.get("synced_at")
    outbox = copy_data.get("outbox") or {}
    link = LinkStatus(
        online=api is None or api.status in ("ok", "skip"),
        why=(api.data if api is not None else {}).get("why", "unreachable"),
        waiting=int(outbox.get("waiting", 0)),
        oldest_waiting=datetime.fromtimestamp(oldest, UTC) if oldest else None,
        needs_attention=int(outbox.get("needs attention", 0)),
        local_copy=bool(copy_data),
        data_as_of=datetime.fromisoformat(synced) if synced else None,
    )
    reading = None
    if printer is not None and "up" in printer.data:
        said = printer.data
        state = (
            PrinterState(bool(said["ready"]), printer.summary, "", frozenset(said["problems"]))
            if said["up"]
            else None
        )
        reading = PrinterReading(state, wallclock.wall())
    skew = (clock.data if clock is not None else {}).get("skew_s")
    figures = fleet_figures(
        Snapshot(link, reading, CrashLedger(user_data_dir()).today(), has_default_route()),
        skew_s=skew,
    )
    if api is None or api.status == "skip":
        figures.update(online=None, offline_cause=None)  # not asked: not known
    data: dict[str, Any] = {"figures": figures}
    words = _fleet_words(figures)
    running = _running_app(settings)
    if running is not None:
        data["running_app"] = running
        words += "; the running app's /metrics answered"
    elif settings.metrics.port:
        words += f"; no app answers on 127.0.0.1:{settings.metrics.port}/metrics"
    status: Any = "ok"
    if figures["outbox_oldest_age_seconds"] > OUTBOX_STUCK_S or figures["crashes_today"] >= 3:
        status = "warn"
    return Check("fleet", "What the fleet sees", status, words, "", data)


OUTBOX_STUCK_S = 900
"""As the fleet's alert: an outbox entry waiting over 15 minutes."""


def _fleet_words(figures: dict[str, Any]) -> str:
    parts = [
        "guest system not checked"
        if figures["online"] is None
        else "online"
        if figures["online"]
        else f"offline ({figures['offline_cause']})",
        f"{figures['outbox_waiting']} waiting",
    ]
    if figures["outbox_waiting"]:
        parts[-1] += f" (oldest {figures['outbox_oldest_age_seconds'] / 60:.0f} min)"
    if figures["printer_up"] is not None:
        parts.append(
            "printer ready"
            if figures["printer_ready"]
            else "printer: " + (", ".join(figures["printer_problems"]) or "not ready")
        )
    parts.append(f"{figures['crashes_today']} crashes today")
    return ", ".join(parts)


def _running_app(settings: Settings) -> dict[str, float] | None:
    """The kiosk_* figures the running app serves now, or None (no metrics, or no app)."""
    if not settings.metrics.port:
        return None
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    url = f"http://127.0.0.1:{settings.metrics.port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=2) as answer:
            text = answer.read().decode()
    except OSError:
        return None
    served: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.startswith("kiosk_") and not sample.labels:
                served[sample.name.removeprefix("kiosk_")] = sample.value
    return served
