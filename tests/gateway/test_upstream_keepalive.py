"""End to end: upstreams that close kept-alive connections must not show as client errors."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator

import aiohttp
import orjson
import pytest
import uvicorn
from tests.conftest import FAST
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import chat, deployment

from aire.config.sim import SimConfig
from aire.server import Server, bind
from aire.sim.app import SimApp

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def sim_with_keepalive(timeout_keep_alive: int) -> Iterator[str]:
    """The simulator on uvicorn with a short keep-alive timeout (vLLM's default is 5 s)."""
    sock = bind("127.0.0.1", 0)
    app = SimApp(SimConfig.model_validate(FAST))
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        log_level="warning",
        access_log=False,
        timeout_keep_alive=timeout_keep_alive,
    )
    server = Server(config)
    thread = threading.Thread(target=lambda: server.run(sockets=[sock]), daemon=True)
    thread.start()
    for _ in range(500):
        if server.started or not thread.is_alive():
            break
        time.sleep(0.01)
    assert server.started
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


async def test_requests_slower_than_the_upstream_keepalive_timeout(
    start_gateway: StartGateway,
) -> None:
    with sim_with_keepalive(1) as sim:
        gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "a")]}})
        async with aiohttp.ClientSession() as session:
            for stream in (False, True, False):
                body = chat(stream=stream)
                async with session.post(f"{gw}/v1/chat/completions", json=body) as r:
                    text = await r.text()
                    assert r.status == 200, text
                    assert r.headers["x-aire-attempts"] == "1"  # no retry was needed
                await asyncio.sleep(1.5)  # the upstream closes the idle connection meanwhile


COMPLETION = orjson.dumps(
    {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "aire-sim",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
)


@pytest.mark.parametrize("stream", [False, True])
async def test_a_kept_alive_connection_closed_as_the_request_arrives_is_retried(
    start_gateway: StartGateway, stream: bool
) -> None:
    """The upstream's keep-alive timer fires as the next request arrives: it closes the
    connection without an answer. The gateway must try again on a new connection."""
    connections = 0
    handlers: list[tuple[asyncio.Task[None], asyncio.StreamWriter]] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        task = asyncio.current_task()
        assert task is not None
        handlers.append((task, writer))
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            request = orjson.loads(await reader.readexactly(length))
            if request.get("stream"):
                event = orjson.dumps(
                    {
                        "id": "c",
                        "object": "chat.completion.chunk",
                        "created": 1,
                        "model": "aire-sim",
                        "choices": [
                            {"index": 0, "delta": {"content": "hi"}, "finish_reason": "stop"}
                        ],
                    }
                )
                sse = b"data: " + event + b"\n\ndata: [DONE]\n\n"
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(sse), sse)
                )
            else:
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(COMPLETION), COMPLETION)
                )
            await writer.drain()
            await reader.readuntil(b"\r\n\r\n")  # the next request on this connection
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()  # unanswered
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()

    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    upstream = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        gw, _ = start_gateway(models={"chat": {"deployments": [deployment(upstream, "a")]}})
        async with aiohttp.ClientSession() as session:
            for i in range(3):
                async with session.post(f"{gw}/v1/chat/completions", json=chat(stream=stream)) as r:
                    text = await r.text()
                    assert r.status == 200, text
                    assert "hi" in text
                    # the second try, on a new connection, got the answer
                    assert r.headers["x-aire-attempts"] == ("1" if i == 0 else "2")
        assert connections >= 3
    finally:
        server.close()
        for _, writer in handlers:  # the last connection may still be waiting
            writer.transport.abort()
        await asyncio.wait_for(asyncio.gather(*(t for t, _ in handlers)), 5)
        await server.wait_closed()
