"""Each guest system the kiosk speaks to, as one descriptor: what it is called, where its
address and site live in the settings, how its pairing goes, and how its client and backend are
made. Everything outside ``kiosk/backends`` asks the descriptor (``vendor_of(settings)``) instead
of comparing ``settings.backend`` with a name: a third vendor is one more descriptor here.

The clients are imported when first needed (a Trybe desk never loads the Collins client).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from kiosk.checkin.model import Device
    from kiosk.checkin.ports import Backend
    from kiosk.config import Settings

VendorKey = Literal["trybe", "collins"]


@dataclass(frozen=True)
class Vendor:
    key: VendorKey
    """The ``backend`` setting's value."""
    name: str
    """How staff and the doctor's sentences call it ("Trybe may be having trouble")."""
    lists_sites: bool
    """Pairing picks the site from the API's list (Trybe); else the venue is typed (Collins,
    whose API lists no venues)."""
    prints_bands: bool
    """Its guests carry wristbands the desk can print (the demo starts a fake printer)."""
    code_words: str
    """What a guest shows at the desk, in words ("a wristband", "a guest card")."""

    def api_url(self, settings: Settings) -> str:
        raise NotImplementedError

    def site_id(self, settings: Settings) -> str | None:
        raise NotImplementedError

    def paired(self, settings: Settings, token: str | None) -> bool:
        """A token, and (where the API lists sites) a site chosen."""
        return bool(token) and (not self.lists_sites or bool(self.site_id(settings)))

    def pointed_at(self, settings: Settings, api_url: str, site_id: str | None) -> Settings:
        """``settings`` with this vendor's address (and site) replaced (a demo server)."""
        raise NotImplementedError

    def client(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        *,
        site_id: str | None = None,
        deadline_s: float | None = None,
        max_retries: int | None = None,
    ) -> Any:
        """This vendor's HTTP client (``probe()``, ``close()``; Trybe's also lists sites), with
        the settings' timeouts and proxy (``deadline_s``, ``max_retries``: the doctor's own)."""
        options: dict[str, Any] = {
            "connect_timeout_s": settings.connect_timeout_s,
            "read_timeout_s": settings.read_timeout_s,
            "deadline_s": settings.deadline_s if deadline_s is None else deadline_s,
            "max_retries": settings.max_retries if max_retries is None else max_retries,
            "proxy": settings.proxy,
        }
        return self._make_client(settings, api_url, token, site_id, options)

    def _make_client(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        options: dict[str, Any],
    ) -> Any:
        raise NotImplementedError

    def backend(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        device: Device | None = None,
    ) -> Backend:
        """The Backend port on this vendor, for the desk (``device``: this desk, where the
        vendor's writes can carry it)."""
        raise NotImplementedError


class _Trybe(Vendor):
    def api_url(self, settings: Settings) -> str:
        return settings.api_url

    def site_id(self, settings: Settings) -> str | None:
        return settings.site_id

    def pointed_at(self, settings: Settings, api_url: str, site_id: str | None) -> Settings:
        return settings.model_copy(update={"api_url": api_url, "site_id": site_id})

    def _make_client(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        options: dict[str, Any],
    ) -> Any:
        from kiosk.backends.trybe import TrybeClient

        return TrybeClient(
            api_url, token, site_id, barcode_search_form=settings.barcode_search_form, **options
        )

    def backend(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        device: Device | None = None,
    ) -> Backend:
        from kiosk.backends.trybe.adapter import TrybeBackend

        return TrybeBackend(self.client(settings, api_url, token, site_id=site_id), device=device)


class _Collins(Vendor):
    def api_url(self, settings: Settings) -> str:
        return settings.collins.api_url

    def site_id(self, settings: Settings) -> str | None:
        return settings.collins.venue_id

    def pointed_at(self, settings: Settings, api_url: str, site_id: str | None) -> Settings:
        update: dict[str, Any] = {"api_url": api_url}
        if site_id:
            update["venue_id"] = site_id
        return settings.model_copy(update={"collins": settings.collins.model_copy(update=update)})

    def _make_client(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        options: dict[str, Any],
    ) -> Any:
        from kiosk.backends.collins import CollinsClient

        return CollinsClient(api_url, token, **options)

    def backend(
        self,
        settings: Settings,
        api_url: str,
        token: str,
        site_id: str | None,
        device: Device | None = None,
    ) -> Backend:
        # Collins has no check-ins: nothing of it carries the desk
        from kiosk.backends.collins.adapter import CollinsBackend

        options = settings.collins
        return CollinsBackend(
            self.client(settings, api_url, token),
            venue_id=site_id or options.venue_id,
            venues=options.venues,
            preferences=options.preferences,
            timezone=options.timezone,
            country_code=options.country_code,
            card_pattern=options.card_pattern,
        )


TRYBE: Vendor = _Trybe(
    "trybe", "Trybe", lists_sites=True, prints_bands=True, code_words="a wristband"
)
COLLINS: Vendor = _Collins(
    "collins", "Collins", lists_sites=False, prints_bands=False, code_words="a guest card"
)
VENDORS: dict[str, Vendor] = {vendor.key: vendor for vendor in (TRYBE, COLLINS)}


def vendor_of(settings: Settings) -> Vendor:
    return VENDORS[settings.backend]


def vendor_named(key: str) -> Vendor:
    return VENDORS[key]
