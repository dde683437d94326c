"""Building request paths: every value that goes into a URL is one escaped segment.

A scanned payload is untrusted text. ``quote(..., safe="")`` keeps ``/``, ``?``, ``#`` and
``%`` inside the segment; segments made only of dots are sent as ``%2E`` because HTTP stacks
remove literal ``.`` and ``..`` segments (RFC 3986 §5.2.4), which would turn a scan of ``..``
into a request for a different resource.
"""

from __future__ import annotations

from urllib.parse import quote

from kiosk.config.settings import BarcodeSearchForm

# Assumption (shared/api/decisions.md, "barcode search path"): the seeds' form is the default,
# the POS guide's shorter form is a setting.
BARCODE_SEARCH_PREFIX: dict[BarcodeSearchForm, str] = {
    "customers": "/customers/customers/barcode-search/",
    "short": "/customers/barcode-search/",
}


def segment(value: str) -> str:
    """Percent-encode ``value`` as exactly one path segment."""
    if not isinstance(value, str) or value == "":
        raise ValueError("a path parameter must be a non-empty string")
    encoded = quote(value, safe="")
    if set(value) == {"."}:
        encoded = "%2E" * len(value)
    return encoded


def path(template: str, *values: str) -> str:
    """Fill ``{}`` placeholders of ``template`` with escaped segments."""
    return template.format(*(segment(v) for v in values))
