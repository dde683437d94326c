"""Asking a printer over SNMP (v2c, UDP 161), as Brother's own tools ask a networked QL, which
does not answer status on its print port. pysnmp's high-level API, run to completion on the
calling thread (the drivers run on a worker): a blocking call with a deadline, like the rest."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)

Value = bytes | int


def snmp_get(
    host: str, port: int, oids: list[str], *, community: str = "public", timeout_s: float = 2.0
) -> dict[str, Value] | None:
    """The values of ``oids`` (an object the agent does not have is left out), or None when
    the agent does not answer in time (SNMP off, blocked, or no such host)."""
    try:
        return asyncio.run(_get(host, port, oids, community, timeout_s))
    except (OSError, RuntimeError) as exc:
        log.info("SNMP to %s:%s failed: %s", host, port, type(exc).__name__)
        return None


async def _get(
    host: str, port: int, oids: list[str], community: str, timeout_s: float
) -> dict[str, Value] | None:
    from pysnmp.hlapi.v1arch.asyncio import (
        CommunityData,
        ObjectIdentity,
        ObjectType,
        SnmpDispatcher,
        UdpTransportTarget,
        get_cmd,
    )
    from pysnmp.proto.rfc1902 import Integer, OctetString

    dispatcher = SnmpDispatcher()
    try:
        target = await UdpTransportTarget.create((host, port), timeout=timeout_s, retries=0)
        indication, status, _, bindings = await get_cmd(
            dispatcher,
            CommunityData(community, mpModel=1),
            target,
            *(ObjectType(ObjectIdentity(oid)) for oid in oids),
        )
    finally:
        dispatcher.transport_dispatcher.close_dispatcher()
    if indication or status:
        log.info("SNMP to %s:%s: %s", host, port, indication or status.prettyPrint())
        return None
    values: dict[str, Value] = {}
    for oid, value in bindings:
        if isinstance(value, OctetString):
            values[str(oid)] = bytes(value)
        elif isinstance(value, Integer) or hasattr(value, "__int__"):
            try:
                values[str(oid)] = int(value)
            except (TypeError, ValueError):
                continue  # noSuchObject and the like: left out
    return values
