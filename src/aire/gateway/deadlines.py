"""A streamed upstream body read under the gateway's three stream deadlines, in one place
for every provider:

- ``first_token``: from the request until the first bytes of the body;
- ``idle``: the longest silence between two reads, counted from when the next read
  starts (time the consumer spends sending to a slow client is not upstream silence);
- ``total``: the end of the whole exchange, which caps the other two.

Each one that passes raises ``UpstreamTimeout`` with its phase. ``events()`` parses the
body as server-sent events (``aire.sse``) on the way.
"""

from __future__ import annotations

import asyncio

from aire.errors import UpstreamProtocolError, UpstreamTimeout
from aire.gateway.clients.base import ClientResponse
from aire.sse import Event, SSEParser

__all__ = ["DeadlineReader", "first_token_deadline"]

# One upstream event this large is broken or hostile; held whole, it would grow unbounded.
MAX_EVENT_BYTES = 16 * 1024 * 1024


def first_token_deadline(first_token_s: float, deadline: float) -> tuple[float, str]:
    """When the first bytes of a stream are due (loop time), and the phase that ends then."""
    first = asyncio.get_running_loop().time() + first_token_s
    if first < deadline:
        return first, "first_token"
    return deadline, "total"


class DeadlineReader:
    __slots__ = ("_deadline", "_first", "_idle_s", "_loop", "_name", "_parser", "resp")

    def __init__(
        self,
        resp: ClientResponse,
        *,
        name: str,
        first_deadline: float,
        idle_s: float,
        deadline: float,
    ) -> None:
        self.resp = resp
        self._name = name
        self._first: float | None = first_deadline  # None once the first bytes came
        self._idle_s = idle_s
        self._deadline = deadline
        self._loop = asyncio.get_running_loop()
        self._parser: SSEParser | None = None

    def _next(self) -> tuple[float, str]:
        """The deadline of the next read and its phase."""
        if self._first is not None:
            deadline, phase = self._first, "first_token"
        else:
            deadline, phase = self._loop.time() + self._idle_s, "idle"
        if deadline >= self._deadline:
            return self._deadline, "total"
        return deadline, phase

    def _timeout(self, phase: str) -> UpstreamTimeout:
        return UpstreamTimeout(f"upstream {self._name} timed out ({phase})", phase=phase)

    async def read(self) -> bytes:
        """The next bytes of the body; b"" at its end."""
        deadline, phase = self._next()
        try:
            data = await self.resp.readany(deadline)
        except TimeoutError:
            raise self._timeout(phase) from None
        self._first = None
        return data

    async def events(self) -> list[Event] | None:
        """The next events (at least one; comment-only blocks included, as keep-alives);
        None at the end of the body."""
        parser = self._parser
        if parser is None:
            parser = self._parser = SSEParser(comments=True, max_event_bytes=MAX_EVENT_BYTES)
        resp = self.resp
        while True:
            deadline, phase = self._next()  # as read(), inline: one await less per read
            try:
                data = await resp.readany(deadline)
            except TimeoutError:
                raise self._timeout(phase) from None
            self._first = None
            if not data:
                return None
            try:
                events = parser.feed(data)
            except ValueError as exc:
                raise UpstreamProtocolError(f"upstream {self._name} sent {exc}") from None
            if events:
                return events

    def release(self) -> None:
        """Done, the body read to its end: the connection may be reused."""
        self.resp.release()

    def close(self) -> None:
        self.resp.close()
