"""The official OpenAI and Anthropic Python SDKs work against the simulator unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import anthropic
import jsonschema
import openai
import orjson
import pytest
from pydantic import BaseModel
from tests.sim.helpers import metric
from tests.sim.test_structured import ANTHROPIC_TOOLS, TOOLS, WEATHER


@pytest.fixture
def client(sim: str) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=f"{sim}/v1", api_key="sk-test", max_retries=0) as c:
        yield c


@pytest.fixture
def claude(sim: str) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(base_url=sim, api_key="sk-ant-test", max_retries=0) as c:
        yield c


def fault(kind: str) -> dict[str, str]:
    return {"x-aire-sim-fault": kind}


USER = [{"role": "user", "content": "hello"}]


# -- OpenAI ----------------------------------------------------------------------------


def test_openai_chat(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(model="aire-sim", messages=USER, max_tokens=8)
    assert resp.object == "chat.completion"
    assert resp.choices[0].finish_reason == "length"
    assert resp.choices[0].message.content
    assert resp.usage is not None
    assert resp.usage.completion_tokens == 8


def test_openai_chat_stream(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="aire-sim",
        messages=USER,
        max_tokens=6,
        stream=True,
        stream_options={"include_usage": True},
        n=2,
    )
    texts: dict[int, str] = {}
    finish: dict[int, str | None] = {}
    usage = None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + (choice.delta.content or "")
            if choice.finish_reason:
                finish[choice.index] = choice.finish_reason
    assert set(texts) == {0, 1}
    assert all(texts.values())
    assert finish == {0: "length", 1: "length"}
    assert usage is not None
    assert usage.completion_tokens == 12


def test_openai_completions_embeddings_models(client: openai.OpenAI) -> None:
    comp = client.completions.create(model="aire-sim", prompt="Once", max_tokens=3, echo=True)
    assert comp.choices[0].text.startswith("Once")
    streamed = "".join(
        c.choices[0].text
        for c in client.completions.create(model="aire-sim", prompt="x", max_tokens=3, stream=True)
        if c.choices
    )
    assert streamed
    emb = client.embeddings.create(model="aire-sim", input=["a b", "c d"], dimensions=16)
    assert [len(d.embedding) for d in emb.data] == [16, 16]
    emb64 = client.embeddings.create(model="aire-sim", input="a b", dimensions=16)
    assert emb64.data[0].embedding == emb.data[0].embedding  # the SDK asks for base64
    assert [m.id for m in client.models.list()] == ["aire-sim"]
    assert client.models.retrieve("aire-sim").id == "aire-sim"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("nope")


def test_openai_tool_calls(client: openai.OpenAI) -> None:
    resp = client.chat.completions.create(
        model="aire-sim",
        messages=[{"role": "user", "content": "weather in Oslo"}],
        tools=TOOLS,  # type: ignore[arg-type]
    )
    call = resp.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "get_weather"  # type: ignore[union-attr]
    jsonschema.validate(orjson.loads(call.function.arguments), WEATHER)  # type: ignore[union-attr]
    chunks = client.chat.completions.create(
        model="aire-sim",
        messages=[{"role": "user", "content": "weather in Oslo"}],
        tools=TOOLS,  # type: ignore[arg-type]
        stream=True,
    )
    arguments = ""
    for chunk in chunks:
        for tc in chunk.choices[0].delta.tool_calls or []:
            arguments += tc.function.arguments or ""  # type: ignore[union-attr]
    jsonschema.validate(orjson.loads(arguments), WEATHER)


class Weather(BaseModel):
    city: str
    unit: str
    days: int


def test_openai_structured_output_parse(client: openai.OpenAI) -> None:
    resp = client.chat.completions.parse(model="aire-sim", messages=USER, response_format=Weather)
    parsed = resp.choices[0].message.parsed
    assert isinstance(parsed, Weather)


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("rate_limit", openai.RateLimitError),
        ("server_error", openai.InternalServerError),
        ("unavailable", openai.InternalServerError),
        ("context_length", openai.BadRequestError),
        ("reset", openai.APIConnectionError),
    ],
)
def test_openai_errors_map(client: openai.OpenAI, kind: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        client.chat.completions.create(model="aire-sim", messages=USER, extra_headers=fault(kind))
    if isinstance(info.value, openai.APIStatusError):
        assert info.value.body is not None
    if kind == "context_length":
        assert info.value.code == "context_length_exceeded"  # type: ignore[attr-defined]


def test_openai_not_found_and_bad_request(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="nope", messages=USER)
    assert info.value.code == "model_not_found"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="aire-sim", messages=USER, max_tokens=0)


def test_openai_stream_cut_mid_way_raises(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="aire-sim",
        messages=USER,
        max_tokens=20,
        stream=True,
        extra_headers=fault("drop,after_tokens=3"),
    )
    got: list[object] = []

    def consume() -> None:
        got.extend(stream)

    with pytest.raises(openai.APIConnectionError):
        consume()
    assert len(got) == 4


async def test_openai_retries_rate_limits(sim: str) -> None:
    def call() -> None:
        with openai.OpenAI(base_url=f"{sim}/v1", api_key="x", max_retries=2) as c:
            headers = fault("rate_limit,retry_after_s=0.05")
            c.chat.completions.create(model="aire-sim", messages=USER, extra_headers=headers)

    with pytest.raises(openai.RateLimitError):
        await asyncio.to_thread(call)
    # the SDK retried twice after the 50 ms of retry-after-ms, then gave up
    assert await metric(sim, "aire_sim_faults_injected_total", kind="rate_limit") == 3


async def test_openai_async(sim: str) -> None:
    async with openai.AsyncOpenAI(base_url=f"{sim}/v1", api_key="x", max_retries=0) as c:
        resp = await c.chat.completions.create(model="aire-sim", messages=USER, max_tokens=4)
        assert resp.usage is not None
        assert resp.usage.completion_tokens == 4
        stream = await c.chat.completions.create(
            model="aire-sim", messages=USER, max_tokens=4, stream=True
        )
        pieces = [ch.choices[0].delta.content async for ch in stream if ch.choices]
        assert "".join(p or "" for p in pieces)
        with pytest.raises(openai.RateLimitError):
            await c.chat.completions.create(
                model="aire-sim", messages=USER, extra_headers=fault("rate_limit")
            )


# -- Anthropic -------------------------------------------------------------------------


def test_anthropic_messages(claude: anthropic.Anthropic) -> None:
    msg = claude.messages.create(
        model="aire-sim",
        max_tokens=8,
        system="be brief",
        messages=USER,  # type: ignore[arg-type]
    )
    assert msg.type == "message"
    assert msg.stop_reason == "max_tokens"
    assert msg.content[0].type == "text"
    assert msg.usage.output_tokens == 8


def test_anthropic_stream(claude: anthropic.Anthropic) -> None:
    with claude.messages.stream(
        model="aire-sim",
        max_tokens=10,
        messages=USER,  # type: ignore[arg-type]
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text
    assert final.content[0].text == text  # type: ignore[union-attr]
    assert final.stop_reason == "max_tokens"
    assert final.usage.output_tokens == 10


def test_anthropic_tool_use_stream(claude: anthropic.Anthropic) -> None:
    with claude.messages.stream(
        model="aire-sim",
        max_tokens=300,
        tools=ANTHROPIC_TOOLS,  # type: ignore[arg-type]
        messages=[{"role": "user", "content": "weather in Paris?"}],
    ) as stream:
        final = stream.get_final_message()
    block = final.content[0]
    assert block.type == "tool_use"
    assert block.name == "get_weather"
    jsonschema.validate(block.input, WEATHER)
    assert final.stop_reason == "tool_use"


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("rate_limit", anthropic.RateLimitError),
        ("server_error", anthropic.InternalServerError),
        ("unavailable", anthropic.APIStatusError),
        ("reset", anthropic.APIConnectionError),
    ],
)
def test_anthropic_errors_map(
    claude: anthropic.Anthropic, kind: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        claude.messages.create(
            model="aire-sim",
            max_tokens=5,
            messages=USER,  # type: ignore[arg-type]
            extra_headers=fault(kind),
        )


def test_anthropic_not_found(claude: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.NotFoundError):
        claude.messages.create(model="nope", max_tokens=5, messages=USER)  # type: ignore[arg-type]


async def test_anthropic_async(sim: str) -> None:
    async with anthropic.AsyncAnthropic(base_url=sim, api_key="x", max_retries=0) as c:
        msg = await c.messages.create(
            model="aire-sim",
            max_tokens=4,
            messages=USER,  # type: ignore[arg-type]
        )
        assert msg.usage.output_tokens == 4
        async with c.messages.stream(
            model="aire-sim",
            max_tokens=4,
            messages=USER,  # type: ignore[arg-type]
        ) as stream:
            text = "".join([t async for t in stream.text_stream])
        assert text
