"""OpenAI chat SSE -> Responses SSE: the event sequence, items, usage, failures."""

from __future__ import annotations

from typing import Any

import pytest
from tests.gateway.inbound.helpers import chunk, events, sse, text_stream, usage_chunk

from aire.gateway.inbound import StreamRenderer
from aire.gateway.inbound.responses import DIALECT


def renderer(request: dict[str, Any] | None = None) -> StreamRenderer:
    return DIALECT.stream(
        model="gpt-alias", request_id="r1", input_tokens_estimate=5, request=request
    )


def read(raw: bytes) -> list[dict[str, Any]]:
    out = []
    for name, data in events(raw):
        assert name == data["type"]
        out.append(data)
    return out


def test_text_stream_event_sequence() -> None:
    r = renderer({"model": "gpt-alias", "input": "x", "instructions": "be brief"})
    ev = read(r.feed(text_stream("Hel", "lo", prompt=12)))
    assert [e["type"] for e in ev] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [e["sequence_number"] for e in ev] == list(range(len(ev)))
    created = ev[0]["response"]
    assert (created["id"], created["status"], created["output"]) == ("resp_r1", "in_progress", [])
    assert created["instructions"] == "be brief"
    assert ev[2]["item"] == {
        "id": "msg_r1_0",
        "type": "message",
        "status": "in_progress",
        "role": "assistant",
        "content": [],
    }
    assert ev[3]["part"] == {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    assert all(e["item_id"] == "msg_r1_0" and e["output_index"] == 0 for e in ev[3:8])
    assert [e["delta"] for e in ev[4:6]] == ["Hel", "lo"]
    assert ev[6]["text"] == "Hello"
    assert ev[8]["item"]["status"] == "completed"
    assert ev[8]["item"]["content"][0]["text"] == "Hello"
    final = ev[9]["response"]
    assert final["status"] == "completed"
    assert final["output"] == [ev[8]["item"]]
    assert final["usage"]["input_tokens"] == 12
    assert final["usage"]["output_tokens"] == 2
    assert r.usage == (12, 2)


def test_events_split_anywhere_across_feeds_give_the_same_events() -> None:
    whole = text_stream("a", "b", "c")
    expected = [e["type"] for e in read(renderer().feed(whole))]
    r = renderer()
    raw = b"".join(r.feed(whole[i : i + 5]) for i in range(0, len(whole), 5))
    assert [e["type"] for e in read(raw)] == expected


def test_function_calls_stream_as_items_with_argument_deltas() -> None:
    ev = read(
        renderer().feed(
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
                chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
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
    )
    assert [e["type"] for e in ev] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert ev[8]["output_index"] == 1
    assert ev[8]["item"] == {
        "id": "fc_r1_1",
        "type": "function_call",
        "status": "in_progress",
        "call_id": "call_1",
        "name": "get_weather",
        "arguments": "",
    }
    assert ev[11]["arguments"] == '{"city":"Paris"}'
    assert ev[11]["name"] == "get_weather"
    assert ev[12]["item"]["arguments"] == '{"city":"Paris"}'
    final = ev[-1]["response"]
    assert [o["type"] for o in final["output"]] == ["message", "function_call", "function_call"]
    assert final["output"][2]["call_id"] == "call_2"


def test_a_cut_answer_ends_with_response_incomplete() -> None:
    ev = read(renderer().feed(text_stream("a", finish="length")))
    assert ev[-1]["type"] == "response.incomplete"
    assert ev[-1]["response"]["status"] == "incomplete"
    assert ev[-1]["response"]["incomplete_details"] == {"reason": "max_output_tokens"}
    assert ev[-2]["item"]["status"] == "incomplete"


def test_a_refusal_streams_as_a_refusal_part() -> None:
    ev = read(
        renderer().feed(
            sse(chunk({"refusal": "I can't"}), chunk({"refusal": " help"}), chunk({}, "stop"))
        )
    )
    assert [e["type"] for e in ev][3:7] == [
        "response.content_part.added",
        "response.refusal.delta",
        "response.refusal.delta",
        "response.refusal.done",
    ]
    assert ev[3]["part"] == {"type": "refusal", "refusal": ""}
    assert ev[6]["refusal"] == "I can't help"
    assert ev[-1]["response"]["output"][0]["content"] == [
        {"type": "refusal", "refusal": "I can't help"}
    ]


def test_without_a_usage_chunk_the_estimate_and_delta_count_stand_in() -> None:
    r = renderer()
    ev = read(r.feed(sse(chunk({"content": "a"}), chunk({"content": "b"}), chunk({}, "stop"))))
    assert ev[-1]["response"]["usage"]["input_tokens"] == 5
    assert ev[-1]["response"]["usage"]["output_tokens"] == 2
    assert r.usage is None


def test_comments_pass_as_comments_and_nothing_follows_the_end() -> None:
    r = renderer()
    raw = r.feed(b": keep-alive\n\n")
    assert raw.endswith(b"\n\n: ping\n\n")
    r.feed(text_stream("x"))
    assert r.feed(sse(chunk({"content": "late"}))) == b""
    assert r.error("upstream_stream_interrupted", "too late") == b""


@pytest.mark.parametrize(
    ("code", "kind"),
    [("upstream_stream_interrupted", "server_error"), ("guard_blocked", "invalid_request_error")],
)
def test_a_failure_mid_stream_is_response_failed_then_error(code: str, kind: str) -> None:
    r = renderer()
    before = read(r.feed(sse(chunk({"content": "partial"}), done=False)))
    ev = read(r.error(code, "the upstream model failed"))
    assert [e["type"] for e in ev] == ["response.failed", "error"]
    failed = ev[0]["response"]
    assert failed["status"] == "failed"
    assert failed["error"] == {"code": code, "message": "the upstream model failed"}
    assert ev[1] == {
        "type": "error",
        "sequence_number": before[-1]["sequence_number"] + 2,
        "code": code,
        "message": "the upstream model failed",
        "param": None,
        "error": {
            "type": kind,
            "code": code,
            "message": "the upstream model failed",
            "param": None,
        },
    }
    assert r.feed(sse(chunk({"content": "more"}))) == b""


def test_an_error_event_from_upstream_ends_the_stream_with_an_error() -> None:
    ev = read(renderer().feed(sse(chunk({"content": "a"}), {"error": {"message": "boom"}})))
    assert [e["type"] for e in ev][-2:] == ["response.failed", "error"]
    assert ev[-1]["message"] == "boom"
