"""A stand-in for LiteLLM's proxy that answers with its recorded bytes, on 127.0.0.1.

The recordings (fixtures/litellm_<version>/, made by benchmarks/peers/record_litellm.py)
hold what a real LiteLLM proxy sent: status, every header in order, the body and its
chunk boundaries. ``ReplayPeer`` answers a request the way that proxy did: no key or a
wrong key gets what LiteLLM said to those, a path it does not serve its 404, and a
request the recording whose request matches (path, model, stream, temperature). Each
answer is written with its recorded headers and chunks (h11 frames them as recorded:
content-length or chunked), so a client sees LiteLLM's bytes. Requests are kept in
``seen`` for the tests to check what the gateway sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import h11

__all__ = ["FIXTURES", "Recording", "ReplayPeer", "Seen", "load_manifest", "load_recordings"]

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "litellm_1.106.2"


@dataclass(frozen=True)
class Recording:
    case: str
    about: str
    request: dict[str, Any]
    status: int
    reason: bytes
    headers: list[tuple[bytes, bytes]]
    chunks: list[bytes]
    complete: bool

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        return next((v.decode() for k, v in self.headers if k.lower() == wanted), None)

    def events(self) -> list[bytes]:
        """The SSE events of the body, each with its blank-line terminator."""
        return [e + b"\n\n" for e in self.body.split(b"\n\n") if e]


def _recording(path: Path) -> Recording:
    raw = json.loads(path.read_text())
    resp = raw["response"]
    body_file = resp.get("body_file")
    body = (path.parent / body_file).read_bytes() if body_file else resp["body"].encode()
    chunks, at = [], 0
    for size in resp["chunks"]:
        chunks.append(body[at : at + size])
        at += size
    if at != len(body):
        raise ValueError(f"{path}: chunk sizes add up to {at}, the body has {len(body)} bytes")
    return Recording(
        case=raw["case"],
        about=raw["about"],
        request=raw["request"],
        status=resp["status"],
        reason=resp["reason"].encode(),
        headers=[(k.encode(), v.encode()) for k, v in resp["headers"]],
        chunks=chunks,
        complete=resp["complete"],
    )


def load_recordings(folder: Path = FIXTURES) -> dict[str, Recording]:
    return {
        p.stem: _recording(p) for p in sorted(folder.glob("*.json")) if p.name != "manifest.json"
    }


def load_manifest(folder: Path = FIXTURES) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text())
    return manifest


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


class ReplayPeer:
    def __init__(self, recordings: dict[str, Recording], master_key: str) -> None:
        self.recordings = recordings
        self.master_key = master_key
        self.seen: list[Seen] = []
        self.url = ""
        self._server: asyncio.Server | None = None
        self._open: dict[asyncio.StreamWriter, asyncio.Task[None]] = {}
        self._paths = {r.request["path"] for r in recordings.values() if r.status != 404}
        self._models = {
            r.request["body"]["model"]
            for r in recordings.values()
            if r.request["body"] and r.case != "unknown_model"
        }

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        # kept-alive connections: closing them ends their handlers (a cancelled handler
        # would be logged as an error by asyncio's stream protocol)
        for writer in list(self._open):
            writer.close()
        await asyncio.gather(*self._open.values(), return_exceptions=True)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()

    # -- which recording answers -------------------------------------------------------

    def choose(self, seen: Seen) -> Recording:
        rec = self.recordings
        if seen.method == "GET" and seen.path == "/health":
            return rec["health_no_key"]  # a health check sends no key
        auth = seen.headers.get("authorization")
        if auth is None:
            return rec["no_key"]
        if auth != f"Bearer {self.master_key}":
            return rec["wrong_key"]
        if seen.path not in self._paths:
            return rec["error_404_route"]
        body = seen.body or {}
        if body.get("model") not in self._models:
            return rec["unknown_model"]
        for r in rec.values():
            asked = r.request
            if (
                asked["auth"] == "master_key"
                and asked["path"] == seen.path
                and asked["body"]["model"] == body.get("model")
                and bool(asked["body"].get("stream")) == bool(body.get("stream"))
                and asked["body"].get("temperature") == body.get("temperature")
            ):
                return r
        raise LookupError(f"no recording answers {seen.method} {seen.path} {body}")

    # -- HTTP/1.1 ----------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)
        task = asyncio.current_task()
        assert task is not None
        self._open[writer] = task
        try:
            while True:
                seen = await self._read_request(conn, reader)
                if seen is None:
                    return
                self.seen.append(seen)
                if not await self._answer(conn, writer, self.choose(seen)):
                    return
                if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    return
                conn.start_next_cycle()
        except (h11.ProtocolError, ConnectionError):
            return
        finally:
            self._open.pop(writer, None)
            writer.close()

    async def _read_request(
        self, conn: h11.Connection, reader: asyncio.StreamReader
    ) -> Seen | None:
        request: h11.Request | None = None
        body = bytearray()
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(await reader.read(65536))
            elif isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                assert request is not None
                headers = {k.decode().lower(): v.decode() for k, v in request.headers.raw_items()}
                return Seen(
                    request.method.decode(),
                    request.target.decode(),
                    headers,
                    json.loads(body) if body else None,
                )
            else:  # the client closed the connection
                return None

    async def _answer(
        self, conn: h11.Connection, writer: asyncio.StreamWriter, rec: Recording
    ) -> bool:
        """Write ``rec`` as recorded; False if the connection must end here."""
        start = h11.Response(status_code=rec.status, headers=rec.headers, reason=rec.reason)
        writer.write(conn.send(start) or b"")
        for chunk in rec.chunks:
            writer.write(conn.send(h11.Data(data=chunk)) or b"")
            await writer.drain()  # one write per recorded chunk, as LiteLLM sent them
        if not rec.complete:  # LiteLLM cut this answer off: so does the replay
            return False
        writer.write(conn.send(h11.EndOfMessage()) or b"")
        await writer.drain()
        return conn.our_state is h11.DONE
