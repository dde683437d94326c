"""A loopback stand-in for Sentry's envelope endpoint (``POST /api/<project>/envelope/``), as
Sentry's developer documentation describes it: it takes an envelope (a JSON header line, then
items each with a JSON header line and a payload) with an ``X-Sentry-Auth`` header, answers
200 with the event id, and records what it took. It can refuse (a 5xx or a 429 with
Retry-After) to stand for Sentry being down or rate limiting."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Envelope:
    raw: bytes
    auth: str
    header: dict[str, Any]
    items: list[tuple[dict[str, Any], bytes]] = field(default_factory=list)

    @property
    def events(self) -> list[dict[str, Any]]:
        return [json.loads(body) for head, body in self.items if head.get("type") == "event"]


def parse_envelope(raw: bytes, auth: str) -> Envelope:
    """Sentry's envelope format: a header line, then items (a header line, then ``length``
    bytes of payload, or a line when no length is given)."""

    def line_at(pos: int) -> tuple[bytes, int]:
        end = raw.find(b"\n", pos)
        return (raw[pos:], len(raw)) if end < 0 else (raw[pos:end], end + 1)

    first, pos = line_at(0)
    envelope = Envelope(raw, auth, json.loads(first))
    while pos < len(raw):
        head_line, pos = line_at(pos)
        if not head_line.strip():
            continue
        head = json.loads(head_line)
        if head.get("length") is not None:
            body = raw[pos : pos + int(head["length"])]
            pos += int(head["length"])
            if raw[pos : pos + 1] == b"\n":
                pos += 1
        else:
            body, pos = line_at(pos)
        envelope.items.append((head, body))
    return envelope


class SentryReceiver:
    def __init__(self, port: int = 0) -> None:
        self.envelopes: list[Envelope] = []
        self.refuse_with: int | None = None
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if receiver.refuse_with is not None:
                    self.send_response(receiver.refuse_with)
                    self.send_header("Retry-After", "1")
                    self.end_headers()
                    return
                if not self.path.endswith("/envelope/"):
                    self.send_response(404)
                    self.end_headers()
                    return
                envelope = parse_envelope(body, self.headers.get("X-Sentry-Auth", ""))
                receiver.envelopes.append(envelope)
                answer = json.dumps({"id": envelope.header.get("event_id")}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *_: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def dsn(self, project: int = 42) -> str:
        return f"http://public-key-for-test@127.0.0.1:{self.port}/{project}"

    def start(self) -> SentryReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def events(self) -> list[dict[str, Any]]:
        return [event for envelope in self.envelopes for event in envelope.events]
