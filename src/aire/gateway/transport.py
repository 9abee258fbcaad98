"""HTTP to upstreams: one keep-alive pool per worker, deadlines, error mapping.

The client is ``aire.gateway.http1`` (aiohttp's per-call overhead was the largest single
cost of a gateway request). Its errors are mapped here to ``aire.errors.UpstreamError``
subclasses, so the rest of the gateway never sees them.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable
from typing import Any

import orjson

from aire.errors import (
    UpstreamConnectError,
    UpstreamError,
    UpstreamProtocolError,
    UpstreamStatusError,
    UpstreamTimeout,
)
from aire.gateway.http1 import (
    ConnectError,
    ConnectTimeout,
    Disconnected,
    HTTPError,
    PayloadError,
    Pool,
    Response,
    Target,
)

__all__ = [
    "Response",
    "SSEBuffer",
    "Transport",
    "expect_event_stream",
    "retry_after_s",
    "sse_data",
]

_ERROR_BODY_LIMIT = 64 * 1024


class Transport:
    def __init__(self, *, keepalive_s: float = 30.0) -> None:
        self._pool = Pool(keepalive_s=keepalive_s)
        self._targets: dict[str, Target] = {}  # URLs come from the config: a bounded set

    def _target(self, url: str) -> Target:
        target = self._targets.get(url)
        if target is None:
            target = self._targets[url] = Target(url)
        return target

    async def aclose(self) -> None:
        self._pool.close()

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
    ) -> Response:
        """Send a POST and wait for the response head, at most until ``deadline``."""
        try:
            return await self._pool.request(
                b"POST", self._target(url), headers, body, connect_s=connect_s, deadline=deadline
            )
        except TimeoutError:
            raise UpstreamTimeout(f"upstream {name} timed out ({phase})", phase=phase) from None
        except HTTPError as exc:
            raise map_client_error(exc, name) from exc

    async def get_status(self, url: str, timeout_s: float) -> int:
        """Status of a GET (health checks); UpstreamError if there is no answer."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        try:
            resp = await self._pool.request(
                b"GET", self._target(url), {}, None, connect_s=timeout_s, deadline=deadline
            )
            try:
                await resp.read(deadline)
            finally:
                resp.release()
            return resp.status
        except (TimeoutError, ConnectTimeout):
            raise UpstreamTimeout("health check timed out", phase="health") from None
        except HTTPError as exc:
            raise map_client_error(exc, url) from exc


def map_client_error(exc: HTTPError, name: str) -> UpstreamError:
    if isinstance(exc, ConnectTimeout):
        return UpstreamTimeout(f"upstream {name} timed out (connect)", phase="connect")
    if isinstance(exc, ConnectError):
        return UpstreamConnectError(f"cannot connect to upstream {name}: {exc.strerror}")
    if isinstance(exc, Disconnected):
        if exc.strerror:
            return UpstreamConnectError(f"connection to upstream {name} failed: {exc.strerror}")
        return UpstreamConnectError(f"upstream {name} closed the connection")
    if isinstance(exc, PayloadError):
        return UpstreamProtocolError(f"upstream {name} cut the response off")
    return UpstreamProtocolError(f"bad response from upstream {name}: {exc}")


async def read_body(resp: Response, deadline: float, name: str) -> bytes:
    try:
        return await resp.read(deadline)
    except TimeoutError:
        raise UpstreamTimeout(f"upstream {name} timed out (total)", phase="total") from None
    except HTTPError as exc:
        raise map_client_error(exc, name) from exc
    finally:
        resp.release()


async def read_chunk(resp: Response, deadline: float, phase: str, name: str) -> bytes:
    """The next bytes of a streamed body (b"" at its end)."""
    try:
        return await resp.readany(deadline)
    except TimeoutError:
        raise UpstreamTimeout(f"upstream {name} timed out ({phase})", phase=phase) from None
    except HTTPError as exc:
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


def expect_event_stream(resp: Response, name: str) -> None:
    """A stream request must be answered with SSE; anything else closes the response and
    is a protocol error (retryable before the first byte reaches the client)."""
    if not resp.content_type.startswith("text/event-stream"):
        resp.close()
        raise UpstreamProtocolError(
            f"upstream {name} answered a stream request with {resp.content_type}"
        )


async def status_error(
    resp: Response,
    deadline: float,
    name: str,
    parse: Callable[[Any], tuple[str | None, str | None]],
) -> UpstreamStatusError:
    """An UpstreamStatusError from an error response; ``parse(json) -> (message, code)``."""
    status = resp.status
    retry_after = retry_after_s(resp.headers)
    try:
        limit = min(deadline, asyncio.get_running_loop().time() + 5)
        raw = await resp.read_upto(_ERROR_BODY_LIMIT, limit)
    except (TimeoutError, HTTPError):
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
