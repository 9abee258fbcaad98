"""The upstream HTTP/1.1 client against what real upstreams do: odd framing, connections
that close, reset or linger, cancellation at every stage, TLS and IPv6 corner cases.

Servers are raw asyncio servers on 127.0.0.1 (``serve`` from test_http1) that send exactly
the bytes a test chooses. Exhaustive byte-boundary splits feed a connection directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import socket
import ssl
import struct
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from tests.gateway.test_http1 import answer, cert_files, pool, post, read_request, serve

from aire.errors import UpstreamConnectError
from aire.gateway.http1 import (
    ConnectError,
    Connection,
    Disconnected,
    HTTPError,
    PayloadError,
    Pool,
    ProtocolError,
    Response,
    Target,
)
from aire.gateway.transport import Transport

__all__ = ["cert_files", "pool", "serve"]  # fixtures shared with test_http1

Serve = Callable[..., Awaitable[str]]
Reader = asyncio.StreamReader
Writer = asyncio.StreamWriter

KEY = (False, "127.0.0.1", 1)


async def within(aw: Awaitable[Any], seconds: float = 5.0) -> Any:
    """Bound anything that could hang on a bug."""
    return await asyncio.wait_for(aw, seconds)


async def settle(pool: Pool, seconds: float = 5.0) -> None:
    """Until every connection the pool knows of is idle (closing ones are gone)."""

    async def idle_only() -> None:
        while True:
            idle = {c for conns in pool._idle.values() for c in conns}
            if pool._all == idle:
                return
            await asyncio.sleep(0.01)

    await within(idle_only(), seconds)


async def until(check: Callable[[], bool], seconds: float = 5.0) -> None:
    async def poll() -> None:
        while True:
            if check():
                return
            await asyncio.sleep(0.01)

    await within(poll(), seconds)


def reset(writer: Writer) -> None:
    """Close with a TCP RST instead of a FIN."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def serve_forever(reader: Reader, writer: Writer, reply: Callable[[bytes], bytes]) -> None:
    """Answer requests on one connection until the client closes it."""
    while True:
        try:
            _, body = await read_request(reader)
        except asyncio.IncompleteReadError:
            return
        writer.write(reply(body))
        await writer.drain()


class Counting:
    """A keep-alive echo server that counts its connections."""

    def __init__(self, reply: Callable[[bytes], bytes] | None = None) -> None:
        self.connections = 0
        self.reply = reply or (lambda body: answer(b"echo:" + body))

    async def __call__(self, reader: Reader, writer: Writer) -> None:
        self.connections += 1
        await serve_forever(reader, writer, self.reply)


async def get_all(resp: Response) -> bytes:
    try:
        return bytes(await within(resp.read()))
    finally:
        resp.release()


# -- a connection fed directly, to split responses at every byte --------------------------


class _FakeTransport:
    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.proto: Connection | None = None
        self.closing = False
        self.reading = True

    def write(self, data: bytes) -> None:
        pass

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        if not self.closing and self.proto is not None:
            self.closing = True
            self.loop.call_soon(self.proto.connection_lost, None)

    def pause_reading(self) -> None:
        self.reading = False

    def resume_reading(self) -> None:
        self.reading = True


async def feed(pieces: list[bytes]) -> tuple[bytes, bool]:
    """(body, reusable) of the response arriving in ``pieces``."""
    loop = asyncio.get_running_loop()
    pool = Pool()
    conn = Connection(pool, KEY)
    transport = _FakeTransport(loop)
    transport.proto = conn
    conn.connection_made(transport)  # type: ignore[arg-type]
    pool._all.add(conn)
    head = conn.send(b"", loop)
    for piece in pieces:
        conn.data_received(piece)
    assert head.done(), "the head is complete"
    resp = head.result()
    try:
        body = await within(resp.read(loop.time() + 1))
    finally:
        resp.release()
    reusable = conn in pool._idle.get(KEY, [])
    pool.close()
    return body, reusable


def splits(data: bytes) -> list[list[bytes]]:
    """Every split in two, and the bytes one by one."""
    return [[data[:i], data[i:]] for i in range(1, len(data))] + [
        [data[i : i + 1] for i in range(len(data))]
    ]


CHUNKED = (
    b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\ncontent-type: text/event-stream\r\n\r\n"
    b"7;name=value;flag\r\ndata: 1\r\n"
    b"A\r\n\n\ndata: 22\r\n"
    b"0;last\r\nx-trailer: t\r\nx-other: u\r\n\r\n"
)


async def test_chunked_with_extensions_and_trailers_split_at_every_byte() -> None:
    for pieces in splits(CHUNKED):
        assert await feed(pieces) == (b"data: 1\n\ndata: 22", True), pieces


def raw_deflate(data: bytes) -> bytes:
    return zlib.compress(data)[2:-4]


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [(b"gzip", gzip.compress), (b"deflate", zlib.compress), (b"deflate", raw_deflate)],
)
@pytest.mark.parametrize("chunked", [False, True])
async def test_compressed_bodies_split_at_every_byte(
    encoding: bytes, compress: Callable[[bytes], bytes], chunked: bool
) -> None:
    payload = b'{"choices": [{"text": "%s"}]}' % (b"hi " * 20)
    packed = compress(payload)
    if chunked:
        half = len(packed) // 2
        first, second = packed[:half], packed[half:]
        body = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(first), first, len(second), second)
        response = answer(body, b"content-encoding: " + encoding, b"transfer-encoding: chunked")
    else:
        response = answer(packed, b"content-encoding: " + encoding)
    for pieces in splits(response):
        assert await feed(pieces) == (payload, True), pieces


async def test_a_corrupt_compressed_body_is_an_error_not_a_short_success(
    serve: Serve, pool: Pool
) -> None:
    payload = b"x" * 5000
    packed = bytearray(gzip.compress(payload))
    packed[len(packed) // 2] ^= 0xFF

    async def handler(reader: Reader, writer: Writer) -> None:
        await serve_forever(
            reader, writer, lambda _: answer(bytes(packed), b"content-encoding: gzip")
        )

    url = await serve(handler)
    resp = await post(pool, url)
    with pytest.raises(PayloadError):
        await within(resp.read())
    resp.release()


async def test_a_truncated_compressed_body_is_an_error(serve: Serve, pool: Pool) -> None:
    packed = gzip.compress(b"y" * 5000)[:-12]  # the framing is right, the gzip stream is not

    async def handler(reader: Reader, writer: Writer) -> None:
        await serve_forever(reader, writer, lambda _: answer(packed, b"content-encoding: gzip"))

    resp = await post(pool, await serve(handler))
    with pytest.raises(PayloadError):
        await within(resp.read())
    resp.release()


async def test_a_content_length_body_byte_by_byte(serve: Serve, pool: Pool) -> None:
    counting = Counting()

    async def handler(reader: Reader, writer: Writer) -> None:
        counting.connections += 1
        while True:
            try:
                _, body = await read_request(reader)
            except asyncio.IncompleteReadError:
                return
            for i, byte in enumerate(answer(b"slowly:" + body)):
                writer.write(bytes([byte]))
                if i % 7 == 0:
                    await writer.drain()
                    await asyncio.sleep(0)

    url = await serve(handler)
    for i in range(2):
        resp = await post(pool, url, b"%d" % i)
        assert await get_all(resp) == b"slowly:%d" % i
    assert counting.connections == 1


async def test_a_streamed_chunked_body_byte_by_byte(serve: Serve, pool: Pool) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        for byte in CHUNKED:
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(0)

    resp = await post(pool, await serve(handler))
    got = b""
    while data := await within(resp.readany()):
        got += data
    assert got == b"data: 1\n\ndata: 22"
    resp.release()


async def test_a_gzip_body_delimited_by_the_connection_close(serve: Serve, pool: Pool) -> None:
    payload = b"z" * 10000

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\n\r\n" + gzip.compress(payload))
        await writer.drain()

    resp = await post(pool, await serve(handler))
    assert await get_all(resp) == payload
    await settle(pool)
    assert not pool._all


async def test_http_1_0_answers(serve: Serve, pool: Pool) -> None:
    counting = Counting(lambda body: b"HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok")
    url = await serve(counting)
    for _ in range(2):
        assert await get_all(await post(pool, url)) == b"ok"
    assert counting.connections == 2  # HTTP/1.0 without keep-alive: not reused

    kept = Counting(
        lambda body: b"HTTP/1.0 200 OK\r\nconnection: keep-alive\r\ncontent-length: 2\r\n\r\nok"
    )
    url = await serve(kept)
    for _ in range(2):
        assert await get_all(await post(pool, url)) == b"ok"
    assert kept.connections == 1

    async def until_close(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.0 200 OK\r\ncontent-type: text/plain\r\n\r\nthe rest")
        await writer.drain()

    assert await get_all(await post(pool, await serve(until_close))) == b"the rest"


@pytest.mark.parametrize("status", [b"204 No Content", b"304 Not Modified"])
async def test_no_body_answers_keep_the_connection(serve: Serve, pool: Pool, status: bytes) -> None:
    counting = Counting(lambda body: b"HTTP/1.1 " + status + b"\r\nx-a: 1\r\n\r\n")
    url = await serve(counting)
    for _ in range(3):
        resp = await post(pool, url)
        assert resp.status == int(status[:3])
        assert await get_all(resp) == b""
    assert counting.connections == 1


async def test_interim_answers_with_headers_do_not_leak(serve: Serve, pool: Pool) -> None:
    def reply(body: bytes) -> bytes:
        interim = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\n"
        return interim + answer(b"real", b"x-b: 2")

    counting = Counting(reply)
    url = await serve(counting)
    for _ in range(2):
        resp = await post(pool, url)
        assert (resp.status, resp.headers.get("x-b"), resp.headers.get("link")) == (200, "2", None)
        assert await get_all(resp) == b"real"
    assert counting.connections == 1


async def test_repeated_and_folded_headers(serve: Serve, pool: Pool) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(
            b"HTTP/1.1 200 OK\r\nx-a: first\r\nX-A: second\r\n"
            b"x-folded: one\r\n  two\r\ncontent-length: 2\r\n\r\nok"
        )
        await writer.drain()

    resp = await post(pool, await serve(handler))
    assert resp.headers["x-a"] == "first"
    assert resp.headers["x-folded"].split() == ["one", "two"]  # obs-fold is a space (RFC 9112)
    assert await get_all(resp) == b"ok"


async def test_lenient_like_aiohttp_bare_newlines_and_chunk_size_spaces(
    serve: Serve, pool: Pool
) -> None:
    """aiohttp (before) parsed responses leniently; small servers send bare LF."""

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\ntransfer-encoding: chunked\n\n2 \r\nok\r\n0\r\n\r\n")
        await writer.drain()

    assert await get_all(await post(pool, await serve(handler))) == b"ok"


async def test_conflicting_content_lengths_are_a_protocol_error(serve: Serve, pool: Pool) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\nok!")
        await writer.drain()

    with pytest.raises(ProtocolError):
        await within(post(pool, await serve(handler)))


@pytest.mark.parametrize("start", [b"HTTP/1.1 200 OK\r\nx-long: ", b"HTTP/1.1 200 "])
async def test_a_head_without_end_is_refused_early(serve: Serve, pool: Pool, start: bytes) -> None:
    """A line that never ends is not buffered until the deadline (memory without bound)."""
    done = asyncio.Event()

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(start)
        with contextlib.suppress(ConnectionError):
            for _ in range(64):  # 4 MiB
                writer.write(b"a" * 65536)
                await writer.drain()
        await within(done.wait())

    with pytest.raises(ProtocolError, match="head too large"):
        await post(pool, await serve(handler), timeout_s=60)
    done.set()


@pytest.mark.parametrize("whole", [True, False])
async def test_a_large_body_with_a_slow_reader_resumes_and_reuses(
    serve: Serve, pool: Pool, whole: bool
) -> None:
    size = 3 * 1024 * 1024 + 17
    counting = Counting(lambda body: answer(b"x" * size))
    url = await serve(counting)
    for i in range(2):
        resp = await post(pool, url, b"%d" % i)
        await asyncio.sleep(0.2)  # let the client buffer fill up
        if whole:
            got = len(await within(resp.read()))
        else:
            got = 0
            while data := await within(resp.readany()):
                got += len(data)
                await asyncio.sleep(0)
        assert got == size
        resp.release()
    # a body read to its end leaves a reusable connection, however large it was
    assert counting.connections == 1


async def test_a_body_over_the_read_limit_in_one_read_keeps_its_connection() -> None:
    """The socket stops being read past 256 KiB of unread body; when that read also ends
    the body, the connection must still go back to the pool (it used to be closed)."""
    body = b"e" * 300_000
    assert await feed([answer(body)]) == (body, True)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    assert await feed([answer(chunked, b"transfer-encoding: chunked")]) == (body, True)


async def test_a_short_body_then_close_with_gzip_is_an_error(serve: Serve, pool: Pool) -> None:
    packed = gzip.compress(b"q" * 4000)

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        head = b"HTTP/1.1 200 OK\r\ncontent-encoding: gzip\r\ncontent-length: %d\r\n\r\n"
        writer.write(head % (len(packed) + 10) + packed)
        await writer.drain()

    resp = await post(pool, await serve(handler))
    with pytest.raises(PayloadError):
        await within(resp.read())
    resp.release()


# -- connections ----------------------------------------------------------------------------


async def test_an_idle_connection_the_upstream_closed_is_not_used(serve: Serve, pool: Pool) -> None:
    connections = 0

    async def handler(reader: Reader, writer: Writer) -> None:  # keep-alive timeout: at once
        nonlocal connections
        connections += 1
        _, body = await read_request(reader)
        writer.write(answer(b"n:" + body))
        await writer.drain()

    url = await serve(handler)
    for i in range(3):
        assert await get_all(await post(pool, url, b"%d" % i)) == b"n:%d" % i
        await until(lambda: not pool._all)  # the FIN reached the client
    assert connections == 3


async def test_extra_bytes_after_a_response_spoil_the_connection(serve: Serve, pool: Pool) -> None:
    counting = Counting(lambda body: answer(b"ok") + b"HTTP/1.1 200 OK\r\nx: 1\r\n\r\n")
    url = await serve(counting)
    for _ in range(2):
        assert await get_all(await post(pool, url)) == b"ok"
        await settle(pool)
    assert counting.connections == 2


async def test_late_extra_bytes_on_an_idle_connection_close_it(serve: Serve, pool: Pool) -> None:
    sent = asyncio.Event()
    connections = 0

    async def handler(reader: Reader, writer: Writer) -> None:
        nonlocal connections
        connections += 1
        _, body = await read_request(reader)
        writer.write(answer(b"a:" + body))
        await writer.drain()
        if connections == 1:
            await asyncio.sleep(0.05)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nstale")
            await writer.drain()
            sent.set()
        await serve_forever(reader, writer, lambda b: answer(b"a:" + b))

    url = await serve(handler)
    assert await get_all(await post(pool, url, b"1")) == b"a:1"
    await within(sent.wait())
    await until(lambda: not pool._all)
    assert await get_all(await post(pool, url, b"2")) == b"a:2"  # not "stale"


@pytest.mark.parametrize("framing", [b"content-length: 100000", b"transfer-encoding: chunked", b""])
async def test_a_reset_mid_body_is_an_error(serve: Serve, pool: Pool, framing: bytes) -> None:
    got_some = asyncio.Event()

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        head = b"HTTP/1.1 200 OK\r\n" + (framing + b"\r\n" if framing else b"") + b"\r\n"
        part = b"a" * 1000
        writer.write(
            head + (b"%x\r\n%s\r\n" % (len(part), part) if b"chunked" in framing else part)
        )
        await writer.drain()
        await within(got_some.wait())
        reset(writer)

    resp = await post(pool, await serve(handler))
    assert await within(resp.readany())
    got_some.set()
    with pytest.raises(PayloadError):
        await within(resp.read())
    resp.release()
    await settle(pool)
    assert not pool._all


async def test_a_reset_before_the_head_is_no_connect_error(serve: Serve, pool: Pool) -> None:
    """Connected, then reset: not "cannot connect" (which sends one looking at the network)."""

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        reset(writer)

    url = await serve(handler)
    with pytest.raises(Disconnected) as info:
        await within(post(pool, url))
    assert info.value.strerror  # as the OS said it, e.g. "Connection reset by peer"
    transport = Transport()
    loop = asyncio.get_running_loop()
    try:
        with pytest.raises(
            UpstreamConnectError, match=r"connection to upstream http://127\.0\.0\.1:\d+ failed: "
        ):
            await within(
                transport.upstream(url).post(
                    url, b"{}", {}, connect_s=1, deadline=loop.time() + 5, phase="total"
                )
            )
    finally:
        await transport.aclose()


async def test_a_partly_read_body_is_not_reused_with_leftover_bytes(
    serve: Serve, pool: Pool
) -> None:
    # 1 MB: more than the client buffers before it stops reading the socket
    counting = Counting(lambda body: answer(b"0123456789" * 100_000 + body))
    url = await serve(counting)
    resp = await post(pool, url)
    await asyncio.sleep(0.05)
    assert await within(resp.read_upto(10)) == b"0123456789"
    resp.release()
    resp = await post(pool, url, b"-end")
    assert (await get_all(resp)).endswith(b"-end")
    assert counting.connections == 2
    await settle(pool)
    assert len(pool._all) == 1


async def test_many_concurrent_requests_to_one_origin(serve: Serve, pool: Pool) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await serve_forever(reader, writer, lambda body: answer(b"r:" + body))

    url = await serve(handler)

    target = Target(url)
    loop = asyncio.get_running_loop()

    async def one(i: int) -> bytes:
        resp = await pool.request(
            b"POST", target, {}, b"%d" % i, connect_s=20, deadline=loop.time() + 20
        )  # generous: a burst of connects can overflow the listen backlog (SYN retries)
        return await get_all(resp)

    results = await within(asyncio.gather(*(one(i) for i in range(200))), 30)
    assert results == [b"r:%d" % i for i in range(200)]
    await settle(pool)
    assert len(pool._all) == len(pool._idle[target.key]) <= 200
    # and they are all usable
    results = await within(asyncio.gather(*(one(i) for i in range(50))), 30)
    assert results == [b"r:%d" % i for i in range(50)]


async def _cancel_after(steps: int, aw: Awaitable[Any]) -> Any:
    """Run ``aw`` for ``steps`` loop iterations, then cancel it (unless it ended)."""
    task = asyncio.ensure_future(aw)
    for _ in range(steps):
        if task.done():
            break
        await asyncio.sleep(0)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        return await within(task)
    return None


async def test_cancellation_at_every_stage_leaks_nothing(serve: Serve, pool: Pool) -> None:
    hold = asyncio.Event()

    async def handler(reader: Reader, writer: Writer) -> None:
        while True:
            try:
                _, body = await read_request(reader)
            except asyncio.IncompleteReadError:
                return
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 12\r\n\r\n" + b"first")
            await writer.drain()
            if body == b"hold":
                await hold.wait()
            writer.write(b"-" + body.ljust(6, b".")[:6])
            await writer.drain()

    url = await serve(handler)

    async def call(body: bytes) -> bytes:
        resp = await post(pool, url, body)
        try:
            return bytes(await resp.read())
        finally:
            resp.release()

    seen_results = 0
    for steps in range(40):
        for body in (b"go", b"hold"):
            result = await _cancel_after(steps, call(body))
            if result is not None:
                seen_results += 1
                assert result == b"first-" + body.ljust(6, b".")
            await settle(pool)
            # nothing half-used stays: a follow-up request on the same pool is right
            assert await within(call(b"after")) == b"first-after."
            await settle(pool)
            assert len(pool._all) <= 1
    hold.set()
    assert seen_results  # some calls did finish before their cancellation


async def test_cancellation_while_connecting_leaks_nothing(pool: Pool) -> None:
    # a listening socket nobody accepts on: the connection completes in the kernel, or not
    # at all once the backlog is full; cancelling in between must leave nothing behind
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    try:
        for steps in range(6):
            await _cancel_after(steps, post(pool, url))
        await settle(pool)
        assert not pool._all
    finally:
        sock.close()


async def test_a_deadline_as_the_response_arrives(serve: Serve, pool: Pool) -> None:
    """Whatever wins, the pool never hands out a connection with someone else's bytes."""
    counting = Counting(lambda body: answer(b"for:" + body))
    url = await serve(counting)
    loop = asyncio.get_running_loop()
    outcomes = set()
    for i in range(60):
        delay = (i % 20) * 0.0002
        body = b"%d" % i
        try:
            resp = await within(
                pool.request(
                    b"POST", Target(url), {}, body, connect_s=1.0, deadline=loop.time() + delay
                )
            )
        except TimeoutError:
            outcomes.add("timeout")
            continue
        try:
            data = await within(resp.read(loop.time() + delay))
            outcomes.add("ok")
            assert data == b"for:" + body
        except TimeoutError:
            outcomes.add("body timeout")
        finally:
            resp.release()
    await settle(pool)
    assert await get_all(await post(pool, url, b"last")) == b"for:last"
    assert "timeout" in outcomes


# -- the gateway's retry over a connection the upstream closed --------------------------------


async def test_a_post_on_a_connection_closed_as_it_is_sent_is_retried_by_the_gateway(
    serve: Serve,
) -> None:
    """The upstream takes the second request on a kept-alive connection and closes it
    unanswered (its keep-alive timer fired as the request arrived): the pool reports it
    (a POST is not repeated on its own) and the transport maps it to a retryable error."""
    connections = 0

    async def handler(reader: Reader, writer: Writer) -> None:
        nonlocal connections
        connections += 1
        _, body = await read_request(reader)
        writer.write(answer(b"ok:" + body))
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")  # the next request: dropped

    url = await serve(handler)
    transport = Transport()
    loop = asyncio.get_running_loop()

    async def call(body: bytes) -> bytes:
        resp = await transport.upstream(url).post(
            url, body, {}, connect_s=1, deadline=loop.time() + 5, phase="total"
        )
        return await get_all(resp)

    try:
        assert await call(b"1") == b"ok:1"
        with pytest.raises(UpstreamConnectError) as info:
            await within(call(b"2"))
        assert info.value.retryable
        assert await call(b"3") == b"ok:3"
    finally:
        await transport.aclose()


# -- TLS and IPv6 -----------------------------------------------------------------------------


async def test_a_tls_hostname_mismatch_is_a_clear_connect_error(
    cert_files: tuple[str, str], pool: Pool
) -> None:
    cert, key = cert_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)

    async def handler(reader: Reader, writer: Writer) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            await serve_forever(reader, writer, lambda body: answer(b"tls"))
        writer.close()

    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=server_ctx)
    port = server.sockets[0].getsockname()[1]
    pool._ssl = ssl.create_default_context(cafile=cert)
    try:
        with pytest.raises(ConnectError) as info:  # the certificate is for "localhost"
            await within(post(pool, f"https://127.0.0.1:{port}/v1"))
        assert "mismatch" in info.value.strerror.lower()
        # the same server by the right name works, and keeps its connection
        for _ in range(2):
            assert await get_all(await post(pool, f"https://localhost:{port}/v1")) == b"tls"
        await settle(pool)
        assert len(pool._all) == 1
    finally:
        pool.close()
        server.close()
        await server.wait_closed()


async def test_tls_with_a_large_body_and_a_slow_reader(
    cert_files: tuple[str, str], pool: Pool
) -> None:
    cert, key = cert_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    size = 2 * 1024 * 1024

    async def handler(reader: Reader, writer: Writer) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            await serve_forever(reader, writer, lambda body: answer(b"t" * size))
        writer.close()

    server = await asyncio.start_server(handler, "localhost", 0, ssl=server_ctx)
    url = f"https://localhost:{server.sockets[0].getsockname()[1]}/v1"
    pool._ssl = ssl.create_default_context(cafile=cert)
    try:
        for _ in range(2):
            resp = await post(pool, url)
            await asyncio.sleep(0.2)
            got = 0
            while data := await within(resp.readany()):
                got += len(data)
            assert got == size
            resp.release()
    finally:
        pool.close()
        server.close()
        await server.wait_closed()


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="no ::1 here")
async def test_an_ipv6_literal_url(pool: Pool) -> None:
    heads: list[bytes] = []

    async def handler(reader: Reader, writer: Writer) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                head, body = await read_request(reader)
                heads.append(head)
                writer.write(answer(b"v6:" + body))
                await writer.drain()
        writer.close()

    server = await asyncio.start_server(handler, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        for i in range(2):
            resp = await post(pool, f"http://[::1]:{port}/v1/x", b"%d" % i)
            assert await get_all(resp) == b"v6:%d" % i
        assert b"host: [::1]:%d\r\n" % port in heads[0]
        assert heads[0].startswith(b"POST /v1/x HTTP/1.1\r\n")
    finally:
        pool.close()
        server.close()
        await server.wait_closed()


# -- the request side -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["a\r\nx-evil: 1", "a\nb", "a\rb"])
async def test_header_values_with_newlines_are_refused(
    serve: Serve, pool: Pool, value: str
) -> None:
    counting = Counting()
    url = await serve(counting)
    loop = asyncio.get_running_loop()
    with pytest.raises(ValueError, match="newline"):
        await pool.request(
            b"POST", Target(url), {"x": value}, b"{}", connect_s=1, deadline=loop.time() + 2
        )
    with pytest.raises(ValueError, match="newline"):
        await pool.request(
            b"POST", Target(url), {value: "x"}, b"{}", connect_s=1, deadline=loop.time() + 2
        )
    assert not pool._all


async def test_a_several_megabyte_request_body_is_sent_whole(serve: Serve, pool: Pool) -> None:
    body = bytes(range(256)) * (6 * 4096)  # 6 MiB

    def digest(data: bytes) -> bytes:
        return b"%d:%s" % (len(data), hashlib.sha256(data).hexdigest().encode())

    async def handler(reader: Reader, writer: Writer) -> None:
        await serve_forever(reader, writer, lambda got: answer(digest(got)))

    url = await serve(handler)
    for _ in range(2):
        resp = await post(pool, url, body, timeout_s=30)
        assert await get_all(resp) == digest(body)


def test_http_errors_are_one_family() -> None:
    for cls in (ConnectError, Disconnected, PayloadError, ProtocolError):
        assert issubclass(cls, HTTPError)
