"""Anthropic Messages -> chat completions and back: every mapping, every rejection."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from tests.gateway.inbound.helpers import completion

from aire.errors import InvalidRequest, UpstreamProtocolError
from aire.gateway.inbound import DIALECT_PATHS, DIALECTS
from aire.gateway.inbound.anthropic import DIALECT

PDF = "JVBERi0xLjQK"


def req(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "model": "claude-alias",
        "max_tokens": 100,
        "messages": list(messages) or [{"role": "user", "content": "hi"}],
        **extra,
    }


def user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


def rejected(body: dict[str, Any]) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as info:
        DIALECT.to_chat(body)
    assert info.value.http_status == 400
    return info.value


def test_the_registry_finds_the_dialect_by_name_and_path() -> None:
    assert DIALECTS.get(DIALECT_PATHS["/v1/messages"]) is DIALECT
    assert DIALECT.name == "anthropic_messages"


def test_scalars_map_and_the_model_stays_the_alias() -> None:
    chat = DIALECT.to_chat(
        req(
            user("hello"),
            system="be brief",
            stop_sequences=["END", "STOP"],
            temperature=0.3,
            top_p=0.9,
            top_k=40,
            metadata={"user_id": "u-42"},
            thinking={"type": "enabled", "budget_tokens": 2048},
            service_tier="auto",
        )
    )
    assert chat == {
        "model": "claude-alias",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "hello"},
        ],
        "max_tokens": 100,
        "stop": ["END", "STOP"],
        "temperature": 0.3,
        "top_p": 0.9,
        "user": "u-42",
    }


def test_a_stream_asks_for_the_usage_chunk() -> None:
    chat = DIALECT.to_chat(req(stream=True))
    assert chat["stream"] is True
    assert chat["stream_options"] == {"include_usage": True}
    assert "stream" not in DIALECT.to_chat(req(stream=False))


def test_system_blocks_are_joined_and_cache_control_is_ignored() -> None:
    system = [
        {"type": "text", "text": "You are terse.", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": "Answer in French."},
    ]
    chat = DIALECT.to_chat(req(system=system))
    assert chat["messages"][0] == {
        "role": "system",
        "content": "You are terse.\n\nAnswer in French.",
    }


def test_user_blocks_become_chat_parts() -> None:
    chat = DIALECT.to_chat(
        req(
            user(
                [
                    {"type": "text", "text": "what is in these?"},
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": "iVBO"},
                    },
                    {
                        "type": "image",
                        "source": {"type": "url", "url": "https://example.com/a.jpg"},
                    },
                    {
                        "type": "document",
                        "title": "spec",
                        "source": {"type": "base64", "media_type": "application/pdf", "data": PDF},
                    },
                    {
                        "type": "document",
                        "source": {"type": "text", "media_type": "text/plain", "data": "plain doc"},
                    },
                ]
            )
        )
    )
    assert chat["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "what is in these?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBO"}},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.jpg"}},
                {
                    "type": "file",
                    "file": {"file_data": f"data:application/pdf;base64,{PDF}", "filename": "spec"},
                },
                {"type": "text", "text": "plain doc"},
            ],
        }
    ]


def test_one_text_block_becomes_a_plain_string() -> None:
    chat = DIALECT.to_chat(req(user([{"type": "text", "text": "just text"}])))
    assert chat["messages"] == [{"role": "user", "content": "just text"}]


def test_tool_use_and_tool_result_round_trip() -> None:
    chat = DIALECT.to_chat(
        req(
            user("weather in Paris and Rome?"),
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "two calls", "signature": "sig"},
                    {"type": "text", "text": "Checking."},
                    {
                        "type": "tool_use",
                        "id": "toolu_1",
                        "name": "get_weather",
                        "input": {"city": "Paris"},
                    },
                    {
                        "type": "tool_use",
                        "id": "toolu_2",
                        "name": "get_weather",
                        "input": {"city": "Rome"},
                    },
                ],
            },
            user(
                [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": "18C"},
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_2",
                        "is_error": True,
                        "content": [
                            {"type": "text", "text": "timeout"},
                            {"type": "text", "text": "retry later"},
                        ],
                    },
                    {"type": "text", "text": "and tomorrow?"},
                ]
            ),
        )
    )
    assert chat["messages"][1:] == [
        {
            "role": "assistant",
            "content": "Checking.",
            "tool_calls": [
                {
                    "id": "toolu_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                },
                {
                    "id": "toolu_2",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_1", "content": "18C"},
        {"role": "tool", "tool_call_id": "toolu_2", "content": "[tool error] timeout\nretry later"},
        {"role": "user", "content": "and tomorrow?"},
    ]


def test_an_empty_final_assistant_turn_is_allowed() -> None:
    chat = DIALECT.to_chat(req(user("x"), {"role": "assistant", "content": ""}))
    assert chat["messages"][-1] == {"role": "assistant", "content": ""}


def test_an_assistant_turn_of_only_tool_calls_has_null_content() -> None:
    chat = DIALECT.to_chat(
        req(
            user("x"),
            {
                "role": "assistant",
                "content": [{"type": "tool_use", "id": "t", "name": "f", "input": {}}],
            },
        )
    )
    assert chat["messages"][1]["content"] is None
    assert chat["messages"][1]["tool_calls"][0]["function"]["arguments"] == "{}"


WEATHER = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


@pytest.mark.parametrize(
    ("choice", "expected", "parallel"),
    [
        ({"type": "auto"}, "auto", None),
        ({"type": "any"}, "required", None),
        ({"type": "none"}, "none", None),
        (
            {"type": "tool", "name": "get_weather"},
            {"type": "function", "function": {"name": "get_weather"}},
            None,
        ),
        ({"type": "auto", "disable_parallel_tool_use": True}, "auto", False),
    ],
)
def test_tools_and_tool_choice(
    choice: dict[str, Any], expected: Any, parallel: bool | None
) -> None:
    tools = [
        {
            "name": "get_weather",
            "description": "Weather of a city",
            "input_schema": WEATHER,
            "cache_control": {"type": "ephemeral"},
        },
        {"type": "custom", "name": "noop", "input_schema": {"type": "object"}, "strict": True},
    ]
    chat = DIALECT.to_chat(req(tools=tools, tool_choice=choice))
    assert chat["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": WEATHER,
                "description": "Weather of a city",
            },
        },
        {
            "type": "function",
            "function": {"name": "noop", "parameters": {"type": "object"}, "strict": True},
        },
    ]
    assert chat["tool_choice"] == expected
    assert chat.get("parallel_tool_calls") == parallel


def test_auto_tool_choice_without_tools_is_dropped() -> None:
    assert "tool_choice" not in DIALECT.to_chat(req(tool_choice={"type": "auto"}))


def test_output_config_format_becomes_a_strict_json_schema() -> None:
    chat = DIALECT.to_chat(
        req(output_config={"format": {"type": "json_schema", "schema": WEATHER}, "effort": "low"})
    )
    assert chat["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "output", "schema": WEATHER, "strict": True},
    }
    assert "response_format" not in DIALECT.to_chat(req(output_config={"effort": "high"}))


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "m", "messages": [{"role": "user", "content": "hi"}]}, "max_tokens"),
        (req(max_tokens=0), "max_tokens"),
        (req(messages=[]), "messages"),
        (req(user("x"), {"role": "system", "content": "no"}), "messages.1.role"),
        (req(user(5)), "messages.0.content"),
        (req(user([])), "messages.0.content"),
        (req(user(""), {"role": "assistant", "content": "ok"}, user("")), "messages.0.content"),
        (req(temperature=1.5), "temperature"),
        (req(stream="yes"), "stream"),
        (req(mcp_servers=[{"type": "url", "url": "https://x"}]), "mcp_servers"),
        (req(container="c1"), "container"),
        (req(system=[{"type": "image", "source": {}}]), "system.0.type"),
        (req(system=[{"text": "no type"}]), "system.0"),
        (req(user([{"type": "video", "url": "x"}])), "messages.0.content.0.type"),
        (req(user([{"type": "text", "text": 3}])), "messages.0.content.0.text"),
        (req(user(["plain string"])), "messages.0.content.0"),
        (
            req(user([{"type": "tool_use", "id": "t", "name": "f", "input": {}}])),
            "messages.0.content.0.type",
        ),
        (
            req(user([{"type": "image", "source": {"type": "file", "file_id": "f1"}}])),
            "messages.0.content.0.source.type",
        ),
        (
            req(
                user(
                    [
                        {
                            "type": "image",
                            "source": {"type": "base64", "media_type": "image/tiff", "data": "x"},
                        }
                    ]
                )
            ),
            "messages.0.content.0.source.media_type",
        ),
        (
            req(user([{"type": "image", "source": {"type": "url"}}])),
            "messages.0.content.0.source.url",
        ),
        (req(user([{"type": "image"}])), "messages.0.content.0.source"),
        (
            req(user([{"type": "document", "source": {"type": "url", "url": "https://x/a.pdf"}}])),
            "messages.0.content.0.source.type",
        ),
        (req(user([{"type": "tool_result", "content": "x"}])), "messages.0.content.0.tool_use_id"),
        (
            req(
                user(
                    [
                        {
                            "type": "tool_result",
                            "tool_use_id": "t",
                            "content": [{"type": "image", "source": {}}],
                        }
                    ]
                )
            ),
            "messages.0.content.0.content.0.type",
        ),
        (
            req(
                user("x"),
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "t", "name": "f", "input": "{}"}],
                },
            ),
            "messages.1.content.0.input",
        ),
        (
            req(
                user("x"),
                {"role": "assistant", "content": [{"type": "tool_use", "name": "f", "input": {}}]},
            ),
            "messages.1.content.0.id",
        ),
        (
            req(user("x"), {"role": "assistant", "content": [{"type": "image", "source": {}}]}),
            "messages.1.content.0.type",
        ),
        (
            req(
                user("x"),
                {
                    "role": "assistant",
                    "content": [
                        {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {}}
                    ],
                },
            ),
            "messages.1.content.0.type",
        ),
        (req(tools=[{"type": "web_search_20250305", "name": "web_search"}]), "tools.0.type"),
        (req(tools=[{"name": "f", "input_schema": "object"}]), "tools.0.input_schema"),
        (req(tools=[{"name": ""}]), "tools.0.name"),
        (req(tool_choice={"type": "sometimes"}), "tool_choice.type"),
        (req(tool_choice={"type": "any"}), "tool_choice"),
        (
            req(tools=[{"name": "f", "input_schema": {}}], tool_choice={"type": "tool"}),
            "tool_choice.name",
        ),
        (req(output_config={"format": {"type": "regex"}}), "output_config.format.type"),
        (req(output_config={"format": {"type": "json_schema"}}), "output_config.format.schema"),
        (req(output_config="json"), "output_config"),
    ],
)
def test_what_cannot_be_translated_is_a_400_naming_the_field(
    body: dict[str, Any], param: str
) -> None:
    err = rejected(body)
    assert err.param == param
    assert err.message.startswith(param)


# -- render ---------------------------------------------------------------------------------


def render(body: bytes) -> dict[str, Any]:
    out: dict[str, Any] = orjson.loads(DIALECT.render(body, model="claude-alias", request_id="r1"))
    return out


def test_render_text_with_usage_and_prompt_cache() -> None:
    usage = {
        "prompt_tokens": 100,
        "completion_tokens": 9,
        "total_tokens": 109,
        "prompt_tokens_details": {"cached_tokens": 60},
    }
    msg = render(completion({"role": "assistant", "content": "Bonjour"}, usage=usage))
    assert msg == {
        "id": "msg_r1",
        "type": "message",
        "role": "assistant",
        "model": "claude-alias",
        "content": [{"type": "text", "text": "Bonjour"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": 40,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 60,
            "output_tokens": 9,
        },
    }


@pytest.mark.parametrize(
    ("finish", "stop_reason"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("tool_calls", "tool_use"),
        ("content_filter", "refusal"),
        (None, "end_turn"),
    ],
)
def test_render_maps_finish_reasons(finish: str | None, stop_reason: str) -> None:
    assert (
        render(completion({"role": "assistant", "content": "x"}, finish))["stop_reason"]
        == stop_reason
    )


def test_render_tool_calls_as_tool_use_blocks() -> None:
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_a",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            },
            {"type": "function", "function": {"name": "noop", "arguments": ""}},
        ],
    }
    msg = render(completion(message, "tool_calls"))
    assert msg["content"] == [
        {"type": "tool_use", "id": "call_a", "name": "get_weather", "input": {"city": "Paris"}},
        {"type": "tool_use", "id": "toolu_r1_1", "name": "noop", "input": {}},
    ]
    assert msg["stop_reason"] == "tool_use"


def test_render_a_refusal_as_text_with_stop_reason_refusal() -> None:
    msg = render(
        completion({"role": "assistant", "content": None, "refusal": "I can't help with that."})
    )
    assert msg["content"] == [{"type": "text", "text": "I can't help with that."}]
    assert msg["stop_reason"] == "refusal"


def test_render_an_empty_answer_has_no_blocks() -> None:
    assert render(completion({"role": "assistant", "content": ""}))["content"] == []


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"choices": []}',
        b'{"choices": [{"index": 0}]}',
        completion(
            {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "{oops"}}]}
        ),
        completion(
            {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "[1]"}}]}
        ),
        completion({"role": "assistant", "tool_calls": ["call"]}),
    ],
)
def test_render_an_unusable_upstream_answer_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(UpstreamProtocolError):
        render(body)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, "invalid_request_error"),
        (401, "authentication_error"),
        (403, "permission_error"),
        (404, "not_found_error"),
        (413, "request_too_large"),
        (415, "invalid_request_error"),
        (429, "rate_limit_error"),
        (500, "api_error"),
        (502, "api_error"),
        (503, "overloaded_error"),
        (504, "api_error"),
    ],
)
def test_error_body_has_anthropics_shape(status: int, kind: str) -> None:
    body = orjson.loads(DIALECT.error_body(status, "some_code", "what went wrong", None))
    assert body == {
        "type": "error",
        "error": {"type": kind, "message": "what went wrong", "code": "some_code"},
    }


def test_error_body_names_the_param() -> None:
    body = orjson.loads(
        DIALECT.error_body(400, "invalid_request", "max_tokens: field required", "max_tokens")
    )
    assert body["error"]["param"] == "max_tokens"
