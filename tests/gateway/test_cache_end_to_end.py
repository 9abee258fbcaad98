"""The response cache through a real gateway in front of a real `aire sim`, with the memory
store and with the machine's Redis: hits in either form without the upstream, the SDKs
reading replays, and what must not be cached."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from typing import Any

import aiohttp
import anthropic
import openai
import orjson
import pytest
import redis
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import deployment
from tests.state.helpers import ensure_shared_redis

from aire.sim.app import SimApp

PROMPT = [{"role": "user", "content": "tell me about gateways"}]


@pytest.fixture(params=["memory", "redis"])
def state(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """The ``state:`` section: the default memory store, or the shared Redis under a
    random key prefix whose keys are deleted afterwards."""
    if request.param == "memory":
        yield {}
        return
    url = ensure_shared_redis()
    if url is None:
        pytest.skip("no Redis on 127.0.0.1:6379 and no redis-server to start one")
    prefix = f"aire-test:{secrets.token_hex(6)}:"
    yield {"backend": "redis", "url": url, "key_prefix": prefix}
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def gateway(
    start_sim: Any,
    start_gateway: StartGateway,
    state: dict[str, Any],
    cache: dict[str, Any] | None = None,
    **sim: Any,
) -> tuple[str, SimApp]:
    sim_url, sim_app = start_sim(**sim)
    url, _ = start_gateway(
        state=state,
        cache={"enabled": True, **(cache or {})},
        models={"chat": {"deployments": [deployment(sim_url, "s")]}},
    )
    return url, sim_app


class Reply:
    def __init__(self, status: int, headers: Any, raw: bytes) -> None:
        self.status = status
        self.cache = headers.get("x-aire-cache")
        self.raw = raw

    def text(self) -> str:
        if self.raw.startswith(b"data:"):
            events = [e[6:] for e in self.raw.split(b"\n\n") if e.startswith(b"data: {")]
            chunks = [orjson.loads(e) for e in events]
            return "".join(
                c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"]
            )
        return str(orjson.loads(self.raw)["choices"][0]["message"]["content"])


async def ask(
    url: str, headers: dict[str, str] | None = None, path: str = "/v1/chat/completions", **body: Any
) -> Reply:
    full = {"model": "chat", "messages": PROMPT, "max_tokens": 12, "temperature": 0, **body}
    async with (
        aiohttp.ClientSession() as s,
        s.post(url + path, json=full, headers=headers or {}) as r,
    ):
        return Reply(r.status, r.headers, await r.read())


async def test_a_hit_in_either_form_calls_no_upstream(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state)
    whole = await ask(url)
    assert (whole.status, whole.cache, sim.requests) == (200, "miss", 1)
    streamed = await ask(url, stream=True)
    assert (streamed.cache, streamed.text(), sim.requests) == ("hit", whole.text(), 1)
    assert streamed.raw.endswith(b"data: [DONE]\n\n")
    # and the other way round: a streamed miss answers a whole request
    first = await ask(url, stream=True, max_tokens=9)
    assert (first.cache, sim.requests) == ("miss", 2)
    again = await ask(url, max_tokens=9)
    assert (again.cache, again.text(), sim.requests) == ("hit", first.text(), 2)
    assert orjson.loads(again.raw)["usage"]["prompt_tokens_details"]["cached_tokens"] > 0


async def test_sampled_requests_are_not_cached_unless_forced(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state)
    sampled = [await ask(url, temperature=None), await ask(url, temperature=0.7)]
    sampled.append(await ask(url, temperature=0.7))
    assert [r.cache for r in sampled] == [None, None, None]
    assert sim.requests == 3
    force = {"x-aire-cache": "force"}
    forced = [await ask(url, force, temperature=0.7, max_tokens=5) for _ in range(2)]
    assert [r.cache for r in forced] == ["miss", "hit"]
    assert forced[0].text() == forced[1].text()
    assert sim.requests == 4
    bypass = await ask(url, {"x-aire-cache": "bypass"}, temperature=0.7, max_tokens=5)
    assert (bypass.cache, sim.requests) == (None, 5)
    bad = await ask(url, {"x-aire-cache": "please"})
    assert bad.status == 400
    assert orjson.loads(bad.raw)["error"]["code"] == "invalid_request"


async def test_an_entry_expires_after_its_ttl(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state, cache={"ttl_s": 1.5})
    assert [(await ask(url)).cache for _ in range(2)] == ["miss", "hit"]
    await asyncio.sleep(2.0)
    assert (await ask(url)).cache == "miss"
    assert sim.requests == 2


async def test_a_stream_cut_midway_is_not_cached(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(
        start_sim, start_gateway, state, faults=[{"kind": "drop", "after_tokens": 3}]
    )
    for _ in range(2):
        cut = await ask(url, stream=True)
        assert cut.cache == "miss"
        assert b"upstream_stream_interrupted" in cut.raw
        assert not cut.raw.endswith(b"data: [DONE]\n\n")
    assert sim.requests == 2


def test_the_openai_sdk_reads_a_replayed_stream(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state)
    with openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0) as client:
        first = client.chat.completions.create(
            model="chat", messages=PROMPT, temperature=0, max_tokens=12
        )
        raw = client.chat.completions.with_raw_response.create(
            model="chat",
            messages=PROMPT,
            temperature=0,
            max_tokens=12,
            stream=True,
            stream_options={"include_usage": True},
        )
        assert raw.headers["x-aire-cache"] == "hit"
        chunks = list(raw.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == first.choices[0].message.content
    assert chunks[0].id == first.id
    finish = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finish[-1] == first.choices[0].finish_reason
    usage = chunks[-1].usage
    assert first.usage is not None
    assert usage is not None
    assert usage.prompt_tokens == first.usage.prompt_tokens
    assert usage.completion_tokens == first.usage.completion_tokens
    assert usage.prompt_tokens_details is not None
    assert usage.prompt_tokens_details.cached_tokens == first.usage.prompt_tokens
    assert sim.requests == 1


def test_an_anthropic_client_is_answered_from_an_openai_clients_entry(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    """Both requests translate to the same chat request: the upstream would have been
    asked the same thing, so the entry is shared, and rendered in each client's API."""
    url, sim = gateway(start_sim, start_gateway, state)
    with openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0) as client:
        first = client.chat.completions.create(
            model="chat", messages=PROMPT, temperature=0, max_tokens=12
        )
    with anthropic.Anthropic(base_url=url, api_key="unused", max_retries=0) as claude:
        # this SDK has no temperature parameter any more; the API still takes it
        zero = {"temperature": 0}
        raw = claude.messages.with_raw_response.create(
            model="chat", messages=PROMPT, max_tokens=12, extra_body=zero
        )
        message = raw.parse()
        with claude.messages.stream(
            model="chat", messages=PROMPT, max_tokens=12, extra_body=zero
        ) as stream:
            streamed = stream.get_final_message()
    assert raw.headers["x-aire-cache"] == "hit"
    assert first.usage is not None
    for answer in (message, streamed):
        assert [b.text for b in answer.content if b.type == "text"] == [
            first.choices[0].message.content
        ]
        assert answer.usage.output_tokens == first.usage.completion_tokens
        # the prompt was read from a cache, as Anthropic reports it
        assert answer.usage.cache_read_input_tokens == first.usage.prompt_tokens
        assert answer.usage.input_tokens == 0
    assert sim.requests == 1


def test_a_streamed_tool_call_is_replayed_whole(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state)
    tools: Any = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                },
            },
        }
    ]
    with openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0) as client:
        chunks = list(
            client.chat.completions.create(
                model="chat",
                messages=PROMPT,
                temperature=0,
                tools=tools,
                tool_choice="required",
                stream=True,
            )
        )
        hit = client.chat.completions.create(
            model="chat", messages=PROMPT, temperature=0, tools=tools, tool_choice="required"
        )
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    calls = [call for d in deltas for call in d.tool_calls or ()]
    streamed_args = "".join(c.function.arguments or "" for c in calls if c.function)
    assert hit.choices[0].finish_reason == "tool_calls"
    [call] = hit.choices[0].message.tool_calls or []
    assert call.type == "function"
    assert (call.id, call.function.name) == (calls[0].id, "get_weather")
    assert call.function.arguments == streamed_args
    assert "city" in orjson.loads(streamed_args)
    assert sim.requests == 1


def test_a_responses_client_is_answered_from_the_cache_streamed_or_not(
    start_sim: Any, start_gateway: StartGateway, state: dict[str, Any]
) -> None:
    url, sim = gateway(start_sim, start_gateway, state)
    text = PROMPT[0]["content"]
    with openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0) as client:
        first = client.chat.completions.create(
            model="chat", messages=PROMPT, temperature=0, max_tokens=12
        )
        whole = client.responses.create(
            model="chat", input=text, temperature=0, max_output_tokens=12
        )
        events = list(
            client.responses.create(
                model="chat", input=text, temperature=0, max_output_tokens=12, stream=True
            )
        )
    assert first.usage is not None
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    final = events[-1]  # response.completed, or .incomplete: 12 tokens may cut it short
    assert final.type in ("response.completed", "response.incomplete")
    for answer in (whole, final.response):
        assert answer.output_text == first.choices[0].message.content
        assert answer.usage is not None
        assert answer.usage.input_tokens_details.cached_tokens == first.usage.prompt_tokens
    assert "".join(deltas) == first.choices[0].message.content
    assert sim.requests == 1
