"""Connection limits for the servers (gateway and simulator): a request-head timeout and
a cap on concurrent connections, on top of uvicorn's httptools protocol.

uvicorn times out only an *idle* keep-alive connection: its timer is armed when a
response ends and cancelled by the first byte of the next request, and nothing runs
from ``connection_made`` at all. So a client that connects and sends half a request head
(slowloris), or drips it a byte at a time, holds a connection and a file descriptor for
as long as it likes. ``HeadTimeoutProtocol`` adds one timer per request head: armed when
the connection opens and when the first byte of a later request arrives, cancelled when
the head is complete, never reset by more bytes. Keep-alive idling is untouched (that is
uvicorn's own ``timeout_keep_alive``). A head that is late gets a 408 and the connection
is closed; a connection that sent nothing is closed silently, as an idle one would be.
If a response is still being sent on the connection (a pipelined second head is
partial), the head's clock restarts once the connection is free, so no response is cut.

Why a subclass rather than an ASGI middleware or a watchdog task: the app only sees a
request once its head is complete, which is exactly what never happens here; a task
sweeping the server's connections would need the same per-connection state plus a
wake-up every second. The subclass overrides four small hooks, and the two uvicorn
internals it touches (``cycle.response_complete`` and ``_start_asgi_task``) are covered
by the tests in tests/test_http_limits.py.

The connection cap is uvicorn's ``limit_concurrency`` (checked when a request head is
complete; past it the request is answered 503 with ``connection: close``), with a JSON
error body (code ``too_many_connections``) instead of uvicorn's plain text. Connections
past the cap that never send a complete head are closed by the head timeout.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson
import uvicorn
from uvicorn.protocols.http.flow_control import service_unavailable
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol, RequestResponseCycle

from aire.asgi import Receive, Scope, Send
from aire.errors import RequestHeadTimeout, TooManyConnections

__all__ = ["HeadTimeoutProtocol", "ServerConfig", "ensure_fd_limit"]

log = logging.getLogger("aire.server")

#: file descriptors kept free for everything that is not a client connection
FD_RESERVE = 256


def _error_bytes(status: int, reason: str, body: dict[str, Any]) -> bytes:
    payload = orjson.dumps(body)
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(payload)}\r\nconnection: close\r\n\r\n"
    ).encode() + payload


async def _too_many_connections(scope: Scope, receive: Receive, send: Send) -> None:
    error = TooManyConnections("the server has too many open connections; retry shortly")
    body = orjson.dumps(error.to_body())
    await send(
        {
            "type": "http.response.start",
            "status": error.status(),
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", b"1"),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class ServerConfig(uvicorn.Config):
    """uvicorn's config with the head timeout and the connection cap.

    ``fds_per_connection``: file descriptors one client connection may need (the gateway:
    2, its own and an upstream one), for the start-up check of ``ulimit -n``.
    """

    def __init__(
        self,
        app: Any,
        *,
        header_timeout_s: float,
        max_connections: int,
        fds_per_connection: int = 1,
        **kwargs: Any,
    ) -> None:
        # uvicorn answers 503 once connections >= limit, the asking one included
        super().__init__(
            app, http=HeadTimeoutProtocol, limit_concurrency=max_connections + 1, **kwargs
        )
        self.header_timeout_s = header_timeout_s
        self.max_connections = max_connections
        self.fds_per_connection = fds_per_connection

    def fds_needed(self) -> int:
        return self.max_connections * self.fds_per_connection + FD_RESERVE


class HeadTimeoutProtocol(HttpToolsProtocol):
    """httptools protocol whose request heads must be complete within a time limit.

    Per request this only stores a deadline: at most one timer per connection is pending,
    and when it fires early (the head came, another began) it re-arms for the newer
    deadline, so a busy keep-alive connection does not pay a call_later and a cancel per
    request (~2-4 us on uvloop here).
    """

    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.header_timeout_s: float | None = getattr(config, "header_timeout_s", None)
        self._head_deadline: float | None = None  # None: no request head is pending
        self._head_begun = False  # a byte of the pending head was received
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_pending()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_begun = True
        if self._head_deadline is None:  # a later request on a kept-alive connection
            self._head_pending()

    def on_headers_complete(self) -> None:
        self._head_deadline = None
        self._head_begun = False
        super().on_headers_complete()

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: Any) -> None:
        if app is service_unavailable:  # past the cap: a JSON body, like every aire error
            app = _too_many_connections
        super()._start_asgi_task(cycle, app)

    def _head_pending(self) -> None:
        if self.header_timeout_s is None:
            return
        self._head_deadline = self.loop.time() + self.header_timeout_s
        if self._head_timer is None:
            self._head_timer = self.loop.call_at(self._head_deadline, self._check_head)

    def _check_head(self) -> None:
        self._head_timer = None
        deadline = self._head_deadline
        if deadline is None or self.transport.is_closing():
            return
        if self.loop.time() < deadline:  # a newer head is pending: its own deadline
            self._head_timer = self.loop.call_at(deadline, self._check_head)
            return
        if self.cycle is not None and not self.cycle.response_complete:
            self._head_pending()  # a response is still going out: wait until it is done
            return
        if self._head_begun:
            error = RequestHeadTimeout(
                f"the request head was not received within {self.header_timeout_s:g} s"
            )
            self.transport.write(_error_bytes(408, "Request Timeout", error.to_body()))
        self.transport.close()


def ensure_fd_limit(
    needed: int,
    *,
    get: Any = None,
    set_: Any = None,
) -> int:
    """Raise the soft open-files limit towards ``needed`` (up to the hard limit, as Go's
    runtime does at start) and return the soft limit now in force; warn when it is still
    short: past it, accepting a client or connecting upstream fails with EMFILE."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return needed
    getrlimit = get or resource.getrlimit
    setrlimit = set_ or resource.setrlimit
    soft, hard = getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        try:
            setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    if soft != resource.RLIM_INFINITY and soft < needed:
        log.warning(
            "max_connections needs about %d open files but the limit is %d (ulimit -n):"
            " lower max_connections or raise the limit",
            needed,
            soft,
        )
    return int(soft)
