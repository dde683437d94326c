"""``kiosk pair``, ``unpair``, ``set-pin`` and ``set-token`` as a manager runs them in a
terminal: questions asked one at a time, a wrong answer asked again (three tries), secrets never
echoed; with ``--system`` (an appliance, as root) the token and the local copy's key become
encrypted systemd credentials and the settings go to the kiosk account."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kiosk.backends.vendors import vendor_named
from kiosk.checkin.pin_policy import pin_problem, rule_words
from kiosk.config import clock as wallclock
from kiosk.ops.appliance import Appliance
from kiosk.ops.pairing import PairingError

if TYPE_CHECKING:
    from kiosk.config.settings import Settings


@dataclass(frozen=True)
class _Keeping:
    """Where a pairing is kept: this account's keyring and settings, or an appliance's."""

    settings_path: Path | None
    appliance: Appliance | None = None

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> _Keeping:
        if not getattr(args, "system", False):
            return cls(args.config)
        appliance = Appliance(user=args.system_user, credstore=Path(args.credstore))
        appliance.check()
        return cls(args.config or appliance.settings_path(), appliance)

    def save_args(self) -> dict[str, Any]:
        if self.appliance is None:
            return {"settings_path": self.settings_path}
        return {
            "settings_path": self.settings_path,
            "store_token": self.appliance.keep_token,
            "kept_as": "as an encrypted systemd credential",
        }

    def finish(self) -> None:
        """An appliance: its local copy's key made once, its settings handed to its account."""
        if self.appliance is None or self.settings_path is None:
            return
        if self.appliance.ensure_store_key():
            print("The offline copy's key: made, as an encrypted systemd credential.")
        self.appliance.hand_over(self.settings_path)
        print("Start it: systemctl enable --now kiosk-cage")


def _ask(prompt: str, default: str = "") -> str:
    shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
    print(shown, end="", flush=True)
    answer = sys.stdin.readline()
    if not answer:
        raise EOFError
    return answer.strip() or default


def _ask_secret(prompt: str) -> str:
    """Not echoed on a terminal; read as a line from a pipe (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(f"{prompt}: ").strip()
    print(f"{prompt}: ", end="", flush=True)
    return sys.stdin.readline().strip()


TRIES = 3
"""How many times `kiosk pair` asks again after a wrong answer (a typo is not a reason to
start over)."""
T = TypeVar("T")


def _token_that_works(check: Callable[[str], T]) -> tuple[str, T]:
    """The token from the environment (used as it is), or typed, asked again when refused."""
    from kiosk.config.secrets import TOKEN_ENV

    given = os.environ.get(TOKEN_ENV, "").strip()
    if given:
        print(f"Using the token in {TOKEN_ENV}.")
        return given, check(given)
    for attempt in range(1, TRIES + 1):
        token = _ask_secret("API token (not shown)")
        try:
            return token, check(token)
        except PairingError as exc:
            if attempt == TRIES:
                raise
            print(f"{exc} Try again ({TRIES - attempt} more).", file=sys.stderr)
    raise AssertionError("unreachable")


def _ask_mode(given: str | None) -> str:
    while True:
        answer = (given or _ask("Front desk or self check-in? (desk/self)", "desk")).lower()
        if answer in ("desk", "self"):
            return answer
        print("desk or self, please.", file=sys.stderr)
        given = None


def _ask_pin() -> str:
    """The staff PIN, typed twice; asked again when the rule refuses it (6 to 12 digits, not
    guessable) or the two differ."""

    for _ in range(TRIES):
        pin = _ask_secret(f"Staff PIN, {rule_words()}, not easy to guess (not shown)")
        problem = pin_problem(pin, year=wallclock.today().year)
        if problem is not None:
            print(problem, file=sys.stderr)
            continue
        if _ask_secret("The same PIN again") == pin:
            return pin
        print("The two PINs differ; once more.", file=sys.stderr)
    raise PairingError("No PIN was confirmed; nothing was saved.")


def pair_command(args: argparse.Namespace) -> int:
    """Interactive: ask, check, list, pick, save, test. Exit 0 paired, 2 not (said why)."""
    try:
        _pair(args)
    except PairingError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (EOFError, KeyboardInterrupt):
        print("\nStopped; nothing more was saved.", file=sys.stderr)
        return 2
    return 0


def _pair(args: argparse.Namespace) -> None:
    from kiosk.config import load_settings
    from kiosk.ops.pairing import Pairing, find_sites, save_pairing, try_band

    settings = load_settings(args.config)
    keeping = _Keeping.for_args(args)
    if not vendor_named(args.backend or settings.backend).lists_sites:
        _pair_typed_venue(args, settings, keeping)
        return
    api_url = args.pair_api_url or args.api_url or _ask("API URL", settings.api_url)
    token, sites = _token_that_works(lambda token: find_sites(api_url, token))
    site = _pick_site(sites, args.site)
    mode = _ask_mode(args.pair_mode)
    pin = _ask_pin() if mode == "self" else None
    pairing = Pairing(api_url, token, site, mode, pin)
    print(save_pairing(pairing, **keeping.save_args()))
    keeping.finish()
    if not args.no_test:
        code = _ask("Scan a band to test (Enter to skip)")
        if code:
            print(try_band(api_url, token, site.id, code))


def _pair_typed_venue(args: argparse.Namespace, settings: Settings, keeping: _Keeping) -> None:
    """The Collins customers API: the token checked, the venue typed (it lists no venues)."""
    from kiosk.ops.pairing import (
        CollinsPairing,
        check_collins,
        save_collins_pairing,
        try_collins_card,
    )

    api_url = args.pair_api_url or _ask("Collins API URL", settings.collins.api_url)
    token, guests = _token_that_works(lambda token: check_collins(api_url, token))
    print(f"The token works: it can see {guests} guests.")
    venue = args.site or _ask("This venue's id (24 characters; Enter for none)", "")
    name = _ask("The venue's name, as staff call it", "") if venue else ""
    mode = _ask_mode(args.pair_mode)
    pin = _ask_pin() if mode == "self" else None
    pairing = CollinsPairing(api_url, token, venue or None, name or None, mode, pin)
    print(save_collins_pairing(pairing, **keeping.save_args()))
    keeping.finish()
    if not args.no_test:
        code = _ask("Scan a guest card to test (Enter to skip)")
        if code:
            print(try_collins_card(api_url, token, code))


def _pick_site(sites: list[Any], wanted: str | None) -> Any:

    if wanted:
        for site in sites:
            if wanted in (site.id, site.name) or wanted.lower() == site.name.lower():
                return site
        raise PairingError(f"This token cannot see a site called {wanted!r}.")
    if len(sites) == 1:
        print(f"Site: {sites[0].label} (the only one this token sees)")
        return sites[0]
    print("Sites this token can see:")
    for number, site in enumerate(sites, 1):
        print(f"  {number}. {site.label}")
    while True:
        answer = _ask("Which site? (number)", "1")
        if answer.isdigit() and 1 <= int(answer) <= len(sites):
            return sites[int(answer) - 1]
        print(f"A number from 1 to {len(sites)}, please.")


def unpair_command(args: argparse.Namespace) -> int:
    from kiosk.backends.offline.store import LocalStore, key_from_text
    from kiosk.config import load_settings, user_data_dir
    from kiosk.config.secrets import load_store_key
    from kiosk.ops.pairing import unpair

    settings = load_settings(args.config, api_url=args.api_url)
    waiting = 0
    path, key = user_data_dir() / "local-copy.db", load_store_key(create=False)
    if path.exists() and key is not None:
        with contextlib.suppress(Exception):
            store = LocalStore(path, key_from_text(key, path))
            waiting = store.outbox_counts().get("waiting", 0)
            store.close()
    try:
        removed = unpair(
            settings.api_url, settings_path=args.config, waiting=waiting, force=args.force
        )
    except PairingError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print("Removed: " + ", ".join(removed) + ". Kept: the audit trail (ids only) and the logs.")
    return 0


def set_pin_command() -> int:
    from kiosk.config import user_data_dir
    from kiosk.config.persist import save_settings
    from kiosk.config.pin import PIN_LOCKOUT_FILE, forget_wrong_pins, hash_pin

    pin = getpass.getpass(f"New staff PIN ({rule_words()}, not easy to guess): ").strip()
    problem = pin_problem(pin, year=wallclock.today().year)
    if problem is not None:
        print(f"{problem} Nothing changed.", file=sys.stderr)
        return 2
    if pin != getpass.getpass("The same PIN again: ").strip():
        print("The two PINs differ; nothing changed.", file=sys.stderr)
        return 2
    path = save_settings({"staff_pin_hash": hash_pin(pin)})
    # a new PIN starts with a clean slate: a keypad locked or stopped by guests is open again
    forget_wrong_pins(user_data_dir() / PIN_LOCKOUT_FILE)
    print(f"Staff PIN saved (as an Argon2id hash) in {path}; the keypad is open.")
    return 0


def set_token_command(args: argparse.Namespace) -> int:
    from kiosk.config import load_settings
    from kiosk.config.secrets import store_token

    api_url = args.token_api_url or load_settings().api_url
    token = getpass.getpass(f"API token for {api_url}: ").strip()
    if not token:
        print("No token given; nothing stored.", file=sys.stderr)
        return 2
    try:
        store_token(api_url, token)
    except Exception as exc:
        print(
            f"Could not store the token in the OS keyring ({type(exc).__name__}).", file=sys.stderr
        )
        print("On an appliance, pair as root instead: kiosk pair --system.", file=sys.stderr)
        return 1
    print("Token stored in the OS keyring.")
    return 0
