"""The models tolerate what the docs contradict (trybe-api-facts.md §6)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.backends.trybe.models import Customer, Label, LastCheckIn, Money
from kiosk.checkin import wording


@pytest.mark.parametrize(
    "stamp", ["2026-01-15T09:30:00.0Z", "2026-01-15T09:30:00.000Z", "2026-01-15T09:30:00+00:00"]
)
def test_all_three_datetime_forms_are_the_same_moment(stamp: str) -> None:
    customer = Customer.model_validate({"id": "c1", "locked_at": stamp})
    assert customer.locked_at == datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert customer.is_locked


def test_both_label_shapes_become_one() -> None:
    on_customer = Label.model_validate({"id": "1", "value": "VIP", "colour": "ff6634"})
    in_search = Label.model_validate({"id": "1", "name": "VIP", "color": "#FF6634"})
    assert (on_customer.name, on_customer.colour) == ("VIP", "#ff6634")
    assert (in_search.name, in_search.colour) == ("VIP", "#ff6634")


def test_a_bad_label_colour_is_dropped_not_fatal() -> None:
    assert Label.model_validate({"value": "X", "colour": "not-a-colour"}).colour is None


def test_unknown_fields_are_kept() -> None:
    customer = Customer.model_validate({"id": "c1", "shiny_new_field": 3})
    assert customer.model_extra == {"shiny_new_field": 3}


def test_check_in_method_as_string_or_object() -> None:
    assert LastCheckIn.model_validate({"method": "Scanned"}).method == "Scanned"
    assert LastCheckIn.model_validate({"method": {"name": "Scanned"}}).method == "Scanned"


def test_avatar_as_bare_string_or_object() -> None:
    bare = Customer.model_validate({"id": "c1", "avatar": "https://cdn.example/a.jpg"})
    full = Customer.model_validate(
        {"id": "c1", "avatar": {"url": "https://cdn.example/t.jpg", "original_url": "o"}}
    )
    assert bare.photo_url == "https://cdn.example/a.jpg"
    assert full.photo_url == "https://cdn.example/t.jpg"


def test_names_and_initials_fall_back_sensibly() -> None:
    assert (
        Customer.model_validate({"id": "c", "first_name": "Ada", "last_name": "Byron"}).initials
        == "AB"
    )
    anonymised = Customer.model_validate({"id": "c", "deleted_at": "2026-01-01T00:00:00Z"})
    assert anonymised.display_name == "Unnamed guest"
    assert anonymised.initials == "?"
    assert anonymised.is_anonymised


def test_currency_compares_case_insensitively_and_money_reads_well() -> None:
    assert Money(amount=3995, currency="GBP").same_currency("gbp")
    assert wording.money(3995, "GBP") == "£39.95"
    assert wording.money(3995, "gbp") == "£39.95"
    assert wording.money(150000, "eur") == "€1,500.00"
    assert wording.money(500, "chf") == "5.00 CHF"
