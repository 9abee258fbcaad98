"""OpenAI Responses -> chat completions and back: every mapping, every rejection."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from tests.gateway.inbound.helpers import completion

from aire.errors import InvalidRequest, UpstreamProtocolError
from aire.gateway.inbound import DIALECT_PATHS, DIALECTS
from aire.gateway.inbound.responses import DIALECT

SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


def req(input: Any = "hi", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-alias", "input": input, **extra}


def rejected(body: dict[str, Any]) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as info:
        DIALECT.to_chat(body)
    assert info.value.http_status == 400
    return info.value


def test_the_registry_finds_the_dialect_by_name_and_path() -> None:
    assert DIALECTS.get(DIALECT_PATHS["/v1/responses"]) is DIALECT
    assert DIALECT.name == "openai_responses"


def test_a_string_input_with_instructions_and_scalars() -> None:
    chat = DIALECT.to_chat(
        req(
            "hello",
            instructions="be brief",
            max_output_tokens=64,
            temperature=0.2,
            top_p=0.5,
            service_tier="flex",
            safety_identifier="user-hash",
            reasoning={"effort": "low", "summary": "auto"},
            metadata={"team": "a"},
            store=False,
            include=["reasoning.encrypted_content"],
            prompt_cache_key="k",
            truncation="disabled",
            text={"verbosity": "low"},
        )
    )
    assert chat == {
        "model": "gpt-alias",
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "hello"},
        ],
        "max_tokens": 64,
        "temperature": 0.2,
        "top_p": 0.5,
        "service_tier": "flex",
        "user": "user-hash",
        "reasoning_effort": "low",
    }


def test_tool_settings_without_tools_are_dropped() -> None:
    chat = DIALECT.to_chat(req(tool_choice="auto", parallel_tool_calls=True))
    assert "tool_choice" not in chat
    assert "parallel_tool_calls" not in chat


def test_user_wins_over_safety_identifier() -> None:
    assert DIALECT.to_chat(req(user="u1", safety_identifier="s1"))["user"] == "u1"


def test_a_stream_asks_for_the_usage_chunk() -> None:
    chat = DIALECT.to_chat(req(stream=True))
    assert chat["stream"] is True
    assert chat["stream_options"] == {"include_usage": True}


def test_message_items_of_every_role_and_part() -> None:
    chat = DIALECT.to_chat(
        req(
            [
                {"role": "developer", "content": "rules"},
                {
                    "type": "message",
                    "role": "system",
                    "content": [
                        {"type": "input_text", "text": "a"},
                        {"type": "input_text", "text": "b"},
                    ],
                },
                {"role": "user", "content": [{"type": "input_text", "text": "only text"}]},
                {
                    "type": "message",
                    "id": "msg_1",
                    "status": "completed",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": "Sure.", "annotations": []}],
                },
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "look"},
                        {
                            "type": "input_image",
                            "image_url": "https://example.com/a.png",
                            "detail": "low",
                        },
                        {
                            "type": "input_file",
                            "filename": "a.pdf",
                            "file_data": "data:application/pdf;base64,JVBE",
                        },
                    ],
                },
            ]
        )
    )
    assert chat["messages"] == [
        {"role": "system", "content": "rules"},
        {"role": "system", "content": "a\nb"},
        {"role": "user", "content": "only text"},
        {"role": "assistant", "content": "Sure."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "look"},
                {
                    "type": "image_url",
                    "image_url": {"url": "https://example.com/a.png", "detail": "low"},
                },
                {
                    "type": "file",
                    "file": {"file_data": "data:application/pdf;base64,JVBE", "filename": "a.pdf"},
                },
            ],
        },
    ]


def test_function_calls_merge_into_the_assistant_turn_and_outputs_become_tool_messages() -> None:
    chat = DIALECT.to_chat(
        req(
            [
                {"role": "user", "content": "weather in Paris and Rome?"},
                {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "xyz"},
                {"role": "assistant", "content": "Checking."},
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": "call_1",
                    "name": "get_weather",
                    "arguments": '{"city":"Paris"}',
                    "status": "completed",
                },
                {
                    "type": "function_call",
                    "call_id": "call_2",
                    "name": "get_weather",
                    "arguments": '{"city":"Rome"}',
                },
                {"type": "function_call_output", "call_id": "call_1", "output": "18C"},
                {
                    "type": "function_call_output",
                    "call_id": "call_2",
                    "output": [{"type": "input_text", "text": "21C"}],
                },
                {
                    "type": "function_call",
                    "call_id": "call_3",
                    "name": "get_time",
                    "arguments": "{}",
                },
            ]
        )
    )
    assert chat["messages"][1:] == [
        {
            "role": "assistant",
            "content": "Checking.",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                },
                {
                    "id": "call_2",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18C"},
        {"role": "tool", "tool_call_id": "call_2", "content": "21C"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_3",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": "{}"},
                }
            ],
        },
    ]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("auto", "auto"),
        ("none", "none"),
        ("required", "required"),
        (
            {"type": "function", "name": "get_weather"},
            {"type": "function", "function": {"name": "get_weather"}},
        ),
    ],
)
def test_function_tools_and_tool_choice(choice: Any, expected: Any) -> None:
    tools = [
        {
            "type": "function",
            "name": "get_weather",
            "description": "Weather",
            "parameters": SCHEMA,
            "strict": True,
        },
        {"type": "function", "name": "noop"},
    ]
    chat = DIALECT.to_chat(req(tools=tools, tool_choice=choice, parallel_tool_calls=False))
    assert chat["parallel_tool_calls"] is False
    assert chat["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather",
                "parameters": SCHEMA,
                "strict": True,
            },
        },
        {"type": "function", "function": {"name": "noop"}},
    ]
    assert chat["tool_choice"] == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ({"type": "text"}, None),
        ({"type": "json_object"}, {"type": "json_object"}),
        (
            {
                "type": "json_schema",
                "name": "city",
                "schema": SCHEMA,
                "strict": True,
                "description": "a city",
            },
            {
                "type": "json_schema",
                "json_schema": {
                    "name": "city",
                    "schema": SCHEMA,
                    "strict": True,
                    "description": "a city",
                },
            },
        ),
    ],
)
def test_text_format_becomes_response_format(fmt: dict[str, Any], expected: Any) -> None:
    assert DIALECT.to_chat(req(text={"format": fmt})).get("response_format") == expected


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "m"}, "input"),
        ({"input": "x"}, "model"),
        (req(5), "input"),
        (req([]), "input"),
        (req(previous_response_id="resp_1"), "previous_response_id"),
        (req(conversation="conv_1"), "conversation"),
        (req(prompt={"id": "pmpt_1"}), "prompt"),
        (req(store=True), "store"),
        (req(background=True), "background"),
        (req(top_logprobs=3), "top_logprobs"),
        (req(max_tool_calls=2), "max_tool_calls"),
        (req(temperature=3), "temperature"),
        (req(max_output_tokens=0), "max_output_tokens"),
        (req(stream="yes"), "stream"),
        (req(["text"]), "input.0"),
        (req([{"type": "item_reference", "id": "msg_1"}]), "input.0.type"),
        (req([{"type": "web_search_call", "id": "ws_1"}]), "input.0.type"),
        (req([{"content": "no role or type"}]), "input.0.type"),
        (req([{"role": "tool", "content": "x"}]), "input.0.role"),
        (req([{"role": "user", "content": 3}]), "input.0.content"),
        (req([{"role": "user", "content": [{"text": "no type"}]}]), "input.0.content.0"),
        (
            req([{"role": "user", "content": [{"type": "input_text", "text": 1}]}]),
            "input.0.content.0.text",
        ),
        (
            req([{"role": "user", "content": [{"type": "input_image", "file_id": "file_1"}]}]),
            "input.0.content.0.image_url",
        ),
        (
            req(
                [
                    {
                        "role": "user",
                        "content": [{"type": "input_file", "file_url": "https://x/a.pdf"}],
                    }
                ]
            ),
            "input.0.content.0.file_data",
        ),
        (
            req([{"role": "user", "content": [{"type": "input_audio", "data": "x"}]}]),
            "input.0.content.0.type",
        ),
        (
            req([{"role": "user", "content": [{"type": "output_text", "text": "x"}]}]),
            "input.0.content.0.type",
        ),
        (
            req([{"role": "system", "content": [{"type": "input_image", "image_url": "x"}]}]),
            "input.0.content.0.type",
        ),
        (req([{"type": "function_call", "name": "f", "arguments": "{}"}]), "input.0.call_id"),
        (
            req([{"type": "function_call", "call_id": "c", "name": "f", "arguments": {}}]),
            "input.0.arguments",
        ),
        (req([{"type": "function_call_output", "output": "x"}]), "input.0.call_id"),
        (
            req(
                [
                    {
                        "type": "function_call_output",
                        "call_id": "c",
                        "output": [{"type": "input_image", "image_url": "x"}],
                    }
                ]
            ),
            "input.0.output.0.type",
        ),
        (req(tools=[{"type": "web_search"}]), "tools.0.type"),
        (req(tools=[{"type": "mcp", "server_label": "x"}]), "tools.0.type"),
        (req(tools=[{"type": "function"}]), "tools.0.name"),
        (
            req(tools=[{"type": "function", "name": "f", "parameters": "object"}]),
            "tools.0.parameters",
        ),
        (req(tool_choice="sometimes"), "tool_choice"),
        (req(tool_choice="required"), "tool_choice"),
        (req(tool_choice={"type": "function", "name": "f"}), "tool_choice"),
        (
            req(
                tools=[{"type": "function", "name": "f"}],
                tool_choice={"type": "web_search_preview"},
            ),
            "tool_choice.type",
        ),
        (
            req(tools=[{"type": "function", "name": "f"}], tool_choice={"type": "function"}),
            "tool_choice.name",
        ),
        (req(text={"format": {"type": "json_schema", "schema": SCHEMA}}), "text.format.name"),
        (req(text={"format": {"type": "json_schema", "name": "x"}}), "text.format.schema"),
        (req(text={"format": {"type": "grammar"}}), "text.format.type"),
    ],
)
def test_what_cannot_be_translated_is_a_400_naming_the_field(
    body: dict[str, Any], param: str
) -> None:
    err = rejected(body)
    assert err.param == param
    assert err.message.startswith(param)


def test_state_rejections_say_how_to_do_without() -> None:
    assert "send the whole conversation" in rejected(req(previous_response_id="resp_1")).message


# -- render ---------------------------------------------------------------------------------


def render(body: bytes, request: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = orjson.loads(
        DIALECT.render(body, model="gpt-alias", request_id="r1", request=request)
    )
    return out


def test_render_text_with_usage() -> None:
    usage = {
        "prompt_tokens": 100,
        "completion_tokens": 9,
        "total_tokens": 109,
        "prompt_tokens_details": {"cached_tokens": 60},
        "completion_tokens_details": {"reasoning_tokens": 4},
    }
    resp = render(completion({"role": "assistant", "content": "Bonjour"}, usage=usage))
    assert resp["id"] == "resp_r1"
    assert resp["object"] == "response"
    assert resp["status"] == "completed"
    assert resp["model"] == "gpt-alias"
    assert resp["store"] is False
    assert resp["error"] is None
    assert resp["incomplete_details"] is None
    assert resp["output"] == [
        {
            "id": "msg_r1_0",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [
                {"type": "output_text", "text": "Bonjour", "annotations": [], "logprobs": []}
            ],
        }
    ]
    assert resp["usage"] == {
        "input_tokens": 100,
        "input_tokens_details": {"cached_tokens": 60, "cache_write_tokens": 0},
        "output_tokens": 9,
        "output_tokens_details": {"reasoning_tokens": 4},
        "total_tokens": 109,
    }


def test_render_repeats_the_request_parameters() -> None:
    request = req(
        instructions="be brief",
        temperature=0.2,
        max_output_tokens=50,
        metadata={"k": "v"},
        tool_choice="none",
    )
    resp = render(completion({"role": "assistant", "content": "x"}), request)
    assert (resp["instructions"], resp["temperature"], resp["max_output_tokens"]) == (
        "be brief",
        0.2,
        50,
    )
    assert resp["metadata"] == {"k": "v"}
    assert resp["tool_choice"] == "none"
    assert render(completion({"role": "assistant", "content": "x"}))["text"] == {
        "format": {"type": "text"}
    }


def test_render_tool_calls_as_function_call_items() -> None:
    message = {
        "role": "assistant",
        "content": "Checking.",
        "tool_calls": [
            {
                "id": "call_a",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
            }
        ],
    }
    resp = render(completion(message, "tool_calls"))
    assert [o["type"] for o in resp["output"]] == ["message", "function_call"]
    assert resp["output"][1] == {
        "id": "fc_r1_1",
        "type": "function_call",
        "status": "completed",
        "call_id": "call_a",
        "name": "get_weather",
        "arguments": '{"city":"Paris"}',
    }


@pytest.mark.parametrize(
    ("finish", "status", "reason"),
    [
        ("stop", "completed", None),
        ("tool_calls", "completed", None),
        ("length", "incomplete", "max_output_tokens"),
        ("content_filter", "incomplete", "content_filter"),
    ],
)
def test_render_status_from_the_finish_reason(finish: str, status: str, reason: str | None) -> None:
    resp = render(completion({"role": "assistant", "content": "x"}, finish))
    assert resp["status"] == status
    assert resp["output"][0]["status"] == status
    assert resp["incomplete_details"] == ({"reason": reason} if reason else None)


def test_render_a_refusal_part() -> None:
    resp = render(completion({"role": "assistant", "content": None, "refusal": "I can't."}))
    assert resp["output"][0]["content"] == [{"type": "refusal", "refusal": "I can't."}]


def test_render_an_unusable_upstream_answer_is_a_protocol_error() -> None:
    with pytest.raises(UpstreamProtocolError):
        render(b'{"choices": []}')


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, "invalid_request_error"),
        (401, "authentication_error"),
        (403, "permission_error"),
        (404, "invalid_request_error"),
        (429, "rate_limit_error"),
        (500, "server_error"),
        (502, "upstream_error"),
        (503, "upstream_error"),
        (504, "upstream_error"),
    ],
)
def test_error_body_has_openais_shape(status: int, kind: str) -> None:
    body = orjson.loads(DIALECT.error_body(status, "some_code", "what went wrong", "input"))
    assert body == {
        "error": {"message": "what went wrong", "type": kind, "param": "input", "code": "some_code"}
    }
