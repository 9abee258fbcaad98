"""``http1``: the gateway's own keep-alive HTTP/1.1 client (``aire.gateway.http1``) behind
the client protocol. The default: about 45 µs of CPU per call against about 150 µs through
aiohttp (benchmarks/gateway/RESULTS.md).

TLS settings (a CA bundle, a client certificate, no verification) are an
``ssl.SSLContext``, which the stdlib does all the work of: deployments on a private CA or
behind mTLS keep the fast client. Proxies and HTTP/2 need the ``httpx`` client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar
from urllib.parse import urlsplit

from aire.errors import UpstreamError
from aire.gateway import http1
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

__all__ = ["Http1Client", "Http1Response"]

_METHODS = {"POST": b"POST", "GET": b"GET"}
_CUT_OFF = "the upstream cut the response off"  # http1's PayloadError for a plain cut


def _mapped(exc: http1.HTTPError, origin: str) -> UpstreamError:
    if isinstance(exc, http1.ConnectTimeout):
        return connect_timeout(origin)
    if isinstance(exc, http1.TLSError):
        return tls_failed(origin, exc.ssl_error)
    if isinstance(exc, http1.ConnectError):
        return connect_failed(origin, exc.strerror)
    if isinstance(exc, http1.Disconnected):
        return disconnected(origin, exc.strerror)
    if isinstance(exc, http1.PayloadError):
        return cut_off(origin, None if str(exc) == _CUT_OFF else str(exc))
    return not_http(origin, str(exc))


class Http1Response:
    """An ``http1.Response`` whose errors are ``aire.errors`` ones."""

    __slots__ = ("_origin", "_resp", "headers", "status")

    def __init__(self, resp: http1.Response, origin: str) -> None:
        self._resp = resp
        self._origin = origin
        self.status = resp.status
        self.headers: Mapping[str, str] = resp.headers

    @property
    def content_type(self) -> str:
        return self._resp.content_type

    async def read(self, deadline: float | None = None) -> bytes:
        try:
            return await self._resp.read(deadline)
        except http1.HTTPError as exc:
            raise _mapped(exc, self._origin) from exc

    async def readany(self, deadline: float | None = None) -> bytes:
        try:
            return await self._resp.readany(deadline)
        except http1.HTTPError as exc:
            raise _mapped(exc, self._origin) from exc

    async def read_upto(self, limit: int, deadline: float | None = None) -> bytes:
        try:
            return await self._resp.read_upto(limit, deadline)
        except http1.HTTPError as exc:
            raise _mapped(exc, self._origin) from exc

    def release(self) -> None:
        self._resp.release()

    def close(self) -> None:
        self._resp.close()


class Http1Client:
    features: ClassVar[frozenset[str]] = frozenset({"tls"})

    def __init__(self, settings: ClientSettings | None = None) -> None:
        settings = settings or ClientSettings()
        ctx = tls_context(settings.tls) if settings.tls is not None else None
        self.pool = http1.Pool(keepalive_s=settings.keepalive_s, ssl_context=ctx)
        # URLs come from the config (base URL + an endpoint path): a bounded set
        self._targets: dict[str, tuple[http1.Target, str]] = {}

    def _target(self, url: str) -> tuple[http1.Target, str]:
        found = self._targets.get(url)
        if found is None:
            parts = urlsplit(url)
            found = self._targets[url] = (http1.Target(url), f"{parts.scheme}://{parts.netloc}")
        return found

    async def request(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        connect_s: float,
        deadline: float,
    ) -> Http1Response:
        target, origin = self._target(url)
        try:
            resp = await self.pool.request(
                _METHODS.get(method) or method.encode(),
                target,
                headers,
                body,
                connect_s=connect_s,
                deadline=deadline,
            )
        except http1.HTTPError as exc:
            raise _mapped(exc, origin) from exc
        return Http1Response(resp, origin)

    async def aclose(self) -> None:
        await self.pool.aclose()
