"""The write matrix of issue 26, shared by its test (scaled down) and its benchmark (as filed).

Six kinds of write (check-in, check-out, expiry, card, add band, replace band) x four faults
on the write's own request (the connection reset after the server committed, a 500 after it
committed, the answer stalled after the commit, the request stalled *before* the commit: a
server that saves late) x idempotency keys honoured or ignored x the local copy on or off.

Each trial is driven as the desk drives a write: perform; while the outcome is unknown, read
back on the desk's rhythm; a queued write is left to the outbox (drained as the keeper does);
"not done" is retried by staff (the same intent). Every outcome the screen would show is
checked against the server at that moment: a write that has landed must never be shown as not
saved. At the end (after any late landing had its time) the server holds exactly one write.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from kiosk.backends.offline import LocalStore, OfflineBackend
from kiosk.backends.offline.store import new_key
from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.adapter import TrybeBackend
from kiosk.checkin import Lookup
from kiosk.checkin.actions import ActionKind, Actions, WriteOutcome, WriteResult
from kiosk.checkin.audit import AuditLog
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Device
from kiosk.checkin.policy import decide
from kiosk.config import clock as wallclock
from kiosk.config.settings import PolicySettings
from tests.sandbox_helpers import SandboxAdmin

KINDS = ("check_in", "check_out", "expiry", "card", "add_band", "replace_band")
FAULTS = ("reset after commit", "500 after commit", "stall after commit", "stall before commit")


@dataclass(frozen=True)
class Scale:
    """The times a matrix runs at: as filed (a 10 s stall, the client giving up at 5 s, a
    minute in flight) or scaled down for the suite (the same shape, in seconds)."""

    stall_s: float = 10.0
    client_deadline_s: float = 5.0
    in_flight_s: float = 60.0
    read_every_s: float = 2.0


@dataclass
class Trial:
    kind: str
    fault: str
    keys: str
    local: bool
    landed: int = -1
    """Writes of this trial on the server at the end (1 is right)."""
    said_not_saved_when_landed: int = 0
    final: str = ""
    seconds: float = 0.0
    shown: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.landed == 1 and self.said_not_saved_when_landed == 0 and self.final == "done"


@dataclass
class Guest:
    id: str
    code: str
    band_id: str
    card_id: str | None


def fault_for(kind: str, fault: str, guest_id: str, scale: Scale) -> dict[str, Any]:
    """The sandbox fault on ``kind``'s own request (its first, for a replace)."""
    where: dict[str, Any] = {
        "check_in": {
            "path_prefix": "/customers/check-ins",
            "method": "POST",
            "path_suffix": "/check-ins",
        },
        "check_out": {
            "path_prefix": "/customers/check-ins/",
            "method": "POST",
            "path_suffix": "/check-out",
        },
        "expiry": {
            "path_prefix": f"/customers/customers/{guest_id}/barcodes/",
            "method": "PUT",
            "path_suffix": "/expiry-date",
        },
        "card": {
            "path_prefix": f"/customers/customers/{guest_id}/barcodes/",
            "method": "PUT",
            "path_suffix": "/payment-method",
        },
        "add_band": {"path_prefix": f"/customers/customers/{guest_id}/barcodes", "method": "POST"},
        "replace_band": {
            "path_prefix": f"/customers/customers/{guest_id}/barcodes",
            "method": "POST",
        },
    }[kind]
    how: dict[str, Any] = {
        "reset after commit": {"after": True, "reset": True},
        "500 after commit": {"after": True, "status": 500},
        "stall after commit": {"after": True, "latency_ms": scale.stall_s * 1000},
        "stall before commit": {"latency_ms": scale.stall_s * 1000},
    }[fault]
    return {**where, **how, "times": 1}


def guests_with_bands(client: TrybeClient) -> list[Guest]:
    """The site's guests with a wristband and a usable card (each trial takes its own)."""
    found: list[Guest] = []
    page = 1
    while True:
        listed = client.list_customers(page=page, per_page=100)
        for customer in listed.data:
            if customer.deleted_at or customer.locked_at:
                continue
            bands = [
                b
                for b in client.list_customer_associated_barcodes(customer.id)
                if b.expires_at is None or b.expires_at > wallclock.now() + timedelta(hours=1)
            ]
            today = wallclock.now()
            cards = [
                p
                for p in client.list_customer_payment_methods(customer.id)
                if not p.is_revoked
                and (p.expiry_month() or (9999, 12)) >= (today.year, today.month)
            ]
            if bands and cards:
                band = bands[0]
                found.append(Guest(customer.id, band.barcode, band.id, cards[0].id))
        if not listed.has_next_page:
            return found
        page += 1


@contextmanager
def desk_parts(
    client_for: Callable[[], TrybeClient], folder: Path, *, local: bool, scale: Scale
) -> Iterator[tuple[Lookup, Actions, OfflineBackend | None]]:
    device = Device("matrix-desk", "Matrix desk")
    live = TrybeBackend(client_for(), device=device)
    audit = AuditLog(folder / "audit.jsonl", device=device.id)
    backend: Any = live
    offline = None
    if local:
        offline = OfflineBackend(
            live,
            LocalStore(folder / "local-copy.db", new_key()),
            audit,
            probe_every_s=0.2,
            in_flight_s=scale.in_flight_s,
            device=device,
        )
        backend = offline
    # the lookup happens before any fault and is not what the matrix judges: a deadline long
    # enough that a busy CI machine (another worker running Prometheus and a desk) never
    # leaves the wristband out of the guest's answer, which would refuse the write it plans
    lookup = Lookup(backend, deadline_s=15.0, late_s=15.0)
    actions = Actions(
        backend,
        audit,
        verify_with=live,
        settle_s=0.2,
        in_flight_s=scale.in_flight_s,
        device=device,
    )
    try:
        yield lookup, actions, offline
    finally:
        lookup.close()
        if offline is not None:
            offline.close()
        else:
            live.close()


def run_trial(
    trial: Trial,
    guest: Guest,
    *,
    client: TrybeClient,
    client_for: Callable[[], TrybeClient],
    admin: SandboxAdmin,
    folder: Path,
    scale: Scale,
) -> Trial:
    started = time.monotonic()
    admin.settings(honour_idempotency_keys=trial.keys == "honoured")
    before = _server_state(client, admin, guest)
    if trial.kind == "check_out":
        client.create_check_in(guest.id, method="Scanned")
        before = _server_state(client, admin, guest)
    folder.mkdir(parents=True, exist_ok=True)
    with desk_parts(client_for, folder, local=trial.local, scale=scale) as (lookup, actions, copy):
        context = lookup.by_code(guest.code)
        # staff scan again when a part did not load: on a busy machine (eight desks and their
        # servers at once) a read can miss the 0.5 s client deadline and the copy goes offline
        # (its parts are then not in the fresh copy); the keeper's part, not started here,
        # tries the link again, and the desk is back online. What is judged is the write after.
        for attempt in range(6):
            if not context.missing:
                break
            time.sleep(0.3 * 2**attempt)
            if copy is not None and copy.offline:
                copy.probe()
            context = lookup.by_code(guest.code)
        assert not context.missing, f"the guest's {sorted(context.missing)} would not load"
        kind, value = _what(trial.kind, context, guest)
        verdict = decide(context, PolicySettings(recent_check_in="allow"))
        intent = actions.plan(kind, context, value, verdict=verdict, override_reason="matrix")
        admin.add_fault(**fault_for(trial.kind, trial.fault, guest.id, scale))
        result = actions.perform(intent)
        last_send = time.monotonic()
        give_up = time.monotonic() + scale.in_flight_s * 2 + scale.stall_s * 2 + 30
        while time.monotonic() < give_up:
            trial.shown.append(_words(result))
            said_not_saved = result.outcome is WriteOutcome.NOT_DONE and not result.partial
            if said_not_saved and _landed(trial.kind, client, admin, guest, before, value) > 0:
                trial.said_not_saved_when_landed += 1
            if result.done:
                trial.final = "done"
                break
            if result.outcome is WriteOutcome.QUEUED:
                assert copy is not None
                trial.final = _drain(copy, give_up, scale)
                break
            if result.outcome is WriteOutcome.UNKNOWN:
                time.sleep(scale.read_every_s)
                result = actions.reconcile(result)
                continue
            # not done (or partly): staff try again, the same action
            time.sleep(scale.read_every_s)
            fresh = lookup.refresh(context) if trial.kind != "replace_band" else context
            again = actions.plan(
                kind,
                fresh if kind is not ActionKind.CHECK_IN else context,
                value,
                previous=intent,
                verdict=verdict,
                override_reason="matrix",
            )
            result = actions.perform(again)
            last_send = time.monotonic()
    # any request still held in the server lands now, or never
    held = scale.stall_s if "stall" in trial.fault else 0.0
    wait = last_send + held + 0.5 - time.monotonic()
    if wait > 0:
        time.sleep(wait)
    admin.clear()
    trial.landed = _landed(trial.kind, client, admin, guest, before, value)
    trial.seconds = time.monotonic() - started
    return trial


def _what(kind: str, context: GuestContext, guest: Guest) -> tuple[ActionKind, Any]:
    band = context.band
    if kind == "check_in":
        return ActionKind.CHECK_IN, None
    if kind == "check_out":
        return ActionKind.CHECK_OUT, None
    if kind == "expiry":
        until = wallclock.now().replace(microsecond=0) + timedelta(days=3, hours=1)
        return ActionKind.SET_EXPIRY, until
    if kind == "card":
        now = band.card.id if band is not None and band.card is not None else None
        return ActionKind.SET_CARD, None if now == guest.card_id else guest.card_id
    if kind == "add_band":
        return ActionKind.ADD_BAND, f"MATRIX-ADD-{guest.id[:8]}"
    return ActionKind.SWAP_BAND, f"MATRIX-NEW-{guest.id[:8]}"


def _drain(copy: OfflineBackend, give_up: float, scale: Scale) -> str:
    """The keeper's part: send the outbox until nothing waits (it waits while a request may
    still land)."""
    while time.monotonic() < give_up:
        copy.probe()
        report = copy.send_outbox()
        if report.needs_attention:
            return "needs attention"
        if report.waiting == 0:
            return "done"
        time.sleep(min(1.0, scale.read_every_s))
    return "still waiting"


def _words(result: WriteResult) -> str:
    if result.partial:
        return "partly done"
    return {
        WriteOutcome.DONE: "done",
        WriteOutcome.NOT_DONE: "not saved",
        WriteOutcome.UNKNOWN: "not confirmed yet" if result.in_flight else "unknown",
        WriteOutcome.QUEUED: "saved for later",
    }[result.outcome]


def _server_state(client: TrybeClient, admin: SandboxAdmin, guest: Guest) -> dict[str, Any]:
    band = next(
        (b for b in client.list_customer_associated_barcodes(guest.id) if b.id == guest.band_id),
        None,
    )
    card = band.payment_method if band is not None else None
    today = wallclock.now()
    usable = (
        card is not None
        and not card.is_revoked
        and (card.expiry_month() or (9999, 12)) >= (today.year, today.month)
    )
    return {
        "visits": {v.id for v in client.list_check_ins(customer_ids=[guest.id], per_page=100).data},
        "audit": len(admin.audit(guest.id)),
        # a replace moves the lost band's card only if it can still fund a band
        "band_card": card.id if card is not None and usable else None,
    }


def _landed(
    kind: str,
    client: TrybeClient,
    admin: SandboxAdmin,
    guest: Guest,
    before: dict[str, Any],
    value: Any,
) -> int:
    """How many times this trial's write is on the server now."""
    if kind == "check_in":
        visits = client.list_check_ins(customer_ids=[guest.id], per_page=100).data
        return len([v for v in visits if v.id not in before["visits"]])
    if kind == "check_out":
        visits = client.list_check_ins(customer_ids=[guest.id], per_page=100).data
        return len([v for v in visits if v.id in before["visits"] and v.checked_out_at])
    bands = client.list_customer_associated_barcodes(guest.id)
    if kind in ("expiry", "card"):
        return len(admin.audit(guest.id)) - before["audit"]
    if kind == "add_band":
        return [b.barcode for b in bands].count(value)
    new = [b for b in bands if b.barcode == value]
    old_gone = all(b.id != guest.band_id for b in bands)
    card_moved = all(
        (b.payment_method.id if b.payment_method else None) == before["band_card"] for b in new
    )
    return len(new) if old_gone and card_moved else 0


def run_group(
    folder: Path, keys: str, local: bool, scale: Scale, kinds: tuple[str, ...] = KINDS
) -> list[Trial]:
    """``kinds`` x every fault, with keys ``keys`` and the local copy on or off, against a
    stand-in server of its own (a group's trials share its data, each with its own guest)."""
    from kiosk.sandbox import SandboxServer
    from tests.sandbox_helpers import SITE_ID

    token = "matrix-token"
    trials: list[Trial] = []
    with SandboxServer(token=token) as server:
        admin = SandboxAdmin(server)

        def client_for() -> TrybeClient:
            return TrybeClient(
                server.url, token, SITE_ID, deadline_s=scale.client_deadline_s, max_retries=0
            )

        with TrybeClient(server.url, token, SITE_ID, deadline_s=30.0) as client:
            guests = iter(guests_with_bands(client))
            for kind in kinds:
                for fault in FAULTS:
                    trial = Trial(kind, fault, keys, local)
                    run_trial(
                        trial,
                        next(guests),
                        client=client,
                        client_for=client_for,
                        admin=admin,
                        folder=folder / f"{keys}-{local}-{kind}-{fault.replace(' ', '-')}",
                        scale=scale,
                    )
                    trials.append(trial)
        admin.close()
    return trials


def table(trials: list[Trial]) -> str:
    """The matrix in Markdown: a row per kind and fault, a cell per keys x local copy."""
    columns = [(k, c) for k in ("honoured", "ignored") for c in (False, True)]
    head = " | ".join(f"keys {k}, copy {'on' if c else 'off'}" for k, c in columns)
    rows = [f"| write | fault | {head} |", "|---|---|" + "---|" * len(columns)]
    for kind in KINDS:
        for fault in FAULTS:
            cells = []
            for keys, local in columns:
                found = [
                    t
                    for t in trials
                    if (t.kind, t.fault, t.keys, t.local) == (kind, fault, keys, local)
                ]
                cells.append(
                    " ".join(
                        ("✔" if t.ok else f"✖ ({t.landed} on server, {t.final})")
                        + f" {t.seconds:.0f}s"
                        for t in found
                    )
                    or "-"
                )
            rows.append(f"| {kind} | {fault} | " + " | ".join(cells) + " |")
    return "\n".join(rows)
