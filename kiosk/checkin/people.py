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

import calendar
import re
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
    details: GuestDetails, site: Site | None, *, new: bool = False
) -> tuple[GuestDetails, dict[str, list[str]]]:
    """``details`` with phone and date of birth in the guest system's forms, and every field
    that could not be read (field -> plain sentences), all at once: a receptionist fixes them
    in one go rather than meeting them one save at a time. ``new``: a walk-in, who needs a
    name or an email. Empty strings (clearing a field on an edit) pass through."""
    problems: dict[str, list[str]] = {}
    changes: dict[str, object] = {}
    if new and not (details.first_name or details.last_name or details.email or "").strip():
        problems["first_name"] = [tr("Enter at least a name or an email address.")]
    email = (details.email or "").strip()
    if email and not _EMAIL.fullmatch(email):
        problems["email"] = [
            tr(
                "That doesn't look like an email address: write it like {example}.",
                example="name@example.com",
            )
        ]
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
                no_such_date(details.dob, month_first=month_first(site))
                or tr("Write the date of birth as day, month and year: {example}.", example=example)
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


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
"""Something, an @, and a domain with a dot: the mistakes a desk makes (a missing @, a space,
a comma for a dot); the guest system still has the last word."""
_NUMERIC_DATE = re.compile(r"\s*(\d{1,4})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2,4})\s*")
_MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip


def no_such_date(text: str, *, month_first: bool = False) -> str | None:
    """Why ``text``, written as a date in numbers the right way round, is no date (31/02/1990,
    29/02/2023, a 13th month); None when it isn't that kind of mistake. The right advice for
    an impossible date is the calendar, not the format the person already used."""
    found = _NUMERIC_DATE.fullmatch(text)
    if found is None:
        return None
    first, second, year_text = (int(part) for part in found.groups())
    if len(found.group(1)) == 4:  # 1990-02-31
        year_text, first, second = first, int(found.group(3)), second
        day, month = first, second
    else:
        day, month = (second, first) if month_first else (first, second)
    year = year_text + (1900 if year_text < 100 else 0)
    if not 1 <= month <= 12:
        if 1 <= day <= 12 and 13 <= month <= 31:  # the other way round: 12/25/1990 in the UK
            return (
                tr(
                    "There is no month {month}: write the month first, then the day ({example}).",
                    month=month,
                    example=DATE_EXAMPLE_MDY,
                )
                if month_first
                else tr(
                    "There is no month {month}: write the day first, then the month ({example}).",
                    month=month,
                    example=DATE_EXAMPLE_DMY,
                )
            )
        return tr(
            "There is no month {month}: write the date of birth as {example}.",
            month=month,
            example=DATE_EXAMPLE_MDY if month_first else DATE_EXAMPLE_DMY,
        )
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if day < 1 or day > days:
        return tr(
            "{month} {year} has {days} days: there is no {day} {month}.",
            month=tr(_MONTHS[month - 1]),
            year=year,
            days=days,
            day=day,
        )
    return None


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
