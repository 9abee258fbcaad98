"""One response as its caller reads it: the body buffered as the connection feeds it
(decompressed on the way), read whole, piece by piece or up to a limit, each read bounded
by a deadline on the loop's clock."""

from __future__ import annotations

import asyncio
import collections
import zlib
from typing import TYPE_CHECKING, Any

from aire.gateway.http1.errors import HTTPError, PayloadError

if TYPE_CHECKING:
    from aire.gateway.http1.protocol import Connection

__all__ = ["Decoder", "Response", "expire"]


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
        timer = self._loop.call_at(deadline, expire, waiter)
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


class Decoder:
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


def expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())
