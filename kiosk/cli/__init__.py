"""The ``kiosk`` command.

- ``kiosk``: the desk against the configured Trybe site (``--api-url``, ``--site-id``; the
  token from ``KIOSK_API_TOKEN`` or the OS keyring).
- ``kiosk --demo``: the desk against the stand-in server, started in-process with fresh demo
  data. No account, no network.
- ``kiosk sandbox --host H --port N --token T [--db PATH] [--reset]``: the stand-in server
  alone, in the foreground, until interrupted. Its tokens may come from the environment instead
  (``KIOSK_SANDBOX_TOKEN``, ``KIOSK_SANDBOX_ADMIN_TOKEN``, ``KIOSK_SANDBOX_READ_ONLY_TOKENS``
  comma-separated), so they need not show in the process list.
- ``kiosk set-token``: store the API token in the OS keyring.
- ``kiosk pair [--system]``: pair with a site (``kiosk.ops.pair_terminal``); ``--system`` on an
  appliance, as root, keeps the secrets as encrypted systemd credentials.
- ``kiosk sync``, ``outbox``, ``forget``, ``lookup``: ``kiosk.cli.offline``; ``kiosk decode``
  and ``fake-printer``: ``kiosk.cli.devices``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.backends.vendors import TRYBE, VENDORS, vendor_named, vendor_of

if TYPE_CHECKING:
    from kiosk.config.settings import Settings

DEMO_PIN = "482613"
"""Only with --demo and no PIN configured: printed at start, never used against a real site."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Front desk and self check-in for Trybe."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--demo", action="store_true", help="run against the embedded demo backend")
    parser.add_argument(
        "--backend",
        choices=tuple(VENDORS),
        help="whose guest system: Trybe (default) or the Collins customers API (seed 002)",
    )
    parser.add_argument("--api-url", help="Trybe API base URL (default https://api.try.be)")
    parser.add_argument("--site-id", help="the Trybe site this kiosk serves")
    parser.add_argument(
        "--config", type=Path, help="settings file (default: the user config folder)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--exit-after", type=float, metavar="SECONDS", help="quit after SECONDS (smoke tests)"
    )
    parser.add_argument(
        "--mode", choices=("desk", "self"), help="desk (staff) or self (unattended check-in)"
    )
    parser.add_argument("--camera", help="read codes with a camera: an index (0) or a video file")
    parser.add_argument("--serial", help='a serial scanner port, or "auto"')
    parser.add_argument(
        "--window-size",
        type=_size,
        default=None,
        metavar="WxH",
        help="a window of this size (e.g. 1920x1080) instead of the full screen",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="a window, not the full screen (the demo's way)"
    )
    commands = parser.add_subparsers(dest="command")

    fake_printer = commands.add_parser(
        "fake-printer",
        help="run the fake Zebra (or Brother QL) alone; type a status to change it (paper_out...)",
    )
    fake_printer.add_argument("--host", default="127.0.0.1")
    fake_printer.add_argument("--port", type=int, default=9100)
    fake_printer.add_argument("--brother", action="store_true", help="a Brother QL, not a Zebra")
    fake_printer.add_argument(
        "--snmp-port", type=int, default=1161, help="the Brother's SNMP agent (UDP; 161 on a QL)"
    )
    fake_printer.add_argument("--print-s", type=float, default=1.0, help="seconds a band takes")
    fake_printer.add_argument("--save-to", type=Path, help="save each printed label here as a PNG")

    sandbox = commands.add_parser("sandbox", help="run the stand-in Trybe server alone")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765)
    sandbox.add_argument(
        "--token", help="the bearer token clients must send (or KIOSK_SANDBOX_TOKEN)"
    )
    sandbox.add_argument(
        "--read-only-token", action="append", default=[], help="a token that may only read"
    )
    sandbox.add_argument(
        "--admin-token",
        help="token for the /_sandbox/ admin API, loopback only (or KIOSK_SANDBOX_ADMIN_TOKEN)",
    )
    sandbox.add_argument("--db", type=Path, help="SQLite file (default: the user data folder)")
    sandbox.add_argument(
        "--vendor",
        choices=tuple(VENDORS),
        default=TRYBE.key,
        help="whose API to stand in for: Trybe's, or the Collins customers API (seed 002)",
    )
    sandbox.add_argument("--reset", action="store_true", help="start from fresh demo data")
    sandbox.add_argument(
        "--guests-in",
        type=int,
        default=0,
        metavar="N",
        help="a new database starts with N guests checked in and still on site",
    )
    sandbox.add_argument(
        "--print-cards",
        type=Path,
        metavar="FILE.pdf",
        help="write a printable sheet of the demo wristbands' barcodes, then exit",
    )

    decode = commands.add_parser(
        "decode", help="decode image files as the camera would: what, by which pass, trusted?"
    )
    decode.add_argument("files", nargs="+", type=Path, metavar="FILE")
    decode.add_argument(
        "--chain",
        default="camera",
        help="camera (every pass of the camera's pipeline), or one raw library: zxing, pyzbar, "
        "opencv",
    )
    decode.add_argument("--json", action="store_true", help="one JSON line per file")
    decode.add_argument(
        "--symbologies",
        help="comma-separated, e.g. Code128,QRCode (default: the settings' [scanning] list)",
    )
    decode.add_argument(
        "--code39-full-ascii",
        choices=("on", "off"),
        help="read Code 39 as full ASCII (12ab) or standard (12+A+B); default: the settings'",
    )

    commands.add_parser("set-pin", help="set the staff PIN that unlocks self check-in")

    commands.add_parser("sync", help="fill the local copy from the guest system now")
    outbox = commands.add_parser(
        "outbox", help="list the check-ins saved offline (--send: send them now)"
    )
    outbox.add_argument("--send", action="store_true", help="send what is waiting, then list")
    outbox.add_argument(
        "--keep-trying",
        action="store_true",
        help="with --send: keep trying (backing off) until nothing is waiting; Ctrl-C stops",
    )
    outbox.add_argument("--json", action="store_true", help="one JSON line per entry")
    forget = commands.add_parser("forget", help="wipe the local copy and its key")
    forget.add_argument(
        "--force", action="store_true", help="even with check-ins still waiting to be sent"
    )

    doctor = commands.add_parser(
        "doctor", help="check this kiosk: token, API, clock, site, scanners, camera, disk..."
    )
    doctor.add_argument("--json", action="store_true", help="the checks as one JSON document")
    doctor.add_argument(
        "--bundle", type=Path, metavar="FILE.zip", help="also write a support bundle (redacted)"
    )
    doctor.add_argument(
        "--scan-test", action="store_true", help="then time a keyboard scanner's keys (terminal)"
    )
    doctor.add_argument(
        "--test-print", action="store_true", help="also print a test band on the band printer"
    )
    doctor.add_argument(
        "--skip", default="", help="checks to leave out, comma-separated (e.g. camera,audio)"
    )

    lookup = commands.add_parser(
        "lookup",
        help="look a code up as a scan would, and print the verdict (support, smoke tests)",
    )
    lookup.add_argument("code", help="a wristband's code or a customer id")
    lookup.add_argument("--json", action="store_true", help="the verdict as JSON")

    pair = commands.add_parser(
        "pair", help="pair this kiosk with a site: token, site from a list, mode, PIN, a test scan"
    )
    pair.add_argument("--api-url", dest="pair_api_url", help="the API (else asked)")
    pair.add_argument("--site", help="the site's id or name (else a list to pick from)")
    pair.add_argument(
        "--mode", dest="pair_mode", choices=("desk", "self"), help="front desk or self check-in"
    )
    pair.add_argument("--no-test", action="store_true", help="skip the test scan at the end")
    pair.add_argument(
        "--system",
        action="store_true",
        help="an appliance (as root): the token and the offline copy's key as encrypted "
        "systemd credentials, the settings in the kiosk account's home",
    )
    pair.add_argument(
        "--user", dest="system_user", default="kiosk", help="with --system: the unit's account"
    )
    pair.add_argument(
        "--credstore",
        default="/etc/credstore.encrypted",
        help="with --system: where the encrypted credentials go",
    )
    unpair = commands.add_parser(
        "unpair", help="remove the token, the staff PIN, the site and the offline copy"
    )
    unpair.add_argument(
        "--force", action="store_true", help="even with check-ins saved offline still unsent"
    )

    set_token = commands.add_parser("set-token", help="store the API token in the OS keyring")
    set_token.add_argument("--api-url", dest="token_api_url", help="the API the token is for")
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"window size out of range: {text}")
    return width, height


def needs_staff_to_pair(settings: Settings, token: str | None) -> bool:
    """A kiosk set up before (a site chosen and a staff PIN set) whose token cannot be read:
    the pairing window must not open on its screen for whoever stands there."""
    from kiosk.backends.vendors import vendor_of

    return (
        not token
        and bool(settings.staff_pin_hash)
        and vendor_of(settings).paired(settings, "set up before")
    )


def staff_then_pairing(settings: Settings, args: argparse.Namespace) -> bool:
    """ "This kiosk needs a member of staff", then behind the staff PIN the pairing window."""
    from PySide6.QtWidgets import QApplication

    from kiosk.app import run_pairing
    from kiosk.config import user_data_dir
    from kiosk.config.pin import PIN_LOCKOUT_FILE, PinGuard
    from kiosk.ui.needs_staff import run_needs_staff
    from kiosk.ui.theme import install_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_theme(app)
    guard = PinGuard(settings.staff_pin_hash or "", state_file=user_data_dir() / PIN_LOCKOUT_FILE)
    return run_needs_staff(
        guard,
        lambda: run_pairing(settings, args.config),
        full_screen=settings.mode == "self" and not args.windowed,
    )


def main(argv: list[str] | None = None) -> int:
    started_at = time.perf_counter()
    args = build_parser().parse_args(argv)
    from kiosk.config.logs import setup_logging, tighten_app_folders

    setup_logging(verbose=args.verbose)
    tighten_app_folders()
    from kiosk.config.settings import SettingsProblem

    try:
        return _dispatch(args, started_at)
    except SettingsProblem as problem:  # a bad value is a sentence, never a traceback
        print(f"Settings not usable:\n{problem}", file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace, started_at: float) -> int:
    if args.command in ("pair", "unpair", "set-pin", "set-token"):
        from kiosk.ops import pair_terminal

        return {
            "pair": pair_terminal.pair_command,
            "unpair": pair_terminal.unpair_command,
            "set-pin": lambda _: pair_terminal.set_pin_command(),
            "set-token": pair_terminal.set_token_command,
        }[args.command](args)
    if args.command == "sandbox":
        return _run_sandbox(args)
    if args.command == "fake-printer":
        from kiosk.cli.devices import fake_printer_command

        return fake_printer_command(args)
    if args.command == "decode":
        from kiosk.cli.devices import decode_command

        return decode_command(args)
    if args.command in ("sync", "outbox", "forget"):
        from kiosk.cli.offline import local_copy_command

        return local_copy_command(args)
    if args.command == "doctor":
        return _doctor(args)
    if args.command == "lookup":
        from kiosk.cli.offline import lookup_command

        return lookup_command(args)
    return _run_app(args, started_at)


def _run_sandbox(args: argparse.Namespace) -> int:
    from kiosk.config.paths import user_data_dir
    from kiosk.sandbox import FEATURED, serve_forever

    vendor = vendor_named(args.vendor)
    default_db = "sandbox.db" if vendor is TRYBE else f"sandbox-{vendor.key}.db"
    db_path = args.db or user_data_dir() / default_db
    if args.print_cards and not vendor.prints_bands:
        print(
            "kiosk sandbox: --print-cards is for the Trybe stand-in's wristbands", file=sys.stderr
        )
        return 2
    if args.print_cards:
        from kiosk.sandbox.cards import print_cards
        from kiosk.sandbox.server import open_store

        store = open_store(db_path, reset=args.reset)
        try:
            printed = print_cards(store, args.print_cards)
        finally:
            store.close()
        for payload, symbology in printed:
            print(f"  {symbology:<8} {payload}")
        print(f"Wrote {len(printed)} cards to {args.print_cards}")
        return 0
    token = args.token or os.environ.get("KIOSK_SANDBOX_TOKEN")
    admin_token = args.admin_token or os.environ.get("KIOSK_SANDBOX_ADMIN_TOKEN")
    read_only = list(args.read_only_token) + [
        t.strip()
        for t in os.environ.get("KIOSK_SANDBOX_READ_ONLY_TOKENS", "").split(",")
        if t.strip()
    ]
    if not token:
        print(
            "kiosk sandbox: --token (or KIOSK_SANDBOX_TOKEN) is required to serve", file=sys.stderr
        )
        return 2
    print(f"kiosk sandbox ({args.vendor}) on http://{args.host}:{args.port} (database {db_path})")
    if vendor is not TRYBE:
        from kiosk.sandbox.collins.demo import FEATURED as GUESTS

        print("Demo guests (their cards carry the id): " + ", ".join(g.id for g in GUESTS[:3]))
    else:
        print("Demo wristbands: " + ", ".join(f.code for f in FEATURED[:6]) + ", ...")
    with contextlib.suppress(KeyboardInterrupt):
        serve_forever(
            host=args.host,
            port=args.port,
            token=token,
            db_path=db_path,
            reset=args.reset,
            admin_token=admin_token,
            read_only_tokens=tuple(read_only),
            vendor=args.vendor,
            guests_in=args.guests_in,
        )
    return 0


def _doctor(args: argparse.Namespace) -> int:
    """Exit 0 when nothing failed (warnings included), 1 when something did."""
    import json

    from kiosk.config import load_settings
    from kiosk.config.health import MARK
    from kiosk.ops.doctor import Doctor

    settings = load_settings(
        args.config, api_url=args.api_url, site_id=args.site_id, backend=args.backend
    )
    server = None
    token = None
    vendor = vendor_of(settings)
    if args.demo:
        from kiosk.app import demo_settings, start_demo_backend

        server, connection = start_demo_backend(vendor)
        settings = vendor.pointed_at(
            demo_settings(settings), connection.api_url, connection.site_id
        )
        token = connection.token
    demo_printer = None
    if args.demo and vendor.prints_bands:
        from kiosk.app import start_demo_printer

        demo_printer, settings = start_demo_printer(settings)
    try:
        skip = frozenset(part.strip() for part in args.skip.split(",") if part.strip())
        doctor = Doctor(
            settings,
            token=token,
            token_given=token is not None,
            settings_path=args.config,
            test_print=args.test_print,
        )
        checks = doctor.run(skip=skip)
    finally:
        if server is not None:
            server.stop()
        if demo_printer is not None:
            demo_printer.stop()
    failed = [c for c in checks if c.status == "fail"]
    if args.json:
        print(json.dumps({"ok": not failed, "checks": [c.as_json() for c in checks]}, indent=2))
    else:
        width = max(len(c.title) for c in checks)
        for check in checks:
            print(f"{MARK[check.status]} {check.title:<{width}}  {check.summary}")
            if check.hint and check.status in ("fail", "warn"):
                print(f"  {'':<{width}}  → {check.hint}")
        warned = sum(c.status == "warn" for c in checks)
        print(
            f"\n{len(failed)} problem{'s' if len(failed) != 1 else ''}, "
            f"{warned} warning{'s' if warned != 1 else ''}."
        )
    if args.bundle:
        from kiosk.ops.bundle import make_bundle

        written = make_bundle(args.bundle, checks, settings)
        print(f"Support bundle: {written}", file=sys.stderr if args.json else sys.stdout)
    status = 1 if failed else 0
    if args.scan_test:
        from kiosk.ops.scan_test import run_scan_test

        status = max(status, run_scan_test(settings.wedge, print))
    return status


def _run_app(args: argparse.Namespace, started_at: float | None = None) -> int:
    from kiosk.app import (
        Connection,
        can_show_a_window,
        demo_codes,
        demo_settings,
        run_desk,
        run_pairing,
        start_demo_backend,
    )
    from kiosk.backends.trybe import InsecureURL
    from kiosk.config import load_settings
    from kiosk.config.secrets import TOKEN_ENV, load_token

    settings = load_settings(
        args.config,
        api_url=args.api_url,
        site_id=args.site_id,
        camera=args.camera,
        serial_port=args.serial,
        mode=args.mode,
        backend=args.backend,
    )
    server = None
    pin_hash = None
    if settings.mode == "self" and not settings.staff_pin_hash and not args.demo:
        print("Self check-in needs a staff PIN first: kiosk set-pin", file=sys.stderr)
        return 2
    if args.demo and not settings.staff_pin_hash:
        # the demo behaves as a site with a PIN would (Staff and roles asks for it), and says it;
        # held in memory only: a settings save writes what it changed, never this
        from kiosk.config.pin import hash_pin

        pin_hash = hash_pin(DEMO_PIN)
        settings = settings.model_copy(update={"staff_pin_hash": pin_hash})
        print(
            f"Demo staff PIN: {DEMO_PIN} (the manager's PIN for Staff and roles; on self "
            "check-in, long-press the top-left corner for two seconds)"
        )
    vendor = vendor_of(settings)
    demo_printer = None
    if args.demo:
        server, backend = start_demo_backend(vendor)
        settings = demo_settings(settings)
        print(
            f"Demo backend ({vendor.name}) on {backend.api_url}. "
            f"Try these codes, each {vendor.code_words}:"
        )
        for code, shows in demo_codes(vendor):
            print(f"  {code:<40} {shows}")
        if vendor.prints_bands:
            from kiosk.app import start_demo_printer

            demo_printer, settings = start_demo_printer(settings)
            if demo_printer is not None:
                print(f"Demo printer (a fake Zebra) on port {demo_printer.port}: printed bands")
                print(f"  appear as pictures in {demo_printer.save_to}")
    else:
        token = load_token(vendor.api_url(settings))
        if not vendor.paired(settings, token) and can_show_a_window():
            # first run: the pairing window, then on with what it saved; a kiosk set up
            # before whose token cannot be read now: staff first (issue 30)
            if needs_staff_to_pair(settings, token) and not staff_then_pairing(settings, args):
                print(
                    "The API token cannot be read; staff did not pair the kiosk again.",
                    file=sys.stderr,
                )
                return 2
            if not vendor.paired(settings, load_token(vendor.api_url(settings))) and not (
                run_pairing(settings, args.config)
            ):
                print("Not paired; the kiosk did not start.", file=sys.stderr)
                return 2
            settings = load_settings(args.config, camera=args.camera, serial_port=args.serial)
            vendor = vendor_of(settings)
            token = load_token(vendor.api_url(settings))
            if settings.mode == "self" and not settings.staff_pin_hash:
                print("Self check-in needs a staff PIN first: kiosk set-pin", file=sys.stderr)
                return 2
        if not token:
            print(
                f"No API token for {vendor.api_url(settings)}. Run `kiosk pair`, or set "
                f"{TOKEN_ENV}."
                "\nTo try the app without an account: kiosk --demo",
                file=sys.stderr,
            )
            return 2
        if not vendor.paired(settings, token):
            print("No site chosen. Run `kiosk pair` (or pass --site-id).", file=sys.stderr)
            return 2
        backend = Connection(
            api_url=vendor.api_url(settings), token=token, site_id=vendor.site_id(settings)
        )
    try:
        return run_desk(
            settings,
            backend,
            exit_after_s=args.exit_after,
            window_size=args.window_size or (1280, 800),
            full_screen=not (
                args.windowed or args.window_size or args.exit_after is not None or args.demo
            ),
            pin_hash=pin_hash,
            started_at=started_at,
        )
    except InsecureURL as exc:
        print(f"Refusing to connect: {exc}", file=sys.stderr)
        return 2
    finally:
        if server is not None:
            server.stop()
        if demo_printer is not None:
            demo_printer.stop()


if __name__ == "__main__":
    raise SystemExit(main())
