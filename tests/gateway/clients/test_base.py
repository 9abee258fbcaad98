"""The client protocol: every client, the same failure, the same aire error; settings."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from tests.gateway.clients.conftest import Handler

from aire.errors import UpstreamConnectError, UpstreamProtocolError, UpstreamTimeout
from aire.gateway.clients import CLIENTS, ClientSettings, TLSSettings, UpstreamClient
from aire.gateway.clients.base import client_problem, resolve_client
from aire.gateway.transport import Transport
from aire.server import bind

Serve = Callable[[Handler], Awaitable[str]]
Reader, Writer = asyncio.StreamReader, asyncio.StreamWriter


@pytest.fixture
async def client(client_name: str) -> Any:
    c: UpstreamClient = CLIENTS.get(client_name)(ClientSettings(client=client_name))
    yield c
    await c.aclose()


async def read_request(reader: Reader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            await reader.readexactly(int(line.split(b":", 1)[1]))
    return head


def answer(body: bytes, *headers: bytes) -> bytes:
    lines = [b"HTTP/1.1 200 OK", *headers]
    if not any(h.lower().startswith((b"content-length", b"transfer-encoding")) for h in headers):
        lines.append(b"content-length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def replies(data: bytes, *, then_reset: bool = False) -> Handler:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(data)
        await writer.drain()
        if then_reset:
            reset(writer)

    return handler


def reset(writer: Writer) -> None:
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    writer.transport.abort()


async def post(client: UpstreamClient, url: str, timeout_s: float = 5.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout_s
    return await client.request(
        "POST", url + "/v1/x", {"content-type": "application/json"}, b"{}",
        connect_s=timeout_s, deadline=deadline,
    )  # fmt: skip


async def body_of(client: UpstreamClient, url: str) -> bytes:
    resp = await post(client, url)
    try:
        return await resp.read(asyncio.get_running_loop().time() + 5)
    finally:
        resp.release()


# -- the same answers read the same way ------------------------------------------------------


async def test_status_headers_and_body(serve: Serve, client: UpstreamClient) -> None:
    url = await serve(replies(answer(b'{"ok":1}', b"Content-Type: Application/JSON; charset=x")))
    resp = await post(client, url)
    assert resp.status == 200
    assert resp.content_type == "application/json"
    assert resp.headers.get("content-type") == "Application/JSON; charset=x"
    assert await resp.read(asyncio.get_running_loop().time() + 5) == b'{"ok":1}'
    resp.release()
    resp.release()  # idempotent
    resp.close()


@pytest.mark.parametrize("encoding", [b"gzip", b"deflate"])
async def test_compressed_bodies_are_decoded(
    serve: Serve, client: UpstreamClient, encoding: bytes
) -> None:
    raw = b"token " * 1000
    packed = gzip.compress(raw) if encoding == b"gzip" else __import__("zlib").compress(raw)
    url = await serve(replies(answer(packed, b"content-encoding: " + encoding)))
    assert await body_of(client, url) == raw


async def test_a_chunked_body_arrives_piece_by_piece(serve: Serve, client: UpstreamClient) -> None:
    go = asyncio.Event()

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(answer(b"", b"transfer-encoding: chunked") + b"7\r\ndata: 1\r\n")
        await writer.drain()
        await go.wait()
        writer.write(b"7\r\ndata: 2\r\n0\r\n\r\n")
        await writer.drain()

    url = await serve(handler)
    resp = await post(client, url)
    deadline = asyncio.get_running_loop().time() + 5
    assert await resp.readany(deadline) == b"data: 1"  # before the rest was even written
    go.set()
    rest = b""
    while data := await resp.readany(deadline):
        rest += data
    assert rest == b"data: 2"
    assert await resp.readany(deadline) == b""
    resp.release()


async def test_read_upto_stops_at_the_limit(serve: Serve, client: UpstreamClient) -> None:
    url = await serve(replies(answer(b"x" * 100_000)))
    resp = await post(client, url)
    assert len(await resp.read_upto(1000, asyncio.get_running_loop().time() + 5)) == 1000
    resp.close()


async def test_a_released_response_keeps_its_connection(
    serve: Serve, client: UpstreamClient
) -> None:
    connections = 0

    async def handler(reader: Reader, writer: Writer) -> None:
        nonlocal connections
        connections += 1
        while True:
            await read_request(reader)
            writer.write(answer(b"again"))
            await writer.drain()

    url = await serve(handler)
    for _ in range(3):
        assert await body_of(client, url) == b"again"
        await asyncio.sleep(0)  # a client may hand the connection back in a task
    assert connections == 1


# -- the same failures raise the same errors -------------------------------------------------


async def test_refused(client: UpstreamClient) -> None:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    with pytest.raises(
        UpstreamConnectError, match=rf"cannot connect to upstream http://127\.0\.0\.1:{port}"
    ):
        await post(client, f"http://127.0.0.1:{port}")


async def test_connect_timeout_is_its_own_phase(client: UpstreamClient) -> None:
    # a listener nobody accepts on, its backlog full: the kernel drops the next SYNs
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(0)
    port = sock.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    try:
        deadline = asyncio.get_running_loop().time() + 10
        with pytest.raises(UpstreamTimeout) as info:
            await client.request(
                "GET", f"http://127.0.0.1:{port}/", {}, None, connect_s=0.2, deadline=deadline
            )
        assert info.value.phase == "connect"
        # the caller's deadline first: a plain TimeoutError, whose phase the caller knows
        deadline = asyncio.get_running_loop().time() + 0.2
        with pytest.raises(TimeoutError):
            await client.request(
                "GET", f"http://127.0.0.1:{port}/", {}, None, connect_s=10, deadline=deadline
            )
    finally:
        for filler in fillers:
            filler.close()
        sock.close()


async def test_reset_before_the_head(serve: Serve, client: UpstreamClient) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        reset(writer)

    url = await serve(handler)
    with pytest.raises(UpstreamConnectError, match=r"connection to upstream .* failed|closed"):
        await post(client, url)


async def test_closed_before_the_head(serve: Serve, client: UpstreamClient) -> None:
    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)

    url = await serve(handler)
    with pytest.raises(UpstreamConnectError, match="closed the connection"):
        await post(client, url)


@pytest.mark.parametrize("then_reset", [False, True], ids=["closed", "reset"])
async def test_a_body_cut_off(serve: Serve, client: UpstreamClient, then_reset: bool) -> None:
    url = await serve(replies(answer(b"part", b"content-length: 100"), then_reset=then_reset))
    resp = await post(client, url)
    with pytest.raises(UpstreamProtocolError, match="cut the response off"):
        await resp.read(asyncio.get_running_loop().time() + 5)
    resp.close()


async def test_a_chunked_stream_cut_off(serve: Serve, client: UpstreamClient) -> None:
    url = await serve(replies(answer(b"", b"transfer-encoding: chunked") + b"4\r\nabcd\r\n"))
    resp = await post(client, url)
    deadline = asyncio.get_running_loop().time() + 5
    assert await resp.readany(deadline) == b"abcd"
    with pytest.raises(UpstreamProtocolError, match="cut the response off"):
        await resp.readany(deadline)
    resp.close()


async def test_a_body_that_does_not_decompress(serve: Serve, client: UpstreamClient) -> None:
    url = await serve(replies(answer(b"not gzip at all", b"content-encoding: gzip")))
    resp = await post(client, url)
    with pytest.raises(UpstreamProtocolError, match="does not decompress"):
        await resp.read(asyncio.get_running_loop().time() + 5)
    resp.close()


async def test_not_http(serve: Serve, client: UpstreamClient) -> None:
    url = await serve(replies(b"SSH-2.0-OpenSSH_9.6\r\n\r\n"))
    with pytest.raises(UpstreamProtocolError, match="bad response from upstream"):
        await post(client, url)


async def test_deadlines_while_waiting_for_the_head_and_the_body(
    serve: Serve, client: UpstreamClient
) -> None:
    hold = asyncio.Event()

    async def slow_head(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        await hold.wait()

    async def slow_body(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(answer(b"", b"content-length: 10") + b"12345")
        await writer.drain()
        await hold.wait()

    with pytest.raises(TimeoutError):
        await post(client, await serve(slow_head), timeout_s=0.2)
    resp = await post(client, await serve(slow_body))
    deadline = asyncio.get_running_loop().time() + 0.2
    assert await resp.readany(deadline) == b"12345"
    with pytest.raises(TimeoutError):
        await resp.readany(deadline)
    resp.close()
    hold.set()


async def test_a_cancelled_read_never_looks_like_the_end(
    serve: Serve, client: UpstreamClient
) -> None:
    hold = asyncio.Event()

    async def handler(reader: Reader, writer: Writer) -> None:
        await read_request(reader)
        writer.write(answer(b"", b"transfer-encoding: chunked") + b"1\r\na\r\n")
        await writer.drain()
        await hold.wait()
        writer.write(b"1\r\nb\r\n0\r\n\r\n")
        await writer.drain()

    resp = await post(client, await serve(handler))
    deadline = asyncio.get_running_loop().time() + 5
    assert await resp.readany(deadline) == b"a"
    pending = asyncio.ensure_future(resp.readany(deadline))
    await asyncio.sleep(0.05)
    pending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await pending
    hold.set()
    try:
        rest: bytes | None = await resp.readany(deadline)
    except UpstreamProtocolError:
        rest = None  # httpx: the cancel ended its body iterator
    assert rest in (b"b", None)  # the rest (http1 reads on) or an error; never a clean b""
    resp.close()


# -- settings ----------------------------------------------------------------------------


def test_auto_is_http1_unless_a_setting_needs_the_library() -> None:
    assert resolve_client("auto", proxy=False, http2=False) == "http1"
    assert resolve_client("auto", proxy=True, http2=False) == "httpx"
    assert resolve_client("auto", proxy=False, http2=True) == "httpx"
    assert resolve_client("http1", proxy=False, http2=False) == "http1"


def test_problems_name_the_field() -> None:
    assert client_problem(ClientSettings(client="http1", tls=TLSSettings())) is None
    assert client_problem(ClientSettings(client="httpx", proxy="http://p:3128", http2=True)) is None
    message, field = client_problem(ClientSettings(client="http1", proxy="http://p:3128")) or (
        "",
        "",
    )
    assert field == "proxy"
    assert "client 'http1' does not support proxy" in message
    message, field = client_problem(ClientSettings(client="nope")) or ("", "")
    assert field == "client"
    assert "unknown upstream client 'nope' (known: http1, httpx)" in message
    message, field = client_problem(ClientSettings(client="no.such.module:Client")) or ("", "")
    assert (field, message) == ("client", "could not import module 'no.such.module'")


def test_a_missing_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def without(missing: str) -> Callable[..., Any]:
        return lambda name, *a: None if name == missing else real(name, *a)

    monkeypatch.setattr(importlib.util, "find_spec", without("httpx2"))
    message, field = client_problem(ClientSettings(client="httpx")) or ("", "")
    assert field == "client"
    assert message == "client 'httpx' needs the 'httpx2' package: pip install 'aire[httpx]'"
    monkeypatch.setattr(importlib.util, "find_spec", without("h2"))
    message, field = client_problem(ClientSettings(client="httpx", http2=True)) or ("", "")
    assert (field, message) == ("http2", "http2 needs the 'h2' package: pip install 'aire[httpx]'")


async def test_the_transport_shares_one_client_per_setting() -> None:
    transport = Transport()
    try:
        a = transport.upstream("http://a:1/v1")
        b = transport.upstream("http://b:2/v1/", ClientSettings())
        c = transport.upstream("http://c:3/v1", ClientSettings(client="httpx"))
        assert a.client is b.client
        assert c.client is not a.client
        assert type(c.client).__name__ == "HttpxClient"
        assert b.name == "http://b:2/v1"
    finally:
        await transport.aclose()
