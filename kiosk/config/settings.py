"""Typed settings: defaults < ``settings.toml`` < ``KIOSK_*`` environment < command line.

The API token is deliberately *not* a setting: it never sits in a file (see
``kiosk.config.secrets``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from kiosk.config.paths import settings_file

# Assumption (shared/api/decisions.md): the seeds' path form is the default; the POS guide's
# shorter form is a setting for sites where only that one answers.
BarcodeSearchForm = Literal["customers", "short"]


def N_(source: str) -> str:
    """Marks a default for the translation catalogue (the screen shows it translated; the
    setting itself stays as written)."""
    return source


class WedgeSettings(BaseSettings):
    """How the keyboard-wedge detector tells a scanner from a person typing."""

    max_gap_ms: int = Field(default=35, ge=5, le=200)
    """Longest pause between two characters of one scanner burst."""
    min_length: int = Field(default=4, ge=1, le=128)
    """Shortest burst taken as a scan; shorter bursts are handed back as typing."""
    scanner_layout: Literal["us", "system"] = "us"
    """"us": the scanner types as a US keyboard (most do, by default), so its text is read from
    key positions whatever this PC's layout; "system": trust the PC's layout."""


Symbology = Literal[
    "Code128",
    "Code39",
    "Code93",
    "QRCode",
    "DataMatrix",
    "Aztec",
    "PDF417",
    "EAN13",
    "EAN8",
    "UPCA",
    "UPCE",
    "ITF",
    "Codabar",
]


DEFAULT_SYMBOLOGIES: tuple[Symbology, ...] = ("Code128", "QRCode", "DataMatrix", "Code39")
"""What wristbands and membership cards use; EAN/UPC (retail goods) only when a site says so."""


CAMERA_SIZE = re.compile(r"(\d{3,4})[x×](\d{3,4})")


class ScanSettings(BaseSettings):
    """What this site's bands and cards carry, and how hard the camera may work for it."""

    symbologies: list[Symbology] = Field(default_factory=lambda: list(DEFAULT_SYMBOLOGIES))
    """The camera reads only these. EAN/UPC are retail codes: turn them on only if a site's
    cards really carry them (their check digit lets a misread through now and then)."""
    code39_full_ascii: bool = False
    """Code 39 bands printed in full ASCII (lower case and punctuation as pairs: ``12ab`` has
    the bars of ``12+A+B``): the camera reads them so. Off: standard Code 39, as most scanners
    are set. A Code 32 (pharmacode) is never read as a band either way."""
    code_pattern: str | None = None
    """A regular expression every camera read must match whole (e.g. "1002\\d{5}" for a
    site's band numbers), or None for any code of 4 to 128 characters."""
    camera_budget_ms: float = Field(default=22.0, ge=2, le=200)
    """Per frame: a slower pass is not started once a frame has taken this long."""
    camera_cpu_share: float = Field(default=0.25, gt=0.04, le=1.0)
    """The most of one core the camera's decoder may use (it skips frames to stay under)."""
    camera_resolution: str | None = "1280x720"
    """The picture size asked of a camera device, "WIDTHxHEIGHT" (None or "": the camera's own).
    Asked for because OpenCV otherwise opens a USB camera at 640x480, where a phone's code
    comes out at one or two pixels a bar; 1280x720 is what the decoder's budget is set for,
    "1920x1080" reads smaller codes for about twice the work a frame."""

    @field_validator("camera_resolution")
    @classmethod
    def _a_size(cls, value: str | None) -> str | None:
        if not value:
            return None
        found = CAMERA_SIZE.fullmatch(value.strip().lower().replace(" ", ""))
        if found is None:
            raise ValueError('a size such as "1280x720" (width x height in pixels)')
        width, height = int(found[1]), int(found[2])
        if not (160 <= width <= 7680 and 120 <= height <= 4320):
            raise ValueError("between 160x120 and 7680x4320")
        return f"{width}x{height}"

    @property
    def camera_size(self) -> tuple[int, int] | None:
        """``camera_resolution`` as (width, height), or None: leave the camera as it is."""
        if not self.camera_resolution:
            return None
        width, height = self.camera_resolution.split("x")
        return int(width), int(height)

    @field_validator("code_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value:
            re.compile(value)
        return value or None


Action = Literal["allow", "warn", "deny"]

_STATUS_ACTIONS: dict[str, Action] = {
    "needs_attention": "warn",
    "needs_dd_mandate": "warn",
    "upcoming": "warn",
    "reserved": "warn",
    "expired": "deny",
    "inactive": "deny",
}
_REASON_ACTIONS: dict[str, Action] = {"payment_disputed": "deny"}
_LABEL_ACTIONS: dict[str, Action] = {"Banned": "deny"}


class PolicySettings(BaseSettings):
    """What each condition means at this desk: let in, warn staff, or stop (design.md)."""

    locked: Action = "deny"
    anonymised: Action = "deny"
    band_expired: Action = "deny"
    band_expiring: Action = "warn"
    band_expiring_hours: float = Field(default=1.0, ge=0, le=72)
    no_active_membership: Action = "warn"
    membership_status: dict[str, Action] = Field(default_factory=lambda: dict(_STATUS_ACTIONS))
    attention_reason: dict[str, Action] = Field(default_factory=lambda: dict(_REASON_ACTIONS))
    """Overrides the needs_attention action for a specific reason."""
    no_usable_card: Action = "allow"
    """Set to warn at sites that sell on the wristband (charge-to-band)."""
    tab_limit: float | None = Field(default=None, ge=0, le=1_000_000)
    """The open tab on a band (its order's running total), in the site's currency, above
    which the till confirms with the guest before charging more; unset: no limit."""
    tab_over_limit: Action = "warn"
    recent_check_in: Action = "warn"
    recent_check_in_minutes: int = Field(default=30, ge=0, le=24 * 60)
    no_photo: Action = "allow"
    unknown_part: Action = "warn"
    """A part of the record that could not be loaded in time (memberships, the band, whether
    the guest is on site): never taken as "none", so never green by itself."""
    confirm_warn: bool = False
    """Amber is one tap by default; set to ask "check in anyway?" first."""
    offline_max_age_h: float = Field(default=12, ge=0, le=24 * 30)
    """Offline, a verdict from the local copy may be green only if its data are younger."""
    offline_stale: Action = "warn"
    """Offline with data older than ``offline_max_age_h`` (never "allow" by default)."""
    other_site: Action = "warn"
    """A guest of another of the brand's sites (found by name, not by a band of this site):
    never green here by default."""
    label_rules: dict[str, Action] = Field(default_factory=lambda: dict(_LABEL_ACTIONS))
    """What a label on the guest means here (by name, any case): e.g. "Banned" stops."""
    loud_labels: list[str] = Field(default_factory=lambda: ["VIP"])
    """Labels said first in the verdict's banner (★ VIP), whatever the outcome."""


class CollinsSettings(BaseSettings):
    """The second vendor's customers API (seed 002): where it is and what its ids mean here."""

    api_url: str = "https://api.collinsbookings.com/api"
    venue_id: str | None = None
    """This kiosk's venue (24-hex): new guests are associated with it; its name heads the
    screen."""
    venues: dict[str, str] = Field(default_factory=dict)
    """Venue id -> name (the API lists no venues): shown instead of ids."""
    preferences: dict[str, str] = Field(default_factory=dict)
    """Marketing preference id -> name."""
    timezone: str = "Europe/London"
    """The venue's zone (the API's times carry none)."""
    country_code: str = Field(default="GB", pattern=r"^[A-Z]{2}$")
    """The venue's country: phone numbers typed without +44 are read as this country's."""
    card_pattern: str = r"^\s*(?P<id>[0-9a-fA-F]{24})\s*$"
    """What a guest's card carries: a regular expression with an ``id`` group. An assumption
    (the seed says nothing of cards): the customer's 24-hex id, alone."""


class OfflineSettings(BaseSettings):
    """The local copy that lets the desk carry on when the guest system cannot be reached."""

    enabled: bool = True
    """Needs a key for the copy: the OS keyring, or KIOSK_STORE_KEY."""
    retention_days: float = Field(default=14, ge=0.01, le=365)
    """Guests not seen (scanned or synced) for this long are purged from the copy."""
    sync_every_min: float = Field(default=15, ge=0, le=24 * 60)
    """Sync guests changed since the last sync this often (0: never ahead of time)."""
    sync_max_guests: int = Field(default=2000, ge=0, le=1_000_000)
    """The most guests one sync run fetches (a large site syncs over several runs)."""
    sync_requests_per_s: float = Field(default=5, gt=0, le=100)
    """Sync's own pace, so it never crowds out the desk's scans or floods the API."""
    probe_every_s: float = Field(default=3, gt=0.1, le=300)
    """Offline: how often to try whether the guest system is back."""
    live_leash_s: float = Field(default=1.0, gt=0.1, le=30)
    """A live read of a guest the copy knows is given this long before the copy answers."""


def _whole_number(value: Any) -> Any:
    """A number the environment gave as text ("300"), as the file would give it (300)."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


class MetricsSettings(BaseSettings):
    """The kiosk's health for the fleet's Prometheus (``kiosk.ops.metrics``): off unless a
    port is set; served on this machine only, for the agent beside it."""

    port: int = Field(default=0, ge=0, le=65535)
    """``/metrics`` on this port (0: off). 9464 is the usual choice."""
    address: str = "127.0.0.1"
    """Loopback only (127.0.0.1 or ::1): anything else is refused at start."""
    printer_every_s: float = Field(default=60, ge=5, le=3600)
    """How often the band printer is asked how it is, for the dashboard."""


class CrashSettings(BaseSettings):
    """Crash reports to Sentry (``kiosk.ops.crash_reports``): off unless a DSN is set."""

    sentry_dsn: str = ""
    """The Sentry project's DSN (``https://<key>@<host>/<project>``); empty: off."""


class PrinterSettings(BaseSettings):
    """The desk's band and label printer (⚙ > Printer…, or ``[printer]`` in settings.toml)."""

    kind: Literal["none", "zebra", "brother", "system", "pdf"] = "none"
    """"zebra": ZPL over the network (port 9100); "brother": a Brother QL on the network
    (raster, port 9100, 62 mm labels); "system": a printer the computer has
    (CUPS / Windows) by its name; "pdf": files in ``pdf_folder`` (a preview, no printer)."""
    host: str | None = None
    """The Zebra's or Brother's address on the network (its IP, or a name it resolves)."""
    port: int = Field(default=9100, ge=1, le=65535)
    device: str | None = None
    """A Zebra or Brother on USB: its device file (Linux: "/dev/usb/lp0"), used instead of
    host/port."""
    dpi: Annotated[Literal[203, 300], BeforeValidator(_whole_number)] = 203
    """The Zebra's head: 203 dpi (8 dots/mm) or 300 dpi (12 dots/mm)."""
    media: Literal["wristband", "label62"] = "wristband"
    """What the printer is loaded with: a 25 x 254 mm wristband, or a 62 mm label roll."""
    system_name: str | None = None
    """The system printer's name; unset: the computer's default printer."""
    pdf_folder: Path | None = None
    """Where "pdf" puts its files; unset: the app's data folder, prints/."""
    code_prefix: str = Field(default="", pattern=r"^[A-Z0-9-]{0,12}$")
    """Printed bands' codes start with this (capitals, digits, "-"), then random digits."""
    code_digits: int = Field(default=10, ge=6, le=20)
    logo: Path | None = None
    """A PNG printed on each band; unset: the self check-in logo (an SVG is left off)."""
    timeout_s: float = Field(default=3.0, gt=0.1, le=30)
    """How long the printer gets to answer each question before it is said not to."""
    snmp_port: int = Field(default=161, ge=1, le=65535)
    """A Brother QL on the network: where its SNMP agent answers status (UDP)."""
    snmp_community: str = Field(default="public", pattern=r"^[!-~]{1,32}$")
    """The Brother's SNMP read community (its web page, Network > Protocol > SNMP)."""
    zpl_codes: Literal["graphic", "native"] = "graphic"
    """A Zebra: the code sent as the dots the app drew and read back ("graphic"), or drawn by
    the printer itself (``^BC``/``^B3``/``^BQ``, "native": the same module widths; a smaller
    job). Both decode alike from zebrash's render (docs/benchmarks.md)."""


class StaffEntry(BaseModel):
    """One member of staff who signs in to the desk (managed in ⚙ > Staff…, behind a
    manager's PIN). The id is what the audit carries; the name is only shown on screen."""

    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,32}$")
    name: str = Field(min_length=1, max_length=60)
    role: Literal["desk", "supervisor", "manager"] = "desk"
    pin_hash: str | None = None
    """Argon2id, as the kiosk's staff PIN."""
    badge_hash: str | None = None
    """``sha256$salt$digest`` of the staff badge's code."""


class Settings(BaseSettings):
    """Everything the app can be configured with, typed and validated once at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="KIOSK_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    backend: Literal["trybe", "collins"] = "trybe"
    """Whose guest system this kiosk serves: Trybe, or the Collins customers API."""
    collins: CollinsSettings = Field(default_factory=CollinsSettings)
    api_url: str = "https://api.try.be"
    site_id: str | None = None
    device_name: str = Field(default="", max_length=40)
    """What staff call this desk ("Desk 1", "Spa entrance"): in the header, and sent with its
    check-ins so another desk can say "Already checked in at Desk 1 · 10:42". Empty: the
    computer's name."""
    barcode_search_form: BarcodeSearchForm = "customers"
    connect_timeout_s: float = Field(default=3.0, gt=0, le=60)
    read_timeout_s: float = Field(default=5.0, gt=0, le=120)
    deadline_s: float = Field(default=8.0, gt=0, le=300)
    """One overall deadline per API call, retries included."""
    max_retries: int = Field(default=2, ge=0, le=10)
    proxy: str | None = Field(default=None, pattern=r"^https?://")
    """An HTTP(S) proxy for the API, named here only: the environment's HTTP_PROXY and the
    like are ignored (a proxy nobody chose must not see the token)."""
    lookup_deadline_s: float = Field(default=3.0, gt=0, le=60)
    """One overall limit per scan: the guest first, then every other part in parallel; parts
    not back in time are shown as "couldn't load" instead of holding the scan."""
    lookup_late_s: float = Field(default=12.0, gt=0, le=120)
    """How long a lookup past its deadline is still waited for: the screen says "still
    checking…" and shows the guest when the answer comes (unless a newer scan came)."""
    write_in_flight_s: float = Field(default=60.0, ge=0, le=600)
    """How long a write whose answer was lost (a timeout, a dropped connection) may still land
    in the guest system: until then the desk says "not confirmed yet" and keeps reading back,
    and never sends it again."""
    wedge: WedgeSettings = Field(default_factory=WedgeSettings)
    scanning: ScanSettings = Field(default_factory=ScanSettings)
    policy: PolicySettings = Field(default_factory=PolicySettings)
    offline: OfflineSettings = Field(default_factory=OfflineSettings)
    printer: PrinterSettings = Field(default_factory=PrinterSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    crashes: CrashSettings = Field(default_factory=CrashSettings)
    camera: str | None = None
    """A camera to read codes with: a device index ("0") or a video file / stream URL."""
    serial_port: str | None = None
    """A serial (USB-CDC) scanner: a port path, or "auto" to find one by its maker."""
    serial_baud: int = Field(default=9600, ge=1200, le=921600)
    sounds: bool = True
    sound_volume: int = Field(default=70, ge=0, le=100)
    """Percent."""
    speak_answers: bool = True
    """Self check-in says its answer aloud in the guest's language (where a speech engine and
    a speaker are there): a first name at most, never anything private."""
    mode: Literal["desk", "self"] = "desk"
    """"self": the unattended self check-in screen, full screen, staff out only with the PIN."""
    staff_pin_hash: str | None = None
    """The staff PIN for self check-in, as a scrypt hash (`kiosk set-pin` writes it)."""
    show_surname: bool = False
    """Self check-in greets by first name; set to also show the surname."""
    self_countdown_s: int = Field(default=5, ge=1, le=5)
    brand_colour: str = Field(default="#0f2f35", pattern=r"^#[0-9a-fA-F]{6}$")
    """The self check-in header colour (white text on it: choose a dark one)."""
    logo: Path | None = None
    """A PNG or SVG shown in the self check-in header."""
    idle_clear_s: int = Field(default=90, ge=5, le=3600)
    """Seconds after the last scan or action before the desk goes back to its start screen."""
    exit_readers: list[Literal["wedge", "serial", "camera"]] = Field(default_factory=list)
    """Readers at an exit: their scans check guests out instead of in (a serial scanner or a
    camera by the door, while the desk's own scanner checks in)."""
    language: Literal["auto", "en", "de", "fr", "es"] = "auto"
    """The desk's language; "auto": the system's (English where it isn't one of the four).
    Self check-in answers each guest in their own."""
    large_text: bool = False
    """The desk never draws smaller than 1.25x (for staff who need bigger type)."""
    high_contrast: bool = False
    """The desk in white on black, with yellow focus (checked by the accessibility audit)."""
    ui_scale: float | None = Field(default=None, ge=1.0, le=2.0)
    """The desk's size: unset, it grows with the window (1.25x full screen on 1920x1080,
    1x on 1280x800 and in portrait); a number fixes it (1 to 2)."""
    override_reasons: list[str] = Field(
        default_factory=lambda: [
            N_("Membership renewed at the desk"),
            N_("Paid for a day pass at the desk"),
            N_("Manager approved"),
            N_("New wristband issued"),
        ],
        max_length=8,
    )
    """The reasons offered with one tap on "Override and check in…" (free text as well)."""
    staff: list[StaffEntry] = Field(default_factory=list)
    """The desk's staff: when any are listed, the desk is signed in (badge or PIN) before it
    shows a guest, and every audit line carries who did it."""
    staff_sign_out_s: int = Field(default=600, ge=30, le=8 * 3600)
    """Seconds without a touch, a key or a scan before the desk signs its staff member out."""
    staff_idle_s: int = Field(default=60, ge=5, le=3600)
    """Self check-in: seconds without a touch before the PIN page, the staff menu or the desk
    opened from them go back to the guest screen (an unattended kiosk never stays in staff
    mode)."""
    settings_path: Path | None = Field(default=None, exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = _toml_path_from(init_settings)
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=toml_path),
        )


def _toml_path_from(init_settings: PydanticBaseSettingsSource) -> Path:
    values: dict[str, Any] = init_settings()
    path = values.get("settings_path")
    return Path(path) if path else settings_file()


class SettingsProblem(ValueError):
    """Settings that cannot be used, in plain sentences (one per bad value), naming each
    setting as the file and the environment spell it."""


def load_settings(settings_path: Path | None = None, **overrides: Any) -> Settings:
    """Build the settings; ``overrides`` are command-line values (``None`` means not given).
    Raises SettingsProblem (never pydantic's own error) for a value it cannot use."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        settings = Settings(settings_path=settings_path, **given)
    except ValidationError as exc:
        raise SettingsProblem(settings_sentences(exc)) from None
    from kiosk.config.logs import configure_redaction

    configure_redaction(
        settings.collins.country_code,
        code_prefix=settings.printer.code_prefix,
        code_pattern=settings.scanning.code_pattern,
    )
    return settings


def settings_sentences(error: ValidationError) -> str:
    """One sentence per bad value: which setting (file key and environment variable), what it
    was given, what it takes."""
    lines = []
    for problem in error.errors():
        where = [str(part) for part in problem["loc"]]
        key = ".".join(where)
        env = "KIOSK_" + "__".join(part.upper() for part in where)
        wants = str(problem["msg"]).removeprefix("Value error, ")
        wants = wants[:1].lower() + wants[1:]
        given = problem.get("input")
        shown = f"'{given}'" if isinstance(given, str | int | float) else "not usable"
        lines.append(
            f"The setting {key} (in settings.toml, or {env} in the environment) is {shown}: "
            f"{wants}."
        )
    return "\n".join(lines)
