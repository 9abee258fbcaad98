"""A worker's client of the host's memory store (``aire.state.host_server``).

One Unix-socket connection per process and event loop, opened on first use and again
after it breaks; requests are pipelined on it and matched to answers by id. A raw
``asyncio.Protocol`` rather than streams: the round trip is the hot path of every
limited request (benchmarks/state/RESULTS.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import struct
from collections.abc import Sequence
from typing import cast

from aire.errors import StateError, StateUnavailable
from aire.state import wire
from aire.state.base import (
    Batch,
    Give,
    Hold,
    Take,
    Taken,
    give_batch_each,
    give_each,
    take_batch_each,
    take_each,
)

__all__ = ["HostStore", "host_socket"]

_NO_TTL = math.nan


def host_socket() -> str | None:
    """The socket of the supervisor's store when this process is one of its workers."""
    return os.environ.get(wire.HOST_STORE_ENV) or None


def _pack(layout: struct.Struct, *values: float) -> bytes:
    try:
        return layout.pack(*values)
    except struct.error as exc:  # an integer beyond 64 bits, a key longer than 64 KiB
        raise StateError(f"value out of range for the host store: {exc}") from None


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.pending: dict[int, asyncio.Future[bytes]] = {}
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        head = wire.HEAD
        offset = 0
        while len(buffer) - offset >= head.size:
            size, request_id, status = head.unpack_from(buffer, offset)
            end = offset + head.size + size
            if len(buffer) < end:
                break
            body = bytes(buffer[offset + head.size : end])
            offset = end
            future = self.pending.pop(request_id, None)
            if future is None or future.done():
                continue  # timed out already
            if status == wire.OK:
                future.set_result(body)
            else:
                future.set_exception(StateError(body.decode(errors="replace")))
        del buffer[:offset]

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        pending, self.pending = self.pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(StateUnavailable("host store: connection lost"))


class HostStore:
    """``Store`` backed by the supervisor's ``MemoryState`` over its Unix socket."""

    def __init__(
        self, path: str, *, connect_timeout_s: float = 0.2, op_timeout_s: float = 0.2
    ) -> None:
        self.path = path
        self.connect_timeout_s = connect_timeout_s
        self.op_timeout_s = op_timeout_s
        self._connection: _Connection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._connecting: asyncio.Lock | None = None
        self._next_id = 0

    async def _connect(self, loop: asyncio.AbstractEventLoop) -> _Connection:
        if self._loop is not loop:  # a new event loop (tests, a restarted app): start over
            self._drop()
            self._loop, self._connecting = loop, asyncio.Lock()
        assert self._connecting is not None
        async with self._connecting:
            connection = self._connection
            if connection is not None and not connection.lost:
                return connection
            try:
                async with asyncio.timeout(self.connect_timeout_s):
                    _, protocol = await loop.create_unix_connection(_Connection, self.path)
            except (OSError, TimeoutError) as exc:
                raise StateUnavailable(f"host store unreachable: {exc or 'timed out'}") from exc
            self._connection = protocol
            return protocol

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and connection.transport is not None:
            # a connection of a loop closed since (the caller did not aclose) is beyond help
            with contextlib.suppress(RuntimeError):
                connection.transport.close()

    async def _call(self, op: int, body: bytes) -> bytes:
        loop = asyncio.get_running_loop()
        connection = self._connection
        if connection is None or connection.lost or self._loop is not loop:
            connection = await self._connect(loop)
        self._next_id = request_id = (self._next_id + 1) & 0xFFFFFFFF
        future: asyncio.Future[bytes] = loop.create_future()
        connection.pending[request_id] = future
        assert connection.transport is not None
        connection.transport.write(wire.frame(request_id, op, body))
        # call_later rather than asyncio.timeout: one timer handle, no task bookkeeping
        timer = loop.call_later(self.op_timeout_s, self._expire, connection, request_id)
        try:
            return await future
        finally:
            timer.cancel()

    @staticmethod
    def _expire(connection: _Connection, request_id: int) -> None:
        future = connection.pending.pop(request_id, None)
        if future is not None and not future.done():
            future.set_exception(StateUnavailable("host store: no answer in time"))

    async def take(self, key: str, amount: int, limit: int, window_s: int) -> Taken:
        body = _pack(wire.TAKE_ARGS, amount, limit, window_s) + key.encode()
        ok, used, limit_, reset_s = wire.TAKEN.unpack(await self._call(wire.TAKE, body))
        return Taken(bool(ok), used, limit_, reset_s)

    async def give(self, key: str, amount: int, window_s: int) -> None:
        await self._call(wire.GIVE, _pack(wire.GIVE_ARGS, amount, window_s) + key.encode())

    async def take_all(self, items: Sequence[Take]) -> list[Taken]:
        # ~20 us a call: counters taken one by one, undone when one is refused; never
        # over-counted (a refusal's undo may briefly refuse another worker's request)
        return await take_each(self, items)

    async def give_all(self, items: Sequence[Give]) -> None:
        await give_each(self, items)

    async def take_batch(self, takes: Sequence[Take], holds: Sequence[Hold]) -> Batch:
        return await take_batch_each(self, takes, holds)

    async def give_batch(self, gives: Sequence[Give], releases: Sequence[tuple[str, str]]) -> None:
        await give_batch_each(self, gives, releases)

    async def acquire(self, key: str, limit: int, ttl_s: float) -> str | None:
        body = _pack(wire.ACQUIRE_ARGS, limit, ttl_s) + key.encode()
        lease = await self._call(wire.ACQUIRE, body)
        return lease.decode() if lease else None

    async def release(self, key: str, lease: str) -> None:
        raw = lease.encode()
        await self._call(wire.RELEASE, _pack(wire.RELEASE_ARGS, len(raw)) + raw + key.encode())

    async def get(self, key: str) -> bytes | None:
        answer = await self._call(wire.GET, key.encode())
        return answer[1:] if answer[:1] == wire.FOUND else None

    async def set(self, key: str, value: bytes, ttl_s: float | None = None) -> None:
        raw = key.encode()
        head = _pack(wire.SET_ARGS, _NO_TTL if ttl_s is None else ttl_s, len(raw))
        await self._call(wire.SET, head + raw + value)

    async def delete(self, key: str) -> None:
        await self._call(wire.DELETE, key.encode())

    async def incr(self, key: str, amount: int = 1) -> int:
        answer = await self._call(wire.INCR, _pack(wire.INT, amount) + key.encode())
        return int(wire.INT.unpack(answer)[0])

    async def ping(self) -> None:
        await self._call(wire.PING, b"")

    async def aclose(self) -> None:
        self._drop()
