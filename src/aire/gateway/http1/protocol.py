"""One keep-alive connection: an ``asyncio.Protocol`` whose bytes httptools (llhttp)
parses into the ``Response`` being received; the head resolves the future ``send``
returned, the body is fed to the response, and reading pauses while its buffer is full."""

from __future__ import annotations

import asyncio
import zlib
from typing import TYPE_CHECKING, cast

import httptools

from aire.gateway.http1.errors import Disconnected, HTTPError, PayloadError, ProtocolError
from aire.gateway.http1.response import Decoder, Response

if TYPE_CHECKING:
    from aire.gateway.http1.pool import Pool

__all__ = ["Connection"]

_HEAD_LIMIT = 64 * 1024  # response status line + headers
_READ_HIGH = 256 * 1024  # buffered body bytes before the socket stops being read


class Connection(asyncio.Protocol):
    """One keep-alive connection; one request at a time."""

    def __init__(self, pool: Pool, key: tuple[bool, str, int]) -> None:
        self.pool = pool
        self.key = key
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.paused = False
        self.idle_since = 0.0
        self.reused = False
        self._parser = httptools.HttpResponseParser(self)
        # Lenient as aiohttp was with responses: folded header lines, bare LF line ends,
        # spaces after a chunk size (httptools >= 0.6.2).
        self._parser.set_dangerous_leniencies(
            lenient_headers=True,
            lenient_optional_cr_before_lf=True,
            lenient_spaces_after_chunk_size=True,
        )
        self._resp: Response | None = None  # the response being received
        self._head: asyncio.Future[Response] | None = None
        self._head_size = 0
        self._head_bytes = 0  # received while waiting for the head
        self._keep_alive = False
        self.lost: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    # -- asyncio.Protocol -------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        if self._resp is None:  # bytes nobody asked for: the connection is unusable
            self.close()
            return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._broken(ProtocolError("the upstream switched protocols"))
            return
        except httptools.HttpParserError as exc:
            self._broken(ProtocolError(f"invalid HTTP response: {exc}"))
            return
        if self._head is not None:  # no head yet, so all of it was head: the parser
            self._head_bytes += len(data)  # buffers a line without end, bound it
            if self._head_bytes > _HEAD_LIMIT:
                self._broken(ProtocolError("invalid HTTP response: head too large"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.pool.forget(self)
        self.pool.gone(self)
        if not self.lost.done():
            self.lost.set_result(None)
        resp = self._resp
        if resp is None:
            return
        head = self._head
        if head is not None:  # no response head yet
            self._head = None
            if not head.done():
                if isinstance(exc, OSError) and exc.strerror:  # connected, then broken
                    head.set_exception(Disconnected(exc.strerror, exc.strerror))
                else:
                    head.set_exception(Disconnected("the upstream closed the connection"))
            return
        framed = "transfer-encoding" in resp.headers or "content-length" in resp.headers
        if exc is None and not framed:
            resp._finish()  # a body delimited by the end of the connection
        else:  # a reset is no end, even of a body delimited by the connection's end
            resp._fail(PayloadError("the upstream cut the response off"))
        self._resp = None

    def pause_writing(self) -> None:  # request bodies are written whole
        pass

    def resume_writing(self) -> None:
        pass

    # -- httptools callbacks ----------------------------------------------------------

    def on_message_begin(self) -> None:
        self._head_size = 0

    def on_header(self, name: bytes, value: bytes) -> None:
        resp = self._resp
        assert resp is not None
        self._head_size += len(name) + len(value) + 4
        if self._head_size > _HEAD_LIMIT:
            raise httptools.HttpParserError("response head too large")
        resp.headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))

    def on_headers_complete(self) -> None:
        resp = self._resp
        assert resp is not None
        status = self._parser.get_status_code()
        if status < 200:  # 1xx: an interim answer, the real one follows
            resp.headers.clear()
            return
        resp.status = status
        encoding = resp.headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            resp._decoder = Decoder(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            resp._decoder = Decoder(None)
        elif encoding not in ("", "identity"):
            raise httptools.HttpParserError(f"unsupported content-encoding {encoding!r}")
        head, self._head = self._head, None
        if head is not None and not head.done():
            head.set_result(resp)

    def on_body(self, body: bytes) -> None:
        resp = self._resp
        assert resp is not None
        resp._feed(body)
        if resp._size > _READ_HIGH and not self.paused and self.transport is not None:
            self.paused = True
            self.transport.pause_reading()

    def on_message_complete(self) -> None:
        resp = self._resp
        assert resp is not None
        if resp.status == 0:  # the end of a 1xx answer
            return
        self._keep_alive = self._parser.should_keep_alive()
        self._resp = None
        resp._finish()
        self.resume()  # the body is whole: buffering it can no longer grow

    # -- used by the pool and the response --------------------------------------------

    def send(self, data: bytes, loop: asyncio.AbstractEventLoop) -> asyncio.Future[Response]:
        assert self.transport is not None
        resp = Response(self, loop)
        self._resp = resp
        self._keep_alive = False
        self._head_bytes = 0
        head = self._head = loop.create_future()
        self.transport.write(data)
        return head

    def resume(self) -> None:
        if self.paused and self.transport is not None:
            self.paused = False
            self.transport.resume_reading()

    def release(self) -> None:
        if self.closed or not self._keep_alive or self.paused:
            self.close()
        else:
            self.pool.put(self)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.pool.forget(self)
            if self.transport is not None:
                self.pool.closing(self)
                self.transport.close()

    def _broken(self, exc: HTTPError) -> None:
        head, self._head = self._head, None
        if head is not None and not head.done():
            head.set_exception(exc)
        elif self._resp is not None:
            self._resp._fail(exc)
        self._resp = None
        self.close()
