"""The verdict: may this guest come in? Pure: a CustomerContext and the site's policy in, a
Verdict out, with every reason in plain words (and a version safe to show in public).

Each condition is configurable as allow / warn / deny (``PolicySettings``); the verdict is the
most severe of the reasons that apply, and "admit" when none do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from kiosk.api import AssociatedBarcode, Membership, PaymentMethod
from kiosk.checkin import wording
from kiosk.checkin.lookup import CustomerContext
from kiosk.checkin.timewords import ago, expiry_words, site_zone
from kiosk.config.settings import Action, PolicySettings

Outcome = Literal["admit", "warn", "deny"]
AddReason = Callable[[str, Action, str, str], None]
_SEVERITY = {"allow": 0, "warn": 1, "deny": 2}
_OUTCOME: dict[int, Outcome] = {0: "admit", 1: "warn", 2: "deny"}

# Which membership speaks for a guest with no active one: the most actionable first.
_STATUS_ORDER = (
    "needs_attention",
    "needs_dd_mandate",
    "upcoming",
    "reserved",
    "expired",
    "inactive",
)


@dataclass(frozen=True)
class Reason:
    code: str
    action: Action
    words: str
    """For staff: specific (dates, membership names, card endings)."""
    public: str
    """Safe on a public screen: no amounts, card digits, email, phone or date of birth."""


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    reasons: tuple[Reason, ...]

    @property
    def headline(self) -> str:
        return {"admit": "Welcome in", "warn": "Check before admitting", "deny": "Do not admit"}[
            self.outcome
        ]

    @property
    def blocking(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.action == "deny")


def card_problem(method: PaymentMethod, now: datetime) -> str | None:
    """Why a stored card can't fund a wristband ("revoked", "expired 08/25"), or None."""
    if method.is_revoked:
        return "revoked"
    month = method.expiry_month()
    if method.type == "card" and month is not None and month < (now.year, now.month):
        return f"expired {method.card_expiry}"
    return None


def decide(
    context: CustomerContext, policy: PolicySettings, now: datetime | None = None
) -> Verdict:
    now = now or datetime.now(UTC)
    zone = site_zone(context.site.timezone if context.site else None)
    reasons: list[Reason] = []

    def add(code: str, action: Action, words: str, public: str) -> None:
        if action != "allow":
            reasons.append(Reason(code, action, words, public))

    customer = context.customer
    if customer.is_anonymised:
        add(
            "anonymised",
            policy.anonymised,
            "This customer's record has been anonymised.",
            "We couldn't find your membership.",
        )
    if customer.is_locked:
        add("locked", policy.locked, "The account is locked.", "Your account needs a quick check.")

    band = context.band
    if band is not None:
        _band_reasons(band, policy, zone, now, add)
        if band.payment_method is None:
            add(
                "no_card",
                policy.no_usable_card,
                "No card on this wristband for charges.",
                "No card is linked to your wristband.",
            )
        else:
            problem = card_problem(band.payment_method, now)
            if problem:
                add(
                    "no_card",
                    policy.no_usable_card,
                    f"The card on this wristband is {problem}.",
                    "The card on your wristband can't be used.",
                )

    _membership_reasons(context.memberships, policy, add)

    last = customer.last_check_in
    if last is not None and last.checked_in_at is not None:
        since = now - last.checked_in_at
        if timedelta(0) <= since <= timedelta(minutes=policy.recent_check_in_minutes):
            add(
                "recent_check_in",
                policy.recent_check_in,
                f"Already checked in {ago(last.checked_in_at, now)}.",
                "You're already checked in.",
            )
    if context.photo is None and not customer.is_anonymised:
        add(
            "no_photo",
            policy.no_photo,
            "No photo on file: check ID.",
            "Please see reception to confirm who you are.",
        )

    severity = max((_SEVERITY[r.action] for r in reasons), default=0)
    ordered = sorted(reasons, key=lambda r: -_SEVERITY[r.action])
    return Verdict(_OUTCOME[severity], tuple(ordered))


def _band_reasons(
    band: AssociatedBarcode, policy: PolicySettings, zone: ZoneInfo, now: datetime, add: AddReason
) -> None:
    if band.expires_at is None:
        return
    words = "Wristband " + expiry_words(band.expires_at, zone, now) + "."
    if band.expires_at <= now:
        add("band_expired", policy.band_expired, words, "Your wristband has expired.")
    elif band.expires_at - now <= timedelta(hours=policy.band_expiring_hours):
        add("band_expiring", policy.band_expiring, words, "Your wristband expires soon.")


def _membership_reasons(
    memberships: tuple[Membership, ...], policy: PolicySettings, add: AddReason
) -> None:
    if any(m.status == "active" for m in memberships):
        return
    if not memberships:
        add(
            "no_membership",
            policy.no_active_membership,
            "No active membership.",
            "We couldn't find an active membership.",
        )
        return
    speaking = min(
        memberships,
        key=lambda m: _STATUS_ORDER.index(m.status) if m.status in _STATUS_ORDER else 99,
    )
    status = speaking.status or "unknown"
    action = policy.membership_status.get(status, "warn")
    if status == "needs_attention" and speaking.attention_reason in policy.attention_reason:
        action = policy.attention_reason[speaking.attention_reason]
    detail = wording.attention_reason(speaking.attention_reason)
    words = f"{speaking.type_name}: {wording.membership_status(status).lower()}"
    words += f" ({detail.lower()})." if detail else "."
    public = {
        "upcoming": "Your membership hasn't started yet.",
        "expired": "Your membership has ended.",
        "inactive": "Your membership has ended.",
    }.get(status, "Your membership needs a quick check.")
    add(f"membership_{status}", action, words, public)
