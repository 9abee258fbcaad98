"""The official OpenAI SDK works unchanged against the gateway, errors included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest
from tests.gateway.conftest import StartGateway
from tests.gateway.helpers import deployment

MESSAGES: Any = [{"role": "user", "content": "hello there"}]


@pytest.fixture
def client(start_sim: Any, start_gateway: StartGateway) -> Iterator[openai.OpenAI]:
    sim, _ = start_sim(mode="echo")
    dropper, _ = start_sim(faults=[{"kind": "drop", "after_tokens": 2}])
    limited, _ = start_sim(faults=[{"kind": "rate_limit", "retry_after_s": 60}])
    gw, _ = start_gateway(
        models={
            "chat": {"deployments": [deployment(sim, "s")]},
            "flaky": {"deployments": [deployment(dropper, "d")]},
            "limited": {"deployments": [deployment(limited, "l")]},
        }
    )
    with openai.OpenAI(base_url=f"{gw}/v1", api_key="unused", max_retries=0) as c:
        yield c


def test_chat_completion(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="chat", messages=MESSAGES)
    assert resp.choices[0].message.content == "hello there"
    assert resp.usage is not None
    assert resp.usage.completion_tokens == 2


def test_streaming_with_usage(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="chat", messages=MESSAGES, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "hello there"
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens > 2


def test_models_list(client: openai.OpenAI) -> None:
    assert {m.id for m in client.models.list()} == {"chat", "flaky", "limited"}


def test_model_retrieve(client: openai.OpenAI) -> None:
    assert client.models.retrieve("chat").id == "chat"
    with pytest.raises(openai.NotFoundError) as info:
        client.models.retrieve("nope")
    assert info.value.code == "model_not_found"


def test_unknown_model_raises_not_found(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="nope", messages=MESSAGES)
    assert info.value.code == "model_not_found"


def test_rate_limit_raises_rate_limit_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(model="limited", messages=MESSAGES)


def consume(stream: Any, into: list[str]) -> None:
    for chunk in stream:
        into.append(chunk.choices[0].delta.content or "")


def test_mid_stream_failure_raises_instead_of_ending_quietly(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="flaky",
        messages=MESSAGES,
        stream=True,
        max_tokens=30,
        extra_body={"ignore_eos": True},
    )
    received: list[str] = []
    with pytest.raises(openai.APIError) as info:
        consume(stream, received)
    assert "".join(received)  # the start of the answer did arrive
    assert "interrupted" in str(info.value.body) or "upstream" in str(info.value)


async def test_async_client(start_sim: Any, start_gateway: StartGateway) -> None:
    sim, _ = start_sim()
    gw, _ = start_gateway(models={"chat": {"deployments": [deployment(sim, "s")]}})
    async with openai.AsyncOpenAI(base_url=f"{gw}/v1", api_key="x", max_retries=0) as aclient:
        stream = await aclient.chat.completions.create(
            model="chat", messages=MESSAGES, stream=True, max_tokens=5
        )
        pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
    assert len("".join(pieces)) > 0
