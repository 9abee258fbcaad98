"""Request-head timeout and connection cap, with real sockets on 127.0.0.1.

No wall-clock assertions: every wait is bounded by a generous socket timeout and the
assertions are about outcomes and their order (closed with a 408, served, 503).
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson
import pytest

from aire.asgi import Receive, Scope, Send
from aire.http_limits import ServerConfig, ensure_fd_limit
from aire.server import serve_in_thread

HEAD = b"GET /fast HTTP/1.1\r\nHost: t\r\n\r\n"
HALF_HEAD = b"POST /v1/chat/completions HTTP/1.1\r\nHost: t\r\ncontent-type: appl"
WAIT_S = 30.0  # a bound, never an expectation


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    if scope["path"] == "/slow":  # a response that takes a while, in pieces
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for _ in range(10):
            await asyncio.sleep(0.1)
            await send({"type": "http.response.body", "body": b"x" * 10, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    body = b"ok"
    await send(
        {"type": "http.response.start", "status": 200,
         "headers": [(b"content-length", str(len(body)).encode())]}
    )  # fmt: skip
    await send({"type": "http.response.body", "body": body})


def address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None
    assert parts.port is not None
    return parts.hostname, parts.port


@contextmanager
def server(**limits: Any) -> Iterator[tuple[str, int]]:
    with serve_in_thread(app, **limits) as url:
        yield address(url)


def connect(addr: tuple[str, int]) -> socket.socket:
    sock = socket.create_connection(addr, timeout=WAIT_S)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    out = b""
    while chunk := sock.recv(65536):
        out += chunk
    return out


def read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One HTTP/1.1 response with content-length or chunked body; the socket stays open."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        assert chunk, f"closed before a response head: {buf!r}"
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    if "content-length" in headers:
        size = int(headers["content-length"])
        while len(rest) < size:
            rest += sock.recv(65536)
        return status, headers, rest[:size]
    while not rest.endswith(b"0\r\n\r\n"):  # chunked: until the last chunk
        chunk = sock.recv(65536)
        assert chunk, "closed in the middle of a chunked body"
        rest += chunk
    body, data = b"", rest
    while True:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return status, headers, body
        body, data = body + data[:size], data[size + 2 :]


def test_half_sent_heads_are_closed_with_408_while_normal_clients_are_served() -> None:
    with server(header_timeout_s=1.0) as addr, ExitStack() as stack:
        slow = []
        for _ in range(300):
            sock = stack.enter_context(connect(addr))
            sock.sendall(HALF_HEAD)
            slow.append(sock)
        normal = stack.enter_context(connect(addr))
        normal.sendall(HEAD)
        assert read_response(normal)[0] == 200
        for sock in slow:  # each one ends: a 408 with a JSON body, then the close
            answer = read_until_closed(sock)
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
            assert b"connection: close" in head
            error = orjson.loads(body)["error"]
            assert error["code"] == "request_timeout"
            assert "1 s" in error["message"]


def test_a_head_dripped_a_byte_at_a_time_is_not_kept_alive_by_the_bytes() -> None:
    with server(header_timeout_s=0.5) as addr, connect(addr) as sock:
        drip = b"GET / HTTP/1.1\r\nHost: t\r\n" + b"X-Pad: a\r\n" * 40
        sent = 0
        try:
            while sent < len(drip):  # 400 bytes x 50 ms: far longer than the timeout
                sock.sendall(drip[sent : sent + 1])
                sent += 1
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass  # closed by the server while we were still dripping: the point
        answer = b""
        with suppress(ConnectionResetError):
            answer = read_until_closed(sock)
        assert sent < len(drip), "the server waited for the whole drip-fed head"
        assert answer == b"" or answer.startswith(b"HTTP/1.1 408 ")


def test_a_connection_that_sends_nothing_is_closed_without_an_answer() -> None:
    with server(header_timeout_s=0.5) as addr, connect(addr) as sock:
        assert read_until_closed(sock) == b""


def test_keep_alive_between_requests_is_not_cut_by_the_head_timer() -> None:
    with server(header_timeout_s=0.3) as addr, connect(addr) as sock:
        for _ in range(3):
            sock.sendall(HEAD)
            assert read_response(sock)[:3:2] == (200, b"ok")
            time.sleep(1.0)  # idle far past the head timeout, well within keep-alive (30 s)


def test_a_pipelined_partial_head_does_not_cut_the_response_in_flight() -> None:
    with server(header_timeout_s=0.3) as addr, connect(addr) as sock:
        # the /slow answer takes ~1 s (longer than the head timeout, on any machine)
        sock.sendall(b"GET /slow HTTP/1.1\r\nHost: t\r\n\r\n" + HALF_HEAD)
        status, _, body = read_response(sock)
        assert (status, body) == (200, b"x" * 100)  # complete, not cut at 0.3 s
        assert read_until_closed(sock).startswith(b"HTTP/1.1 408 ")  # then the late head


def test_past_the_connection_cap_requests_get_a_json_503_and_close() -> None:
    with server(max_connections=3) as addr, ExitStack() as stack:
        held = []
        for _ in range(3):  # three served, kept alive and idle
            sock = stack.enter_context(connect(addr))
            sock.sendall(HEAD)
            assert read_response(sock)[0] == 200
            held.append(sock)
        extra = stack.enter_context(connect(addr))
        extra.sendall(HEAD)
        status, headers, body = read_response(extra)
        assert status == 503
        assert headers["connection"] == "close"
        assert headers["retry-after"] == "1"
        assert orjson.loads(body)["error"]["code"] == "too_many_connections"
        assert read_until_closed(extra) == b""
        held.pop().close()  # a slot frees up: new requests are served again
        for _ in range(int(WAIT_S / 0.05)):
            with connect(addr) as again:
                again.sendall(HEAD)
                if read_response(again)[0] == 200:
                    break
            time.sleep(0.05)
        else:
            pytest.fail("a freed connection slot was never reused")
        for sock in held:  # the kept-alive ones still work
            sock.sendall(HEAD)
            assert read_response(sock)[0] == 200


def test_server_config_maps_the_cap_onto_uvicorn() -> None:
    config = ServerConfig(app, header_timeout_s=5, max_connections=100, fds_per_connection=2)
    assert config.limit_concurrency == 101  # uvicorn counts the asking connection
    assert config.fds_needed() == 100 * 2 + 256


def test_ensure_fd_limit_raises_the_soft_limit_up_to_the_hard_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import resource

    calls: list[tuple[int, int]] = []

    def setter(which: int, limits: tuple[int, int]) -> None:
        calls.append(limits)

    assert ensure_fd_limit(5000, get=lambda _: (1024, 65536), set_=setter) == 5000
    assert calls == [(5000, 65536)]
    assert ensure_fd_limit(500, get=lambda _: (1024, 65536), set_=setter) == 1024
    assert len(calls) == 1  # enough already: untouched
    with caplog.at_level("WARNING", logger="aire.server"):
        assert ensure_fd_limit(5000, get=lambda _: (1024, 2048), set_=setter) == 2048
    assert "ulimit -n" in caplog.text
    infinite = resource.RLIM_INFINITY
    assert ensure_fd_limit(5000, get=lambda _: (infinite, infinite), set_=setter) == infinite


# -- the real servers: `aire serve` and `aire sim`, with the limits from their config ------


def _check_limits_of(url: str) -> None:
    """With max_connections 2 and header_timeout_s 0.5: a request on a third open
    connection gets a 503 (idle open connections count); a half head gets a 408."""
    addr = address(url)
    health = b"GET /health HTTP/1.1\r\nHost: t\r\n\r\n"
    with connect(addr) as one, connect(addr) as two:  # served one after the other
        for sock in (one, two):
            sock.sendall(health)
            assert read_response(sock)[0] == 200
        with connect(addr) as three:
            three.sendall(health)
            status, _, body = read_response(three)
            assert (status, orjson.loads(body)["error"]["code"]) == (503, "too_many_connections")
    with connect(addr) as slow:  # the head timer runs whatever the count
        slow.sendall(HALF_HEAD)
        assert read_until_closed(slow).startswith(b"HTTP/1.1 408 ")


@pytest.mark.slow
def test_aire_serve_and_aire_sim_apply_their_configured_limits(tmp_path: Path) -> None:
    from tests.gateway.test_server import Proc

    config = tmp_path / "aire.yaml"
    config.write_text(
        "gateway:\n  header_timeout_s: 0.5\n  max_connections: 2\n  models:\n    m:\n"
        "      deployments: [{url: 'http://127.0.0.1:9/v1', model: m}]\n"
    )
    started = [
        Proc("serve", "-c", str(config), "--port", "0"),
        Proc("sim", "--port", "0", "--header-timeout-s", "0.5", "--max-connections", "2"),
    ]
    try:
        gateway = started[0].wait_for(r"listening on (http://\S+)/v1").group(1)
        sim = started[1].wait_for(r"listening on (http://\S+)").group(1)
        for url in (gateway, sim):
            _check_limits_of(url)
    finally:
        for p in started:
            p.stop()
