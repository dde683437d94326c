"""``kiosk sync``, ``outbox``, ``forget`` and ``lookup``: the local copy and a lookup from the
terminal, as the desk does them (the copy answers when the guest system does not)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import clock as wallclock

if TYPE_CHECKING:
    from kiosk.backends.offline import OfflineBackend
    from kiosk.backends.offline.outbox import DrainReport
    from kiosk.backends.trybe.adapter import TrybeBackend
    from kiosk.config.settings import Settings


def local_copy_command(args: argparse.Namespace) -> int:
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


def _has_local_copy() -> bool:
    """A copy already made, and its key here (a lookup never makes either)."""
    from kiosk.config import user_data_dir
    from kiosk.config.secrets import load_store_key

    return (user_data_dir() / "local-copy.db").exists() and bool(load_store_key(create=False))


def lookup_command(args: argparse.Namespace) -> int:
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
