"""Keep-alive connections per origin: connect (TLS through the ``ssl.SSLContext``
given), reuse an idle connection, send a request and wait for its head."""

from __future__ import annotations

import asyncio
import ssl

from aire.gateway.http1.errors import ConnectError, ConnectTimeout, Disconnected, TLSError
from aire.gateway.http1.protocol import Connection
from aire.gateway.http1.request import Target, request_head
from aire.gateway.http1.response import Response, expire

__all__ = ["Pool"]


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
            timer = loop.call_at(deadline, expire, head)
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
        except ssl.SSLError as exc:
            raise TLSError(exc) from None
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
