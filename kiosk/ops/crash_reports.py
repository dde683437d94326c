"""Crash reports to Sentry (``sentry-sdk``), off unless ``[crashes] sentry_dsn`` is set.

Scrubbed before anything leaves the machine: no personal data collected (``send_default_pii=
False``, which sentry-sdk 2.7x spells ``data_collection``: no user, no bodies, no local
variables), and every string of an event and its breadcrumbs through the log's redaction
(emails, phones, cards, band codes in every form the site uses, the names of the guests this
run has seen) plus the bearer tokens and keys a traceback could hold. The release is the build
(``kiosk@<version>+<commit>``), the server name the desk's own name.

A kiosk's link is down exactly when things go wrong, so every envelope is written to a spool
(0600 files in a 0700 folder, at most ``SPOOL_MAX`` of them, the oldest dropped first) before it
is sent, and deleted only once Sentry took it: a crash while offline, or a ``kill -9`` before
the send, is sent when the next run (or the link) is back. The sender is a thread of its own
using the standard library's HTTP (the guest systems' transport is theirs).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.config.logs import redact
from kiosk.config.private import private_dir, write_private_bytes

log = logging.getLogger(__name__)

SPOOL_MAX = 100
"""Envelopes kept while Sentry cannot be reached (one crash is one envelope)."""
RETRY_S = (5.0, 15.0, 60.0, 300.0)
_SECRETS = re.compile(
    r"(?i)(bearer\s+|token[=:\s\"']+|api[_-]?key[=:\s\"']+|authorization[=:\s\"']+)[^\s\"'&,;]+"
)
_SENSITIVE_KEYS = re.compile(r"(?i)token|secret|password|passwd|authorization|cookie|api_?key|dsn")


def scrub_text(text: str) -> str:
    """A string of an event as it may leave the machine."""
    return redact(_SECRETS.sub(r"\1‹redacted›", text))


def scrub(value: Any, key: str = "") -> Any:
    """Every string in an event (nested dicts and lists), redacted; a value under a key that
    names a secret replaced whole."""
    if key and _SENSITIVE_KEYS.search(key):
        return "‹redacted›"
    if isinstance(value, str):
        return scrub_text(value)
    if isinstance(value, dict):
        return {k: scrub(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    return value


KEPT_AS_IS = frozenset(
    {"release", "environment", "server_name", "platform", "sdk", "event_id", "timestamp",
     "level", "logger", "dist", "modules", "type"}
)  # fmt: skip
"""An event's own fields: the build and the SDK, never a guest's (``kiosk@0.1.0`` is no email)."""


def before_send(event: dict[str, Any], _hint: dict[str, Any]) -> dict[str, Any]:
    event.pop("user", None)
    event.pop("request", None)
    return {key: value if key in KEPT_AS_IS else scrub(value, key) for key, value in event.items()}


def before_breadcrumb(crumb: dict[str, Any], _hint: dict[str, Any]) -> dict[str, Any]:
    scrubbed: dict[str, Any] = scrub(crumb)
    return scrubbed


class Spool:
    """Envelopes waiting to be sent, one file each, oldest first by name."""

    def __init__(self, folder: Path, most: int = SPOOL_MAX) -> None:
        self.folder = folder
        self._most = most

    def put(self, body: bytes) -> Path:
        private_dir(self.folder)
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.envelope"
        path = self.folder / name
        write_private_bytes(path, body)
        for stale in self.waiting()[: -self._most]:
            log.warning("crash report spool full: the oldest report is dropped")
            stale.unlink(missing_ok=True)
        return path

    def waiting(self) -> list[Path]:
        try:
            return sorted(self.folder.glob("*.envelope"))
        except OSError:
            return []


class SpoolingSender:
    """Sends the spool's envelopes to Sentry's envelope endpoint, oldest first; on a network
    error, a 5xx or a 429 it waits (longer each time) and tries again; a 4xx is Sentry refusing
    that envelope for good (dropped, said in the log)."""

    def __init__(self, spool: Spool, url: str, auth_header: str) -> None:
        self.spool = spool
        self._url = url
        self._auth = auth_header
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._thread = threading.Thread(target=self._run, name="crash-reports", daemon=True)

    def start(self) -> SpoolingSender:
        self._thread.start()
        return self

    def wake(self) -> None:
        self._idle.clear()
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=5)

    def wait_idle(self, timeout_s: float) -> bool:
        """Until the spool is empty (True) or ``timeout_s`` passed (False)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.spool.waiting():
                return True
            self.wake()
            self._idle.wait(min(0.1, max(0.0, deadline - time.monotonic())))
        return not self.spool.waiting()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            sent_all = self._send_waiting()
            if sent_all:
                failures = 0
                self._idle.set()
                self._wake.wait()
            else:
                pause = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                self._wake.wait(pause)
            self._wake.clear()

    def _send_waiting(self) -> bool:
        for path in self.spool.waiting():
            if self._stop.is_set():
                return False
            try:
                body = path.read_bytes()
            except OSError:
                continue
            outcome = self._post(body)
            if outcome == "retry":
                return False
            path.unlink(missing_ok=True)  # taken, or refused for good
        return True

    def _post(self, body: bytes) -> str:
        request = urllib.request.Request(
            self._url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/x-sentry-envelope",
                "X-Sentry-Auth": self._auth,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                answer.read()
            return "sent"
        except urllib.error.HTTPError as exc:
            if exc.code == 429 or exc.code >= 500:
                return "retry"
            log.warning("Sentry refused a crash report (HTTP %d): dropped", exc.code)
            return "refused"
        except (OSError, ValueError) as exc:
            log.info("crash report not sent yet (%s): kept", type(exc).__name__)
            return "retry"


def _transport_class(spool_folder: Path) -> type[Any]:
    from sentry_sdk.consts import EndpointType
    from sentry_sdk.transport import Transport

    class SpoolingTransport(Transport):
        """The SDK's transport: every envelope to disk first, then to the sender."""

        def __init__(self, options: dict[str, Any] | None = None) -> None:
            super().__init__(options)
            assert self.parsed_dsn is not None
            auth = self.parsed_dsn.to_auth()
            self.sender = SpoolingSender(
                Spool(spool_folder), auth.get_api_url(EndpointType.ENVELOPE), auth.to_header()
            ).start()

        def capture_envelope(self, envelope: Any) -> None:
            self.sender.spool.put(envelope.serialize())
            self.sender.wake()

        def flush(
            self, timeout: float, callback: Callable[[int, float], None] | None = None
        ) -> None:
            self.sender.wait_idle(timeout)

        def kill(self) -> None:
            self.sender.stop()

    return SpoolingTransport


def start_crash_reports(
    dsn: str, *, release: str, server_name: str, spool_folder: Path
) -> Callable[[BaseException | None, str | None], None]:
    """Sentry on, with the spool (what an earlier run left in it goes first). Returns
    ``report(error, message)``: an exception, or a message when there is none (a run that
    ended without a clean exit)."""
    import sentry_sdk
    from sentry_sdk.integrations.dedupe import DedupeIntegration
    from sentry_sdk.integrations.logging import LoggingIntegration

    sentry_sdk.init(
        dsn=dsn,
        release=release,
        server_name=server_name,
        environment=os.environ.get("KIOSK_ENVIRONMENT", "production"),
        # send_default_pii=False as this SDK now spells it: no user, no bodies, no locals
        data_collection={"user_info": False, "http_bodies": [], "stack_frame_variables": False},
        max_request_body_size="never",
        before_send=before_send,  # type: ignore[arg-type]
        before_breadcrumb=before_breadcrumb,
        transport=_transport_class(spool_folder),
        # only what a kiosk needs: errors logged (kiosk.ui.crash logs every uncaught one, any
        # thread) become events, INFO and up breadcrumbs; no patching of threads or HTTP
        default_integrations=False,
        integrations=[
            LoggingIntegration(level=logging.INFO, event_level=logging.ERROR),
            DedupeIntegration(),
        ],
        traces_sample_rate=0.0,
        auto_session_tracking=False,
    )
    client = sentry_sdk.get_client()
    transport = client.transport
    if transport is not None and hasattr(transport, "sender"):
        transport.sender.wake()  # what the spool holds from before: now

    def report(error: BaseException | None, message: str | None = None) -> None:
        if error is not None:
            sentry_sdk.capture_exception(error)
        elif message:
            sentry_sdk.capture_message(message, level="error")

    return report


def stop_crash_reports(timeout_s: float = 2.0) -> None:
    import sentry_sdk

    client = sentry_sdk.get_client()
    if client.is_active():
        client.flush(timeout=timeout_s)
        client.close(timeout=0)
