"""The verdict: may this guest come in? Pure: a GuestContext and the site's policy in, a
Verdict out, with every reason in plain words (and a version safe to show in public).

Each condition is configurable as allow / warn / deny (``PolicySettings``); the verdict is the
most severe of the reasons that apply, and "admit" when none do. A part of the record that could
not be loaded is never taken as "none": it is a reason of its own ("couldn't check ..."), with the
``unknown_part`` action, so a failed read can never turn a stop into a green.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from kiosk.checkin import i18n, wording
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.lookup import GuestContext
from kiosk.checkin.model import Band, Card, Membership, Visit
from kiosk.checkin.ports import Capability
from kiosk.checkin.timewords import ago, expiry_words, site_zone
from kiosk.config import clock as wallclock
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
    offline: bool = False
    """Decided from the local copy while the guest system could not be reached."""
    highlights: tuple[str, ...] = ()
    """What staff should see first whatever the outcome (★ VIP): the loud labels."""
    provisional: bool = False
    """Decided from the local copy while the guest system's answer is on its way."""

    @property
    def headline(self) -> str:
        return {
            "admit": tr("Welcome in"),
            "warn": tr("Check before admitting"),
            "deny": tr("Do not admit"),
        }[self.outcome]

    @property
    def blocking(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.action == "deny")


def card_problem(card: Card, now: datetime) -> str | None:
    """Why a stored card can't fund a wristband ("revoked", "expired 08/25"), or None."""
    return card.problem(now)


def decide(
    context: GuestContext,
    policy: PolicySettings,
    now: datetime | None = None,
    *,
    own_visits: frozenset[str] = frozenset(),
) -> Verdict:
    """``own_visits``: visits this screen recorded itself; a refresh after our own check-in must
    not warn "already checked in" about it."""
    now = now or wallclock.now()
    zone = site_zone(context.site.timezone if context.site else None)
    reasons: list[Reason] = []

    def add(code: str, action: Action, words: str, public: str) -> None:
        if action != "allow":
            reasons.append(Reason(code, action, words, public))

    guest = context.guest
    if guest.anonymised:
        add(
            "anonymised",
            policy.anonymised,
            tr("This customer's record has been anonymised."),
            N_("We couldn't find your membership."),
        )
    if guest.locked:
        add(
            "locked",
            policy.locked,
            tr("The account is locked."),
            N_("Your account needs a quick check."),
        )
    here = context.site.id if context.site is not None else None
    if here is not None and guest.site_id is not None and guest.site_id != here:
        add(
            "other_site",
            policy.other_site,
            tr("A guest of another site: check they may use this one."),
            N_("Please see reception."),
        )

    band = context.band
    if band is not None:
        _band_reasons(band, policy, zone, now, add)
        tab = band.order_total
        limit = policy.tab_limit
        if band.order_open and tab is not None and limit is not None and tab.amount > limit * 100:
            add(
                "tab_over_limit",
                policy.tab_over_limit,
                tr(
                    "The open tab on this wristband is {amount}, over this site's {limit}: "
                    "confirm with the guest before charging more.",
                    amount=wording.money(tab.amount, tab.currency),
                    limit=wording.money(round(limit * 100), tab.currency),
                ),
                N_("Please see reception."),
            )
        if band.card is None:
            add(
                "no_card",
                policy.no_usable_card,
                tr("No card on this wristband for charges."),
                N_("No card is linked to your wristband."),
            )
        else:
            problem = band.card.problem(now)
            if problem:
                add(
                    "no_card",
                    policy.no_usable_card,
                    tr("The card on this wristband is {problem}.", problem=problem),
                    N_("The card on your wristband can't be used."),
                )
    elif context.band_unknown:
        add(
            "band_unknown",
            policy.unknown_part,
            tr("Couldn't load the wristband's expiry and card: check them before admitting."),
            N_("We couldn't check your wristband just now."),
        )

    rules = {name.casefold(): action for name, action in policy.label_rules.items()}
    for label in guest.labels:
        action = rules.get(label.name.casefold())
        if action is not None:
            add(
                f"label:{label.name.casefold()}",
                action,
                tr("Labelled “{label}”.", label=label.name),
                N_("Please see a member of staff."),
            )
    loud = {name.casefold() for name in policy.loud_labels}
    highlights = tuple(f"★ {x.name}" for x in guest.labels if x.name.casefold() in loud)

    if Capability.MEMBERSHIPS not in context.capabilities:
        pass  # a guest system without memberships: nothing to check, nothing to warn about
    elif "memberships" in context.missing:
        add(
            "memberships_unknown",
            policy.unknown_part,
            tr("Couldn't load the memberships: check before admitting."),
            N_("We couldn't check your membership just now."),
        )
    else:
        _membership_reasons(context.memberships, policy, add)

    _recent_visit_reason(context, policy, zone, now, own_visits, add)
    if context.on_site_unknown:
        add(
            "on_site_unknown",
            policy.unknown_part,
            tr("Couldn't check whether the guest is already on site."),
            N_("We couldn't check your visit just now."),
        )
    if "photo" in context.missing:
        if policy.no_photo != "allow":
            add(
                "photo_unknown",
                policy.no_photo,
                tr("The photo couldn't load: check ID."),
                N_("Please see reception to confirm who you are."),
            )
    elif (
        context.photo is None and not guest.anonymised and Capability.PHOTOS in context.capabilities
    ):
        add(
            "no_photo",
            policy.no_photo,
            tr("No photo on file: check ID."),
            N_("Please see reception to confirm who you are."),
        )

    if context.as_of is not None:
        _offline_reason(context.as_of, policy, zone, now, add)

    severity = max((_SEVERITY[r.action] for r in reasons), default=0)
    ordered = sorted(reasons, key=lambda r: -_SEVERITY[r.action])
    return Verdict(
        _OUTCOME[severity],
        tuple(ordered),
        offline=context.as_of is not None and not context.provisional,
        provisional=context.provisional,
        highlights=highlights,
    )


def _offline_reason(
    as_of: datetime, policy: PolicySettings, zone: ZoneInfo, now: datetime, add: AddReason
) -> None:
    """An answer from the local copy may be green only while the copy is young enough."""
    if now - as_of <= timedelta(hours=policy.offline_max_age_h):
        return
    local = as_of.astimezone(zone)
    add(
        "offline_stale",
        policy.offline_stale,
        tr(
            "Offline: the local copy of this guest is from {day} {time}, older than {hours} h.",
            day=i18n.day(local, year=False),
            time=i18n.clock(local),
            hours=f"{policy.offline_max_age_h:g}",
        ),
        N_("We can't check your details just now."),
    )


def _recent_visit_reason(
    context: GuestContext,
    policy: PolicySettings,
    zone: ZoneInfo,
    now: datetime,
    own_visits: frozenset[str],
    add: AddReason,
) -> None:
    open_visits = [v for v in context.visits if v.is_open]
    if len(open_visits) >= 2:
        # a double (two desks at once, or a write that landed after it was given up on): the
        # desk says so on the next scan, whoever made them
        add(
            "double_visit",
            policy.recent_check_in,
            tr(
                "Checked in twice ({visits}): check one of them out.",
                visits="; ".join(_visit_words(v, zone) for v in open_visits[:2]),
            ),
            N_("You're already checked in."),
        )
        return
    latest = context.visits[0] if context.visits else None
    if latest is not None and latest.id in own_visits:
        return  # our own check-in, seen again on the refresh after it
    last = latest.checked_in_at if latest is not None else context.guest.last_check_in_at
    if last is None:
        return
    since = now - last
    if timedelta(0) <= since <= timedelta(minutes=policy.recent_check_in_minutes):
        device = latest.device if latest is not None else None
        add(
            "recent_check_in",
            policy.recent_check_in,
            tr(
                "Already checked in at {desk} · {time} ({ago}).",
                desk=device.label,
                time=i18n.clock(last.astimezone(zone)),
                ago=ago(last, now),
            )
            if device is not None
            else tr("Already checked in {ago}.", ago=ago(last, now)),
            N_("You're already checked in."),
        )


def _visit_words(visit: Visit, zone: ZoneInfo) -> str:
    time = i18n.clock(visit.checked_in_at.astimezone(zone)) if visit.checked_in_at else "?"
    return (
        tr("at {desk} · {time}", desk=visit.device.label, time=time)
        if visit.device is not None
        else time
    )


def _band_reasons(
    band: Band, policy: PolicySettings, zone: ZoneInfo, now: datetime, add: AddReason
) -> None:
    if band.expires_at is None:
        return
    words = tr("Wristband {expiry}.", expiry=expiry_words(band.expires_at, zone, now))
    if band.expires_at <= now:
        add("band_expired", policy.band_expired, words, N_("Your wristband has expired."))
    elif band.expires_at - now <= timedelta(hours=policy.band_expiring_hours):
        add("band_expiring", policy.band_expiring, words, N_("Your wristband expires soon."))


def _membership_reasons(
    memberships: tuple[Membership, ...], policy: PolicySettings, add: AddReason
) -> None:
    if any(m.is_active for m in memberships):
        return
    if not memberships:
        add(
            "no_membership",
            policy.no_active_membership,
            tr("No active membership."),
            N_("We couldn't find an active membership."),
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
    words = (
        tr(
            "{membership}: {status} ({reason}).",
            membership=speaking.name,
            status=_inline(wording.membership_status(status)),
            reason=_inline(detail),
        )
        if detail
        else tr(
            "{membership}: {status}.",
            membership=speaking.name,
            status=_inline(wording.membership_status(status)),
        )
    )
    public = {
        "upcoming": N_("Your membership hasn't started yet."),
        "expired": N_("Your membership has ended."),
        "inactive": N_("Your membership has ended."),
    }.get(status, N_("Your membership needs a quick check."))
    add(f"membership_{status}", action, words, public)


def _inline(words: str) -> str:
    """A label inside a sentence: lower case, except in German (its nouns keep capitals)."""
    return words if i18n.current().code == "de" else words.lower()
