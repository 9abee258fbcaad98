"""The official Anthropic SDK against the dialect in front of a real sim, through either
provider (an OpenAI-compatible upstream, or an Anthropic one: translated both ways)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import jsonschema
import orjson
import pytest
from tests.gateway.inbound.conftest import StartFront

WEATHER_TOOL: Any = {
    "name": "get_weather",
    "description": "Current weather of a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["C", "F"]}},
        "required": ["city", "unit"],
    },
}
HELLO: Any = [{"role": "user", "content": "hello there friend"}]


closing: list[anthropic.Anthropic] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while closing:
        closing.pop().close()


@pytest.fixture(params=["openai", "anthropic"])
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(start_front: StartFront, provider: str) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(
        base_url=start_front(provider, mode="echo"), api_key="k", max_retries=0
    ) as c:
        yield c


def test_create_returns_the_answer_with_usage(client: anthropic.Anthropic) -> None:
    msg = client.messages.create(model="my-alias", max_tokens=50, system="be kind", messages=HELLO)
    assert msg.model == "my-alias"
    assert msg.role == "assistant"
    assert [b.type for b in msg.content] == ["text"]
    assert msg.content[0].text == "hello there friend"  # type: ignore[union-attr]
    assert msg.stop_reason == "end_turn"
    assert msg.usage.input_tokens > 0
    assert msg.usage.output_tokens == 3
    assert msg._request_id is not None
    assert msg.id == f"msg_{msg._request_id}"


def test_the_token_limit_is_stop_reason_max_tokens(client: anthropic.Anthropic) -> None:
    msg = client.messages.create(model="m", max_tokens=2, messages=HELLO)
    assert msg.stop_reason == "max_tokens"
    assert msg.usage.output_tokens == 2


def test_multi_turn_with_blocks_and_an_image(client: anthropic.Anthropic) -> None:
    msg = client.messages.create(
        model="m",
        max_tokens=50,
        system=[{"type": "text", "text": "You are terse."}],
        messages=[
            {"role": "user", "content": "first"},
            {"role": "assistant", "content": [{"type": "text", "text": "ok"}]},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "describe this"},
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/png",
                            "data": "iVBORw0KGgo=",
                        },
                    },
                ],
            },
        ],
    )
    assert msg.content[0].text == "describe this"  # type: ignore[union-attr]


def test_stream_text_and_final_message(client: anthropic.Anthropic) -> None:
    whole = client.messages.create(model="m", max_tokens=50, messages=HELLO)
    with client.messages.stream(model="m", max_tokens=50, messages=HELLO) as stream:
        pieces = list(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(pieces) == "hello there friend"
    assert len(pieces) == 3
    assert final.stop_reason == "end_turn"
    assert final.content[0].text == "hello there friend"  # type: ignore[union-attr]
    # the real counts from message_delta replaced message_start's estimate
    assert (final.usage.input_tokens, final.usage.output_tokens) == (
        whole.usage.input_tokens,
        whole.usage.output_tokens,
    )


def test_raw_events_carry_the_estimate_first_then_the_real_input_tokens(
    client: anthropic.Anthropic,
) -> None:
    events = list(client.messages.create(model="m", max_tokens=50, messages=HELLO, stream=True))
    assert [e.type for e in events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    start, delta = events[0], events[-2]
    assert start.type == "message_start"
    assert delta.type == "message_delta"
    real = client.messages.create(model="m", max_tokens=50, messages=HELLO).usage.input_tokens
    assert delta.usage.input_tokens == real
    assert start.message.usage.input_tokens != real  # the harness's estimate counts otherwise


def test_tool_use_round_trip(client: anthropic.Anthropic) -> None:
    question: Any = {"role": "user", "content": "what is the weather in Paris"}
    first = client.messages.create(
        model="m", max_tokens=100, tools=[WEATHER_TOOL], messages=[question]
    )
    assert first.stop_reason == "tool_use"
    (call,) = [b for b in first.content if b.type == "tool_use"]
    assert call.name == "get_weather"
    jsonschema.validate(call.input, WEATHER_TOOL["input_schema"])
    result: Any = {"type": "tool_result", "tool_use_id": call.id, "content": "18 C and sunny"}
    second = client.messages.create(
        model="m",
        max_tokens=100,
        tools=[WEATHER_TOOL],
        messages=[
            question,
            {"role": "assistant", "content": first.content},
            {"role": "user", "content": [result]},
        ],
    )
    assert second.stop_reason == "end_turn"
    assert [b.type for b in second.content] == ["text"]


def test_a_forced_tool_choice_is_honoured(client: anthropic.Anthropic) -> None:
    msg = client.messages.create(
        model="m",
        max_tokens=100,
        tools=[WEATHER_TOOL],
        tool_choice={"type": "tool", "name": "get_weather"},
        messages=HELLO,
    )
    assert [b.type for b in msg.content] == ["tool_use"]


def test_streamed_tool_use_accumulates_the_input(client: anthropic.Anthropic) -> None:
    with client.messages.stream(
        model="m",
        max_tokens=100,
        tools=[WEATHER_TOOL],
        messages=[{"role": "user", "content": "weather in Rome please"}],
    ) as stream:
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use"
    (call,) = [b for b in final.content if b.type == "tool_use"]
    jsonschema.validate(call.input, WEATHER_TOOL["input_schema"])


def test_structured_output(start_front: StartFront) -> None:
    # output_config.format -> response_format: served by OpenAI-compatible upstreams
    client = anthropic.Anthropic(
        base_url=start_front("openai", mode="echo"), api_key="k", max_retries=0
    )
    closing.append(client)
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
        "required": ["name", "age"],
        "additionalProperties": False,
    }
    msg = client.messages.create(
        model="m",
        max_tokens=200,
        messages=[{"role": "user", "content": "make up a person"}],
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )
    jsonschema.validate(orjson.loads(msg.content[0].text), schema)  # type: ignore[union-attr]


def test_a_drop_mid_stream_raises_in_the_sdk(client: anthropic.Anthropic) -> None:
    got: list[str] = []
    with (  # noqa: PT012
        pytest.raises(anthropic.APIStatusError) as info,
        client.messages.stream(
            model="m",
            max_tokens=50,
            messages=[{"role": "user", "content": "one two three four five six seven eight"}],
            extra_headers={"x-aire-sim-fault": "drop,after_tokens=3"},
        ) as stream,
    ):
        for text in stream.text_stream:
            got.append(text)
    assert 0 < len(got) < 8
    assert info.value.body == {
        "type": "error",
        "error": {
            "type": "api_error",
            "message": "the upstream model failed mid-stream",
            "code": "upstream_stream_interrupted",
        },
    }


def test_a_bad_request_is_a_bad_request_error_naming_the_field(client: anthropic.Anthropic) -> None:
    system_turn: Any = [{"role": "system", "content": "x"}]  # not a role of Messages
    with pytest.raises(anthropic.BadRequestError) as info:
        client.messages.create(model="m", max_tokens=10, messages=system_turn)
    body: Any = info.value.body
    assert body["type"] == "error"
    assert body["error"]["type"] == "invalid_request_error"
    assert body["error"]["param"] == "messages.0.role"
    assert info.value.request_id is not None


def test_an_untranslatable_server_tool_is_refused(client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.BadRequestError) as info:
        client.messages.create(
            model="m",
            max_tokens=10,
            messages=HELLO,
            tools=[{"type": "web_search_20250305", "name": "web_search"}],
        )
    assert "web_search_20250305" in info.value.message


def test_an_upstream_rate_limit_is_a_rate_limit_error(client: anthropic.Anthropic) -> None:
    with pytest.raises(anthropic.RateLimitError) as info:
        client.messages.create(
            model="m",
            max_tokens=10,
            messages=HELLO,
            extra_headers={"x-aire-sim-fault": "rate_limit"},
        )
    body: Any = info.value.body
    assert body["error"]["type"] == "rate_limit_error"
