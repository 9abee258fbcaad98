import orjson
import pytest

from aire.errors import InvalidRequest
from aire.gateway.providers.openai_anthropic import (
    DEFAULT_MAX_TOKENS,
    StreamTranslator,
    request_to_anthropic,
    response_to_openai,
)


def test_request_translation_covers_system_tools_and_alternation() -> None:
    body = {
        "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "developer", "content": "Answer in English."},
            {"role": "user", "content": "weather?"},
            {
                "role": "assistant",
                "content": "checking",
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "wx", "arguments": '{"city": "Oslo"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "12 C"},
            {"role": "user", "content": [{"type": "text", "text": "and tomorrow?"}]},
        ],
        "max_tokens": 50,
        "stop": "END",
        "temperature": 1.5,
        "user": "u-9",
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "wx",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                },
            }
        ],
        "tool_choice": "required",
    }
    out = request_to_anthropic(body, "claude-x", stream=True)
    assert out["model"] == "claude-x"
    assert out["system"] == "You are terse.\n\nAnswer in English."
    assert out["max_tokens"] == 50
    assert out["stop_sequences"] == ["END"]
    assert out["temperature"] == 1.0  # Anthropic's range is 0..1
    assert out["stream"] is True
    assert out["tool_choice"] == {"type": "any"}
    assert out["tools"][0]["input_schema"]["properties"]["city"]["type"] == "string"
    assert out["metadata"] == {"user_id": "u-9"}
    roles = [m["role"] for m in out["messages"]]
    assert roles == ["user", "assistant", "user"]  # tool result merged with the next user turn
    assistant = out["messages"][1]["content"]
    assert assistant[1] == {"type": "tool_use", "id": "c1", "name": "wx", "input": {"city": "Oslo"}}
    follow_up = out["messages"][2]["content"]
    assert follow_up[0] == {"type": "tool_result", "tool_use_id": "c1", "content": "12 C"}
    assert follow_up[1] == {"type": "text", "text": "and tomorrow?"}


def test_request_defaults_and_named_tool_choice_and_images() -> None:
    body = {
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "what is this"},
                    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    {"type": "image_url", "image_url": {"url": "https://x.test/a.png"}},
                ],
            }
        ],
        "tools": [{"type": "function", "function": {"name": "f"}}],
        "tool_choice": {"type": "function", "function": {"name": "f"}},
    }
    out = request_to_anthropic(body, "m", stream=False)
    assert out["max_tokens"] == DEFAULT_MAX_TOKENS
    assert "stream" not in out
    assert out["tool_choice"] == {"type": "tool", "name": "f"}
    blocks = out["messages"][0]["content"]
    assert blocks[1]["source"] == {"type": "base64", "media_type": "image/png", "data": "AAAA"}
    assert blocks[2]["source"] == {"type": "url", "url": "https://x.test/a.png"}


def test_bad_tool_arguments_are_a_client_error() -> None:
    body = {
        "messages": [
            {
                "role": "assistant",
                "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": "{not json"}}],
            }
        ]
    }
    with pytest.raises(InvalidRequest):
        request_to_anthropic(body, "m", stream=False)


def test_response_translation() -> None:
    msg = {
        "id": "msg_1",
        "type": "message",
        "model": "claude-x",
        "stop_reason": "tool_use",
        "content": [
            {"type": "text", "text": "Let me check. "},
            {"type": "tool_use", "id": "t1", "name": "wx", "input": {"city": "Oslo"}},
        ],
        "usage": {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 2},
    }
    out, usage = response_to_openai(msg)
    choice = out["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] == "Let me check. "
    call = choice["message"]["tool_calls"][0]
    assert call["id"] == "t1"
    assert orjson.loads(call["function"]["arguments"]) == {"city": "Oslo"}
    assert (usage.prompt_tokens, usage.completion_tokens) == (12, 5)
    assert out["usage"]["total_tokens"] == 17


@pytest.mark.parametrize(
    ("reason", "finish"),
    [
        ("end_turn", "stop"),
        ("max_tokens", "length"),
        ("stop_sequence", "stop"),
        ("refusal", "content_filter"),
    ],
)
def test_stop_reasons(reason: str, finish: str) -> None:
    out, _ = response_to_openai({"content": [], "stop_reason": reason})
    assert out["choices"][0]["finish_reason"] == finish


def _chunks(raw: bytes) -> list[dict[str, object]]:
    return [
        orjson.loads(b[6:])
        for b in raw.split(b"\n\n")
        if b.startswith(b"data: ") and b != b"data: [DONE]"
    ]


def test_stream_translation_text_and_tools() -> None:
    tr = StreamTranslator(include_usage=True)
    events = [
        {
            "type": "message_start",
            "message": {"id": "msg_1", "model": "claude-x", "usage": {"input_tokens": 9}},
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text"}},
        {"type": "ping"},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hi"}},
        {"type": "content_block_stop", "index": 0},
        {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "t1", "name": "wx"},
        },
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": '{"city":'},
        },
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": '"Oslo"}'},
        },
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use"},
            "usage": {"output_tokens": 7},
        },
        {"type": "message_stop"},
    ]
    raw = b"".join(tr.event(None, e) for e in events)
    assert raw.endswith(b"data: [DONE]\n\n")
    assert tr.done
    chunks = _chunks(raw)
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"  # type: ignore[index]
    text = "".join(
        c["choices"][0]["delta"].get("content") or ""  # type: ignore[index,union-attr]
        for c in chunks
        if c["choices"]
    )
    assert text == "Hi"
    args = "".join(
        tc["function"].get("arguments", "")
        for c in chunks
        if c["choices"]
        for tc in c["choices"][0]["delta"].get("tool_calls") or []  # type: ignore[index,union-attr]
    )
    assert orjson.loads(args) == {"city": "Oslo"}
    finals = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]]  # type: ignore[index]
    assert finals[0]["choices"][0]["finish_reason"] == "tool_calls"  # type: ignore[index]
    assert chunks[-1]["usage"] == {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16}
    assert (tr.usage.prompt_tokens, tr.usage.completion_tokens) == (9, 7)
