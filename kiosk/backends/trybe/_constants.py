"""Named defaults of the Trybe client, in one place (the retry rules and their delays are the
shared transport's: ``kiosk.backends.http.transport``).

A front desk has a queue in front of it: every number here is seconds, not minutes.
"""

DEFAULT_CONNECT_TIMEOUT_S = 3.0
DEFAULT_READ_TIMEOUT_S = 5.0
DEFAULT_DEADLINE_S = 8.0
"""One overall deadline per call, all retries and waits included."""

DEFAULT_MAX_RETRIES = 2

USER_AGENT = "kiosk/0.1 (+trybe front desk)"
