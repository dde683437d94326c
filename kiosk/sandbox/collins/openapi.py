"""The Collins stand-in's OpenAPI: the seed's query parameters and bodies, written out, because
its handlers read the request themselves (a list filter may come comma-separated or repeated).
The fuzz test drives requests from this document."""

from __future__ import annotations

from typing import Any

_ID = {"type": "string", "pattern": "^[0-9a-f]{24}$"}
_DATE = {"type": "string", "format": "date"}
_STRINGS = {"type": "array", "items": {"type": "string"}}


def _query(name: str, schema: dict[str, Any], about: str) -> dict[str, Any]:
    explode = schema.get("type") == "array"
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": about,
        "schema": schema,
        "style": "form",
        "explode": not explode,  # a list goes comma-separated, as the seed shows
    }


LIST_PARAMETERS = [
    _query("associated_venues", _STRINGS, "Any of these venue ids."),
    _query("booking_date", _DATE, "Had a booking on this date."),
    _query("booking_date_from", _DATE, "Had a booking on or after."),
    _query("booking_date_to", _DATE, "Had a booking on or before."),
    _query("created_date", _DATE, "Created on this date."),
    _query("created_date_from", _DATE, "Created on or after."),
    _query("created_date_to", _DATE, "Created on or before."),
    _query(
        "dob_month",
        {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 12}},
        "Born in any of these months.",
    ),
    _query("email", _STRINGS, "Any of these email addresses."),
    _query("full_name", {"type": "string"}, "A full name."),
    _query("labels", _STRINGS, "Any of these labels."),
    _query("last_updated", _DATE, "Last updated on this date."),
    _query("last_updated_from", _DATE, "Last updated on or after."),
    _query("last_updated_to", _DATE, "Last updated on or before."),
    _query("opted_in", _STRINGS, "Opted into any of these preference ids."),
    _query("opted_out", _STRINGS, "Opted out of any of these preference ids."),
    _query("query", {"type": "string"}, "Similar full_name, email, company or phone."),
    _query("limit", {"type": "integer", "minimum": 1, "maximum": 30, "default": 30}, "Per page."),
    _query("sort", _STRINGS, "Fields, '-' first for descending."),
    _query("page", {"type": "integer", "minimum": 1, "default": 1}, "The page."),
]

_CUSTOMER_FIELDS: dict[str, Any] = {
    "email": {"type": "string", "format": "email", "maxLength": 255},
    "first_name": {"type": "string", "maxLength": 255},
    "last_name": {"type": "string", "maxLength": 255},
    "phone": {"type": "string", "maxLength": 20},
    "company": {"type": "string", "maxLength": 255},
    "dob": _DATE,
    "custom_field_value": {"type": "string", "maxLength": 255},
    "associated_venues": {"type": "array", "items": _ID},
    "labels": _STRINGS,
    "notes": {"type": "string", "maxLength": 1000},
}

CREATE_BODY = {
    "requestBody": {
        "required": False,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        **_CUSTOMER_FIELDS,
                        "marketing_preference_ids": {"type": "array", "items": _ID},
                        "marketing_preferences": {
                            "type": "object",
                            "additionalProperties": {"type": "boolean"},
                        },
                    },
                }
            }
        },
    }
}

UPDATE_BODY = {
    "requestBody": {
        "required": False,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        **_CUSTOMER_FIELDS,
                        "created_date": {"type": ["string", "null"]},
                        "last_updated": {"type": "string"},
                    },
                }
            }
        },
    }
}
