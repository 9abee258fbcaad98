"""The upstream HTTP/1.1 client against raw servers that answer with exact bytes."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import shutil
import ssl
import subprocess
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from aire.gateway.http1 import (
    ConnectError,
    Disconnected,
    PayloadError,
    Pool,
    ProtocolError,
    Response,
    Target,
    request_head,
)

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One request's head and body (content-length bodies only)."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    body = await reader.readexactly(length) if length else b""
    return head, body


def replies_with(data: bytes) -> Handler:
    """A server that reads one request and writes ``data`` back."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(data)
        await writer.drain()

    return handler


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    servers: list[asyncio.Server] = []
    handlers: set[asyncio.Task[Any]] = set()

    async def start(handler: Handler) -> str:
        async def run(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            handlers.add(task)
            try:
                await handler(reader, writer)
            except (ConnectionError, asyncio.IncompleteReadError):
                pass
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()

        server = await asyncio.start_server(run, "127.0.0.1", 0)
        servers.append(server)
        return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1/x"

    yield start
    for server in servers:
        server.close()
        await server.wait_closed()
    for task in handlers:
        task.cancel()
    await asyncio.gather(*handlers, return_exceptions=True)


@pytest.fixture
async def pool() -> AsyncIterator[Pool]:
    p = Pool()
    yield p
    p.close()


async def post(pool: Pool, url: str, body: bytes = b"{}", timeout_s: float = 2.0) -> Response:
    deadline = asyncio.get_running_loop().time() + timeout_s
    return await pool.request(
        b"POST", Target(url), {"content-type": "application/json"}, body,
        connect_s=1.0, deadline=deadline,
    )  # fmt: skip


def answer(body: bytes, *headers: bytes, status: bytes = b"200 OK") -> bytes:
    lines = [b"HTTP/1.1 " + status, *headers]
    if not any(h.lower().startswith((b"content-length", b"transfer-encoding")) for h in headers):
        lines.append(b"content-length: %d" % len(body))
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def test_request_head_has_the_path_host_and_length() -> None:
    head = request_head(b"POST", Target("http://h:8000/v1/chat?x=1"), {"a": "b"}, 12)
    assert head.startswith(b"POST /v1/chat?x=1 HTTP/1.1\r\nhost: h:8000\r\n")
    assert b"\r\na: b\r\n" in head
    assert head.endswith(b"content-length: 12\r\n\r\n")
    assert b"host: api.example.com\r\n" in request_head(
        b"GET", Target("https://api.example.com/v1"), {}, None
    )
    assert b"content-length" not in request_head(b"GET", Target("http://h/"), {}, None)
    with pytest.raises(ValueError, match="newline"):
        request_head(b"POST", Target("http://h/"), {"x": "a\r\nevil: 1"}, 0)


async def test_keep_alive_connections_are_reused(serve: Any, pool: Pool) -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            try:
                _, body = await read_request(reader)
            except asyncio.IncompleteReadError:
                break
            writer.write(answer(b"echo:" + body, b"content-type: application/json; charset=x"))
        writer.close()

    url = await serve(handler)
    for i in range(5):
        resp = await post(pool, url, b"%d" % i)
        assert resp.status == 200
        assert resp.content_type == "application/json"
        assert await resp.read() == b"echo:%d" % i
        resp.release()
    assert connections == 1


async def test_chunked_body_arrives_in_pieces(serve: Any, pool: Pool) -> None:
    go = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"", b"transfer-encoding: chunked") + b"5\r\nhello\r\n")
        await writer.drain()
        await go.wait()
        writer.write(b"6\r\n world\r\n0\r\n\r\n")
        await writer.drain()

    resp = await post(pool, await serve(handler))
    assert await resp.readany() == b"hello"
    go.set()
    assert await resp.readany() == b" world"
    assert await resp.readany() == b""
    resp.release()


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        (b"gzip", gzip.compress),
        (b"deflate", zlib.compress),
        (b"deflate", lambda d: zlib.compress(d)[2:-4]),  # raw deflate, as some servers send
    ],
)
async def test_compressed_bodies_are_decoded(
    serve: Any, pool: Pool, encoding: bytes, compress: Callable[[bytes], bytes]
) -> None:
    payload = b'{"text": "%s"}' % (b"abc" * 1000)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head, _ = await read_request(reader)
        assert b"accept-encoding: gzip, deflate" in head
        writer.write(answer(compress(payload), b"content-encoding: " + encoding))

    resp = await post(pool, await serve(handler))
    assert await resp.read() == payload
    resp.release()


async def test_a_body_until_the_connection_closes(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nall of it")
        await writer.drain()
        writer.close()

    resp = await post(pool, await serve(handler))
    assert await resp.read() == b"all of it"
    resp.release()


async def test_interim_answers_are_skipped(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + answer(b"done", b"x-a: 1"))

    resp = await post(pool, await serve(handler))
    assert (resp.status, resp.headers.get("x-a")) == (200, "1")
    assert await resp.read() == b"done"
    resp.release()


async def test_connection_close_is_not_reused(serve: Any, pool: Pool) -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await read_request(reader)
        writer.write(answer(b"x", b"connection: close"))
        await writer.drain()

    url = await serve(handler)
    for _ in range(2):
        resp = await post(pool, url)
        assert await resp.read() == b"x"
        resp.release()
    assert connections == 2


async def test_a_response_not_read_to_its_end_is_not_reused(serve: Any, pool: Pool) -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            try:
                await read_request(reader)
            except asyncio.IncompleteReadError:
                break
            writer.write(answer(b"", b"transfer-encoding: chunked") + b"3\r\nabc\r\n")
            await writer.drain()

    url = await serve(handler)
    for _ in range(2):
        resp = await post(pool, url)
        assert await resp.readany() == b"abc"
        resp.release()  # the body has not ended: the connection must go
    assert connections == 2


async def test_status_and_headers(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer(b"slow down", b"Retry-After: 3", b"retry-after: 9", status=b"429 X"))

    resp = await post(pool, await serve(handler))
    assert resp.status == 429
    assert resp.headers["retry-after"] == "3"  # the first of repeated headers
    assert resp.content_type == "application/octet-stream"
    assert await resp.read_upto(4) == b"slow"
    resp.close()


async def test_closed_before_the_head_is_disconnected(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.close()

    with pytest.raises(Disconnected):
        await post(pool, await serve(handler))


async def test_cut_off_body_is_a_payload_error(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly this")
        await writer.drain()
        writer.close()

    resp = await post(pool, await serve(handler))
    with pytest.raises(PayloadError):
        await resp.read()
    resp.release()


async def test_garbage_is_a_protocol_error(serve: Any, pool: Pool) -> None:
    handler = replies_with(b"SPDY/9 what\r\n\r\n")
    with pytest.raises(ProtocolError):
        await post(pool, await serve(handler))


async def test_a_huge_response_head_is_a_protocol_error(serve: Any, pool: Pool) -> None:
    handler = replies_with(answer(b"", *(b"x-%d: %s" % (i, b"v" * 1000) for i in range(100))))
    with pytest.raises(ProtocolError):
        await post(pool, await serve(handler))


async def test_deadline_while_waiting_for_the_head(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        await asyncio.sleep(5)

    with pytest.raises(TimeoutError):
        await post(pool, await serve(handler), timeout_s=0.2)


async def test_deadline_while_reading_the_body(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc")
        await writer.drain()
        await asyncio.sleep(5)

    resp = await post(pool, await serve(handler))
    with pytest.raises(TimeoutError):
        await resp.read(asyncio.get_running_loop().time() + 0.2)
    resp.close()


async def test_refused_connection_is_a_connect_error(pool: Pool) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    with pytest.raises(ConnectError):
        await post(pool, f"http://127.0.0.1:{port}/")


async def test_a_slow_reader_pauses_the_socket_and_gets_every_byte(serve: Any, pool: Pool) -> None:
    size = 4 * 1024 * 1024

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % size)
        for _ in range(size // 65536):
            writer.write(b"z" * 65536)
            await writer.drain()

    resp = await post(pool, await serve(handler))
    await asyncio.sleep(0.3)  # let the client buffer fill up
    got = 0
    while data := await resp.readany():
        got += len(data)
    assert got == size
    resp.release()


async def test_a_stale_keep_alive_connection_is_replaced_for_a_get(serve: Any, pool: Pool) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer(b"ok"))
        await writer.drain()
        await reader.read(1)  # the next request, which it will not answer
        writer.close()

    url = await serve(handler)
    loop = asyncio.get_running_loop()
    for _ in range(2):
        resp = await pool.request(
            b"GET", Target(url), {}, None, connect_s=1.0, deadline=loop.time() + 2
        )
        assert await resp.read() == b"ok"
        resp.release()


@pytest.fixture
def cert_files(tmp_path: Any) -> tuple[str, str]:
    """A self-signed certificate for localhost (made with the openssl command)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return str(cert), str(key)


async def test_https_with_the_pool_context(cert_files: tuple[str, str], pool: Pool) -> None:
    cert, key = cert_files
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            while True:
                _, body = await read_request(reader)
                writer.write(answer(b"tls:" + body))
        writer.close()

    server = await asyncio.start_server(handler, "localhost", 0, ssl=server_ctx)
    url = f"https://localhost:{server.sockets[0].getsockname()[1]}/v1"
    try:
        with pytest.raises(ConnectError):  # the default context does not trust this cert
            await post(pool, url)
        pool._ssl = ssl.create_default_context(cafile=cert)
        for i in range(2):
            resp = await post(pool, url, b"%d" % i)
            assert await resp.read() == b"tls:%d" % i
            resp.release()
    finally:
        pool.close()
        server.close()
        await server.wait_closed()
