"""One HTTP transport and one error hierarchy for every vendor's API (``transport``,
``errors``): a vendor's client says which paths to call and how to read the answers, never how
to send them."""
