"""HTTP to upstreams: one pooled aiohttp session per worker, deadlines, error mapping.

Every aiohttp exception is mapped here to an ``aire.errors.UpstreamError`` subclass, so
the rest of the gateway never sees a third-party exception.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import orjson

from aire.errors import (
    UpstreamConnectError,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamStatusError,
    UpstreamTimeout,
)

__all__ = ["SSEBuffer", "Transport", "expect_event_stream", "retry_after_s", "sse_data"]

_ERROR_BODY_LIMIT = 64 * 1024


class Transport:
    def __init__(self, *, keepalive_s: float = 30.0) -> None:
        self._keepalive_s = keepalive_s
        self._session: aiohttp.ClientSession | None = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=0,  # the gateway's own limits decide concurrency, not the pool
                ttl_dns_cache=300,
                keepalive_timeout=self._keepalive_s,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=True,
                skip_auto_headers=("User-Agent",),
                timeout=aiohttp.ClientTimeout(total=None),
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        *,
        connect_s: float,
        deadline: float,
        phase: str,
        name: str,
    ) -> aiohttp.ClientResponse:
        """Send a POST and wait for the response head, at most until ``deadline``."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect_s, connect=connect_s)
        try:
            async with asyncio.timeout_at(deadline):
                return await self.session.post(url, data=body, headers=headers, timeout=timeout)
        except TimeoutError:
            raise UpstreamTimeout(f"upstream {name} timed out ({phase})", phase=phase) from None
        except aiohttp.ClientError as exc:
            raise map_client_error(exc, name) from exc

    async def get_status(self, url: str, timeout_s: float) -> int:
        """Status of a GET (health checks); UpstreamError if there is no answer."""
        try:
            async with (
                asyncio.timeout(timeout_s),
                self.session.get(url, allow_redirects=False) as resp,
            ):
                await resp.read()
                return resp.status
        except TimeoutError:
            raise UpstreamTimeout("health check timed out", phase="health") from None
        except aiohttp.ClientError as exc:
            raise map_client_error(exc, url) from exc


def map_client_error(exc: aiohttp.ClientError, name: str) -> UpstreamError:
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return UpstreamTimeout(f"upstream {name} timed out (connect)", phase="connect")
    if isinstance(exc, aiohttp.ClientConnectorError):
        return UpstreamConnectError(f"cannot connect to upstream {name}: {exc.strerror or exc}")
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return UpstreamConnectError(f"upstream {name} closed the connection")
    if isinstance(exc, aiohttp.ClientPayloadError):
        return UpstreamProtocolError(f"upstream {name} cut the response off")
    if isinstance(exc, aiohttp.ClientOSError):
        return UpstreamConnectError(f"connection to upstream {name} failed: {exc.strerror or exc}")
    return UpstreamProtocolError(f"bad response from upstream {name}: {type(exc).__name__}")


async def read_body(resp: aiohttp.ClientResponse, deadline: float, name: str) -> bytes:
    try:
        async with asyncio.timeout_at(deadline):
            return await resp.read()
    except TimeoutError:
        raise UpstreamTimeout(f"upstream {name} timed out (total)", phase="total") from None
    except aiohttp.ClientError as exc:
        raise map_client_error(exc, name) from exc
    finally:
        resp.release()


async def read_chunk(resp: aiohttp.ClientResponse, deadline: float, phase: str, name: str) -> bytes:
    """The next bytes of a streamed body (b"" at its end)."""
    try:
        async with asyncio.timeout_at(deadline):
            return await resp.content.readany()
    except TimeoutError:
        raise UpstreamTimeout(f"upstream {name} timed out ({phase})", phase=phase) from None
    except aiohttp.ClientError as exc:
        raise map_client_error(exc, name) from exc


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


def expect_event_stream(resp: aiohttp.ClientResponse, name: str) -> None:
    """A stream request must be answered with SSE; anything else closes the response and
    is a protocol error (retryable before the first byte reaches the client)."""
    if not resp.content_type.startswith("text/event-stream"):
        resp.close()
        raise UpstreamProtocolError(
            f"upstream {name} answered a stream request with {resp.content_type}"
        )


async def status_error(
    resp: aiohttp.ClientResponse,
    deadline: float,
    name: str,
    parse: Callable[[Any], tuple[str | None, str | None]],
) -> UpstreamStatusError:
    """An UpstreamStatusError from an error response; ``parse(json) -> (message, code)``."""
    status = resp.status
    retry_after = retry_after_s(resp.headers)
    try:
        async with asyncio.timeout_at(min(deadline, asyncio.get_running_loop().time() + 5)):
            raw = await resp.content.read(_ERROR_BODY_LIMIT)
    except (TimeoutError, aiohttp.ClientError):
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
        message or f"upstream {name} answered HTTP {status}",
        upstream_status=status,
        upstream_code=code,
        retry_after_s=retry_after,
        body=body if isinstance(body, dict) else None,
        client_message=message or f"the upstream model answered HTTP {status}",
    )


class SSEBuffer:
    """Split a byte stream into server-sent events (without their blank-line terminator)."""

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = b""

    def feed(self, data: bytes) -> list[bytes]:
        buf = self._buf + data if self._buf else data
        if b"\r" in buf:
            if buf.endswith(b"\r"):  # a \r\n pair may be split across reads
                self._buf = buf
                return []
            buf = buf.replace(b"\r\n", b"\n")
        parts = buf.split(b"\n\n")
        self._buf = parts.pop()
        return [p for p in parts if p]

    @property
    def pending(self) -> bytes:
        return self._buf


def sse_data(event: bytes) -> tuple[bytes | None, bytes | None]:
    """(event name, data) of one SSE event; data lines are joined with newlines."""
    if event.startswith(b"data:") and b"\n" not in event:
        data = event[5:]
        return None, data[1:] if data.startswith(b" ") else data
    name: bytes | None = None
    data_lines: list[bytes] = []
    for line in event.split(b"\n"):
        if line.startswith(b"data:"):
            value = line[5:]
            data_lines.append(value[1:] if value.startswith(b" ") else value)
        elif line.startswith(b"event:"):
            name = line[6:].strip()
    return name, (b"\n".join(data_lines) if data_lines else None)
