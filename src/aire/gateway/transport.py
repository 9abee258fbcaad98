"""HTTP to upstreams: the clients of one worker, and what every provider does with them.

A ``Transport`` owns one client per distinct client setting (``aire.gateway.clients``),
so deployments with the same settings share keep-alive connections. A deployment talks
through an ``Upstream``: its client and its name in log messages, with the steps every
provider needs (send, read a whole body under a deadline, turn an error answer into an
``UpstreamStatusError``, check that a stream is SSE). Clients map their own errors to
``aire.errors`` (see ``aire.gateway.clients.base``); deadlines are mapped here, with the
phase they bound.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

from aire.errors import (
    UpstreamError,
    UpstreamProtocolError,
    UpstreamStatusError,
    UpstreamTimeout,
)
from aire.gateway.clients.base import (
    CLIENTS,
    ClientResponse,
    ClientSettings,
    TLSSettings,
    UpstreamClient,
    resolve_client,
)
from aire.gateway.deadlines import DeadlineReader, first_token_deadline

if TYPE_CHECKING:
    from aire.config.gateway import DeploymentConfig
    from aire.gateway.providers.base import UpstreamRequest

#: turns an error answer into the exception to raise (a provider's error dialect)
ErrorOf = Callable[[ClientResponse, float], Awaitable[UpstreamStatusError]]

__all__ = [
    "ClientResponse",
    "Transport",
    "Upstream",
    "client_settings",
    "retry_after_s",
]

_ERROR_BODY_LIMIT = 64 * 1024


def client_settings(config: DeploymentConfig, *, keepalive_s: float = 30.0) -> ClientSettings:
    """The client a deployment's config asks for (``client: auto`` resolved)."""
    tls = None
    if config.tls is not None:
        t = config.tls
        tls = TLSSettings(
            ca_file=str(t.ca_file) if t.ca_file else None,
            cert_file=str(t.cert_file) if t.cert_file else None,
            key_file=str(t.key_file) if t.key_file else None,
            verify=t.verify,
        )
    proxy = str(config.proxy) if config.proxy is not None else None
    return ClientSettings(
        client=resolve_client(config.client, proxy=proxy is not None, http2=config.http2),
        proxy=proxy,
        tls=tls,
        http2=config.http2,
        keepalive_s=keepalive_s,
    )


class Transport:
    """The upstream clients of one worker (event loop)."""

    def __init__(self, *, keepalive_s: float = 30.0) -> None:
        self.keepalive_s = keepalive_s
        self._clients: dict[ClientSettings, UpstreamClient] = {}
        # origin -> the client of the deployment there, for health checks (which get a URL)
        self._by_origin: dict[str, UpstreamClient] = {}

    def client(self, settings: ClientSettings | None = None) -> UpstreamClient:
        """The client for ``settings`` (default: http1), made on first use."""
        settings = settings or ClientSettings(keepalive_s=self.keepalive_s)
        client = self._clients.get(settings)
        if client is None:
            client = self._clients[settings] = CLIENTS.get(settings.client)(settings)
        return client

    def upstream(self, base_url: str, settings: ClientSettings | None = None) -> Upstream:
        """The way to one upstream; errors name it by ``base_url``."""
        client = self.client(settings)
        parts = urlsplit(base_url)
        self._by_origin[f"{parts.scheme}://{parts.netloc}"] = client
        return Upstream(client, base_url.rstrip("/"))

    def for_deployment(self, config: DeploymentConfig) -> Upstream:
        return self.upstream(str(config.url), client_settings(config, keepalive_s=self.keepalive_s))

    async def get_status(
        self, url: str, timeout_s: float, config: DeploymentConfig | None = None
    ) -> int:
        """Status of a GET (health checks) through the client of deployment ``config``
        (its TLS, proxy and HTTP/2 settings), else of the deployment at that origin;
        UpstreamError if there is no answer."""
        if config is not None:
            client = self.client(client_settings(config, keepalive_s=self.keepalive_s))
        else:
            parts = urlsplit(url)
            client = self._by_origin.get(f"{parts.scheme}://{parts.netloc}") or self.client()
        deadline = asyncio.get_running_loop().time() + timeout_s
        try:
            resp = await client.request(
                "GET", url, {}, None, connect_s=timeout_s, deadline=deadline
            )
            try:
                await resp.read(deadline)
            finally:
                resp.release()
            return resp.status
        except (TimeoutError, UpstreamTimeout):
            raise UpstreamTimeout("health check timed out", phase="health") from None

    async def aclose(self) -> None:
        clients = list(self._clients.values())
        self._clients.clear()
        self._by_origin.clear()
        for client in clients:
            await client.aclose()


class Upstream:
    """One deployment's way to its upstream: a (shared) client and the deployment's name
    in error messages (for logs: the client never sees them)."""

    __slots__ = ("client", "name")

    def __init__(self, client: UpstreamClient, name: str) -> None:
        self.client = client
        self.name = name

    async def post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        *,
        connect_s: float,
        deadline: float,
        phase: str,
    ) -> ClientResponse:
        """Send a POST and wait for the response head, at most until ``deadline`` (the
        end of ``phase``)."""
        try:
            return await self.client.request(
                "POST", url, headers, body, connect_s=connect_s, deadline=deadline
            )
        except TimeoutError:
            raise self.timeout(phase) from None

    async def exchange_json(
        self, url: str, body: bytes, headers: dict[str, str], req: UpstreamRequest, error: ErrorOf
    ) -> tuple[bytes, dict[str, Any]]:
        """POST and read a whole JSON object answer by the request's deadline: the raw
        bytes and the parsed object. An error status raises ``error(resp, deadline)``."""
        resp = await self.post(
            url,
            body,
            headers,
            connect_s=req.timeouts.connect_ms / 1000,
            deadline=req.deadline,
            phase="total",
        )
        if resp.status != 200:
            raise await error(resp, req.deadline)
        raw = await self.read_body(resp, req.deadline)
        try:
            obj = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamProtocolError(f"upstream {self.name} sent malformed JSON") from None
        if not isinstance(obj, dict):
            raise UpstreamProtocolError(f"upstream {self.name} sent a non-object body")
        return raw, obj

    async def open_event_stream(
        self, url: str, body: bytes, headers: dict[str, str], req: UpstreamRequest, error: ErrorOf
    ) -> DeadlineReader:
        """POST a stream request and wait for its head within the first-token deadline;
        the answer must be SSE. The reader enforces the idle and total deadlines."""
        t = req.timeouts
        first_deadline, phase = first_token_deadline(t.first_token_ms / 1000, req.deadline)
        resp = await self.post(
            url,
            body,
            headers,
            connect_s=t.connect_ms / 1000,
            deadline=first_deadline,
            phase=phase,
        )
        if resp.status != 200:
            raise await error(resp, req.deadline)
        self.expect_event_stream(resp)
        return DeadlineReader(
            resp,
            name=self.name,
            first_deadline=first_deadline,
            idle_s=t.idle_ms / 1000,
            deadline=req.deadline,
        )

    def timeout(self, phase: str) -> UpstreamTimeout:
        return UpstreamTimeout(f"upstream {self.name} timed out ({phase})", phase=phase)

    async def read_body(self, resp: ClientResponse, deadline: float) -> bytes:
        """The whole body, by the end of the exchange (phase "total")."""
        try:
            return await resp.read(deadline)
        except TimeoutError:
            raise self.timeout("total") from None
        finally:
            resp.release()

    def expect_event_stream(self, resp: ClientResponse) -> None:
        """A stream request must be answered with SSE; anything else closes the response
        and is a protocol error (retryable before the first byte reaches the client)."""
        if not resp.content_type.startswith("text/event-stream"):
            resp.close()
            raise UpstreamProtocolError(
                f"upstream {self.name} answered a stream request with {resp.content_type}"
            )

    async def status_error(
        self,
        resp: ClientResponse,
        deadline: float,
        parse: Callable[[Any], tuple[str | None, str | None]],
    ) -> UpstreamStatusError:
        """An UpstreamStatusError from an error answer; ``parse(json) -> (message, code)``."""
        status = resp.status
        retry_after = retry_after_s(resp.headers)
        try:
            limit = min(deadline, asyncio.get_running_loop().time() + 5)
            raw = await resp.read_upto(_ERROR_BODY_LIMIT, limit)
        except (TimeoutError, UpstreamError):
            raw = b""
        finally:
            resp.release()
        message, code, body = None, None, None
        try:
            body = orjson.loads(raw) if raw else None
            if body is not None:
                message, code = parse(body)
        except (orjson.JSONDecodeError, TypeError, AttributeError, KeyError):
            body = None
        return UpstreamStatusError(
            message or f"upstream {self.name} answered HTTP {status}",
            upstream_status=status,
            upstream_code=code,
            retry_after_s=retry_after,
            body=body if isinstance(body, dict) else None,
            client_message=message or f"the upstream model answered HTTP {status}",
        )


def retry_after_s(headers: Any) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
