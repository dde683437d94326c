"""What `-v` logging writes while the desk's calls run (a barcode lookup, a name search, an
email search, a call that fails): useful lines, and no code, name, email or phone in them; the
file is the user's own and rotates."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.backends.trybe import TrybeClient
from kiosk.backends.trybe.errors import NotFound
from kiosk.config.logs import LOG_FILE, configure_redaction, redact
from tests.applog import app_logging
from tests.sandbox_helpers import FEATURED_BY_NAME


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    with app_logging(tmp_path, verbose=True):
        yield tmp_path / LOG_FILE


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


def test_a_guest_the_desk_looked_up_is_never_named_in_the_log(
    client: TrybeClient, log_file: Path
) -> None:
    """Issue 30: no pattern knows a name, so a name a library or an exception put into a log
    line reached the file. The names of the guests this run found are redacted by value."""
    from kiosk.backends.trybe.adapter import TrybeBackend
    from kiosk.checkin.lookup import Lookup
    from kiosk.config.logs import forget_names

    forget_names()
    amelia = FEATURED_BY_NAME["Amelia Hart"]
    lookup = Lookup(TrybeBackend(client))
    try:
        guest = lookup.by_code(amelia.code).guest
    finally:
        lookup.close()
    chatty = logging.getLogger("some.library")
    chatty.warning("could not render %s %s's photo", guest.first_name, guest.last_name)
    chatty.warning("AMELIA HART: retrying; Hartley and Ameliorate stay")
    try:
        raise ValueError(f"bad label for {guest.full_name or 'Amelia Hart'}")
    except ValueError:
        chatty.exception("label")
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = log_file.read_text(encoding="utf-8")
    assert "Amelia" not in written
    assert "AMELIA" not in written
    assert "Hart " not in written
    assert "Hart'" not in written
    assert "HART" not in written
    assert "Hartley and Ameliorate stay" in written  # whole words only
    assert "ValueError" in written
    forget_names()


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


@pytest.mark.parametrize(
    "line",
    [
        "card 4242 4242 4242 4242 declined",  # spaced, as typed or read off a card
        "card 4242-4242-4242-4242 declined",
        "call back on 020 7946 0958 today",  # UK national numbers, as written in the UK
        "mobile 07700 900123 added",
        "mobile 07700900123 added",
        "band SPA-1234567890 added",  # a prefixed code
        "band WB-7Q2X9 scanned",
        "band 1002A7K9Q printed",  # the site's own form (code_prefix 1002)
    ],
)
def test_issue_30_misses_are_redacted(line: str) -> None:
    """Issue 30: these went to the log whole or half."""
    configure_redaction("GB", code_prefix="1002")
    try:
        shown = redact(line)
    finally:
        configure_redaction("GB")
    assert "‹redacted›" in shown
    digits = "".join(ch for ch in shown if ch.isdigit())
    assert len(digits) < 4, shown


_DIGIT = st.sampled_from("0123456789")


@st.composite
def _pii(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["email", "phone", "national", "card", "code", "digits"]))
    if kind == "email":
        user = draw(st.from_regex(r"[a-z][a-z0-9.]{2,10}", fullmatch=True))
        return f"{user}@example.com"
    if kind == "phone":
        return "+44 7700 9" + "".join(draw(st.lists(_DIGIT, min_size=5, max_size=5)))
    if kind == "national":
        prefix = draw(st.sampled_from(["07700 9", "077009", "020 7946 "]))
        digits = "".join(draw(st.lists(_DIGIT, min_size=5, max_size=5)))
        return prefix + digits[: 4 if prefix.startswith("020") else 5]
    if kind == "card":
        digits = "4" + "".join(draw(st.lists(_DIGIT, min_size=15, max_size=15)))
        sep = draw(st.sampled_from(["", " ", "-"]))
        return sep.join(digits[i : i + 4] for i in range(0, 16, 4))
    if kind == "code":
        body = draw(st.from_regex(r"[A-Z0-9]{5,10}", fullmatch=True))
        return draw(st.sampled_from(["WB-", "SPA-", "1002"])) + body + "7"
    return "".join(draw(st.lists(_DIGIT, min_size=6, max_size=12)))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    secret=_pii(),
    form=st.sampled_from(
        ["looked up %s", "failed for %r (timeout)", "%s: not found", "[%s]", "sent to <%s>"]
    ),
    raised=st.booleans(),
)
def test_no_guest_data_in_any_log_call_reaches_the_file(
    log_file: Path, secret: str, form: str, raised: bool
) -> None:
    """Whatever a log call is given (in its message, its arguments, an exception's text), a
    guest's email, phone, card number or band code does not reach the file."""
    configure_redaction("GB", code_prefix="1002")
    logger = logging.getLogger("kiosk.property")
    try:
        if raised:
            try:
                raise ValueError(f"while handling {secret}")
            except ValueError:
                logger.exception(form, secret)
        else:
            logger.warning(form, secret)
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        configure_redaction("GB")
    written = log_file.read_text(encoding="utf-8")
    assert secret not in written
    assert secret.replace(" ", "").replace("-", "") not in written.replace(" ", "")
