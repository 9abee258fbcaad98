"""One contract, every provider adapter over every upstream client, against a real `aire sim`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import orjson
import pytest

from aire.config.gateway import TimeoutsConfig
from aire.errors import (
    UpstreamConnectError,
    UpstreamProtocolError,
    UpstreamStatusError,
    UpstreamTimeout,
)
from aire.gateway.clients import CLIENTS, ClientSettings
from aire.gateway.providers import PROVIDERS, Provider, UpstreamRequest
from aire.gateway.transport import Transport

pytestmark = [
    pytest.mark.parametrize("provider_name", ["openai", "anthropic"]),
    pytest.mark.parametrize("client_name", CLIENTS.names()),
]

FAST_TIMEOUTS = TimeoutsConfig(connect_ms=500, first_token_ms=400, idle_ms=300, total_ms=1500)


@pytest.fixture
async def transport() -> AsyncIterator[Transport]:
    t = Transport()
    yield t
    await t.aclose()


def provider_at(
    transport: Transport, provider_name: str, client_name: str, base_url: str
) -> Provider:
    upstream = transport.upstream(base_url, ClientSettings(client=client_name))
    return PROVIDERS.get(provider_name)(upstream, base_url=base_url, api_key="sk-test", headers={})


@pytest.fixture
def make(
    start_sim: Callable[..., Any], transport: Transport, provider_name: str, client_name: str
) -> Callable[..., tuple[Provider, Callable[..., UpstreamRequest]]]:
    def build(**sim: Any) -> tuple[Provider, Callable[..., UpstreamRequest]]:
        url, _ = start_sim(**sim)
        provider = provider_at(transport, provider_name, client_name, f"{url}/v1")

        def request(
            body: dict[str, Any] | None = None,
            *,
            stream: bool = False,
            fault: str | None = None,
            include_usage: bool = False,
            timeouts: TimeoutsConfig = FAST_TIMEOUTS,
        ) -> UpstreamRequest:
            payload = {
                "model": "alias",
                "messages": [{"role": "user", "content": "hi"}],
                "max_tokens": 6,
                **(body or {}),
            }
            return UpstreamRequest(
                endpoint="chat",
                body=payload,
                model="aire-sim",
                stream=stream,
                include_usage=include_usage,
                timeouts=timeouts,
                request_id="req-1",
                deadline=asyncio.get_running_loop().time() + timeouts.total_ms / 1000,
                extra_headers={"x-aire-sim-fault": fault} if fault else {},
            )

        return provider, request

    return build


async def drain(provider: Provider, req: UpstreamRequest, into: list[bytes] | None = None) -> None:
    stream = await provider.open_stream(req)
    async for chunk in stream:
        if into is not None:
            into.append(chunk)


async def call(provider: Provider, req: UpstreamRequest) -> None:
    if req.stream:
        await drain(provider, req)
    else:
        await provider.complete(req)


async def collect(provider: Provider, req: UpstreamRequest) -> tuple[list[dict[str, Any]], Any]:
    stream = await provider.open_stream(req)
    events: list[dict[str, Any]] = []
    raw = b""
    async for chunk in stream:
        raw += chunk
    for block in raw.split(b"\n\n"):
        if block.startswith(b"data: ") and block != b"data: [DONE]":
            events.append(orjson.loads(block[6:]))
    assert raw.endswith(b"data: [DONE]\n\n")
    return events, stream.usage


async def test_complete_returns_an_openai_body_with_usage(make: Any) -> None:
    provider, request = make(mode="echo")
    resp = await provider.complete(request({"messages": [{"role": "user", "content": "ping"}]}))
    body = orjson.loads(resp.body)
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["content"] == "ping"
    assert body["choices"][0]["finish_reason"] == "stop"
    assert resp.usage is not None
    assert resp.usage.completion_tokens == 1
    assert resp.usage.prompt_tokens > 0


async def test_system_prompt_and_length_limit(make: Any) -> None:
    provider, request = make()
    resp = await provider.complete(
        request(
            {
                "messages": [
                    {"role": "system", "content": "be brief"},
                    {"role": "user", "content": "tell me everything"},
                ],
                "max_tokens": 3,
            }
        )
    )
    body = orjson.loads(resp.body)
    assert body["choices"][0]["finish_reason"] == "length"
    assert resp.usage is not None
    assert resp.usage.completion_tokens == 3


async def test_stream_yields_openai_chunks_and_usage(make: Any) -> None:
    provider, request = make(mode="echo")
    events, usage = await collect(
        provider, request({"messages": [{"role": "user", "content": "one two three"}]}, stream=True)
    )
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e["choices"])
    assert text == "one two three"
    assert events[0]["choices"][0]["delta"]["role"] == "assistant"
    finishes = [e["choices"][0]["finish_reason"] for e in events if e["choices"]]
    assert finishes[-1] == "stop"
    assert all(e["object"] == "chat.completion.chunk" for e in events)
    assert usage is not None
    assert usage.completion_tokens == 3


async def test_usage_chunk_only_when_the_client_asked(make: Any) -> None:
    provider, request = make()
    without, _ = await collect(provider, request(stream=True))
    assert all(e["choices"] for e in without)
    with_usage, _ = await collect(provider, request(stream=True, include_usage=True))
    assert with_usage[-1]["choices"] == []
    assert with_usage[-1]["usage"]["completion_tokens"] == 6


async def test_tool_calls_come_back_in_openai_shape(make: Any) -> None:
    provider, request = make()
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "weather for a city",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ]
    body = {
        "messages": [{"role": "user", "content": "what is the weather in Oslo"}],
        "tools": tools,
        "tool_choice": "required",
        "max_tokens": 200,
    }
    resp = await provider.complete(request(body))
    choice = orjson.loads(resp.body)["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    assert "city" in orjson.loads(call["function"]["arguments"])
    events, _ = await collect(provider, request(body, stream=True))
    args = "".join(
        tc["function"].get("arguments", "")
        for e in events
        if e["choices"]
        for tc in e["choices"][0]["delta"].get("tool_calls") or []
    )
    assert "city" in orjson.loads(args)


async def test_tool_results_round_trip(make: Any) -> None:
    provider, request = make()
    body = {
        "messages": [
            {"role": "user", "content": "weather in Oslo?"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "12 C and sunny"},
        ],
        "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}],
    }
    choice = orjson.loads((await provider.complete(request(body))).body)["choices"][0]
    assert choice["finish_reason"] != "tool_calls"
    assert choice["message"]["content"]


async def test_unknown_model_is_a_404_the_deployment_is_blamed_for(make: Any) -> None:
    provider, request = make()
    req = request()
    req.model = "no-such-model"
    with pytest.raises(UpstreamStatusError) as info:
        await provider.complete(req)
    assert info.value.upstream_status == 404
    assert info.value.deployment_fault  # its model name is wrong, not the client's request
    assert info.value.retryable  # on another deployment, or a fallback
    assert info.value.status() == 502
    assert "no-such-model" in info.value.message  # for the log


async def test_rate_limit_carries_retry_after(make: Any) -> None:
    provider, request = make()
    with pytest.raises(UpstreamStatusError) as info:
        await provider.complete(request(fault="rate_limit,retry_after_s=7"))
    assert info.value.upstream_status == 429
    assert info.value.retryable
    assert info.value.retry_after_s == pytest.approx(7)


@pytest.mark.parametrize("stream", [False, True])
async def test_server_error_is_retryable(make: Any, stream: bool) -> None:
    provider, request = make()
    with pytest.raises(UpstreamStatusError) as info:
        await call(provider, request(stream=stream, fault="server_error"))
    assert info.value.upstream_status == 500
    assert info.value.retryable


async def test_context_length_error_keeps_its_code(make: Any) -> None:
    provider, request = make(max_model_len=64)
    with pytest.raises(UpstreamStatusError) as info:
        await provider.complete(request({"messages": [{"role": "user", "content": "w " * 200}]}))
    assert info.value.upstream_status == 400
    assert info.value.upstream_code in ("context_length_exceeded", "invalid_request_error")
    assert "context length" in info.value.message


async def test_connection_reset_is_a_connect_error(make: Any) -> None:
    provider, request = make()
    with pytest.raises(UpstreamConnectError):
        await provider.complete(request(fault="reset"))


async def test_unreachable_upstream_is_a_connect_error(
    transport: Transport, provider_name: str, client_name: str
) -> None:
    from aire.server import bind

    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    provider = provider_at(transport, provider_name, client_name, f"http://127.0.0.1:{port}/v1")
    req = UpstreamRequest(
        endpoint="chat",
        body={"messages": [{"role": "user", "content": "x"}]},
        model="m",
        stream=False,
        include_usage=False,
        timeouts=FAST_TIMEOUTS,
        request_id="r",
        deadline=asyncio.get_running_loop().time() + 2,
    )
    with pytest.raises(UpstreamConnectError):
        await provider.complete(req)


async def test_hang_times_out_on_the_total_deadline(make: Any) -> None:
    provider, request = make()
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(UpstreamTimeout) as info:
        await provider.complete(request(fault="hang"))
    assert info.value.phase == "total"
    assert 1.3 < loop.time() - start < 3.0


async def test_slow_first_token_times_out(make: Any) -> None:
    provider, request = make(ttft_ms=1000)
    with pytest.raises(UpstreamTimeout) as info:
        await drain(provider, request(stream=True))
    assert info.value.phase == "first_token"


async def test_stall_mid_stream_times_out_on_idle(make: Any) -> None:
    provider, request = make(itl_ms=1)
    req = request({"max_tokens": 20, "ignore_eos": True}, stream=True, fault="stall,after_tokens=3")
    got: list[bytes] = []
    with pytest.raises(UpstreamTimeout) as info:
        await drain(provider, req, got)
    assert info.value.phase == "idle"
    assert got  # the first tokens did arrive


async def test_drop_mid_stream_is_a_protocol_error(make: Any) -> None:
    provider, request = make()
    req = request({"max_tokens": 20, "ignore_eos": True}, stream=True, fault="drop,after_tokens=4")
    with pytest.raises(UpstreamProtocolError):
        await drain(provider, req)


@pytest.mark.parametrize("stream", [False, True])
async def test_malformed_answer_is_a_protocol_error(make: Any, stream: bool) -> None:
    provider, request = make()
    req = request(
        {"max_tokens": 10, "ignore_eos": True}, stream=stream, fault="malformed,after_tokens=2"
    )
    with pytest.raises(UpstreamProtocolError):
        await call(provider, req)
