"""``httpx``: upstream calls through httpx2 (the maintained continuation of httpx), for what
the gateway's own client does not do: an HTTP(S) proxy (a CONNECT tunnel to https
upstreams, absolute-form requests to http ones) and HTTP/2 (with the ``h2`` package:
negotiated by ALPN over https, with prior knowledge over plain http). TLS settings as
the ``http1`` client. Needs the ``httpx`` extra: ``pip install 'aire[httpx]'``.

It costs more CPU per call than ``http1`` (benchmarks/gateway/RESULTS.md), so ``client:
auto`` picks it only when a deployment sets ``proxy`` or ``http2``. The environment's
proxy variables are ignored: the config says what a deployment uses (write ``proxy:
${HTTPS_PROXY}`` to take it from there). Its TLS context is built as ``http1``'s
(``clients.base.tls_context``), not from httpx's defaults, so both trust the same CAs.

httpx has per-operation timeouts; the gateway's deadlines bound a whole phase, so every
wait here runs under ``asyncio.timeout_at`` and httpx's own timeouts are off except the
connect one.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx2

from aire.errors import UpstreamError
from aire.gateway.clients.base import (
    ClientSettings,
    connect_failed,
    connect_timeout,
    cut_off,
    disconnected,
    not_http,
    tls_context,
    tls_failed,
)

__all__ = ["HttpxClient", "HttpxResponse"]


def _reason(exc: BaseException) -> str:
    """What went wrong, in words: httpx often wraps an OS or TLS error in an empty one."""
    seen: BaseException | None = exc
    while seen is not None:
        if str(seen):
            return str(seen)
        seen = seen.__cause__ or seen.__context__
    return type(exc).__name__


def _ssl_error(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error under httpx's (and httpcore's) wrappers, if one is."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _head_error(exc: httpx2.HTTPError, origin: str) -> UpstreamError:
    """An error before the response head arrived."""
    reason = _reason(exc)
    if isinstance(exc, httpx2.ConnectTimeout):
        return connect_timeout(origin)
    tls = _ssl_error(exc) if isinstance(exc, httpx2.ConnectError) else None
    if tls is not None:  # the handshake (a refusal after it is a read error, as in http1)
        return tls_failed(origin, tls)
    if isinstance(exc, httpx2.ProxyError):
        return connect_failed(origin, f"proxy: {reason}")
    if isinstance(exc, httpx2.ConnectError | httpx2.UnsupportedProtocol):
        return connect_failed(origin, reason)
    if isinstance(exc, httpx2.ReadError | httpx2.WriteError):
        return disconnected(origin, reason)
    if isinstance(exc, httpx2.RemoteProtocolError) and "disconnected" in reason.lower():
        # httpcore's words for a connection closed before any answer; other remote
        # protocol errors are answers that are not HTTP
        return disconnected(origin, None)
    return not_http(origin, reason)


def _body_error(exc: httpx2.HTTPError, origin: str) -> UpstreamError:
    """An error while reading the body: it was cut off, or does not decompress."""
    if isinstance(exc, httpx2.DecodingError):
        return cut_off(origin, "the response body does not decompress")
    return cut_off(origin, None)


class HttpxResponse:
    __slots__ = ("_chunks", "_client", "_done", "_failed", "_origin", "_resp", "headers", "status")

    def __init__(self, resp: httpx2.Response, origin: str, client: HttpxClient) -> None:
        self._resp = resp
        self._origin = origin
        self._client = client
        self._chunks: AsyncIterator[bytes] = resp.aiter_bytes()  # decoded, as they arrive
        self._done = False
        self._failed: BaseException | None = None
        self.status = resp.status_code
        self.headers: Mapping[str, str] = resp.headers  # case-insensitive

    @property
    def content_type(self) -> str:
        raw = self._resp.headers.get("content-type")
        if not raw:
            return "application/octet-stream"
        return str(raw).split(";", 1)[0].strip().lower()

    async def readany(self, deadline: float | None = None) -> bytes:
        if self._done:
            return b""
        if self._failed is not None:
            raise self._failed
        try:
            async with asyncio.timeout_at(deadline):
                return await anext(self._chunks)
        except StopAsyncIteration:
            self._done = True  # httpx closed the response (its connection is reusable)
            return b""
        except TimeoutError as exc:
            # the cancelled read ended httpx's body iterator: this body cannot go on
            self._failed = exc
            raise
        except asyncio.CancelledError:
            # the same for a read cancelled from outside: a later read must not look like
            # the end of the body
            self._failed = cut_off(self._origin, "a read was cancelled")
            raise
        except httpx2.HTTPError as exc:
            self._failed = _body_error(exc, self._origin)
            raise self._failed from exc

    async def read(self, deadline: float | None = None) -> bytes:
        parts = []
        while data := await self.readany(deadline):
            parts.append(data)
        return b"".join(parts)

    async def read_upto(self, limit: int, deadline: float | None = None) -> bytes:
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
        self.close()  # a body read to its end is closed already, its connection pooled

    def close(self) -> None:
        if not self._resp.is_closed:
            self._client.close_later(self._resp)


class HttpxClient:
    features: ClassVar[frozenset[str]] = frozenset({"proxy", "http2", "tls"})

    def __init__(self, settings: ClientSettings | None = None) -> None:
        settings = settings or ClientSettings(client="httpx")
        limits = httpx2.Limits(
            max_connections=None,  # as http1: concurrency is bounded by the gateway
            max_keepalive_connections=None,
            keepalive_expiry=settings.keepalive_s,
        )

        def transport(http1: bool) -> httpx2.AsyncHTTPTransport:
            return httpx2.AsyncHTTPTransport(
                verify=tls_context(settings.tls),  # one each: httpcore sets ALPN on it
                trust_env=False,
                http1=http1,
                http2=settings.http2,
                limits=limits,
                proxy=settings.proxy,
            )

        self._client = httpx2.AsyncClient(
            mounts={
                # plain-text HTTP/2 can only be spoken with prior knowledge (no ALPN)
                "http://": transport(http1=not settings.http2),
                "https://": transport(http1=True),
            },
            trust_env=False,
            follow_redirects=False,
            timeout=None,
        )
        self._timeouts: dict[float, httpx2.Timeout] = {}
        self._origins: dict[str, str] = {}
        self._closing: set[asyncio.Task[Any]] = set()

    async def request(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        connect_s: float,
        deadline: float,
    ) -> HttpxResponse:
        origin = self._origins.get(url)
        if origin is None:
            parts = urlsplit(url)
            origin = self._origins[url] = f"{parts.scheme}://{parts.netloc}"
        timeout = self._timeouts.get(connect_s)
        if timeout is None:
            timeout = self._timeouts[connect_s] = httpx2.Timeout(None, connect=connect_s)
        req = self._client.build_request(
            method, url, headers=headers, content=body, timeout=timeout
        )
        try:
            async with asyncio.timeout_at(deadline):
                resp = await self._client.send(req, stream=True)
        except httpx2.HTTPError as exc:
            raise _head_error(exc, origin) from exc
        return HttpxResponse(resp, origin, self)

    def close_later(self, resp: httpx2.Response) -> None:
        """Close a response from sync code (the protocol's ``close``): a task, awaited at
        the latest by ``aclose``."""
        task = asyncio.get_running_loop().create_task(resp.aclose())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def aclose(self) -> None:
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)
        await self._client.aclose()
