"""Finding a guest by name, email or phone: a search after each pause in typing (one request
per pause, not per key), its results with their photos, and one match opened at once on Enter.
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.checkin.desk.host import Desk
from kiosk.checkin.desk.state import READY, Screen, SearchState
from kiosk.checkin.failures import describe_failure
from kiosk.checkin.i18n import N_, tr
from kiosk.checkin.model import SearchHit
from kiosk.checkin.people import normalise_phone, site_region
from kiosk.checkin.ports import Capability
from kiosk.checkin.tasks import Handle
from kiosk.checkin.typed import TypedIntent, typed_intent
from kiosk.config.logs import remember_names

SEARCH_AFTER_S = 0.3
"""Typing pauses this long before a name search is sent (one request per pause, not per key)."""


class Search:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._ticket = 0
        self._read: Handle | None = None

    def cancel(self) -> None:
        """A search waiting or running is forgotten (its answer is dropped)."""
        self.desk.timers.stop("search")
        self._ticket += 1
        if self._read is not None:
            self._read.cancel()
            self._read = None

    def search_typed(self, text: str) -> None:
        """Live search: after 2 characters, once typing pauses (if the backend can search);
        not for what reads as a code (a band's number typed by hand: "No guest matches 1002"
        at every pause was noise; Enter looks it up, then searches)."""
        if Capability.SEARCH not in self.desk.lookup.backend.capabilities:
            return
        if len(text.strip()) >= 2 and typed_intent(text) is TypedIntent.SEARCH:
            self.desk.timers.start("search", SEARCH_AFTER_S, lambda: self.search(text.strip()))
            return
        self.desk.timers.stop("search")
        self._ticket += 1
        if self.desk.state.screen is Screen.RESULTS:
            self.desk.set(screen=Screen.IDLE, search=None, status=tr(READY))

    def search(self, text: str, *, open_single: bool = False) -> None:
        """Search; ``open_single``: one match opens at once (Enter on a name)."""
        if self.desk.state.signed_out:
            return
        self._ticket += 1
        ticket = self._ticket
        self.desk.set(
            screen=Screen.RESULTS,
            search=SearchState(text),
            status=tr("Searching for “{text}”…", text=text),
        )
        backend = self.desk.lookup.backend

        def found(answer: tuple[tuple[SearchHit, ...], dict[str, Any]]) -> None:
            hits, pictures = answer
            remember_names(*(hit.name for hit in hits))  # never logged
            if ticket == self._ticket and self.desk.state.screen is Screen.RESULTS:
                if open_single and len(hits) == 1:
                    self.desk.open_guest(hits[0].id, via=N_("search"))
                    return
                self.desk.set(
                    search=SearchState(text, hits, searching=False, pictures=pictures),
                    status=tr(READY),
                )
                self.desk.restart_idle()

        def failed(error: BaseException) -> None:
            if ticket == self._ticket and self.desk.state.screen is Screen.RESULTS:
                failure = describe_failure(error, self.desk.system)
                self.desk.set(search=SearchState(text, (), searching=False, failure=failure))

        decode = self.desk.decode_photo
        site = self.desk.site  # its country reads a phone written the national way
        phone = as_phone(text, site_region(site))

        def work() -> tuple[tuple[SearchHit, ...], dict[str, Any]]:
            # a phone typed the way the country writes it (07700 944845) is stored the
            # international way (+447700944845): ask for that first, then the text as typed
            hits = backend.search(phone) if phone is not None else ()
            if not hits:
                hits = backend.search(text)
            pictures = {}
            if decode is not None:
                for hit in hits:
                    if hit.photo:
                        pictures[hit.id] = decode(hit.photo)
            return hits, pictures

        self._read = self.desk.runner.read(work, found, failed)


_PHONE_TYPED = re.compile(r"^\+?[\d\s().-]{7,}$")


def as_phone(text: str, region: str | None) -> str | None:
    """``text`` as an international phone number (the way guest systems keep them), if it
    reads as one in the site's country; None for anything else (a name, an email)."""
    if not _PHONE_TYPED.match(text.strip()):
        return None
    found = normalise_phone(text.strip(), region)
    return found if found is not None and found != text.strip() else None
