"""Phones and dates as people type them at a desk, and the guest system's words made plain."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.checkin.model import GuestDetails, Site
from kiosk.checkin.people import (
    normalise_phone,
    plain_field_errors,
    read_date,
    site_region,
    tidy_details,
)

UK = Site(id="s", country_code="gb", locale="en-GB")
US = Site(id="s", locale="en-US")


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("07700 900123", "GB", "+447700900123"),
        ("07700900123", "GB", "+447700900123"),
        ("+44 7700 900123", "GB", "+447700900123"),
        ("+49 1520 956102", "GB", "+491520956102"),  # international stays itself
        ("0151 2095 6102", "DE", "+4915120956102"),
        ("(0)7700 900-123", "GB", "+447700900123"),
    ],
)
def test_phones_are_read_in_the_sites_country(typed: str, region: str, e164: str) -> None:
    assert normalise_phone(typed, region) == e164


@pytest.mark.parametrize("typed", ["12", "call me", "07700", "+44 12"])
def test_what_is_not_a_phone_is_not_sent(typed: str) -> None:
    assert normalise_phone(typed, "GB") is None


@pytest.mark.parametrize(
    ("typed", "month_first", "born"),
    [
        ("31/12/1990", False, date(1990, 12, 31)),
        ("31.12.1990", False, date(1990, 12, 31)),
        ("1990-12-31", False, date(1990, 12, 31)),
        ("31 Dec 1990", False, date(1990, 12, 31)),
        ("31 December 1990", False, date(1990, 12, 31)),
        ("3/4/1990", False, date(1990, 4, 3)),
        ("3/4/1990", True, date(1990, 3, 4)),
        ("31/12/90", False, date(1990, 12, 31)),
    ],
)
def test_dates_are_read_as_people_write_them(typed: str, month_first: bool, born: date) -> None:
    assert read_date(typed, month_first=month_first) == born


def test_tidy_details_sends_e164_and_iso_and_says_what_it_cannot_read() -> None:
    tidied, problems = tidy_details(GuestDetails(phone="07700 900123", dob="31/12/1990"), UK)
    assert problems == {}
    assert tidied.phone == "+447700900123"
    assert tidied.dob == "1990-12-31"
    _, problems = tidy_details(GuestDetails(phone="07700", dob="31/31/1990"), UK)
    assert "07700 900123" in problems["phone"][0]  # an example, in words
    assert "31/12/1990" in problems["dob"][0]
    _, problems = tidy_details(GuestDetails(dob="12/31/1990"), US)
    assert problems == {}


def test_an_empty_field_on_an_edit_still_clears_it() -> None:
    tidied, problems = tidy_details(GuestDetails(phone="", dob=""), UK)
    assert (tidied.phone, tidied.dob, problems) == ("", "", {})


def test_site_region_from_country_or_locale() -> None:
    assert site_region(UK) == "GB"
    assert site_region(Site(id="x", locale="de-DE")) == "DE"
    assert site_region(None) is None


def test_the_guest_systems_words_are_made_plain() -> None:
    plain = plain_field_errors(
        {
            "phone": ["The phone field must be a valid phone number in E.164 format."],
            "dob": ["The dob does not match the format Y-m-d."],
            "other": ["Something else entirely."],
        }
    )
    assert "country code" in plain["phone"][0]
    assert "E.164" not in plain["phone"][0]
    assert "Y-m-d" not in plain["dob"][0]
    assert plain["other"] == ["Something else entirely."]
