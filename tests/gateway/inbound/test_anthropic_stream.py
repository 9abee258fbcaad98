"""OpenAI chat SSE -> Anthropic SSE: the event sequence, usage, tool calls, failures."""

from __future__ import annotations

from typing import Any

import pytest
from tests.gateway.inbound.helpers import chunk, events, sse, text_stream, usage_chunk

from aire.gateway.inbound import StreamRenderer
from aire.gateway.inbound.anthropic import DIALECT


def renderer(estimate: int = 5) -> StreamRenderer:
    return DIALECT.stream(model="claude-alias", request_id="r1", input_tokens_estimate=estimate)


def kinds(raw: bytes) -> list[str | None]:
    out = events(raw)
    for name, data in out:
        assert name == data["type"]  # the SDK dispatches on the event line
    return [name for name, _ in out]


def test_text_stream_event_sequence_and_usage() -> None:
    r = renderer(estimate=5)
    raw = r.feed(text_stream("Hel", "lo", prompt=12))
    assert kinds(raw) == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    ev = [data for _, data in events(raw)]
    start = ev[0]["message"]
    assert start["id"] == "msg_r1"
    assert start["model"] == "claude-alias"
    assert start["content"] == []
    assert start["stop_reason"] is None
    assert start["usage"]["input_tokens"] == 5  # the estimate: the real count comes at the end
    assert ev[1] == {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "text", "text": ""},
    }
    assert [e["delta"] for e in ev[2:4]] == [
        {"type": "text_delta", "text": "Hel"},
        {"type": "text_delta", "text": "lo"},
    ]
    assert ev[4] == {"type": "content_block_stop", "index": 0}
    assert ev[5]["delta"] == {"stop_reason": "end_turn", "stop_sequence": None}
    assert ev[5]["usage"]["input_tokens"] == 12
    assert ev[5]["usage"]["output_tokens"] == 2
    assert r.usage == (12, 2)


def test_events_split_anywhere_across_feeds_give_the_same_output() -> None:
    whole = text_stream("a", "b", "c")
    expected = kinds(renderer().feed(whole))
    r = renderer()
    raw = b"".join(r.feed(whole[i : i + 7]) for i in range(0, len(whole), 7))
    assert kinds(raw) == expected
    assert (
        "".join(d["delta"]["text"] for _, d in events(raw) if d["type"] == "content_block_delta")
        == "abc"
    )


def test_usage_is_none_until_the_usage_chunk() -> None:
    r = renderer()
    r.feed(sse(chunk({"content": "x"}), done=False))
    assert r.usage is None


def test_tool_calls_become_tool_use_blocks_with_json_deltas() -> None:
    r = renderer()
    raw = r.feed(
        sse(
            chunk({"role": "assistant", "content": "Let me check."}),
            chunk(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": ""},
                        }
                    ]
                }
            ),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]}),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": ' "Paris"}'}}]}),
            chunk(
                {
                    "tool_calls": [
                        {
                            "index": 1,
                            "id": "call_2",
                            "function": {"name": "get_time", "arguments": "{}"},
                        }
                    ]
                }
            ),
            chunk({}, "tool_calls"),
            usage_chunk(30, 12),
        )
    )
    ev = [d for _, d in events(raw)]
    assert [e["type"] for e in ev] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert ev[4] == {
        "type": "content_block_start",
        "index": 1,
        "content_block": {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {}},
    }
    args = "".join(
        e["delta"]["partial_json"]
        for e in ev
        if e.get("index") == 1 and e["type"] == "content_block_delta"
    )
    assert args == '{"city": "Paris"}'
    assert ev[8]["content_block"]["name"] == "get_time"
    assert ev[9]["delta"] == {"type": "input_json_delta", "partial_json": "{}"}
    assert ev[11]["delta"]["stop_reason"] == "tool_use"


def test_a_tool_call_without_an_id_gets_one() -> None:
    raw = renderer().feed(
        sse(
            chunk({"tool_calls": [{"index": 0, "function": {"name": "f"}}]}),
            chunk({}, "tool_calls"),
        )
    )
    block = events(raw)[1][1]["content_block"]
    assert block["id"] == "toolu_r1_0"


@pytest.mark.parametrize(
    ("finish", "stop_reason"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("tool_calls", "tool_use"),
        ("content_filter", "refusal"),
    ],
)
def test_finish_reasons_map(finish: str, stop_reason: str) -> None:
    raw = renderer().feed(text_stream("x", finish=finish))
    assert events(raw)[-2][1]["delta"]["stop_reason"] == stop_reason


def test_a_refusal_streams_as_text_with_stop_reason_refusal() -> None:
    raw = renderer().feed(sse(chunk({"refusal": "I can't"}), chunk({}, "stop")))
    ev = [d for _, d in events(raw)]
    assert ev[2]["delta"] == {"type": "text_delta", "text": "I can't"}
    assert ev[-2]["delta"]["stop_reason"] == "refusal"


def test_cached_prompt_tokens_are_reported_apart() -> None:
    raw = renderer().feed(
        sse(chunk({"content": "x"}), chunk({}, "stop"), usage_chunk(100, 1, cached=80))
    )
    usage = events(raw)[-2][1]["usage"]
    assert usage == {
        "input_tokens": 20,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 80,
        "output_tokens": 1,
    }


def test_without_a_usage_chunk_the_estimate_and_delta_count_stand_in() -> None:
    r = renderer(estimate=9)
    raw = r.feed(sse(chunk({"content": "a"}), chunk({"content": "b"}), chunk({}, "stop")))
    assert events(raw)[-2][1]["usage"]["input_tokens"] == 9
    assert events(raw)[-2][1]["usage"]["output_tokens"] == 2
    assert r.usage is None


def test_comments_become_pings_and_nothing_follows_the_end() -> None:
    r = renderer()
    raw = r.feed(b": keep-alive\n\n")
    assert kinds(raw) == ["message_start", "ping"]
    r.feed(text_stream("x"))
    assert r.feed(sse(chunk({"content": "late"}))) == b""
    assert r.error("upstream_stream_interrupted", "too late") == b""


def test_an_empty_answer_still_ends_properly() -> None:
    raw = renderer().feed(sse(chunk({"role": "assistant", "content": ""}), chunk({}, "stop")))
    assert kinds(raw) == ["message_start", "message_delta", "message_stop"]


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("upstream_stream_interrupted", "api_error"),
        ("guard_blocked", "invalid_request_error"),
        ("tool_call_blocked", "invalid_request_error"),
        ("no_healthy_upstream", "overloaded_error"),
    ],
)
def test_a_failure_mid_stream_is_an_error_event(code: str, kind: str) -> None:
    r = renderer()
    r.feed(sse(chunk({"content": "partial"}), done=False))
    raw = r.error(code, "the upstream model failed")
    assert events(raw) == [
        (
            "error",
            {
                "type": "error",
                "error": {"type": kind, "message": "the upstream model failed", "code": code},
            },
        )
    ]
    assert r.feed(sse(chunk({"content": "more"}))) == b""


def test_an_error_event_from_upstream_ends_the_stream_with_an_error() -> None:
    r = renderer()
    raw = r.feed(
        sse(chunk({"content": "a"}), {"error": {"message": "boom"}}, chunk({"content": "b"}))
    )
    out: list[tuple[str | None, Any]] = events(raw)
    assert out[-1] == (
        "error",
        {
            "type": "error",
            "error": {"type": "api_error", "message": "boom", "code": "upstream_error"},
        },
    )
    assert not any(d.get("delta", {}).get("text") == "b" for _, d in out)


def test_a_malformed_upstream_event_ends_the_stream_with_an_error() -> None:
    raw = renderer().feed(b"data: {not json\n\n")
    assert events(raw)[-1][0] == "error"
