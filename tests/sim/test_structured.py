"""Structured output over HTTP: response_format and tool calls, whole and streamed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema
import orjson
from tests.sim.helpers import chat_body, post, stream
from tests.sim.test_schema import SCHEMAS

from aire.sim.app import SimApp

StartSim = Callable[..., tuple[str, SimApp]]

WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "unit": {"type": "string", "enum": ["c", "f"]},
        "days": {"type": "integer", "minimum": 1, "maximum": 7},
    },
    "required": ["city", "unit"],
    "additionalProperties": False,
}
TOOLS = [
    {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER}},
    {
        "type": "function",
        "function": {
            "name": "search_docs",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}},
                "required": ["query"],
            },
        },
    },
]


def schema_format(schema: Any) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": "out", "schema": schema}}


async def test_json_object_mode_returns_a_json_object(sim: str) -> None:
    body = chat_body("give me json", response_format={"type": "json_object"})
    for _ in range(5):
        _, _, data = await post(f"{sim}/v1/chat/completions", body)
        value = orjson.loads(data["choices"][0]["message"]["content"])
        assert isinstance(value, dict)


async def test_json_schema_answers_validate_for_many_schemas(sim: str) -> None:
    for name, schema in SCHEMAS.items():
        for seed in range(3):
            body = chat_body("fill it", response_format=schema_format(schema), seed=seed)
            status, _, data = await post(f"{sim}/v1/chat/completions", body)
            assert status == 200, (name, data)
            text = data["choices"][0]["message"]["content"]
            jsonschema.validate(orjson.loads(text), schema)


async def test_json_schema_in_echo_mode_still_validates(start_sim: StartSim) -> None:
    url, _ = start_sim(mode="echo")
    body = chat_body("not json at all", response_format=schema_format(WEATHER))
    _, _, data = await post(f"{url}/v1/chat/completions", body)
    jsonschema.validate(orjson.loads(data["choices"][0]["message"]["content"]), WEATHER)


async def test_json_schema_streamed_answer_validates(sim: str) -> None:
    body = chat_body("x", response_format=schema_format(SCHEMAS["nested objects"]), stream=True)
    s = await stream(f"{sim}/v1/chat/completions", body)
    jsonschema.validate(orjson.loads(s.texts()[0]), SCHEMAS["nested objects"])


async def test_json_schema_without_schema_is_400(sim: str) -> None:
    body = chat_body(response_format={"type": "json_schema", "json_schema": {"name": "x"}})
    status, _, data = await post(f"{sim}/v1/chat/completions", body)
    assert status == 400
    assert data["error"]["param"] == "response_format"


async def test_tool_call_arguments_match_the_schema(sim: str) -> None:
    for seed in range(10):
        body = chat_body("what is the weather in Oslo", tools=TOOLS, seed=seed)
        _, _, data = await post(f"{sim}/v1/chat/completions", body)
        choice = data["choices"][0]
        assert choice["finish_reason"] == "tool_calls"
        message = choice["message"]
        assert message["content"] is None
        (call,) = message["tool_calls"]
        assert call["type"] == "function"
        assert call["id"].startswith("call_")
        assert call["function"]["name"] == "get_weather"
        jsonschema.validate(orjson.loads(call["function"]["arguments"]), WEATHER)


async def test_tool_choice(sim: str) -> None:
    async def call(prompt: str, choice: Any) -> Any:
        body = chat_body(prompt, tools=TOOLS, tool_choice=choice)
        status, _, data = await post(f"{sim}/v1/chat/completions", body)
        assert status == 200, data
        return data["choices"][0]

    # auto: a tool only when the prompt names it
    assert (await call("tell me a joke", "auto"))["finish_reason"] != "tool_calls"
    assert (await call("please search docs for x", "auto"))["message"]["tool_calls"][0]["function"][
        "name"
    ] == "search_docs"
    # required: some tool; a named function: that one; none: text
    assert (await call("tell me a joke", "required"))["finish_reason"] == "tool_calls"
    named = {"type": "function", "function": {"name": "search_docs"}}
    choice = await call("weather please", named)
    assert choice["message"]["tool_calls"][0]["function"]["name"] == "search_docs"
    assert (await call("weather please", "none"))["message"]["content"]
    body = chat_body("x", tools=TOOLS, tool_choice={"type": "function", "function": {"name": "no"}})
    status, _, data = await post(f"{sim}/v1/chat/completions", body)
    assert status == 400
    assert data["error"]["param"] == "tool_choice"


async def test_after_a_tool_result_the_model_answers_in_text(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "tools": TOOLS,
        "messages": [
            {"role": "user", "content": "weather in Oslo"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": "{}"},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        ],
    }
    _, _, data = await post(f"{sim}/v1/chat/completions", body)
    assert data["choices"][0]["finish_reason"] == "stop"
    assert data["choices"][0]["message"]["content"]


async def test_streamed_tool_call_deltas(sim: str) -> None:
    body = chat_body("weather in Rome", tools=TOOLS, stream=True, seed=4)
    s = await stream(f"{sim}/v1/chat/completions", body)
    chunks = s.json()
    first = chunks[0]["choices"][0]["delta"]
    assert first["role"] == "assistant"
    (head,) = first["tool_calls"]
    assert head["index"] == 0
    assert head["id"].startswith("call_")
    assert head["function"] == {"name": "get_weather", "arguments": ""}
    pieces = []
    for chunk in chunks[1:-1]:
        (delta,) = chunk["choices"][0]["delta"]["tool_calls"]
        assert delta["index"] == 0
        assert "id" not in delta
        pieces.append(delta["function"]["arguments"])
    assert len(pieces) > 3
    jsonschema.validate(orjson.loads("".join(pieces)), WEATHER)
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    _, _, whole = await post(f"{sim}/v1/chat/completions", {**body, "stream": False})
    assert whole["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] == "".join(
        pieces
    )


async def test_scripted_tool_call(start_sim: StartSim, tmp_path: Any) -> None:
    script = tmp_path / "rules.yaml"
    script.write_text(
        "rules:\n"
        "  - match: weather\n"
        "    tool_call: {name: get_weather, arguments: {city: Oslo, unit: c}}\n"
    )
    url, _ = start_sim(mode="script", script=script)
    _, _, data = await post(f"{url}/v1/chat/completions", chat_body("weather?", tools=TOOLS))
    call = data["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call["name"] == "get_weather"
    assert orjson.loads(call["arguments"]) == {"city": "Oslo", "unit": "c"}


ANTHROPIC_TOOLS = [
    {"name": "get_weather", "description": "Weather now", "input_schema": WEATHER},
    {"name": "lookup", "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}}},
]


async def test_anthropic_tool_use(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 200,
        "tools": ANTHROPIC_TOOLS,
        "messages": [{"role": "user", "content": "weather in Paris?"}],
    }
    _, _, data = await post(f"{sim}/v1/messages", body)
    assert data["stop_reason"] == "tool_use"
    (block,) = data["content"]
    assert block["type"] == "tool_use"
    assert block["id"].startswith("toolu_")
    assert block["name"] == "get_weather"
    jsonschema.validate(block["input"], WEATHER)
    forced = {**body, "tool_choice": {"type": "tool", "name": "lookup"}}
    _, _, data = await post(f"{sim}/v1/messages", forced)
    assert data["content"][0]["name"] == "lookup"
    _, _, data = await post(f"{sim}/v1/messages", {**body, "tool_choice": {"type": "none"}})
    assert data["content"][0]["type"] == "text"


async def test_anthropic_tool_use_stream(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 200,
        "stream": True,
        "tools": ANTHROPIC_TOOLS,
        "tool_choice": {"type": "any"},
        "messages": [{"role": "user", "content": "weather in Paris?"}],
    }
    s = await stream(f"{sim}/v1/messages", body)
    events = s.json()
    start = events[1]
    assert start["type"] == "content_block_start"
    assert start["content_block"]["type"] == "tool_use"
    assert start["content_block"]["input"] == {}
    deltas = [e["delta"] for e in events if e["type"] == "content_block_delta"]
    assert all(d["type"] == "input_json_delta" for d in deltas)
    args = orjson.loads("".join(d["partial_json"] for d in deltas))
    jsonschema.validate(args, WEATHER)
    assert events[-2]["delta"]["stop_reason"] == "tool_use"


async def test_anthropic_tool_result_gets_a_text_answer(sim: str) -> None:
    body = {
        "model": "aire-sim",
        "max_tokens": 30,
        "tools": ANTHROPIC_TOOLS,
        "messages": [
            {"role": "user", "content": "weather in Paris?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {}}
                ],
            },
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "sunny"}],
            },
        ],
    }
    _, _, data = await post(f"{sim}/v1/messages", body)
    assert data["content"][0]["type"] == "text"
