"""The customer as seed 002 documents it (every field), read leniently: the API's datetimes are
``"2019-03-06 17:00:00"`` (space-separated, no zone) and ``created_date`` is null for customers
made before February 2019."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

DATETIME = "%Y-%m-%d %H:%M:%S"


class CollinsCustomer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    first_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    company: str | None = None
    dob: date | None = None
    custom_field_value: str | None = None
    associated_venues: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    notes: str | None = None
    marketing_preferences: dict[str, bool] = Field(default_factory=dict)
    created_date: datetime | None = None
    """Naive: the API gives no zone (the venue's local time, as far as the docs say)."""
    last_updated: datetime | None = None

    @field_validator("created_date", "last_updated", mode="before")
    @classmethod
    def _space_separated(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip():
            text = value.strip()
            for form in (DATETIME, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
                try:
                    return datetime.strptime(text[:19], form)
                except ValueError:
                    continue
        return value or None

    @field_validator("dob", mode="before")
    @classmethod
    def _empty_dob(cls, value: Any) -> Any:
        return value or None

    @field_validator("custom_field_value", mode="before")
    @classmethod
    def _any_value(cls, value: Any) -> Any:
        return None if value is None else str(value)

    @field_validator("associated_venues", "labels", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return () if value is None else value

    @field_validator("marketing_preferences", mode="before")
    @classmethod
    def _choices(cls, value: Any) -> Any:
        return {} if value is None or value == [] else value

    @property
    def display_name(self) -> str:
        if self.full_name and self.full_name.strip():
            return self.full_name.strip()
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "Unnamed guest"


class CustomerPage(BaseModel):
    """One page of ``GET /customers`` and what the ``X-Pagination-*`` headers said."""

    model_config = ConfigDict(frozen=True)

    data: tuple[CollinsCustomer, ...]
    page: int
    per_page: int
    total_pages: int | None = None
    total_results: int | None = None

    @property
    def has_next_page(self) -> bool:
        if self.total_pages is not None:
            return self.page < self.total_pages
        return len(self.data) >= self.per_page  # no headers: a full page may have more
