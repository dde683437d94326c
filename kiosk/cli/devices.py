"""``kiosk decode`` and ``kiosk fake-printer``: the camera's decoding on image files, and the
project's fake printers run alone, from the terminal."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any


def decode_command(args: argparse.Namespace) -> int:
    """Always exits 0 when the files were looked at, found codes or not (scripts read JSON).

    With the camera chain, every pass runs on each image and each read says which pass made it
    and whether it is *confirmed* (a still has no second frame: it is confirmed when trusted
    alone, or when a second library read the same code); only confirmed reads would become a
    scan. Symbologies the site does not use are not looked for.
    """
    import json

    from kiosk.config import load_settings
    from kiosk.scan.chain import CameraChain
    from kiosk.scan.decoders import DecoderUnavailable, raw_library
    from kiosk.scan.frames import UnreadableImage, load_image
    from kiosk.scan.symbologies import ALL_SYMBOLOGIES
    from kiosk.scan.trust import confirmed_on_one_image

    scanning = load_settings(args.config).scanning
    symbologies = (
        [name.strip() for name in args.symbologies.split(",") if name.strip()]
        if args.symbologies
        else list(scanning.symbologies)
    )
    full_ascii = (
        args.code39_full_ascii == "on" if args.code39_full_ascii else scanning.code39_full_ascii
    )
    unknown = [name for name in symbologies if name not in ALL_SYMBOLOGIES]
    if unknown:
        print(
            f"kiosk decode: unknown symbology {', '.join(unknown)} "
            f"(choose from {', '.join(ALL_SYMBOLOGIES)})",
            file=sys.stderr,
        )
        return 2
    try:
        camera = (
            CameraChain(symbologies, code39_full_ascii=full_ascii)
            if args.chain == "camera"
            else None
        )
        raw = raw_library(args.chain) if camera is None else None
    except (ValueError, DecoderUnavailable) as exc:
        print(f"kiosk decode: {exc}", file=sys.stderr)
        return 2
    for path in args.files:
        record: dict[str, object] = {"file": str(path)}
        try:
            image = load_image(path)
        except UnreadableImage as exc:
            record.update(results=[], ms=0.0, error=str(exc))
        else:
            started = time.perf_counter()
            if camera is not None:
                outcome = camera.run_all(image)
                reads, ms = confirmed_on_one_image(outcome.reads), outcome.ms
            else:
                assert raw is not None
                reads, ms = raw.decode(image), (time.perf_counter() - started) * 1000
            results: list[dict[str, object]] = []
            for read in reads:
                result: dict[str, object] = {
                    "text": read.text,
                    "format": read.format,
                    "stage": read.decoder,
                }
                if camera is not None:
                    result["confirmed"] = read.confirmed
                results.append(result)
            record.update(results=results, ms=round(ms, 2))
        if args.json:
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            _print_decoded(record)
    return 0


def _print_decoded(record: dict[str, object]) -> None:
    results = record.get("results") or []
    assert isinstance(results, list)
    if record.get("error"):
        print(f"{record['file']}: {record['error']}")
        return
    if not results:
        print(f"{record['file']}: no code ({record['ms']} ms)")
        return
    for result in results:
        trust = ""
        if "confirmed" in result:
            trust = ", confirmed" if result["confirmed"] else ", not confirmed (not a scan)"
        print(
            f"{record['file']}: {result['text']}  ({result['format']}, "
            f"pass {result['stage']}{trust}; {record['ms']} ms)"
        )


def fake_printer_command(args: argparse.Namespace) -> int:
    """The project's fake printer on a port, for a kiosk pointed at it ([printer] host/port):
    each line typed sets its status, to see what the desk says."""
    from typing import get_args

    printer: Any
    if args.brother:
        from kiosk.sandbox.brother import FakeBrotherQL
        from kiosk.sandbox.brother import Status as BrotherStatus

        printer = FakeBrotherQL(host=args.host, port=args.port, snmp_port=args.snmp_port)
        statuses = get_args(BrotherStatus)
    else:
        from kiosk.sandbox.printer import FakeZebra
        from kiosk.sandbox.printer import Status as ZebraStatus

        printer, statuses = FakeZebra(host=args.host, port=args.port), get_args(ZebraStatus)
    printer.print_s = args.print_s
    printer.save_to = args.save_to
    try:
        printer.start()
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    kind = "Brother QL" if args.brother else "Zebra"
    snmp = f" (SNMP on UDP {printer.snmp_port}: [printer] snmp_port)" if args.brother else ""
    print(
        f"Fake {kind} on {args.host}:{printer.port}{snmp}. Type a status and Enter: "
        f"{', '.join(statuses)}; Ctrl+D to stop."
    )
    try:
        for line in sys.stdin:
            wanted = line.strip()
            if wanted in statuses:
                printer.status = wanted
                print(f"status: {wanted}; {len(printer.printed)} printed so far")
            elif wanted:
                print(f"not a status: {wanted!r} ({', '.join(statuses)})")
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
    return 0
