"""ASGI type aliases and the few response helpers the servers share."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

import orjson

from aire.errors import AireError, BodyTooLarge, ClientDisconnected, UnsupportedMediaType

__all__ = [
    "ASGIApp",
    "BodyTooLarge",
    "ClientDisconnected",
    "DisconnectWatch",
    "Headers",
    "Message",
    "Receive",
    "Scope",
    "Send",
    "UnsupportedMediaType",
    "check_content_type",
    "check_media_type",
    "error_body",
    "header",
    "read_body",
    "send_bytes",
    "send_error",
    "send_json",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]

JSON_HEADERS: Headers = [(b"content-type", b"application/json")]
SSE_HEADERS: Headers = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


def check_content_type(scope: Scope) -> None:
    """UnsupportedMediaType if the request says its body is something other than JSON.

    No content-type at all is accepted (plain HTTP clients often send none).
    """
    for key, value in scope["headers"]:
        if key == b"content-type":
            check_media_type(value)
            return


def check_media_type(value: bytes) -> None:
    """UnsupportedMediaType unless a content-type value names JSON (``application/json``,
    with parameters or not, or any ``+json`` type)."""
    if value.startswith(b"application/json") or b"json" in value.lower():
        return
    shown = bytes(value[:100]).decode("latin-1")
    hint = (
        " (curl -d sends that: add -H 'Content-Type: application/json')"
        if value.lower().startswith(b"application/x-www-form-urlencoded")
        else ""
    )
    raise UnsupportedMediaType(f"content-type must be application/json, not {shown!r}{hint}")


def header(scope: Scope, name: bytes) -> bytes | None:
    """First value of a request header (``name`` in lower case), or None."""
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


async def read_body(receive: Receive, limit: int = 16 * 1024 * 1024) -> bytes:
    """The whole request body; BodyTooLarge past ``limit`` bytes, ClientDisconnected if the
    client leaves before the end (a truncated body must not be taken for the request)."""
    message = await receive()
    if message["type"] == "http.disconnect":
        raise ClientDisconnected("the client disconnected before sending the request body")
    body: bytes = message.get("body", b"")
    if len(body) > limit:
        raise BodyTooLarge(f"request body larger than {limit} bytes")
    if not message.get("more_body", False):
        return body
    parts = [body]
    size = len(body)
    while message.get("more_body", False):
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnected("the client disconnected in the middle of the request body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"request body larger than {limit} bytes")
        parts.append(chunk)
    return b"".join(parts)


async def send_bytes(
    send: Send, status: int, body: bytes, headers: Sequence[tuple[bytes, bytes]] = JSON_HEADERS
) -> None:
    """A whole response; with a content-length, so the server need not chunk it."""
    headers = [*headers, (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_json(
    send: Send,
    status: int,
    payload: Any,
    extra_headers: Sequence[tuple[bytes, bytes]] = (),
) -> None:
    await send_bytes(send, status, orjson.dumps(payload), [*JSON_HEADERS, *extra_headers])


def error_body(exc: AireError) -> bytes:
    return orjson.dumps(exc.to_body())


async def send_error(
    send: Send, exc: AireError, extra_headers: Sequence[tuple[bytes, bytes]] = ()
) -> None:
    """An OpenAI-shaped JSON error with the exception's status."""
    await send_bytes(send, exc.status(), error_body(exc), [*JSON_HEADERS, *extra_headers])


class DisconnectWatch:
    """Cancel the current task when the client disconnects (ASGI ``http.disconnect``).

    Servers like uvicorn silently drop ``send`` after a disconnect, so without this a
    handler would keep working (and keep an upstream busy) for nobody. Call ``stop()`` in a
    ``finally``; after a cancellation, ``client_gone`` tells whether this watch caused it.
    Only create it once the request body has been read.

    With ``start_after_s``, the watching task starts only after that delay: a request that
    ends sooner costs a timer, not a task (a disconnect before the start is seen at the
    start, since ``receive`` then answers ``http.disconnect`` at once).
    """

    __slots__ = ("_active", "_owner", "_receive", "_task", "_timer", "client_gone")

    def __init__(self, receive: Receive, start_after_s: float = 0.0) -> None:
        self.client_gone = False
        self._active = True
        self._owner = asyncio.current_task()
        self._receive = receive
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        loop = asyncio.get_running_loop()
        if start_after_s > 0:
            self._timer = loop.call_later(start_after_s, self._start)
        else:
            self._start()

    def _start(self) -> None:
        self._timer = None
        if self._active:
            self._task = asyncio.get_running_loop().create_task(self._watch(self._receive))

    async def _watch(self, receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                self.client_gone = True
                if self._active and self._owner is not None:
                    self._owner.cancel()
                return

    def stop(self) -> None:
        self._active = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is not None:
            self._task.cancel()

    def absorb(self) -> bool:
        """In an ``except CancelledError``: True (and the cancel undone) if the client left."""
        if self.client_gone and self._owner is not None:
            self._owner.uncancel()
            return True
        return False
