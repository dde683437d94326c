"""Named defaults of the HTTP client, in one place.

A front desk has a queue in front of it: every number here is seconds, not minutes.
"""

DEFAULT_CONNECT_TIMEOUT_S = 3.0
DEFAULT_READ_TIMEOUT_S = 5.0
DEFAULT_DEADLINE_S = 8.0
"""One overall deadline per call, all retries and waits included."""

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY_S = 0.25
MAX_RETRY_DELAY_S = 2.0
MAX_RETRY_AFTER_S = 5.0
"""A server's ``Retry-After`` is honoured up to this; longer waits surface as RateLimited."""

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Safe to resend after any failure. Writes (POST, PUT, DELETE) are resent only when they
provably never reached the server, or were refused with a 429."""

USER_AGENT = "kiosk/0.1 (+trybe front desk)"
