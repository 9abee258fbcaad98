"""A dialect in front of a real provider and a real ``aire sim``, as the gateway wires it.

``DialectApp`` does what the gateway's parse and relay stages do with a dialect: decode
the body, ``to_chat``, call the provider (``openai`` or ``anthropic``: any upstream),
``render`` or ``stream`` the answer back, ``error_body`` for failures. The official SDKs
then talk to it over HTTP.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import orjson
import pytest

from aire.asgi import SSE_HEADERS, Receive, Scope, Send, header, read_body, send_bytes
from aire.config.gateway import TimeoutsConfig
from aire.errors import AireError, InvalidRequest, UpstreamError
from aire.gateway.inbound import DIALECT_PATHS, DIALECTS
from aire.gateway.providers import PROVIDERS, Provider, UpstreamRequest
from aire.gateway.transport import Transport
from aire.server import serve_in_thread
from aire.sim.app import SimApp
from aire.tokenizer import count_tokens

TIMEOUTS = TimeoutsConfig(connect_ms=2000, first_token_ms=5000, idle_ms=5000, total_ms=20000)
_ids = itertools.count(1)


def estimate_input_tokens(chat: dict[str, Any]) -> int:
    return sum(count_tokens(orjson.dumps(m.get("content")).decode()) for m in chat["messages"])


class DialectApp:
    def __init__(self, provider: str, upstream: str) -> None:
        self.provider_name = provider
        self.upstream = upstream
        self.transport: Transport | None = None
        self.provider: Provider | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.transport = Transport()
                    base = f"{self.upstream}/v1"
                    self.provider = PROVIDERS.get(self.provider_name)(
                        self.transport.upstream(base), base_url=base, api_key="k", headers={}
                    )
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self.transport is not None:
                        await self.transport.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        name = DIALECT_PATHS.get(scope["path"])
        if name is None:
            await send_bytes(send, 404, b'{"error": "no route"}')
            return
        dialect = DIALECTS.get(name)
        request_id = f"req{next(_ids)}"
        id_header = [(dialect.request_id_header, request_id.encode())]
        try:
            try:
                body = orjson.loads(await read_body(receive))
            except orjson.JSONDecodeError:
                raise InvalidRequest("request body is not valid JSON") from None
            if not isinstance(body, dict):
                raise InvalidRequest("request body must be a JSON object")
            chat = dialect.to_chat(body)
            fault = header(scope, b"x-aire-sim-fault")
            assert self.provider is not None
            req = UpstreamRequest(
                endpoint="chat",
                body=chat,
                model="aire-sim",
                stream=bool(chat.get("stream")),
                include_usage=bool((chat.get("stream_options") or {}).get("include_usage")),
                timeouts=TIMEOUTS,
                request_id=request_id,
                deadline=_now() + TIMEOUTS.total_ms / 1000,
                extra_headers={"x-aire-sim-fault": fault.decode()} if fault else {},
            )
            if not req.stream:
                resp = await self.provider.complete(req)
                out = dialect.render(
                    resp.body, model=body["model"], request_id=request_id, request=body
                )
                await send_bytes(
                    send, 200, out, [(b"content-type", b"application/json"), *id_header]
                )
                return
            upstream = await self.provider.open_stream(req)
        except AireError as exc:
            out = dialect.error_body(exc.status(), exc.code, exc.message, exc.param)
            await send_bytes(
                send, exc.status(), out, [(b"content-type", b"application/json"), *id_header]
            )
            return
        renderer = dialect.stream(
            model=body["model"],
            request_id=request_id,
            input_tokens_estimate=estimate_input_tokens(chat),
            request=body,
        )
        await send(
            {"type": "http.response.start", "status": 200, "headers": [*SSE_HEADERS, *id_header]}
        )
        try:
            async for chunk in upstream:
                out = renderer.feed(chunk)
                if out:
                    await send({"type": "http.response.body", "body": out, "more_body": True})
        except UpstreamError:
            # a client-safe message, as the gateway's relay must send (no upstream URL)
            out = renderer.error(
                "upstream_stream_interrupted", "the upstream model failed mid-stream"
            )
            await send({"type": "http.response.body", "body": out, "more_body": True})
        finally:
            await upstream.aclose()
        await send({"type": "http.response.body", "body": b""})


def _now() -> float:
    return asyncio.get_running_loop().time()


StartFront = Callable[..., str]


@pytest.fixture
def start_front(start_sim: Callable[..., tuple[str, SimApp]]) -> Iterator[StartFront]:
    """``url = start_front("openai", mode="echo")``: a dialect app in front of a new sim."""
    with ExitStack() as stack:

        def start(provider: str = "openai", **sim: Any) -> str:
            sim_url, _ = start_sim(**sim)
            return stack.enter_context(serve_in_thread(DialectApp(provider, sim_url)))

        yield start
