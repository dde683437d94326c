"""Two of ``kiosk doctor``'s checks of what is on this machine, each a story of its own: the
offline copy (its key, its age, what waits in its outbox) and the band printer (reachable, its
own status, a test band). Plain functions of the settings, called by
:class:`kiosk.ops.doctor.Doctor`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.config import Settings, user_data_dir
from kiosk.config import clock as wallclock
from kiosk.config.health import Check


def local_copy_check(settings: Settings) -> Check:
    title = "Offline copy and outbox"
    if not settings.offline.enabled:
        return Check("local_copy", title, "skip", "turned off in the settings")
    from kiosk.backends.offline.store import LocalStore, key_from_text
    from kiosk.config.secrets import load_store_key

    path = user_data_dir() / "local-copy.db"
    key = load_store_key(create=False)
    if key is None and not path.exists():
        return Check(  # a warning: the desk works, online; what it cannot do is said
            "local_copy",
            title,
            "warn",
            "off: no key to protect it (no keyring, no systemd credential "
            "kiosk-store-key, no KIOSK_STORE_KEY); the desk works online only",
            "On an appliance `install.sh --system` makes the key a systemd credential; "
            "on a desktop, sign in to a keyring.",
        )
    if not path.exists():
        return Check(
            "local_copy", title, "warn", "no offline copy yet", "Run `kiosk sync` once online."
        )
    if key is None:
        return Check(
            "local_copy",
            title,
            "fail",
            "its key is not here: the copy can't be read",
            "The keyring lost the key: `kiosk forget`, then `kiosk sync`.",
        )
    store = LocalStore(path, key_from_text(key, path))
    try:
        guests = store.count_guests()
        counts = store.outbox_counts()
        synced = store.sync_value("completed_at")
        oldest = store.outbox_oldest("waiting")
    finally:
        store.close()
    waiting = counts.get("waiting", 0)
    attention = counts.get("needs attention", 0)
    age_h = (
        (wallclock.now() - datetime.fromisoformat(synced)).total_seconds() / 3600
        if synced
        else None
    )
    data = {
        "guests": guests,
        "outbox": counts,
        "synced_hours_ago": age_h,
        "synced_at": synced,
        "oldest_waiting_at": oldest,
    }
    words = f"{guests} guests, " + (
        f"synced {age_h:.1f} h ago" if age_h is not None else "never fully synced"
    )
    words += f"; {waiting} waiting to be sent, {attention} need attention"
    if attention:
        return Check(
            "local_copy",
            title,
            "warn",
            words,
            "Some check-ins saved offline were refused: `kiosk outbox` lists them.",
            data,
        )
    if age_h is None or age_h > settings.policy.offline_max_age_h:
        return Check(
            "local_copy",
            title,
            "warn",
            words,
            "The copy is old: offline answers will be amber. `kiosk sync` refreshes it.",
            data,
        )
    return Check("local_copy", title, "ok", words, "", data)


def printer_check(settings: Settings, *, test_print: bool) -> Check:
    """Is the band printer there, can it print now (its own status: paper, head, pause),
    and, with ``test_print``, does a test band come out."""
    from kiosk.checkin.printing import BandLabel, PrintProblem
    from kiosk.devices.printers.choose import printer_from
    from kiosk.scan.keymap import LAYOUT_TEST_CODE

    options = settings.printer
    title = "Printer"
    data: dict[str, Any] = {"kind": options.kind, "media": options.media, "dpi": options.dpi}
    printer = printer_from(options, logo=settings.logo, prints_dir=user_data_dir() / "prints")
    if printer is None:
        if options.kind in ("zebra", "brother") and not options.device:
            return Check(
                "printer",
                title,
                "fail",
                "a network printer is chosen but has no address",
                'Set its address: [printer] host = "10.0.0.7" in the settings.',
                data,
            )
        return Check("printer", title, "skip", "no printer set up")
    where = printer.description
    try:
        state = printer.state()
    except PrintProblem as exc:
        data["up"] = False
        return Check(
            "printer",
            title,
            "fail",
            exc.words,
            "Check the printer's power and cable, and its address in the settings.",
            data,
        )
    data.update(status=state.detail, up=True, ready=state.ready, problems=sorted(state.problems))
    if not state.ready:
        return Check(
            "printer",
            title,
            "fail",
            f"{where}: cannot print: {state.words}",
            "Fix it at the printer: load bands or labels, close the head, press pause.",
            data,
        )
    if not test_print:
        return Check("printer", title, "ok", f"{where}: ready", "", data)
    try:
        printer.print_band(BandLabel(LAYOUT_TEST_CODE, test=True))
    except PrintProblem as exc:
        return Check("printer", title, "fail", f"{where}: test print: {exc.words}", "", data)
    return Check(
        "printer",
        title,
        "ok",
        f"{where}: ready; a test band printed",
        "Scan the test band at the desk: it also checks the scanner's keyboard layout.",
        data,
    )
