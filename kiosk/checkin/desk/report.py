"""The customers report (a manager's act: every guest's name, email and phone) and the shift's
numbers, each saved as a file beside the other reports.

The report is prepared by the guest system in the background and polled; it is saved only while
the manager who asked is still the one on duty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import ReportState
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import tr, trn
from kiosk.checkin.model import ReportJob
from kiosk.checkin.ports import Capability
from kiosk.checkin.shift import ShiftSummary, summarise
from kiosk.checkin.staff import Permission
from kiosk.config import clock as wallclock
from kiosk.config.private import write_private_bytes

REPORT_POLL_S = 0.5
REPORT_GIVE_UP_S = 300.0


class Reports:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._report_for = desk.modes.presence
        """Who asked for the customers report being prepared (saved only while they are on
        duty)."""

    def drop(self) -> None:
        """The mode ended: a report still being prepared is not saved for whoever is next."""
        if self.desk.state.report is not None and not self.desk.state.report.done:
            self.desk.timers.stop("report")
            self.desk.set(report=None)

    def read_shift(
        self,
        done: Callable[[ShiftSummary], None],
        failed: Callable[[BaseException], None],
        *,
        since: datetime | None = None,
    ) -> None:
        """The shift so far (from local midnight), counted from the audit on the read worker."""
        now = wallclock.now()
        start = since or wallclock.local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        audit = self.desk.audit
        self.desk.runner.read(lambda: summarise(audit.entries(), start, now), done, failed)

    def save_shift(
        self,
        summary: ShiftSummary,
        done: Callable[[Path], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """The summary as a CSV file beside the customers reports (written whole)."""
        folder = self.desk.reports_dir
        if folder is None:
            failed(RuntimeError("no reports folder"))
            return
        name = f"shift-{wallclock.local(summary.until):%Y-%m-%d-%H%M}.csv"
        text = summary.csv().encode()
        self.desk.runner.read(lambda: _save_file(text, folder / name), done, failed)

    @property
    def can_report(self) -> bool:
        caps = self.desk.lookup.backend.capabilities
        return self.desk.reports_dir is not None and Capability.REPORTS in caps

    def start_report(self) -> None:
        """The site's guests as a CSV file: asked for, prepared by the guest system in the
        background (polled, with the time so far on screen), then saved in ``reports_dir``."""
        if not self.can_report or not self.desk.allowed(Permission.EXPORT):
            return
        if self.desk.state.report is not None and not self.desk.state.report.done:
            return  # one at a time
        backend = self.desk.lookup.backend
        started = self.desk.clock()
        self._report_for = self.desk.modes.presence
        self.desk.set(
            report=ReportState(
                tr("Asking {system} for the customers report…", system=self.desk.system)
            )
        )

        def queued(job: ReportJob) -> None:
            self.desk.set(report=ReportState(tr("Preparing the customers report…")))
            self.desk.timers.start("report", REPORT_POLL_S, lambda: self._poll_report(job, started))

        self.desk.runner.read(backend.start_guest_report, queued, self._report_failed)

    def _poll_report(self, job: ReportJob, started: float) -> None:
        backend = self.desk.lookup.backend
        folder = self.desk.reports_dir
        assert folder is not None

        def seen(now: ReportJob) -> None:
            waited = self.desk.clock() - started
            if now.failed:
                self.desk.set(
                    report=ReportState(
                        tr("{system} could not prepare the report.", system=self.desk.system),
                        "bad",
                        True,
                    )
                )
            elif not now.finished:
                if waited > REPORT_GIVE_UP_S:
                    self.desk.set(
                        report=ReportState(
                            tr("The report is taking too long; try again later."), "bad", True
                        )
                    )
                    return
                self.desk.set(
                    report=ReportState(
                        tr("Preparing the customers report… ({seconds} s)", seconds=round(waited))
                    )
                )
                self.desk.timers.start(
                    "report", REPORT_POLL_S, lambda: self._poll_report(job, started)
                )
            elif self.desk.modes.presence != self._report_for or not self.desk.may(
                Permission.EXPORT
            ):
                # asked for by someone no longer on duty: the file is theirs to save, not the
                # next person's at the desk
                self.desk.audit.record("refused", str(Permission.EXPORT), reason="mode ended")
                self.desk.set(report=None)
            else:
                self.desk.set(report=ReportState(tr("Saving the report…")))
                self.desk.runner.read(
                    lambda: _save_report(backend.report_file(now), folder),
                    saved(now),
                    self._report_failed,
                )

        asker = self._report_for

        def saved(now: ReportJob) -> Callable[[Path], None]:
            def done(path: Path) -> None:
                if self.desk.modes.presence != asker:
                    # written while its manager left the desk: not left behind for whoever is
                    # next (they may ask again)
                    path.unlink(missing_ok=True)
                    self.desk.audit.record(
                        "report", "dropped", reason="mode ended", staff_id=asker.staff_id
                    )
                    return
                words = (
                    trn(
                        "%n guest saved to {path}", "%n guests saved to {path}", now.rows, path=path
                    )
                    if now.rows is not None
                    else tr("The report saved to {path}", path=path)
                )
                self.desk.audit.record(
                    "report", "done", reason="customers CSV", staff_id=asker.staff_id
                )
                self.desk.set(report=ReportState(words, "good", True, str(path)))

            return done

        self.desk.runner.read(lambda: backend.report_job(job.id), seen, self._report_failed)

    def _report_failed(self, error: BaseException) -> None:
        failure = describe_failure(error, self.desk.system)
        self.desk.set(report=ReportState(tr("No report: {why}", why=failure.sentence), "bad", True))


def _save_file(data: bytes, path: Path) -> Path:
    """Written whole or not at all, 0600 in a 0700 folder (a shift's numbers)."""
    return write_private_bytes(path, data)


def _save_report(data: bytes, folder: Path) -> Path:
    """Written whole or not at all (a half-written CSV is worse than none), 0600 in a 0700
    folder: every guest's name, email and phone, on a PC other accounts may share."""
    return write_private_bytes(folder / f"guests-{wallclock.local_now():%Y-%m-%d-%H%M%S}.csv", data)
