"""The official OpenAI SDK's Responses API against the dialect in front of a real sim,
through either provider (an OpenAI-compatible upstream, or an Anthropic one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import openai
import orjson
import pytest
from pydantic import BaseModel
from tests.gateway.inbound.conftest import StartFront

WEATHER: Any = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather of a city",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["C", "F"]}},
        "required": ["city", "unit"],
        "additionalProperties": False,
    },
    "strict": True,
}
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
    "additionalProperties": False,
}


class Person(BaseModel):
    name: str
    age: int


@pytest.fixture(params=["openai", "anthropic"])
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(start_front: StartFront, provider: str) -> Iterator[openai.OpenAI]:
    url = start_front(provider, mode="echo")
    with openai.OpenAI(base_url=f"{url}/v1", api_key="k", max_retries=0) as c:
        yield c


@pytest.fixture
def openai_upstream(start_front: StartFront) -> Iterator[openai.OpenAI]:
    """response_format (structured output) is served by OpenAI-compatible upstreams."""
    url = start_front("openai", mode="echo")
    with openai.OpenAI(base_url=f"{url}/v1", api_key="k", max_retries=0) as c:
        yield c


def test_create_with_a_string_input(client: openai.OpenAI) -> None:
    resp = client.responses.create(
        model="my-alias", input="hello there friend", instructions="be kind"
    )
    assert resp.output_text == "hello there friend"
    assert resp.status == "completed"
    assert resp.model == "my-alias"
    assert resp.instructions == "be kind"
    assert resp.usage is not None
    assert resp.usage.output_tokens == 3
    assert resp.usage.total_tokens == resp.usage.input_tokens + 3
    assert resp._request_id is not None
    assert resp.id == f"resp_{resp._request_id}"


def test_create_with_message_items(client: openai.OpenAI) -> None:
    resp = client.responses.create(
        model="m",
        input=[
            {"role": "developer", "content": "be terse"},
            {"role": "user", "content": "first"},
            {"role": "assistant", "content": "ok"},
            {"role": "user", "content": [{"type": "input_text", "text": "second question"}]},
        ],
    )
    assert resp.output_text == "second question"


def test_the_token_limit_makes_the_response_incomplete(client: openai.OpenAI) -> None:
    resp = client.responses.create(
        model="m", input="one two three four five six", max_output_tokens=2
    )
    assert resp.status == "incomplete"
    assert resp.incomplete_details is not None
    assert resp.incomplete_details.reason == "max_output_tokens"


def test_function_call_round_trip(client: openai.OpenAI) -> None:
    question: Any = {"role": "user", "content": "what is the weather in Paris"}
    first = client.responses.create(model="m", input=[question], tools=[WEATHER])
    (call,) = [o for o in first.output if o.type == "function_call"]
    assert call.name == "get_weather"
    jsonschema.validate(orjson.loads(call.arguments), WEATHER["parameters"])
    second = client.responses.create(
        model="m",
        tools=[WEATHER],
        input=[
            question,
            *first.output,  # type: ignore[list-item]
            {"type": "function_call_output", "call_id": call.call_id, "output": "18 C and sunny"},
        ],
    )
    assert [o.type for o in second.output] == ["message"]
    assert second.output_text


def test_a_forced_tool_choice_is_honoured(client: openai.OpenAI) -> None:
    resp = client.responses.create(
        model="m",
        input="hello",
        tools=[WEATHER],
        tool_choice={"type": "function", "name": "get_weather"},
    )
    assert [o.type for o in resp.output] == ["function_call"]


def test_stream_event_types_in_order(client: openai.OpenAI) -> None:
    events = list(client.responses.create(model="m", input="hello there friend", stream=True))
    assert [e.type for e in events] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [e.sequence_number for e in events] == list(range(len(events)))
    final = events[-1]
    assert final.type == "response.completed"
    assert final.response.output_text == "hello there friend"
    assert final.response.usage is not None
    assert final.response.usage.output_tokens == 3


def test_stream_helper_accumulates_text_and_the_final_response(client: openai.OpenAI) -> None:
    # responses.stream() checks the item identities and indexes of every event
    with client.responses.stream(model="m", input="hello there friend") as stream:
        deltas = [e.delta for e in stream if e.type == "response.output_text.delta"]
        final = stream.get_final_response()
    assert "".join(deltas) == "hello there friend"
    assert final.output_text == "hello there friend"


def test_streamed_function_call(client: openai.OpenAI) -> None:
    with client.responses.stream(
        model="m", input="weather in Rome please", tools=[WEATHER]
    ) as stream:
        kinds = [e.type for e in stream]
        final = stream.get_final_response()
    assert "response.function_call_arguments.delta" in kinds
    assert kinds[-3:] == [
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    (call,) = [o for o in final.output if o.type == "function_call"]
    jsonschema.validate(orjson.loads(call.arguments), WEATHER["parameters"])


def test_structured_output_with_a_json_schema(openai_upstream: openai.OpenAI) -> None:
    resp = openai_upstream.responses.create(
        model="m",
        input="make up a person",
        text={
            "format": {"type": "json_schema", "name": "person", "schema": PERSON, "strict": True}
        },
    )
    jsonschema.validate(orjson.loads(resp.output_text), PERSON)


def test_structured_output_parsed_by_the_sdk(openai_upstream: openai.OpenAI) -> None:
    resp = openai_upstream.responses.parse(model="m", input="make up a person", text_format=Person)
    assert isinstance(resp.output_parsed, Person)


def test_a_drop_mid_stream_raises_in_the_sdk(client: openai.OpenAI) -> None:
    seen: list[str] = []
    with pytest.raises(openai.APIError) as info:  # noqa: PT012
        for event in client.responses.create(
            model="m",
            input="one two three four five six seven eight",
            stream=True,
            extra_headers={"x-aire-sim-fault": "drop,after_tokens=3"},
        ):
            seen.append(event.type)
    assert "response.output_text.delta" in seen
    assert seen[-1] == "response.failed"  # the status first, then the error the SDK raises
    assert info.value.message == "the upstream model failed mid-stream"
    assert info.value.code == "upstream_stream_interrupted"


def test_a_drop_mid_stream_leaves_the_stream_helper_without_a_final_response(
    client: openai.OpenAI,
) -> None:
    with (
        pytest.raises(openai.APIError),
        client.responses.stream(
            model="m",
            input="one two three four five six seven eight",
            extra_headers={"x-aire-sim-fault": "drop,after_tokens=3"},
        ) as stream,
    ):
        stream.get_final_response()


def test_conversation_state_is_a_bad_request_naming_the_field(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.responses.create(model="m", input="x", previous_response_id="resp_123")
    assert info.value.param == "previous_response_id"
    assert info.value.code == "invalid_request"


def test_a_built_in_tool_is_a_bad_request(client: openai.OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.responses.create(model="m", input="x", tools=[{"type": "web_search"}])
    assert info.value.param == "tools.0.type"


def test_an_upstream_rate_limit_is_a_rate_limit_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.RateLimitError):
        client.responses.create(
            model="m", input="x", extra_headers={"x-aire-sim-fault": "rate_limit"}
        )
