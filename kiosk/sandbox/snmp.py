"""A printer's SNMP agent on loopback UDP, for the fake printers: enough of SNMP v1/v2c to
answer ``GET`` for the few objects a desk reads, encoded by pysnmp's own message codec (the
client uses pysnmp's high-level API: one library, two independent paths through it).

Objects are callables (read when asked): an ``OctetString`` or an ``Integer``. Anything else
asked is ``noSuchObject`` (v2c) or a ``noSuchName`` error (v1), as an agent answers; a wrong
community is dropped without an answer, as agents do."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

from pyasn1.codec.ber import decoder, encoder
from pysnmp.proto import api

log = logging.getLogger(__name__)

Value = bytes | int


class FakeSnmpAgent:
    def __init__(
        self,
        objects: dict[str, Callable[[], Value]],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        community: str = "public",
        answering: Callable[[], bool] = lambda: True,
    ) -> None:
        self.objects = {oid.lstrip("."): read for oid, read in objects.items()}
        self.community = community
        self.asked = 0
        self.answering = answering
        """False: SNMP is switched off on the printer: no answers."""
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind((host, port))
        self._socket.settimeout(0.1)
        self.host, self.port = self._socket.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-snmp", daemon=True)

    def start(self) -> FakeSnmpAgent:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._socket.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self._socket.recvfrom(65535)
            except (TimeoutError, OSError):
                continue
            if not self.answering():
                continue
            try:
                answer = self.answer(data)
            except Exception as exc:  # a datagram that is not SNMP: an agent ignores it
                log.debug("fake SNMP agent ignored a datagram: %s", exc)
                continue
            if answer is not None:
                with contextlib.suppress(OSError):
                    self._socket.sendto(answer, peer)

    def answer(self, data: bytes) -> bytes | None:
        version = int(api.decodeMessageVersion(data))
        protocol: Any = api.PROTOCOL_MODULES[version]
        request, _ = decoder.decode(data, asn1Spec=protocol.Message())
        if str(protocol.apiMessage.get_community(request)) != self.community:
            return None
        pdu = protocol.apiMessage.get_pdu(request)
        if not pdu.isSameTypeWith(protocol.GetRequestPDU()):
            return None
        self.asked += 1
        response = protocol.apiMessage.get_response(request)
        response_pdu = protocol.apiMessage.get_pdu(response)
        bindings = []
        for index, (oid, _) in enumerate(protocol.apiPDU.get_varbinds(pdu), start=1):
            read = self.objects.get(str(oid))
            if read is None:
                if version == api.SNMP_VERSION_1:
                    protocol.apiPDU.set_error_status(response_pdu, 2)  # noSuchName
                    protocol.apiPDU.set_error_index(response_pdu, index)
                    bindings.append((oid, protocol.Null("")))
                    continue
                bindings.append((oid, api.v2c.NoSuchObject("")))
                continue
            value = read()
            typed = protocol.OctetString(value) if isinstance(value, bytes) else None
            bindings.append((oid, typed if typed is not None else protocol.Integer(value)))
        protocol.apiPDU.set_varbinds(response_pdu, bindings)
        return bytes(encoder.encode(response))
