"""The host's memory store, served to the workers of ``aire serve --workers N``.

The supervisor runs one ``MemoryState`` on its own event loop in a background thread and
serves it on a Unix socket in a private (0700) directory; workers find the path in
``AIRE_STATE_SOCKET`` and keep one pipelined connection each (``aire.state.host_client``).
Every request runs to completion on that one loop, so a take is atomic across workers
and limits are exact on the host, not "limit x workers".
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import os
import shutil
import struct
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from aire.errors import StateError
from aire.state import wire
from aire.state.memory import MemoryState

__all__ = ["HostStoreServer"]

Handler = Callable[[MemoryState, bytes], bytes]


def _key(body: bytes, start: int) -> str:
    return body[start:].decode()


def _take(state: MemoryState, body: bytes) -> bytes:
    amount, limit, window_s = wire.TAKE_ARGS.unpack_from(body)
    taken = state.take(_key(body, wire.TAKE_ARGS.size), amount, limit, window_s)
    return wire.TAKEN.pack(taken.ok, taken.used, taken.limit, taken.reset_s)


def _give(state: MemoryState, body: bytes) -> bytes:
    amount, window_s = wire.GIVE_ARGS.unpack_from(body)
    state.give(_key(body, wire.GIVE_ARGS.size), amount, window_s)
    return b""


def _acquire(state: MemoryState, body: bytes) -> bytes:
    limit, ttl_s = wire.ACQUIRE_ARGS.unpack_from(body)
    if not (math.isfinite(ttl_s) and ttl_s > 0):
        raise StateError("ttl_s must be a positive number")
    lease = state.acquire(_key(body, wire.ACQUIRE_ARGS.size), limit, ttl_s)
    return b"" if lease is None else lease.encode()


def _release(state: MemoryState, body: bytes) -> bytes:
    (size,) = wire.RELEASE_ARGS.unpack_from(body)
    start = wire.RELEASE_ARGS.size
    lease = body[start : start + size].decode()
    state.release(_key(body, start + size), lease)
    return b""


def _get(state: MemoryState, body: bytes) -> bytes:
    value = state.get(body.decode())
    return wire.MISSING if value is None else wire.FOUND + value


def _set(state: MemoryState, body: bytes) -> bytes:
    ttl_s, size = wire.SET_ARGS.unpack_from(body)
    start = wire.SET_ARGS.size
    key = body[start : start + size].decode()
    state.set(key, body[start + size :], None if math.isnan(ttl_s) else ttl_s)
    return b""


def _delete(state: MemoryState, body: bytes) -> bytes:
    state.delete(body.decode())
    return b""


def _incr(state: MemoryState, body: bytes) -> bytes:
    (amount,) = wire.INT.unpack_from(body)
    return wire.INT.pack(state.incr(_key(body, wire.INT.size), amount))


def _ping(state: MemoryState, body: bytes) -> bytes:
    return b""


HANDLERS: dict[int, Handler] = {
    wire.TAKE: _take,
    wire.GIVE: _give,
    wire.ACQUIRE: _acquire,
    wire.RELEASE: _release,
    wire.GET: _get,
    wire.SET: _set,
    wire.DELETE: _delete,
    wire.INCR: _incr,
    wire.PING: _ping,
}


class _Connection(asyncio.Protocol):
    """One worker: reads frames, answers each in order, one write per read."""

    def __init__(self, state: MemoryState, open_connections: set[_Connection]) -> None:
        self.state = state
        self.open_connections = open_connections
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass
        self.open_connections.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.open_connections.discard(self)

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        head = wire.HEAD
        answers: list[bytes] = []
        offset = 0
        while len(buffer) - offset >= head.size:
            size, request_id, op = head.unpack_from(buffer, offset)
            if size > wire.MAX_BODY:
                assert self.transport is not None
                self.transport.close()  # not a worker of ours: nothing sensible to answer
                return
            end = offset + head.size + size
            if len(buffer) < end:
                break
            body = bytes(buffer[offset + head.size : end])
            offset = end
            handler = HANDLERS.get(op)
            try:
                if handler is None:
                    raise StateError(f"unknown operation {op}")
                answers.append(wire.frame(request_id, wire.OK, handler(self.state, body)))
            except StateError as exc:
                answers.append(wire.frame(request_id, wire.ERROR, exc.message.encode()))
            except (struct.error, ValueError, OverflowError) as exc:  # short body, bad UTF-8
                message = f"malformed request: {type(exc).__name__}"
                answers.append(wire.frame(request_id, wire.ERROR, message.encode()))
        del buffer[:offset]
        if answers and self.transport is not None:
            self.transport.write(b"".join(answers))


class HostStoreServer:
    """A ``MemoryState`` served on a Unix socket from a thread with its own event loop.

    ``start()`` returns once the socket accepts connections; ``stop()`` closes it and
    removes its directory. Usable as a context manager.
    """

    def __init__(self, state: MemoryState | None = None, directory: str | None = None) -> None:
        self.state = state if state is not None else MemoryState()
        self._own_dir = directory is None
        self._dir = directory or tempfile.mkdtemp(prefix="aire-state-")  # mode 0700
        self.path = str(Path(self._dir) / "store.sock")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[_Connection] = set()

    def start(self) -> HostStoreServer:
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._run, args=(ready, failure), name="aire-state-store", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    def _run(self, ready: threading.Event, failure: list[BaseException]) -> None:
        try:
            import uvloop

            loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
        except ImportError:  # pragma: no cover - uvloop is a dependency off Windows
            loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            server = loop.run_until_complete(
                loop.create_unix_server(
                    lambda: _Connection(self.state, self._connections), self.path
                )
            )
            os.chmod(self.path, 0o600)
        except BaseException as exc:
            failure.append(exc)
            ready.set()
            loop.close()
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            for connection in list(self._connections):
                if connection.transport is not None:
                    connection.transport.close()
            loop.run_until_complete(asyncio.sleep(0.01))  # let the transports finish closing
            loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop closed already
                loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
        self._thread = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        if self._own_dir:
            shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> HostStoreServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
