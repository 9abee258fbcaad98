"""An answer's text and finish reason from whole bodies and SSE streams of each API."""

from __future__ import annotations

import orjson

from aire.telemetry.answer_text import from_body, from_stream


def _sse(*events: dict[str, object]) -> list[bytes]:
    out = [b"data: " + orjson.dumps(e) + b"\n\n" for e in events]
    return [b"".join(out)[:7], b"".join(out)[7:]]  # split mid-event, as the network does


def test_openai_chat_whole_and_stream() -> None:
    a = from_body(b'{"choices":[{"message":{"content":"Hi there"},"finish_reason":"length"}],'
                  b'"usage":{"prompt_tokens":3,"completion_tokens":2}}')  # fmt: skip
    assert (a.text, a.finish_reason, a.prompt_tokens, a.completion_tokens) == (
        "Hi there",
        "length",
        3,
        2,
    )
    blocks = _sse(
        {"choices": [{"delta": {"content": "Hi "}}]},
        {"choices": [{"delta": {"content": "there"}, "finish_reason": "stop"}]},
    )
    s = from_stream([*blocks, b"data: [DONE]\n\n"])
    assert (s.text, s.finish_reason) == ("Hi there", "stop")
    tool = from_stream(_sse({"choices": [{"delta": {"tool_calls": [{"index": 0}]}}]}))
    assert tool.tool_call
    assert tool.text == ""


def test_anthropic_messages_whole_and_stream() -> None:
    a = from_body(b'{"content":[{"type":"text","text":"Bonjour"}],"stop_reason":"max_tokens"}')
    assert (a.text, a.finish_reason) == ("Bonjour", "length")
    s = from_stream(
        _sse(
            {"type": "message_start", "message": {"usage": {"input_tokens": 4}}},
            {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Bon"}},
            {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "jour"}},
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn"},
                "usage": {"output_tokens": 2},
            },
        )
    )
    assert (s.text, s.finish_reason, s.prompt_tokens, s.completion_tokens) == (
        "Bonjour",
        "stop",
        4,
        2,
    )


def test_openai_responses_and_garbage() -> None:
    body = (
        b'{"output":[{"type":"message","content":[{"type":"output_text","text":"Yes"}]}],'
        b'"status":"incomplete","incomplete_details":{"reason":"max_output_tokens"}}'
    )
    r = from_body(body)
    assert (r.text, r.finish_reason) == ("Yes", "length")
    s = from_stream(_sse({"type": "response.output_text.delta", "delta": "Y"},
                         {"type": "response.completed", "response": {}}))  # fmt: skip
    assert (s.text, s.finish_reason) == ("Y", "stop")
    assert from_body(b"not json").text == ""
    assert from_stream([b"data: {broken\n\n"]).text == ""
