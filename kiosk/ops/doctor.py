"""``kiosk doctor``: what a support person needs to know, on one screen.

Each check answers one question a person on the phone would ask (is there a token? does the API
answer, and how fast? is the clock right? which scanners are there? does the camera read? is
there room on the disk? is anything waiting to be sent?) and says what to do when the answer is
wrong. A check never raises: a check that breaks is itself a failed check. The same checks feed
the diagnostics panel in the app.
"""

from __future__ import annotations

import logging
import platform
import shutil
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk import __version__
from kiosk.backends.vendors import Vendor, vendor_of
from kiosk.config import Settings, user_data_dir
from kiosk.config import clock as wallclock
from kiosk.config.health import Check
from kiosk.config.paths import settings_file
from kiosk.ops.local_checks import camera_check, local_copy_check, printer_check

log = logging.getLogger(__name__)

SKEW_WARN_S = 30.0
SKEW_FAIL_S = 300.0
"""Beyond five minutes, expiry times and "checked in 2 minutes ago" are wrong on screen."""
SLOW_API_S = 1.0
LOW_DISK_WARN = 1024**3
LOW_DISK_FAIL = 100 * 1024**2
CAMERA_SECONDS = 3.0


@dataclass
class Doctor:
    """The checks for ``settings``. ``token`` None: read it as the app would (environment,
    then keyring). ``client_factory`` makes the API client (tests and the demo hand one in)."""

    settings: Settings
    token: str | None = None
    settings_path: Path | None = None
    camera_seconds: float = CAMERA_SECONDS
    client_factory: Callable[[str], Any] | None = None
    token_given: bool = False
    audio_probe: Callable[[], list[str]] | None = None
    """In the app: the sound outputs, read on the GUI thread before the checks run."""
    camera_probe: Callable[[float], dict[str, float]] | None = None
    """In the app: the running camera's frame and decode rates over some seconds (the app
    holds the camera; opening it a second time would fail)."""
    test_print: bool = False
    """The printer check also prints a test band (``kiosk doctor --test-print``)."""
    _probe: Any = field(default=None, init=False)
    _probe_error: BaseException | None = field(default=None, init=False)

    def run(self, *, skip: frozenset[str] = frozenset()) -> list[Check]:
        checks: list[Check] = []
        for key, title, method in (
            ("version", "Versions", self.versions),
            ("files", "Settings and files", self.files),
            ("token", "API token", self.token_check),
            ("keyring", "Keyring", self.keyring_check),
            ("api", "Guest system (API)", self.api),
            ("clock", "Clock", self.clock),
            ("site", "Site", self.site),
            ("scanners", "Scanners", self.scanners),
            ("camera", "Camera", self.camera),
            ("audio", "Sound", self.audio),
            ("disk", "Disk space", self.disk),
            ("local_copy", "Offline copy and outbox", self.local_copy),
            ("pin", "Staff PIN", self.pin),
            ("printer", "Printer", self.printer),
        ):
            if key in skip:
                checks.append(Check(key, title, "skip", "not checked (asked to skip)"))
                continue
            try:
                checks.append(method())
            except Exception as exc:  # a broken check is a failed check, never a crash
                log.warning("check %s broke: %s", key, type(exc).__name__)
                checks.append(
                    Check(key, title, "fail", f"the check itself failed ({type(exc).__name__})")
                )
        if "fleet" not in skip:
            from kiosk.ops.fleet import fleet_check

            checks.append(fleet_check(self.settings, checks))
        return checks

    # ------------------------------------------------------------------ the checks

    def versions(self) -> Check:
        try:
            import PySide6

            qt = PySide6.__version__
        except ImportError:
            qt = "missing"
        frozen = bool(getattr(sys, "frozen", False))
        data = {
            "kiosk": __version__,
            "python": platform.python_version(),
            "qt": qt,
            "os": f"{platform.system()} {platform.release()}",
            "machine": platform.machine(),
            "bundle": frozen,
        }
        words = f"kiosk {__version__}, Python {data['python']}, Qt {qt}, {data['os']}"
        return Check("version", "Versions", "ok", words + (" (bundle)" if frozen else ""), "", data)

    def files(self) -> Check:
        path = self.settings_path or settings_file()
        from kiosk.config.logs import app_folders
        from kiosk.config.private import loose

        open_to_others = [found for folder in app_folders() for found in loose(folder)]
        outside = not any(path.is_relative_to(folder) for folder in app_folders())
        if outside and path.exists() and stat.S_IMODE(path.stat().st_mode) & 0o077:
            open_to_others.append(path)
        data = {"settings": str(path), "exists": path.exists(), "mode": self.settings.mode}
        if open_to_others:
            names = sorted({found.name for found in open_to_others})
            shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
            return Check(
                "files",
                "Settings and files",
                "warn",
                f"readable by other accounts: {shown}",
                "Start the app once (it makes its folders 0700 and files 0600) or chmod them.",
                data | {"open": [str(found) for found in open_to_others]},
            )
        where = "settings file" if path.exists() else "no settings file (defaults)"
        return Check(
            "files", "Settings and files", "ok", f"{where}; mode {self.settings.mode}", "", data
        )

    @property
    def _vendor(self) -> Vendor:
        return vendor_of(self.settings)

    @property
    def _api_url(self) -> str:
        return self._vendor.api_url(self.settings)

    def _token(self) -> str | None:
        if self.token is None:
            from kiosk.config.secrets import load_token

            self.token = load_token(self._api_url) or ""
        return self.token or None

    def token_check(self) -> Check:
        from kiosk.config.secrets import TOKEN_ENV

        if self._token() is None:
            return Check(
                "token",
                "API token",
                "fail",
                f"no token for {_host(self._api_url)}",
                "Pair this kiosk: `kiosk pair` (on an appliance, as root: `kiosk pair "
                f"--system`, a systemd credential), or set {TOKEN_ENV}.",
            )
        if self.token_given:
            source = "the demo's own"
        else:
            from kiosk.config.secrets import token_source

            source = token_source(self._api_url)
        return Check(
            "token",
            "API token",
            "ok",
            f"present ({source}) for {_host(self._api_url)}",
            data={"source": source},
        )

    def keyring_check(self) -> Check:
        from kiosk.config.secrets import (
            STORE_KEY_CREDENTIAL,
            TOKEN_CREDENTIAL,
            credential,
        )

        if credential(TOKEN_CREDENTIAL) and credential(STORE_KEY_CREDENTIAL):
            return Check(
                "keyring",
                "Keyring",
                "ok",
                "not needed: the token and the offline copy's key are systemd credentials",
            )
        try:
            import keyring

            backend = keyring.get_keyring()
            name = f"{type(backend).__module__}.{type(backend).__name__}"
        except Exception as exc:
            return Check(
                "keyring",
                "Keyring",
                "warn",
                f"unusable ({type(exc).__name__})",
                "Tokens and the offline copy's key need a keyring or systemd credentials "
                "(an appliance: install.sh --system, kiosk pair --system).",
            )
        weak = any(part in name for part in ("null", "fail", "chainer.ChainerBackend"))
        if weak and "chainer" not in name:
            return Check(
                "keyring",
                "Keyring",
                "warn",
                f"none here ({name})",
                "Install a keyring (GNOME Keyring / KWallet / Windows Credential Manager); on "
                "an appliance the secrets are systemd credentials (install.sh --system).",
                {"backend": name},
            )
        return Check("keyring", "Keyring", "ok", name, data={"backend": name})

    def _client(self) -> Any:
        token = self._token()
        if token is None:
            return None
        if self.client_factory is not None:
            return self.client_factory(token)
        return self._vendor.client(
            self.settings,
            self._api_url,
            token,
            site_id=self._vendor.site_id(self.settings),
            deadline_s=min(self.settings.deadline_s, 8.0),
            max_retries=0,
        )

    def api(self) -> Check:
        title = "Guest system (API)"
        host = _host(self._api_url)
        client = self._client()
        if client is None:
            return Check("api", title, "skip", "no token, not tried")
        try:
            self._probe = client.probe()
        except Exception as exc:
            self._probe_error = exc
            summary, hint = _api_failure(exc, host, self._vendor.name)
            data = {"error": type(exc).__name__, "why": _why_down(exc)}
            return Check("api", title, "fail", summary, hint, data)
        finally:
            client.close()
        ms = round(self._probe.elapsed_s * 1000)
        data = {"url": self._api_url, "latency_ms": ms, "backend": self.settings.backend}
        if self._probe.elapsed_s > SLOW_API_S:
            return Check(
                "api",
                title,
                "warn",
                f"{host} answered, slowly: {ms} ms",
                "Scans will feel slow: check the network (Wi-Fi strength, a busy line).",
                data,
            )
        return Check("api", title, "ok", f"{host} answered in {ms} ms", "", data)

    def clock(self) -> Check:
        probe = self._probe
        if probe is None or probe.server_time is None:
            why = "the API did not answer" if probe is None else "the API sent no Date"
            return Check("clock", "Clock", "skip", f"not compared ({why})")
        skew = wallclock.now().timestamp() - probe.server_time.timestamp()
        data = {"skew_s": round(skew, 1)}
        words = f"{abs(skew):.0f} s {'ahead of' if skew > 0 else 'behind'} the guest system"
        hint = "Turn on automatic time (NTP) in the system settings."
        if abs(skew) > SKEW_FAIL_S:
            return Check("clock", "Clock", "fail", words, hint, data)
        if abs(skew) > SKEW_WARN_S:
            return Check("clock", "Clock", "warn", words, hint, data)
        return Check("clock", "Clock", "ok", f"within {max(1, round(abs(skew)))} s", "", data)

    def site(self) -> Check:
        if not self._vendor.lists_sites:
            return self._venue()
        site_id = self.settings.site_id
        if not site_id:
            return Check("site", "Site", "fail", "no site chosen", "Pair this kiosk: `kiosk pair`.")
        client = self._client()
        if client is None or self._probe is None:
            return Check("site", "Site", "skip", f"{site_id} (not checked: no API)")
        try:
            sites = {s.id: s for s in client.iter_sites()}
        finally:
            client.close()
        site = sites.get(site_id)
        if site is None:
            return Check(
                "site",
                "Site",
                "fail",
                f"this token cannot see site {site_id} ({len(sites)} other sites)",
                "Pair again and pick the site from the list: `kiosk pair`.",
                {"site_id": site_id},
            )
        zone = site.timezone or ""
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return Check(
                "site",
                "Site",
                "warn",
                f"{site.name}: unknown timezone {zone!r}",
                "Times show in this PC's zone; set the site's timezone in Trybe.",
                {"site_id": site_id},
            )
        return Check(
            "site", "Site", "ok", f"{site.name} ({zone})", "", {"site_id": site_id, "tz": zone}
        )

    def _venue(self) -> Check:
        """Collins lists no venues: the configured one is checked against the names given."""
        options = self.settings.collins
        if not options.venue_id:
            return Check(
                "site",
                "Venue",
                "warn",
                "no venue chosen: walk-ins are not tied to one",
                "Set collins.venue_id (and collins.venues for its name) in the settings.",
            )
        name = options.venues.get(options.venue_id)
        if name is None:
            return Check(
                "site",
                "Venue",
                "warn",
                f"venue {options.venue_id} (no name configured)",
                "Add its name under [collins.venues] so staff see it, not an id.",
                {"venue_id": options.venue_id},
            )
        return Check(
            "site",
            "Venue",
            "ok",
            f"{name} ({options.timezone})",
            "",
            {"venue_id": options.venue_id},
        )

    def scanners(self) -> Check:
        wedge = self.settings.wedge
        words = [
            f"keyboard scanner: a code is {wedge.min_length}+ keys, ≤ {wedge.max_gap_ms} ms apart"
        ]
        data: dict[str, Any] = {"wedge_max_gap_ms": wedge.max_gap_ms}
        status: Any = "ok"
        hint = "To see a keyboard scanner's timing: `kiosk doctor --scan-test`, then scan a band."
        try:
            from kiosk.devices.serial import likely_ports

            ports = likely_ports()
        except Exception as exc:  # QtSerialPort missing from a bundle
            ports = []
            words.append(f"serial ports unknown ({type(exc).__name__})")
        data["serial_ports"] = [p.name for p in ports]
        likely = [p for p in ports if p.likely]
        if ports:
            words.append(
                f"serial ports: {', '.join(p.name for p in ports[:4])}"
                + (f" ({len(likely)} likely scanners)" if likely else "")
            )
        wanted = self.settings.serial_port
        if wanted and wanted != "auto" and wanted not in data["serial_ports"]:
            status = "fail"
            words.append(f"the configured port {wanted} is not there")
            hint = "Check the scanner's USB cable, or choose its port in Scanners and camera."
        elif wanted == "auto" and not likely:
            status = "warn"
            words.append("no serial scanner found (set to auto)")
            hint = "Plug the scanner in, or switch it to keyboard (HID) mode."
        return Check("scanners", "Scanners", status, "; ".join(words), hint, data)

    def camera(self) -> Check:
        return camera_check(self.settings, self.camera_probe, self.camera_seconds)

    def audio(self) -> Check:
        if not self.settings.sounds:
            return Check("audio", "Sound", "skip", "sounds are turned off")
        if self.audio_probe is not None:
            outputs = self.audio_probe()
        else:
            from kiosk.devices.audio import audio_outputs

            outputs = audio_outputs()
        if not outputs:
            return Check(
                "audio",
                "Sound",
                "warn",
                "no sound output found",
                "Plug in speakers (or turn sounds off in the settings); scans still work.",
            )
        return Check("audio", "Sound", "ok", f"plays on {outputs[0]}", "", {"outputs": outputs})

    def disk(self) -> Check:
        folder = user_data_dir()
        probe = folder if folder.exists() else Path.home()
        free = shutil.disk_usage(probe).free
        data = {"free_mb": free // 1024**2}
        words = f"{free / 1024**3:.1f} GB free for the app's data"
        hint = "Free some space: the offline copy, outbox and logs need it."
        if free < LOW_DISK_FAIL:
            return Check("disk", "Disk space", "fail", words, hint, data)
        if free < LOW_DISK_WARN:
            return Check("disk", "Disk space", "warn", words, hint, data)
        return Check("disk", "Disk space", "ok", words, "", data)

    def local_copy(self) -> Check:
        return local_copy_check(self.settings)

    def pin(self) -> Check:
        from kiosk.config.pin import PIN_LOCKOUT_FILE, PinGuard, pin_hash_is_current

        stored = self.settings.staff_pin_hash
        if not stored:
            status: Any = "fail" if self.settings.mode == "self" else "skip"
            return Check("pin", "Staff PIN", status, "not set", "Set one: `kiosk set-pin`.")
        guard = PinGuard(stored, state_file=user_data_dir() / PIN_LOCKOUT_FILE)
        locked = guard.locked_for()
        data = {
            "current_hash": pin_hash_is_current(stored),
            "locked_for_s": round(locked),
            "wrong_pins": guard.failures,
            "stopped": guard.stopped,
        }
        if guard.stopped:
            return Check(
                "pin",
                "Staff PIN",
                "fail",
                f"keypad stopped after {guard.failures} wrong PINs: no PIN opens it",
                "A manager's badge at the keypad opens it, or set the PIN again (`kiosk set-pin`).",
                data,
            )
        if locked:
            return Check(
                "pin",
                "Staff PIN",
                "warn",
                f"keypad locked for {locked / 60:.0f} more min after wrong PINs",
                "Wait, or set the PIN again (`kiosk set-pin`), which unlocks it.",
                data,
            )
        if not data["current_hash"]:
            return Check(
                "pin",
                "Staff PIN",
                "warn",
                "set, with an older kind of hash",
                "Set it again (`kiosk set-pin`) to store it as Argon2id.",
                data,
            )
        return Check("pin", "Staff PIN", "ok", "set", "", data)

    def printer(self) -> Check:
        """Is the band printer there, can it print now, and with ``test_print`` does a test
        band come out (``kiosk.ops.local_checks``)."""
        return printer_check(self.settings, test_print=self.test_print)


def _why_down(exc: BaseException) -> str:
    """Why the guest system did not answer as the link status says it (the same classes the
    desk's chip uses); an answer that refused (a token, a 4xx) is the guest system's own."""
    from kiosk.backends.http import errors as wire
    from kiosk.backends.http.domain import domain_error
    from kiosk.checkin.link import why_down

    domain = domain_error(exc, write=False) if isinstance(exc, wire.ApiError) else exc
    return why_down(domain) or "trouble"


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _api_failure(exc: BaseException, host: str, system: str) -> tuple[str, str]:
    """In words: what went wrong reaching the API, and what to do (every vendor's client
    raises the one hierarchy of kiosk.backends.http)."""
    from kiosk.backends.http import errors as http

    unauthorized, forbidden = http.Unauthorized, http.Forbidden
    timeout, no_connection = http.RequestTimeout, http.ConnectionFailed
    if isinstance(exc, unauthorized):
        return f"{host} refused the token", "The token is wrong or revoked: pair again."
    if isinstance(exc, forbidden):
        return (
            f"{host} refused: the token may not read sites",
            "Ask for a token with the customers and sites scopes.",
        )
    if isinstance(exc, timeout):
        return f"{host} did not answer in time", "Check the network, or the proxy setting."
    if isinstance(exc, no_connection):
        return (
            f"no connection to {host}",
            "Check the network cable or Wi-Fi, the DNS, and the proxy setting.",
        )
    status = getattr(exc, "status_code", None)
    if status:
        return f"{host} answered {status}", f"{system} may be having trouble: try again shortly."
    return f"{host}: {type(exc).__name__}", "Check the API URL in the settings."
