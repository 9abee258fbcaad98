"""A lean HTTP/1.1 client for upstream calls: keep-alive connections per origin, responses
parsed by httptools (llhttp, the parser uvicorn uses on the server side).

aiohttp's per-call machinery (``ClientRequest``, header merging, cookie jar, payload
registry, timer contexts) took about 150 µs of CPU per upstream call, more than the rest
of the gateway's work on a request. The gateway needs far less: a POST or GET with a
ready-made head, a response read whole or chunk by chunk against a deadline, and
connection reuse. No redirects, cookies, proxies or ``Expect: 100-continue``; TLS through
the ``ssl.SSLContext`` given (custom CAs, client certificates).

Errors are this module's own (``HTTPError`` and subclasses); ``aire.gateway.clients.http1``
(this client behind the gateway's client protocol) maps them to ``aire.errors`` at the edge.
"""

from __future__ import annotations

import asyncio
import collections
import ssl
import zlib
from typing import Any, cast
from urllib.parse import urlsplit

import httptools

__all__ = [
    "ConnectError",
    "ConnectTimeout",
    "Disconnected",
    "HTTPError",
    "PayloadError",
    "Pool",
    "ProtocolError",
    "Response",
    "Target",
]

_HEAD_LIMIT = 64 * 1024  # response status line + headers
_READ_HIGH = 256 * 1024  # buffered body bytes before the socket stops being read
_DEFAULT_HEADERS = b"accept: */*\r\naccept-encoding: gzip, deflate\r\n"


class HTTPError(Exception):
    """Base of this module's errors."""


class ConnectError(HTTPError):
    """No connection (refused, unreachable, DNS, TLS); ``strerror`` as the OS gave it."""

    def __init__(self, strerror: str) -> None:
        super().__init__(strerror)
        self.strerror = strerror


class ConnectTimeout(HTTPError):
    pass


class Disconnected(HTTPError):
    """The connection closed before the response head (``strerror``: it broke, as the OS
    said, e.g. reset by peer)."""

    def __init__(self, message: str, strerror: str | None = None) -> None:
        super().__init__(message)
        self.strerror = strerror


class PayloadError(HTTPError):
    """The connection closed (or broke) in the middle of the response body."""


class ProtocolError(HTTPError):
    """Not a valid HTTP/1.1 response."""


class Target:
    """A parsed URL: where to connect and what to put in the request line."""

    __slots__ = ("head", "host", "key", "port", "ssl")

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        self.ssl = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.ssl else 80)
        self.key = (self.ssl, self.host, self.port)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        default_port = parts.port is None or parts.port == (443 if self.ssl else 80)
        host = f"[{self.host}]" if ":" in self.host else self.host
        netloc = host if default_port else f"{host}:{self.port}"
        self.head = f" {path} HTTP/1.1\r\nhost: {netloc}\r\n".encode()


def request_head(
    method: bytes, target: Target, headers: dict[str, str], length: int | None
) -> bytes:
    """The request line and headers, ready to write (``length``: the body's content-length)."""
    lines = [method, target.head, _DEFAULT_HEADERS]
    for name, value in headers.items():
        line = f"{name}: {value}\r\n"
        if "\n" in line[:-2] or "\r" in line[:-2]:
            raise ValueError(f"newline in the value of header {name!r}")
        lines.append(line.encode())
    if length is not None:
        lines.append(b"content-length: %d\r\n" % length)
    lines.append(b"\r\n")
    return b"".join(lines)


class Response:
    """One response; its body is read with ``read``, ``readany`` or ``read_upto``.

    Either ``release()`` (the connection goes back to the pool if the body was read to
    its end) or ``close()`` must end its use.
    """

    __slots__ = (
        "_chunks",
        "_conn",
        "_decoder",
        "_done",
        "_exc",
        "_loop",
        "_size",
        "_waiter",
        "headers",
        "status",
    )

    def __init__(self, conn: Connection, loop: asyncio.AbstractEventLoop) -> None:
        self._conn: Connection | None = conn
        self._loop = loop
        self.status = 0
        self.headers: dict[str, str] = {}  # lower-case names; the first of repeated ones
        self._chunks: collections.deque[bytes] = collections.deque()
        self._size = 0
        self._done = False
        self._exc: HTTPError | None = None
        self._decoder: Any = None
        self._waiter: asyncio.Future[None] | None = None

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters (as aiohttp gives it)."""
        raw = self.headers.get("content-type")
        if not raw:
            return "application/octet-stream"
        return raw.split(";", 1)[0].strip().lower()

    # -- fed by the connection --------------------------------------------------------

    def _feed(self, data: bytes) -> None:
        if self._exc is not None:  # the body did not decompress: the rest is useless
            return
        if self._decoder is not None:
            try:
                data = self._decoder.decompress(data)
            except zlib.error:
                self._fail(PayloadError("the response body does not decompress"))
                return
            if not data:
                return
        self._chunks.append(data)
        self._size += len(data)
        self._wake()

    def _finish(self) -> None:
        if self._exc is not None:
            return
        decoder = self._decoder
        if decoder is not None:
            try:
                tail = decoder.flush()
            except zlib.error:
                tail = b""
            if decoder.unfinished:  # a good framing around a cut-off compressed stream
                self._fail(PayloadError("the response body does not decompress"))
                return
            if tail:
                self._chunks.append(tail)
                self._size += len(tail)
        self._done = True
        self._wake()

    def _fail(self, exc: HTTPError) -> None:
        if not self._done and self._exc is None:
            self._exc = exc
            self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    # -- read by the caller -----------------------------------------------------------

    async def _wait(self, deadline: float | None) -> None:
        """Until the connection has something for this response; TimeoutError past
        ``deadline`` (loop time)."""
        waiter = self._waiter = self._loop.create_future()
        conn = self._conn
        if conn is not None and conn.paused:
            conn.resume()
        if deadline is None:
            await waiter
            return
        timer = self._loop.call_at(deadline, _expire, waiter)
        try:
            await waiter
        finally:
            timer.cancel()

    def _take(self) -> bytes:
        chunks = self._chunks
        data = chunks.popleft() if len(chunks) == 1 else b"".join(chunks)
        chunks.clear()
        self._size = 0
        return data

    async def read(self, deadline: float | None = None) -> bytes:
        """The whole (rest of the) body."""
        parts = []
        while True:
            if self._chunks:
                parts.append(self._take())
            if self._done:
                return parts[0] if len(parts) == 1 else b"".join(parts)
            if self._exc is not None:
                raise self._exc
            await self._wait(deadline)

    async def readany(self, deadline: float | None = None) -> bytes:
        """The bytes received so far and not yet read, waiting for some; b"" at the end."""
        while True:
            if self._chunks:
                data = self._take()
                conn = self._conn
                if conn is not None and conn.paused:
                    conn.resume()
                return data
            if self._done:
                return b""
            if self._exc is not None:
                raise self._exc
            await self._wait(deadline)

    async def read_upto(self, limit: int, deadline: float | None = None) -> bytes:
        """At most ``limit`` bytes of the body (for error bodies of unknown size)."""
        parts: list[bytes] = []
        size = 0
        while size < limit:
            data = await self.readany(deadline)
            if not data:
                break
            parts.append(data)
            size += len(data)
        return b"".join(parts)[:limit]

    def release(self) -> None:
        """Done with this response: its connection is reused if the body was read whole."""
        conn, self._conn = self._conn, None
        if conn is not None:
            if self._done and not self._chunks:
                conn.release()
            else:
                conn.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


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
            resp._decoder = _Decoder(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            resp._decoder = _Decoder(None)
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


class _Decoder:
    """A gzip or deflate body (``wbits`` None: deflate, zlib-wrapped as the RFC says or raw
    as some servers send it, told apart by its first byte)."""

    __slots__ = ("_obj", "_wbits")

    def __init__(self, wbits: int | None) -> None:
        self._wbits = wbits
        self._obj: Any = None

    def decompress(self, data: bytes) -> bytes:
        if self._obj is None:
            wbits = self._wbits
            if wbits is None:
                wbits = zlib.MAX_WBITS if (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS
            self._obj = zlib.decompressobj(wbits)
        return bytes(self._obj.decompress(data))

    def flush(self) -> bytes:
        return bytes(self._obj.flush()) if self._obj is not None else b""

    @property
    def unfinished(self) -> bool:
        """Compressed bytes came but not the end of their stream."""
        return self._obj is not None and not self._obj.eof


class Pool:
    """Keep-alive connections per (scheme, host, port), most recently used first."""

    def __init__(
        self, *, keepalive_s: float = 30.0, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self.keepalive_s = keepalive_s
        self._idle: dict[tuple[bool, str, int], list[Connection]] = {}
        self._all: set[Connection] = set()
        self._closing: set[Connection] = set()  # closed, their transport not yet gone
        self._ssl = ssl_context  # None: the system's trust store, made on first use

    async def request(
        self,
        method: bytes,
        target: Target,
        headers: dict[str, str],
        body: bytes | None,
        *,
        connect_s: float,
        deadline: float,
    ) -> Response:
        """Send a request and wait for its response head, until ``deadline`` (loop time).

        TimeoutError past the deadline; ConnectTimeout past ``connect_s`` while connecting.
        """
        loop = asyncio.get_running_loop()
        data = request_head(method, target, headers, None if body is None else len(body))
        if body:
            data += body
        conn = self._idle_connection(target.key, loop.time())
        if conn is None:
            conn = await self._connect(target, connect_s, deadline, loop)
        for attempt in (0, 1):
            head = conn.send(data, loop)
            timer = loop.call_at(deadline, _expire, head)
            try:
                return await head
            except Disconnected:
                # A reused connection the upstream closed as we wrote: like aiohttp, try a
                # new connection once, for methods that may be repeated.
                if attempt or not conn.reused or method != b"GET":
                    raise
                conn = await self._connect(target, connect_s, deadline, loop)
            except BaseException:
                conn.close()
                raise
            finally:
                timer.cancel()
        raise AssertionError("unreachable")

    def _idle_connection(self, key: tuple[bool, str, int], now: float) -> Connection | None:
        idle = self._idle.get(key)
        while idle:
            conn = idle.pop()
            transport = conn.transport
            stale = now - conn.idle_since > self.keepalive_s
            if conn.closed or transport is None or transport.is_closing() or stale:
                conn.close()
            else:
                conn.reused = True
                return conn
        return None

    async def _connect(
        self, target: Target, connect_s: float, deadline: float, loop: asyncio.AbstractEventLoop
    ) -> Connection:
        ctx = None
        if target.ssl:
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            ctx = self._ssl
        connect_by = loop.time() + connect_s
        try:
            async with asyncio.timeout_at(min(connect_by, deadline)):
                _, conn = await loop.create_connection(
                    lambda: Connection(self, target.key),
                    target.host,
                    target.port,
                    ssl=ctx,
                    server_hostname=target.host if ctx is not None else None,
                )
        except TimeoutError:
            if deadline <= connect_by:
                raise  # the caller's deadline, not the connect timeout
            raise ConnectTimeout(f"connect timeout to {target.host}:{target.port}") from None
        except OSError as exc:
            raise ConnectError(exc.strerror or str(exc) or type(exc).__name__) from None
        self._all.add(conn)
        return conn

    def put(self, conn: Connection) -> None:
        now = asyncio.get_running_loop().time()
        conn.idle_since = now
        idle = self._idle.setdefault(conn.key, [])
        while idle and now - idle[0].idle_since > self.keepalive_s:  # oldest first
            idle.pop(0).close()
        idle.append(conn)

    def forget(self, conn: Connection) -> None:
        self._all.discard(conn)
        idle = self._idle.get(conn.key)
        if idle and conn in idle:
            idle.remove(conn)

    def closing(self, conn: Connection) -> None:
        if not conn.lost.done():
            self._closing.add(conn)

    def gone(self, conn: Connection) -> None:
        self._closing.discard(conn)

    def close(self) -> None:
        for conn in list(self._all):
            conn.close()
        self._idle.clear()

    async def aclose(self, timeout_s: float = 1.0) -> None:
        """Close every connection and wait, at most ``timeout_s``, until they are gone.

        A TLS connection says goodbye (close_notify) after ``close()`` returns: an event
        loop that stops before that leaves the transport unclosed (and complains).
        """
        self.close()
        pending = [conn.lost for conn in self._closing]
        if pending:
            await asyncio.wait(pending, timeout=timeout_s)
        for conn in list(self._closing):
            if conn.transport is not None:
                conn.transport.abort()
        self._closing.clear()


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())
