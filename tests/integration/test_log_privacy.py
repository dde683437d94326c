"""What `-v` logging writes while the desk's calls run (a barcode lookup, a name search, an
email search, a call that fails): useful lines, and no code, name, email or phone in them; the
file is the user's own and rotates."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.errors import NotFound
from kiosk.config.logs import LOG_FILE, redact, setup_logging
from tests.sandbox_helpers import FEATURED_BY_NAME


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handlers = setup_logging(verbose=True, log_dir=tmp_path)
    yield tmp_path / LOG_FILE
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()


def test_verbose_logging_of_real_calls_names_no_guest_and_no_code(
    client: TrybeClient, log_file: Path
) -> None:
    amelia = FEATURED_BY_NAME["Amelia Hart"]
    found = client.get_customer_by_barcode(amelia.code)
    assert found.first_name == "Amelia"
    client.action_customer_search(query="Amelia Hart")
    client.list_customers(query=found.email)
    with pytest.raises(NotFound):
        client.get_customer_by_barcode("WB-NOT-0042")
    try:
        raise RuntimeError(f"lookup of {amelia.code} failed")  # a traceback holding a code
    except RuntimeError:
        logging.getLogger("kiosk.test").exception("failed for %s", found.email)
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = log_file.read_text(encoding="utf-8")
    assert "HTTP Request" in written  # the calls were logged, and are still useful
    assert "barcode-search" in written
    assert "RuntimeError" in written  # the traceback is there, without the code
    assert found.email
    assert found.phone
    for secret in (amelia.code, "WB-NOT-0042", "Amelia", "Hart", found.email, found.phone):
        assert secret not in written, secret
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("GET /customers/customers/barcode-search/AB-12?site_id=x", "barcode-search/‹redacted›"),
        ("sent to amelia.hart12@example.com", "sent to ‹redacted›"),
        ("phone +44 7700 900123 refused", "phone ‹redacted› refused"),
        ("card 4242424242424242", "card ‹redacted›"),
        ("retrying after 0.25s (ConnectError)", "retrying after 0.25s (ConnectError)"),
        ("customer 9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11", "9a7d0a51-64a8-4a0e-8f4b-6d9b8f3c2e11"),
    ],
)
def test_redaction_keeps_what_support_needs(line: str, kept: str) -> None:
    assert kept in redact(line)
