"""The host store's server: its framed protocol, bad frames, a private socket, and what
its clients see when it stops or stalls."""

from __future__ import annotations

import asyncio
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from aire.errors import StateError, StateUnavailable
from aire.state import wire
from aire.state.host_client import HostStore
from aire.state.host_server import HostStoreServer


@pytest.fixture
def server() -> Iterator[HostStoreServer]:
    with HostStoreServer() as running:
        yield running


async def raw_exchange(path: str, data: bytes, frames: int) -> list[tuple[int, int, bytes]]:
    """Send raw bytes; read ``frames`` answers as (request id, status, body)."""
    reader, writer = await asyncio.open_unix_connection(path)
    try:
        writer.write(data)
        out = []
        for _ in range(frames):
            size, request_id, status = wire.HEAD.unpack(await reader.readexactly(wire.HEAD.size))
            out.append((request_id, status, await reader.readexactly(size)))
        return out
    finally:
        writer.close()
        await writer.wait_closed()


def test_the_socket_is_private(server: HostStoreServer) -> None:
    assert stat.S_IMODE(os.stat(Path(server.path).parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(server.path).st_mode) == 0o600


def test_stop_removes_the_socket_and_its_directory() -> None:
    server = HostStoreServer().start()
    directory = Path(server.path).parent
    server.stop()
    assert not directory.exists()
    server.stop()  # twice is fine


async def test_pipelined_frames_in_one_write_are_answered_by_id(server: HostStoreServer) -> None:
    take = wire.TAKE_ARGS.pack(1, 2, 60) + b"k"
    data = b"".join(wire.frame(request_id, wire.TAKE, take) for request_id in (7, 8, 9))
    answers = await raw_exchange(server.path, data, 3)
    assert [request_id for request_id, _, _ in answers] == [7, 8, 9]
    taken = [wire.TAKEN.unpack(body) for _, status, body in answers if status == wire.OK]
    assert [(ok, used) for ok, used, _, _ in taken] == [(1, 1), (1, 2), (0, 2)]


async def test_bad_frames_get_an_error_answer_and_the_connection_goes_on(
    server: HostStoreServer,
) -> None:
    data = (
        wire.frame(1, 99, b"")  # no such operation
        + wire.frame(2, wire.TAKE, b"\x01")  # body too short
        + wire.frame(3, wire.GET, b"\xff\xfe")  # key not UTF-8
        + wire.frame(4, wire.PING, b"")
    )
    answers = await raw_exchange(server.path, data, 4)
    assert [status for _, status, _ in answers] == [wire.ERROR] * 3 + [wire.OK]
    assert b"unknown operation" in answers[0][2]
    assert b"malformed" in answers[1][2]


async def test_an_oversized_frame_closes_the_connection(server: HostStoreServer) -> None:
    reader, writer = await asyncio.open_unix_connection(server.path)
    writer.write(wire.HEAD.pack(wire.MAX_BODY + 1, 1, wire.GET))
    assert await reader.read() == b""  # closed without an answer
    writer.close()
    await writer.wait_closed()
    store = HostStore(server.path)
    await store.ping()  # the server itself is fine
    await store.aclose()


async def test_errors_reach_the_client_as_state_errors(server: HostStoreServer) -> None:
    store = HostStore(server.path)
    try:
        await store.set("text", b"abc")
        with pytest.raises(StateError, match="not an integer"):
            await store.incr("text")
        with pytest.raises(StateError, match="out of range"):
            await store.take("k", 2**63, 1, 60)
        with pytest.raises(StateError, match="ttl_s"):
            await store.acquire("c", 1, float("nan"))
        assert (await store.take("k", 1, 1, 60)).ok  # the connection is still good
    finally:
        await store.aclose()


async def test_a_stopped_server_fails_calls_with_state_unavailable() -> None:
    server = HostStoreServer().start()
    store = HostStore(server.path)
    try:
        await store.ping()
        server.stop()
        with pytest.raises(StateUnavailable):
            await store.take("k", 1, 1, 60)
        with pytest.raises(StateUnavailable):
            await store.get("k")  # reconnecting fails too: nothing listens any more
    finally:
        await store.aclose()


async def test_a_server_that_does_not_answer_times_out(tmp_path: Path) -> None:
    path = str(tmp_path / "mute.sock")
    received = threading.Event()

    class Mute(asyncio.Protocol):
        def data_received(self, data: bytes) -> None:
            received.set()

    mute = await asyncio.get_running_loop().create_unix_server(Mute, path)
    store = HostStore(path, op_timeout_s=0.05)
    try:
        with pytest.raises(StateUnavailable, match="no answer"):
            await store.take("k", 1, 1, 60)
        assert received.is_set()
    finally:
        await store.aclose()
        mute.close()
        await mute.wait_closed()


def test_a_client_follows_its_caller_from_one_event_loop_to_the_next(
    server: HostStoreServer,
) -> None:
    store = HostStore(server.path)

    async def count() -> int:
        try:
            return await store.incr("n")
        finally:
            await store.aclose()

    assert asyncio.run(count()) == 1
    assert asyncio.run(count()) == 2  # a new loop: a new connection
