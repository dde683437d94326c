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
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__
from kiosk.backends.vendors import TRYBE, VENDORS, vendor_named, vendor_of
from kiosk.config import clock as wallclock

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.backends.offline import OfflineBackend
    from kiosk.backends.offline.outbox import DrainReport
    from kiosk.backends.trybe.adapter import TrybeBackend
    from kiosk.config.settings import Settings

DEMO_PIN = "2468"
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


def main(argv: list[str] | None = None) -> int:
    started_at = time.perf_counter()
    args = build_parser().parse_args(argv)
    from kiosk.config.logs import setup_logging

    setup_logging(verbose=args.verbose)
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
        return _run_fake_printer(args)
    if args.command == "decode":
        return _decode(args)
    if args.command in ("sync", "outbox", "forget"):
        return _local_copy_command(args)
    if args.command == "doctor":
        return _doctor(args)
    if args.command == "lookup":
        return _lookup(args)
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


def _decode(args: argparse.Namespace) -> int:
    """Always exits 0 when the files were looked at, found codes or not (scripts read JSON).

    With the camera chain, every pass runs on each image and each read says which pass made it
    and whether it is *confirmed* (a still has no second frame: it is confirmed when trusted
    alone, or when a second library read the same code); only confirmed reads would become a
    scan. Symbologies the site does not use are not looked for.
    """
    import json

    from kiosk.config import load_settings
    from kiosk.scan.chain import CameraChain
    from kiosk.scan.decoders import DecoderUnavailable, raw_library
    from kiosk.scan.frames import UnreadableImage, load_image
    from kiosk.scan.symbologies import ALL_SYMBOLOGIES
    from kiosk.scan.trust import confirmed_on_one_image

    scanning = load_settings(args.config).scanning
    symbologies = (
        [name.strip() for name in args.symbologies.split(",") if name.strip()]
        if args.symbologies
        else list(scanning.symbologies)
    )
    full_ascii = (
        args.code39_full_ascii == "on" if args.code39_full_ascii else scanning.code39_full_ascii
    )
    unknown = [name for name in symbologies if name not in ALL_SYMBOLOGIES]
    if unknown:
        print(
            f"kiosk decode: unknown symbology {', '.join(unknown)} "
            f"(choose from {', '.join(ALL_SYMBOLOGIES)})",
            file=sys.stderr,
        )
        return 2
    try:
        camera = (
            CameraChain(symbologies, code39_full_ascii=full_ascii)
            if args.chain == "camera"
            else None
        )
        raw = raw_library(args.chain) if camera is None else None
    except (ValueError, DecoderUnavailable) as exc:
        print(f"kiosk decode: {exc}", file=sys.stderr)
        return 2
    for path in args.files:
        record: dict[str, object] = {"file": str(path)}
        try:
            image = load_image(path)
        except UnreadableImage as exc:
            record.update(results=[], ms=0.0, error=str(exc))
        else:
            started = time.perf_counter()
            if camera is not None:
                outcome = camera.run_all(image)
                reads, ms = confirmed_on_one_image(outcome.reads), outcome.ms
            else:
                assert raw is not None
                reads, ms = raw.decode(image), (time.perf_counter() - started) * 1000
            results: list[dict[str, object]] = []
            for read in reads:
                result: dict[str, object] = {
                    "text": read.text,
                    "format": read.format,
                    "stage": read.decoder,
                }
                if camera is not None:
                    result["confirmed"] = read.confirmed
                results.append(result)
            record.update(results=results, ms=round(ms, 2))
        if args.json:
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            _print_decoded(record)
    return 0


def _print_decoded(record: dict[str, object]) -> None:
    results = record.get("results") or []
    assert isinstance(results, list)
    if record.get("error"):
        print(f"{record['file']}: {record['error']}")
        return
    if not results:
        print(f"{record['file']}: no code ({record['ms']} ms)")
        return
    for result in results:
        trust = ""
        if "confirmed" in result:
            trust = ", confirmed" if result["confirmed"] else ", not confirmed (not a scan)"
        print(
            f"{record['file']}: {result['text']}  ({result['format']}, "
            f"pass {result['stage']}{trust}; {record['ms']} ms)"
        )


def _local_copy_command(args: argparse.Namespace) -> int:
    """``kiosk sync`` / ``outbox`` / ``forget``: the local copy, without the window."""
    import json

    from kiosk.app import open_local_copy
    from kiosk.checkin.audit import AuditLog
    from kiosk.config import load_settings, user_data_dir
    from kiosk.config.secrets import forget_store_key

    settings = load_settings(args.config, api_url=args.api_url, site_id=args.site_id)
    if args.command == "forget":
        return _forget(settings, args.force, forget_store_key)
    live = _live_backend(settings)
    if live is None:
        return 2
    audit = AuditLog(
        user_data_dir() / "audit.jsonl", device=live.device.id if live.device else None
    )
    local = open_local_copy(settings, live, audit, device=live.device)
    if local is None:
        print(
            "No local copy here (turned off, or no key: on an appliance `kiosk pair --system`, "
            "else a keyring or KIOSK_STORE_KEY).",
            file=sys.stderr,
        )
        live.close()
        return 2
    try:
        if args.command == "sync":
            print("Syncing the local copy (a page of 50 guests at a time)…", flush=True)
            report = local.sync(
                progress=lambda so_far: print(
                    f"  {so_far.seen} guests read, {so_far.guests} fetched in full "
                    f"({so_far.requests} requests)",
                    flush=True,
                )
            )
            print(f"Synced: {report.words()}")
            return 0 if report.complete or report.stopped_by == "the run limit" else 1
        if args.send:
            sent = _send(local, keep_trying=args.keep_trying)
            print(
                f"Sent {sent.sent} ({sent.confirmed_by_reading} found already there), "
                f"{sent.needs_attention} refused, {sent.waiting} still waiting"
                + (f" (stopped: {sent.stopped_by})" if sent.stopped_by else "")
            )
        for item in local.queued_writes():
            if args.json:
                print(
                    json.dumps(
                        {
                            "key": item.key,
                            "kind": item.kind,
                            "guest_id": item.guest_id,
                            "created_at": item.created_at.isoformat(),
                            "state": item.state,
                            "reason": item.reason,
                        }
                    )
                )
            else:
                reason = f": {item.reason}" if item.reason else ""
                print(
                    f"{wallclock.local(item.created_at):%Y-%m-%d %H:%M:%S}  {item.kind:<9}  "
                    f"guest {item.guest_id}  {item.state}{reason}"
                )
        return 0
    finally:
        local.close()


def _run_fake_printer(args: argparse.Namespace) -> int:
    """The project's fake printer on a port, for a kiosk pointed at it ([printer] host/port):
    each line typed sets its status, to see what the desk says."""
    from typing import get_args

    printer: Any
    if args.brother:
        from kiosk.sandbox.brother import FakeBrotherQL
        from kiosk.sandbox.brother import Status as BrotherStatus

        printer = FakeBrotherQL(host=args.host, port=args.port, snmp_port=args.snmp_port)
        statuses = get_args(BrotherStatus)
    else:
        from kiosk.sandbox.printer import FakeZebra
        from kiosk.sandbox.printer import Status as ZebraStatus

        printer, statuses = FakeZebra(host=args.host, port=args.port), get_args(ZebraStatus)
    printer.print_s = args.print_s
    printer.save_to = args.save_to
    try:
        printer.start()
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    kind = "Brother QL" if args.brother else "Zebra"
    snmp = f" (SNMP on UDP {printer.snmp_port}: [printer] snmp_port)" if args.brother else ""
    print(
        f"Fake {kind} on {args.host}:{printer.port}{snmp}. Type a status and Enter: "
        f"{', '.join(statuses)}; Ctrl+D to stop."
    )
    try:
        for line in sys.stdin:
            wanted = line.strip()
            if wanted in statuses:
                printer.status = wanted
                print(f"status: {wanted}; {len(printer.printed)} printed so far")
            elif wanted:
                print(f"not a status: {wanted!r} ({', '.join(statuses)})")
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
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


def _has_local_copy() -> bool:
    """A copy already made, and its key here (a lookup never makes either)."""
    from kiosk.config import user_data_dir
    from kiosk.config.secrets import load_store_key

    return (user_data_dir() / "local-copy.db").exists() and bool(load_store_key(create=False))


def _lookup(args: argparse.Namespace) -> int:
    """Exit 0 with a verdict, 1 not found, 2 could not look (no token, no network)."""
    import json

    from kiosk.checkin import Lookup
    from kiosk.checkin.errors import BackendError, NotFound
    from kiosk.checkin.policy import decide
    from kiosk.config import load_settings

    settings = load_settings(args.config, api_url=args.api_url, site_id=args.site_id)
    server = None
    local = None
    if args.demo:
        from kiosk.app import make_client, start_demo_backend
        from kiosk.backends.trybe.adapter import TrybeBackend

        server, connection = start_demo_backend()
        live: TrybeBackend | None = TrybeBackend(make_client(settings, connection))
    else:
        live = _live_backend(settings)
    if live is None:
        return 2
    if (
        not args.demo and _has_local_copy()
    ):  # as a scan would: the copy answers when the system does not
        from kiosk.app import open_local_copy
        from kiosk.checkin.audit import AuditLog
        from kiosk.config import user_data_dir

        audit = AuditLog(user_data_dir() / "audit.jsonl", device=None)
        local = open_local_copy(settings, live, audit, device=live.device)
    lookup = Lookup(local or live, deadline_s=settings.lookup_deadline_s)
    try:
        context = lookup.by_code(args.code)
    except NotFound:
        print(f"{args.code}: not recognised at this site", file=sys.stderr)
        return 1
    except BackendError as exc:
        print(f"{args.code}: could not look it up ({type(exc).__name__})", file=sys.stderr)
        return 2
    finally:
        lookup.close()
        (local or live).close()
        if server is not None:
            server.stop()
    verdict = decide(context, settings.policy)
    guest = context.guest
    from kiosk.checkin.people import first_name_and_initial

    who = first_name_and_initial(guest.first_name, guest.last_name) or "a guest"
    if args.json:
        answer = {
            "outcome": verdict.outcome,
            "headline": verdict.headline,
            "reasons": [r.words for r in verdict.reasons],
            "guest_id": guest.id,
            "missing": sorted(context.missing),
        }
        print(json.dumps(answer))
    else:
        reasons = "  ·  ".join(r.words for r in verdict.reasons) or "All clear."
        copy = guest.as_of
        said = f" (offline copy of {wallclock.local(copy):%Y-%m-%d %H:%M})" if copy else ""
        print(f"{verdict.headline}: {who.removesuffix('.')}. {reasons}{said}")
    return 0


def _send(local: OfflineBackend, *, keep_trying: bool) -> DrainReport:
    """Send the outbox once, or (``--keep-trying``) again after each failure of the link,
    waiting longer each time it fails with nothing sent (0.25 s doubling to 8 s)."""
    from kiosk.backends.offline import outbox

    total = outbox.DrainReport()
    pause = 0.25
    try:
        while True:
            report = local.send_outbox()
            total.sent += report.sent
            total.confirmed_by_reading += report.confirmed_by_reading
            total.needs_attention += report.needs_attention
            total.waiting, total.stopped_by = report.waiting, report.stopped_by
            if not keep_trying or report.waiting == 0:
                return total
            pause = 0.25 if report.sent else min(pause * 2, 8.0)
            time.sleep(pause)
    except KeyboardInterrupt:
        total.stopped_by = "Ctrl-C"
        return total


def _live_backend(settings: Settings) -> TrybeBackend | None:
    """The configured guest system (token from the environment or the keyring)."""
    from kiosk.app import Connection, make_client
    from kiosk.backends.trybe.adapter import TrybeBackend
    from kiosk.checkin.model import Device
    from kiosk.config.device import device_identity
    from kiosk.config.secrets import TOKEN_ENV, load_token

    token = load_token(settings.api_url)
    if not token or not settings.site_id:
        print(f"Needs a site: --site-id and a token ({TOKEN_ENV} or the keyring).", file=sys.stderr)
        return None
    connection = Connection(api_url=settings.api_url, token=token, site_id=settings.site_id)
    # the same desk as the app on this machine: its outbox's check-ins are this desk's
    return TrybeBackend(
        make_client(settings, connection), device=Device(*device_identity(settings))
    )


def _forget(settings: Settings, force: bool, forget_key: Callable[[], None]) -> int:
    from kiosk.backends.offline.store import LocalStore, key_from_text
    from kiosk.config import user_data_dir
    from kiosk.config.secrets import load_store_key

    path = user_data_dir() / "local-copy.db"
    key = load_store_key(create=False)
    if path.exists() and key is not None and not force:
        try:
            store = LocalStore(path, key_from_text(key, path))
            waiting = store.outbox_counts().get("waiting", 0)
            store.close()
        except Exception:
            waiting = 0
        if waiting:
            print(
                f"{waiting} check-ins saved offline have not been sent yet: send them first "
                "(kiosk outbox --send), or run again with --force to lose them.",
                file=sys.stderr,
            )
            return 2
    removed = 0
    for candidate in user_data_dir().glob("local-copy*"):
        candidate.unlink()
        removed += 1
    forget_key()
    print(f"The local copy is gone ({removed} files) and its key forgotten.")
    return 0


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
            # first run: the pairing window, then on with what it saved
            if not run_pairing(settings, args.config):
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
