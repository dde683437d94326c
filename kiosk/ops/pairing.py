"""Pairing a kiosk with a site, without a text editor: the token is checked against the API, the
sites it can see are listed to pick one, the token goes to the OS keyring (never a file), the
site, the mode and the staff PIN's hash go to the settings file; then a scan is tried. Used by
``kiosk pair`` (a terminal) and the first-run window; ``unpair`` undoes it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.errors import NotFound, TrybeError
from kiosk.backends.vendors import COLLINS
from kiosk.checkin.i18n import tr
from kiosk.checkin.people import first_name_and_initial
from kiosk.checkin.pin_policy import pin_problem, rule_words
from kiosk.config import clock as wallclock
from kiosk.config import user_data_dir
from kiosk.config.persist import save_settings
from kiosk.config.pin import PIN_LOCKOUT_FILE, hash_pin
from kiosk.config.secrets import TOKEN_ENV

log = logging.getLogger(__name__)


class PairingError(Exception):
    """Pairing can't go on; the message says why and what to do, in words."""


@dataclass(frozen=True)
class SiteChoice:
    id: str
    name: str
    timezone: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.timezone})" if self.timezone else self.name


def _client(api_url: str, token: str, site_id: str | None = None) -> TrybeClient:
    try:
        return TrybeClient(api_url, token, site_id, deadline_s=8.0, max_retries=1)
    except ValueError as exc:  # no token, or plain http to another machine
        raise PairingError(str(exc)) from None


def find_sites(api_url: str, token: str) -> list[SiteChoice]:
    """The sites ``token`` can see at ``api_url``, by name; raises :class:`PairingError`."""
    host = urlsplit(api_url).netloc or api_url
    if not token.strip():
        raise PairingError(tr("Paste the API token first."))
    with _client(api_url, token.strip()) as client:
        try:
            sites = [
                SiteChoice(site.id, site.name or site.id, site.timezone or "")
                for site in client.iter_sites()
            ]
        except TrybeError as exc:
            raise PairingError(_in_words(exc, host)) from None
    if not sites:
        raise PairingError(tr("This token can see no sites: ask for a token of the right brand."))
    return sorted(sites, key=lambda s: s.name.lower())


COLLINS_VENUE = re.compile(r"^[0-9a-fA-F]{24}$")


def check_collins(api_url: str, token: str) -> int:
    """The Collins customers API answers this token: how many guests it can see. The API lists
    no venues, so the venue is typed (its 24-hex id from the Collins account)."""
    from kiosk.backends.collins import CollinsClient
    from kiosk.backends.collins import errors as collins_errors

    host = urlsplit(api_url).netloc or api_url
    if not token.strip():
        raise PairingError(tr("Paste the API token first."))
    try:
        client = CollinsClient(api_url, token.strip(), deadline_s=8.0, max_retries=1)
    except ValueError as exc:
        raise PairingError(str(exc)) from None
    with client:
        try:
            page = client.list_customers(limit=1)
        except collins_errors.Unauthorized:
            raise PairingError(
                tr("{host} refused this token: check it was copied whole.", host=host)
            ) from None
        except collins_errors.CollinsError as exc:
            raise PairingError(
                tr("{host} could not be asked ({error}).", host=host, error=type(exc).__name__)
            ) from None
    return page.total_results or len(page.data)


@dataclass(frozen=True)
class CollinsPairing:
    api_url: str
    token: str
    venue_id: str | None
    venue_name: str | None
    mode: str = "desk"
    pin: str | None = None


def save_collins_pairing(
    pairing: CollinsPairing,
    *,
    settings_path: Path | None = None,
    store_token: Callable[[str, str], None] | None = None,
    kept_as: str | None = None,
) -> str:
    """As :func:`save_pairing`, for the Collins customers API: the token in the keyring (under
    its API address), ``backend = "collins"`` and the venue in the settings."""
    venue = (pairing.venue_id or "").strip().lower() or None
    if venue is not None and not COLLINS_VENUE.match(venue):
        raise PairingError(tr("A Collins venue id is 24 letters and digits (0-9, a-f)."))
    pin_hash = _pin_hash(pairing.mode, pairing.pin)
    _keep_token(pairing.api_url, pairing.token, store_token, even_from_env=kept_as is not None)
    changes: dict[str, object] = {
        "backend": COLLINS.key,
        "collins.api_url": pairing.api_url,
        "collins.venue_id": venue,
        "mode": pairing.mode,
    }
    if venue and pairing.venue_name:
        changes[f"collins.venues.{venue}"] = pairing.venue_name.strip()
    if pin_hash is not None:
        changes["staff_pin_hash"] = pin_hash
    where = save_settings(changes, settings_path)
    (user_data_dir() / PIN_LOCKOUT_FILE).unlink(missing_ok=True)
    if venue:
        return tr(
            "Paired with Collins at {venue} as a {mode}; settings in {path}.",
            venue=pairing.venue_name or venue,
            mode=_mode_words(pairing.mode),
            path=where,
        )
    return tr(
        "Paired with Collins as a {mode}; settings in {path}.",
        mode=_mode_words(pairing.mode),
        path=where,
    )


def _mode_words(mode: str) -> str:
    return tr("self check-in") if mode == "self" else tr("front desk")


def _pin_hash(mode: str, pin: str | None) -> str | None:
    """The staff PIN's hash for ``mode`` (self check-in needs one), checked before anything
    is written."""
    if mode not in ("desk", "self"):
        raise PairingError(tr("The mode is desk or self."))
    if mode == "self" and not pin:
        raise PairingError(tr("Self check-in needs a staff PIN ({rule}).", rule=rule_words()))
    if not pin:
        return None
    problem = pin_problem(pin, year=wallclock.today().year)
    if problem is not None:
        raise PairingError(problem)
    return hash_pin(pin)


def _keep_token(
    api_url: str,
    token: str,
    store_token: Callable[[str, str], None] | None,
    *,
    even_from_env: bool = False,
) -> None:
    if not even_from_env and os.environ.get(TOKEN_ENV, "").strip() == token.strip():
        return
    if store_token is None:
        from kiosk.config.secrets import store_token as store_token_in_keyring

        store_token = store_token_in_keyring
    try:
        store_token(api_url, token.strip())
    except Exception as exc:
        log.info("keyring refused the token: %s", type(exc).__name__)
        raise PairingError(
            tr(
                "This machine has no keyring to keep the token in (nothing was saved). "
                "On an appliance, pair as root with {command}: the token becomes an encrypted "
                "systemd credential.",
                command="kiosk pair --system",
            )
        ) from None


def try_collins_card(api_url: str, token: str, code: str) -> str:
    """Look a guest card up as the desk will (its customer id); the answer in words."""
    from kiosk.backends.collins import CollinsClient
    from kiosk.backends.collins import errors as collins_errors
    from kiosk.backends.collins.adapter import DEFAULT_CARD_PATTERN

    match = re.match(DEFAULT_CARD_PATTERN, code)
    if match is None:
        return tr("✖ Not a card this kiosk reads (it expects a 24-character customer id).")
    with CollinsClient(api_url, token.strip(), deadline_s=8.0, max_retries=1) as client:
        try:
            customer = client.get_customer(match.group("id").lower())
        except collins_errors.NotFound:
            return tr("✖ No guest has this card.")
        except collins_errors.CollinsError as exc:
            return tr("✖ Could not look it up ({error}).", error=type(exc).__name__)
    who = first_name_and_initial(customer.first_name, customer.last_name) or tr("a guest")
    return tr("✔ Found {who}: cards work here.", who=who)


def try_band(api_url: str, token: str, site_id: str, code: str) -> str:
    """Look ``code`` up as the desk will; the answer in words (a first name and an initial)."""
    host = urlsplit(api_url).netloc or api_url
    with _client(api_url, token.strip(), site_id) as client:
        try:
            customer = client.get_customer_by_barcode(code.strip())
        except NotFound:
            return tr("✖ Not recognised at this site: try another band, or check the site.")
        except TrybeError as exc:
            return "✖ " + _in_words(exc, host)
    who = first_name_and_initial(customer.first_name, customer.last_name) or tr("a guest")
    return tr("✔ Found {who}: the kiosk reads bands at this site.", who=who)


@dataclass(frozen=True)
class Pairing:
    api_url: str
    token: str
    site: SiteChoice
    mode: str = "desk"
    pin: str | None = None


def save_pairing(
    pairing: Pairing,
    *,
    settings_path: Path | None = None,
    store_token: Callable[[str, str], None] | None = None,
    kept_as: str | None = None,
) -> str:
    """Keep ``pairing``: the token in the keyring (unless it came from ``KIOSK_API_TOKEN``),
    or, with ``kept_as`` (an appliance), always through ``store_token``, which ``kept_as``
    names; the rest in the settings file. Nothing is written if the token can't be kept.
    Returns what was done, in words."""
    pin_hash = _pin_hash(pairing.mode, pairing.pin)
    from_env = os.environ.get(TOKEN_ENV, "").strip() == pairing.token.strip()
    _keep_token(pairing.api_url, pairing.token, store_token, even_from_env=kept_as is not None)
    changes: dict[str, object] = {
        "api_url": pairing.api_url,
        "site_id": pairing.site.id,
        "mode": pairing.mode,
    }
    if pin_hash is not None:
        changes["staff_pin_hash"] = pin_hash
    where = save_settings(changes, settings_path)
    (user_data_dir() / PIN_LOCKOUT_FILE).unlink(missing_ok=True)
    kept = kept_as or (
        tr("from {variable}", variable=TOKEN_ENV) if from_env else tr("in the OS keyring")
    )
    return tr(
        "Paired with {site} as a {mode}; the token {kept}; settings in {path}.",
        site=pairing.site.name,
        mode=_mode_words(pairing.mode),
        kept=kept,
        path=where,
    )


def unpair(
    api_url: str,
    *,
    settings_path: Path | None = None,
    forget_token: Callable[[str], None] | None = None,
    waiting: int = 0,
    force: bool = False,
) -> list[str]:
    """Remove the token, the PIN, the site and the local data (the offline copy and its key,
    the PIN lockout). Refused while ``waiting`` check-ins saved offline are unsent, unless
    ``force``. Returns what was removed, in words. The audit trail (ids only) and the logs
    stay."""
    if waiting and not force:
        raise PairingError(
            f"{waiting} check-ins saved offline have not been sent: send them first "
            "(`kiosk outbox --send`), or unpair with --force to lose them."
        )
    removed = []
    if forget_token is None:

        def forget_token(url: str) -> None:
            import keyring

            keyring.delete_password("kiosk", url)

    try:
        forget_token(api_url)
        removed.append("the API token (keyring)")
    except Exception as exc:
        log.info("no token to forget: %s", type(exc).__name__)
    from kiosk.config.secrets import forget_store_key

    forget_store_key()
    data = user_data_dir()
    for name in ("local-copy.db", "local-copy.db-wal", "local-copy.db-shm", PIN_LOCKOUT_FILE):
        path = data / name
        if path.exists():
            path.unlink()
            if name in ("local-copy.db", PIN_LOCKOUT_FILE):
                removed.append("the offline copy" if name == "local-copy.db" else "the PIN lockout")
    save_settings({"staff_pin_hash": None, "site_id": None, "mode": None}, settings_path)
    removed += ["the staff PIN", "the site"]
    return removed


def _in_words(exc: TrybeError, host: str) -> str:
    from kiosk.backends.trybe.errors import (
        ConnectionFailed,
        Forbidden,
        RequestTimeout,
        Unauthorized,
    )

    if isinstance(exc, Unauthorized):
        return tr(
            "{host} refused this token: check it was copied whole, or make a new one.", host=host
        )
    if isinstance(exc, Forbidden):
        return tr(
            "{host} won't show this token its sites: ask for a token that may read them.",
            host=host,
        )
    if isinstance(exc, RequestTimeout):
        return tr("{host} did not answer in time: check the network.", host=host)
    if isinstance(exc, ConnectionFailed):
        return tr(
            "No connection to {host}: check the address, the network cable or Wi-Fi.", host=host
        )
    return tr(
        "{host} answered with an error ({error}): try again shortly.",
        host=host,
        error=type(exc).__name__,
    )
