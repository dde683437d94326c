"""Guest details as people type them, made into what the guest system accepts, with plain words
for anything that cannot be.

- A phone in national form (``07700 900123``) is read with the site's country and sent in E.164
  (``+447700900123``); an international one (``+49 1520 …``) is kept as it is.
- A date of birth as people write it (``31/12/1990``, ``31.12.1990``, ``31 Dec 1990``,
  ``1990-12-31``; month first only where the site's locale writes it so, en-US) is sent as
  ``1990-12-31``.
- Field errors from the guest system ("The phone must be in E.164 format") are rewritten into
  sentences a receptionist can act on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import phonenumbers

from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import GuestDetails, Site
from kiosk.config import clock as wallclock

MIN_NATIONAL_DIGITS = 7
PHONE_EXAMPLE = N_("07700 900123 or +44 7700 900123")
DATE_EXAMPLE_DMY = "31/12/1990"
DATE_EXAMPLE_MDY = "12/31/1990"


def site_region(site: Site | None) -> str | None:
    """The site's country as a two-letter region ("GB"), from its country or its locale."""
    if site is None:
        return None
    if site.country_code:
        return site.country_code.upper()
    if site.locale and ("-" in site.locale or "_" in site.locale):
        return site.locale.replace("_", "-").split("-")[-1].upper()
    return None


def month_first(site: Site | None) -> bool:
    return site is not None and (site.locale or "").replace("_", "-").lower() == "en-us"


def tidy_details(
    details: GuestDetails, site: Site | None
) -> tuple[GuestDetails, dict[str, list[str]]]:
    """``details`` with phone and date of birth in the guest system's forms, and the fields
    that could not be read (field -> plain sentences). Empty strings (clearing a field on an
    edit) pass through."""
    problems: dict[str, list[str]] = {}
    changes: dict[str, object] = {}
    if details.phone:
        phone = normalise_phone(details.phone, site_region(site))
        if phone is None:
            problems["phone"] = [
                tr(
                    "That doesn't look like a phone number. Write it like {example}.",
                    example=tr(PHONE_EXAMPLE),
                )
            ]
        else:
            changes["phone"] = phone
    if details.dob:
        born = read_date(details.dob, month_first=month_first(site))
        example = DATE_EXAMPLE_MDY if month_first(site) else DATE_EXAMPLE_DMY
        if born is None:
            problems["dob"] = [
                tr("Write the date of birth as day, month and year: {example}.", example=example)
            ]
        elif born > wallclock.today():
            problems["dob"] = [tr("The date of birth is in the future.")]
        elif born.year < 1900:
            problems["dob"] = [tr("Check the year of birth ({year}).", year=born.year)]
        else:
            changes["dob"] = born.isoformat()
    return replace(details, **changes), problems  # type: ignore[arg-type]


def normalise_phone(text: str, region: str | None) -> str | None:
    """E.164 for ``text`` read in ``region`` (None: it must start with +); None if it is not
    a possible phone number."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    national = phonenumbers.national_significant_number(number)
    if not phonenumbers.is_possible_number(number) or len(national) < MIN_NATIONAL_DIGITS:
        return None  # possible, not only by the loosest rule (a short "07700" is no phone)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_DAY_FIRST = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d %m %Y", "%d/%m/%y", "%d.%m.%y")
_MONTH_FIRST = ("%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y")
_WORDS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d %b, %Y", "%B %d, %Y")


def read_date(text: str, *, month_first: bool = False) -> date | None:
    value = " ".join(text.replace(",", ", ").split()).strip()
    formats = ("%Y-%m-%d", *(_MONTH_FIRST if month_first else _DAY_FIRST), *_WORDS)
    for form in formats:
        try:
            parsed = datetime.strptime(value, form).date()
        except ValueError:
            continue
        if "%y" in form and parsed > wallclock.today():  # 31/12/90 is 1990, not 2090
            parsed = parsed.replace(year=parsed.year - 100)
        return parsed
    return None


_PLAIN = (
    ("e.164", "phone", N_("Write the phone with its country code, like {example}.")),
    ("y-m-d", "dob", N_("Write the date of birth as day, month and year: {example}.")),
    ("not a valid date", "dob", N_("Write the date of birth as day, month and year: {example}.")),
    ("already been taken", "email", N_("Another guest already has this email address.")),
    ("valid email", "email", N_("That doesn't look like an email address.")),
)
_EXAMPLE = {"phone": PHONE_EXAMPLE, "dob": DATE_EXAMPLE_DMY}


def plain_field_errors(errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """The guest system's field errors in words for the desk (unknown ones kept as they are)."""
    plain: dict[str, list[str]] = {}
    for field, messages in errors.items():
        out = []
        for message in messages:
            lower = message.lower()
            plain_words = next(((f, w) for key, f, w in _PLAIN if key in lower), None)
            if plain_words is None:
                words = message
            else:
                example = _EXAMPLE.get(plain_words[0], "")
                words = tr(plain_words[1], example=tr(example) if example else "")
            if words not in out:
                out.append(words)
        plain[field] = out
    return plain


def first_name_and_initial(first: str | None, last: str | None) -> str:
    """ "Amelia H.": how the kiosk names a guest where others may read it (a printed band, a
    terminal, the pairing window). Just the first name without a last name; "" without a first
    name (a surname's initial alone names nobody)."""
    given = (first or "").strip()
    if not given:
        return ""
    family = (last or "").strip()
    return f"{given} {family[0].upper()}." if family else given
