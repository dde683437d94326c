"""The printer the settings name, or None when this desk has none."""

from __future__ import annotations

from pathlib import Path

from kiosk.checkin.printing import BandPrinter
from kiosk.config.settings import PrinterSettings
from kiosk.devices.printers.layout import MEDIA


def printer_from(
    settings: PrinterSettings, *, logo: Path | None, prints_dir: Path
) -> BandPrinter | None:
    media = MEDIA[settings.media]
    logo = settings.logo or logo
    if settings.kind == "zebra" and (settings.host or settings.device):
        from kiosk.devices.printers.zebra import ZebraPrinter

        return ZebraPrinter(
            settings.host or "",
            settings.port,
            device=settings.device,
            dpi=settings.dpi,
            media=media,
            logo=logo,
            timeout_s=settings.timeout_s,
            native_codes=settings.zpl_codes == "native",
        )
    if settings.kind == "brother" and (settings.host or settings.device):
        from kiosk.devices.printers.brother import BrotherQLPrinter

        return BrotherQLPrinter(
            settings.host or "",
            settings.port,
            media=media,
            device=settings.device,
            snmp_port=settings.snmp_port,
            community=settings.snmp_community,
            logo=logo,
            timeout_s=settings.timeout_s,
        )
    if settings.kind == "system":
        from kiosk.devices.printers.system import SystemPrinter

        return SystemPrinter(settings.system_name, dpi=settings.dpi, media=media, logo=logo)
    if settings.kind == "pdf":
        from kiosk.devices.printers.pdf import PdfPrinter

        return PdfPrinter(
            settings.pdf_folder or prints_dir, dpi=settings.dpi, media=media, logo=logo
        )
    return None
