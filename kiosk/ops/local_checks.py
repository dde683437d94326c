"""Three of ``kiosk doctor``'s checks of what is on this machine, each a story of its own: the
offline copy (its key, its age, what waits in its outbox), the band printer (reachable, its
own status, a test band) and the camera (pictures, their size and rate, a code read). Plain
functions of the settings, called by :class:`kiosk.ops.doctor.Doctor`."""

from __future__ import annotations

import time
from collections.abc import Callable
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


def camera_check(
    settings: Settings, probe: Callable[[float], dict[str, float]] | None, seconds: float
) -> Check:
    """Is a camera set up, does it send pictures, at what size and rate, does it read?
    ``probe``: the running camera's rates in the app (opening it twice would fail)."""
    source = settings.camera
    if not source:
        return Check("camera", "Camera", "skip", "no camera set up")
    if probe is not None:
        return _running_camera(probe(seconds))
    from kiosk.scan.chain import CameraChain
    from kiosk.scan.frames import FrameSource

    scanning = settings.scanning
    chain = CameraChain(list(scanning.symbologies), code39_full_ascii=scanning.code39_full_ascii)
    frames: list[Any] = []
    stopped: list[str] = []
    target: int | str = int(source) if source.isdigit() else source
    feed = FrameSource(
        target,
        frames.append,
        loop=True,
        on_stopped=stopped.append,
        size=scanning.camera_size,
    )
    feed.start()
    time.sleep(seconds)
    feed.stop()
    if not frames:
        return Check(
            "camera",
            "Camera",
            "fail",
            stopped[0] if stopped else f"no picture from camera {source}",
            "Check the camera's cable, that no other program uses it, and its number.",
        )
    fps = len(frames) / seconds
    sample = frames[:: max(1, len(frames) // 15)][:15]
    read = sum(1 for frame in sample if chain.decode(frame).reads)
    data = {"fps": round(fps, 1), "frames_tried": len(sample), "frames_read": read}
    words = f"{fps:.0f} frames/s; a code read in {read} of {len(sample)} frames tried"
    size = _too_small(feed.size, feed.asked, data)
    if size is not None:
        return Check("camera", "Camera", "warn", f"{size[0]}; {words}", size[1], data)
    if feed.size is not None:
        words = f"{feed.size[0]}x{feed.size[1]}, {words}"
    if fps < 10:
        return Check(
            "camera",
            "Camera",
            "warn",
            words,
            "Fewer than 10 frames a second: better light, or a lower resolution.",
            data,
        )
    return Check("camera", "Camera", "ok", words, "", data)


def _running_camera(rates: dict[str, float]) -> Check:
    fps, decoded = rates.get("fps", 0.0), rates.get("decoded_per_s", 0.0)
    data = {"fps": round(fps, 1), "decoded_per_s": round(decoded, 1)}
    if fps <= 0:
        return Check(
            "camera",
            "Camera",
            "fail",
            "the camera sends no pictures",
            "Check the camera's cable, and that no other program uses it.",
            data,
        )
    words = f"{fps:.0f} frames/s; the decoder looks at {decoded:.0f} a second"
    sent = _size_of(rates, "width", "height")
    size = _too_small(sent, _size_of(rates, "asked_width", "asked_height"), data)
    if size is not None:
        return Check("camera", "Camera", "warn", f"{size[0]}; {words}", size[1], data)
    if sent is not None:
        words = f"{sent[0]}x{sent[1]}, {words}"
    if fps < 10:
        return Check("camera", "Camera", "warn", words, "Better light helps.", data)
    return Check("camera", "Camera", "ok", words, "", data)


def _size_of(rates: dict[str, float], width: str, height: str) -> tuple[int, int] | None:
    if rates.get(width) and rates.get(height):
        return int(rates[width]), int(rates[height])
    return None


def _too_small(
    sent: tuple[int, int] | None, asked: tuple[int, int] | None, data: dict[str, Any]
) -> tuple[str, str] | None:
    """What to say (words, hint) when the camera sends fewer pixels than it was asked for:
    it cannot do that size, and the codes come out smaller than the decoder is set for."""
    if sent is not None:
        data["size"] = f"{sent[0]}x{sent[1]}"
    from kiosk.scan.frames import sends_less

    if sent is None or asked is None or not sends_less(sent, asked):
        return None
    data["asked"] = f"{asked[0]}x{asked[1]}"
    return (
        f"the camera sends {sent[0]}x{sent[1]}, not the {asked[0]}x{asked[1]} asked for",
        "Codes on phones and small bands may not read at that size: use a camera that "
        "does the size asked for, or ask for one it does ([scanning] camera_resolution).",
    )
